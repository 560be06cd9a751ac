package org.dais.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;

/**
 * Bad input gets one clear line naming the file and the reason, and nothing else happens: the
 * good files of the same run go into the store, the bad ones do not. Text that can be decoded is
 * decoded right, whatever its encoding.
 */
class BadInputTest {
    private static final DocumentReaders READERS = new DocumentReaders();
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A short real article (has ’, × and no-break spaces: all in Windows-1252). */
    private static final Path GOOD = Path.of("seeds", "002_0220f7c6bd20be88.txt");
    /** Text with what Latin-1 can hold beyond ASCII. */
    private static final String LATIN = "Café in Zürich, señor «Kim» visited; naïve façade ½ °C.\n";

    @TempDir
    Path dir;

    // ---- encodings -------------------------------------------------------------------------

    @Test
    void latin1IsDecoded() throws Exception {
        assertEquals(LATIN, read("latin1.txt", LATIN.getBytes(StandardCharsets.ISO_8859_1)).text());
    }

    @Test
    void windows1252CurlyQuotesAndDashesAreDecoded() throws Exception {
        String text = "He said \u201CForward!\u201D \u2014 it\u2019s the Party\u2019s line \u2013 \u20AC5 \u2026\n";
        byte[] bytes = text.getBytes(WINDOWS_1252);
        assertEquals((byte) 0x93, bytes[8]); // really the 1252 byte, not UTF-8
        assertEquals(text, read("cp1252.txt", bytes).text());
    }

    @Test
    void utf16LittleEndianWithMarkIsDecoded() throws Exception {
        String text = "\u201CKim Jong Un\u201D met the café owner; 김정은 — 조선.\n";
        assertEquals(text, read("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))).text());
    }

    @Test
    void utf16BigEndianWithMarkIsDecoded() throws Exception {
        String text = "\u201CKim Jong Un\u201D met the café owner; 김정은 — 조선.\n";
        assertEquals(text, read("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE))).text());
    }

    @Test
    void utf16WithoutMarkIsRecognisedByItsZeroBytes() throws Exception {
        String text = "The plenary meeting was held in Pyongyang on Tuesday, and the café was closed.\n";
        assertEquals(text, read("nomark.txt", text.getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals(text, read("nomark-be.txt", text.getBytes(StandardCharsets.UTF_16BE)).text());
    }

    @Test
    void utf32WithMarkIsDecoded() throws Exception {
        String text = "\u201CKim\u201D visited Zürich.\n";
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, text.getBytes(Charset.forName("UTF-32LE")));
        assertEquals(text, read("utf32.txt", bytes).text());
    }

    @Test
    void utf8MarkIsNotPartOfTheText() throws Exception {
        String text = "\u201CKim Jong Un\u201D met the café owner.\n";
        String decoded = read("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8))).text();
        assertEquals(text, decoded);
        assertFalse(decoded.contains("\uFEFF"));
    }

    @Test
    void mixedUtf8WithStrayWindows1252BytesDecodesEachRunRight() throws Exception {
        // A scraped page: UTF-8 curly quotes and é, with a pasted Windows-1252 apostrophe, é and dash.
        byte[] bytes = concat(
                "\u201CKim Jong Un\u201D visited the café. ".getBytes(StandardCharsets.UTF_8),
                "It\u2019s a caf\u00E9 \u2014 ".getBytes(WINDOWS_1252),
                "na\u00EFve \u00AB20\u00D710\u00BB.\n".getBytes(StandardCharsets.UTF_8));
        String text = read("mixed.txt", bytes).text();
        assertEquals("\u201CKim Jong Un\u201D visited the café. It\u2019s a caf\u00E9 \u2014 na\u00EFve \u00AB20\u00D710\u00BB.\n", text);
        assertFalse(text.contains("â€"), text);
        assertFalse(text.contains("\uFFFD"), text);
    }

    @Test
    void strayBytesAfterAUtf8MarkAreDecodedToo() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "\u201CForward\u201D, ".getBytes(StandardCharsets.UTF_8), "caf\u00E9\n".getBytes(WINDOWS_1252));
        assertEquals("\u201CForward\u201D, caf\u00E9\n", read("bom-mixed.txt", bytes).text());
    }

    @Test
    void windows1252ThatHappensToHoldAValidUtf8PairStaysWindows1252() throws Exception {
        // "É’" is C9 92 in Windows-1252, which is also valid UTF-8 (U+0252): the file has no real UTF-8, so it is 1252 throughout.
        String text = "THE CAF\u00C9\u2019S MENU, r\u00E9sum\u00E9 and \u00D6\u00A0Pyongyang\n";
        assertEquals(text, read("caps.txt", text.getBytes(WINDOWS_1252)).text());
    }

    @Test
    void aPageInTheCharsetItDeclaresIsDecodedInIt() throws Exception {
        Assumptions.assumeTrue(Charset.isSupported("EUC-KR"));
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"><title>Plenary</title></head>"
                + "<body><p>The meeting of the 조선로동당 opened; Kim Jong Un (김정은) spoke.</p></body></html>";
        String text = read("korean.html", page.getBytes("EUC-KR")).text();
        assertTrue(text.contains("The meeting of the 조선로동당 opened; Kim Jong Un (김정은) spoke."), text);
        // Saved as .txt it is still a page, and still decoded by its declaration.
        assertTrue(read("korean.txt", page.getBytes("EUC-KR")).text().contains("(김정은)"));
    }

    @Test
    void aUtf16MarkFollowedByAnOddNumberOfBytesIsRefusedNamingTheFile() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Kim".getBytes(StandardCharsets.US_ASCII));
        DocumentException e = refused("odd.txt", bytes);
        assertTrue(e.reason().contains("byte-order mark says UTF-16LE but the bytes are not"), e.getMessage());
    }

    @Test
    void aUtf16MarkBeforeEightBitTextIsRefusedNamingTheFile() {
        // Even-length ASCII behind a UTF-16 mark decodes "fine" into CJK-looking noise; it must not go in.
        String ascii = "The plenary meeting of the Central Committee was held in Pyongyang on Tuesday.\r\n";
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ascii.getBytes(StandardCharsets.US_ASCII));
        assertEquals(0, bytes.length % 2);
        DocumentException e = refused("liar.txt", bytes);
        assertTrue(e.reason().contains("the mark is wrong"), e.getMessage());
    }

    @Test
    void everyEncodingOfOneArticleBuildsTheSameGraphAsItsUtf8(@TempDir Path store) throws Exception {
        String article = Files.readString(GOOD).replace("was focused on", "was focused, in the café «Zürich», on");
        String latin = article.replace('\u2019', '\'').replace('\u00D7', 'x');
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("utf8.txt"), article.getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("latin1.txt"), latin.getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("cp1252.txt"), article.getBytes(WINDOWS_1252));
        Files.write(in.resolve("utf16le.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, article.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(in.resolve("utf16be.txt"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, article.getBytes(StandardCharsets.UTF_16BE)));
        Files.write(in.resolve("utf8bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, article.getBytes(StandardCharsets.UTF_8)));
        int cut = article.indexOf("café");
        Files.write(in.resolve("mixed.txt"), concat(article.substring(0, cut).getBytes(StandardCharsets.UTF_8),
                "café".getBytes(WINDOWS_1252), article.substring(cut + 4).getBytes(StandardCharsets.UTF_8)));
        Run run = ingest(store, List.of(in));
        assertEquals(7, run.summary.ingested(), run.lines.toString());
        assertEquals(0, run.summary.failed(), run.lines.toString());
        Pipeline pipeline = new Pipeline(IRIS);
        for (String name : List.of("utf8.txt", "latin1.txt", "cp1252.txt", "utf16le.txt", "utf16be.txt", "utf8bom.txt", "mixed.txt")) {
            String text = name.equals("latin1.txt") ? latin : article;
            Model expected = pipeline.process(name, text.getBytes(StandardCharsets.UTF_8)).model();
            assertTrue(expected.size() > 50, name);
            assertTrue(expected.isIsomorphicWith(run.graph(name)), name + " does not build the graph of its UTF-8 text");
        }
    }

    // ---- inputs that are not articles -------------------------------------------------------

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("file is empty", refused("empty.txt", new byte[0]).reason());
        assertIngestRefuses("empty.txt", new byte[0], "file is empty");
    }

    @Test
    void aWhitespaceOnlyFileIsRefused() {
        byte[] blank = " \n\t\r\n   \n\u00A0\u2003\u200B\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("file holds only whitespace", refused("blank.md", blank).reason());
        assertIngestRefuses("blank.md", blank, "only whitespace");
    }

    @Test
    void aPngSavedAsTextIsRefusedAsBinary() {
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        assertEquals("binary data, not text", refused("picture.txt", png).reason());
        assertIngestRefuses("picture.txt", png, "binary data, not text");
    }

    @Test
    void aTextWithNulBytesIsRefusedAsBinary() {
        byte[] bytes = "Kim Jong Un inspected\0\0\0 the factory.\0\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("binary data, not text", refused("nuls", bytes).reason());
        assertIngestRefuses("nuls", bytes, "binary data");
    }

    @Test
    void binaryBehindAUtf16MarkIsRefused() {
        byte[] bytes = new byte[2048];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE; // then zeros: U+0000 throughout
        assertTrue(refused("marked.txt", bytes).reason().contains("binary data"));
    }

    @Test
    void unsupportedExtensionsAreSkippedWithTheReason(@TempDir Path store) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(GOOD, in.resolve("good.txt"));
        Files.writeString(in.resolve("scan.pdf"), "%PDF-1.7\n1 0 obj", StandardCharsets.US_ASCII);
        Files.write(in.resolve("letter.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        Files.write(in.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        Files.writeString(in.resolve("notes.rtf"), "{\\rtf1 Kim Jong Un}");
        Run run = ingest(store, List.of(in));
        assertEquals(1, run.summary.ingested());
        assertEquals(4, run.summary.skipped());
        assertEquals(0, run.summary.failed());
        for (String name : List.of("scan.pdf", "letter.docx", "photo.jpg", "notes.rtf")) {
            assertEquals(1, run.linesAbout(name).size(), run.lines.toString());
            assertTrue(run.linesAbout(name).get(0).startsWith("skipped " + in.resolve(name) + ": unsupported file type"), run.lines.toString());
            assertThrows(DocumentException.class, () -> READERS.read(in.resolve(name)));
        }
        assertEquals(Set.of(IRIS.document("good.txt")), run.graphs);
    }

    @Test
    void htmlScriptsAndStylesDoNotReachTheText() throws Exception {
        String page = "<!DOCTYPE html><html><head><title>Plenary Meeting Held</title>"
                + "<style>body { color: red } .kim { font-weight: bold }</style>"
                + "<script>var tracker = 'Kim Jong Un'; document.write('<p>injected</p>');</script></head>"
                + "<body><script type=\"text/javascript\">window.adsbygoogle = [];</script>"
                + "<article><h1>Plenary Meeting Held</h1><p>The plenary meeting opened in Pyongyang.</p>"
                + "<style>p { margin: 0 }</style><p onclick=\"steal()\">Delegates attended.</p>"
                + "<noscript>Enable JavaScript</noscript></article></body></html>";
        String text = read("page.html", page.getBytes(StandardCharsets.UTF_8)).text();
        assertTrue(text.contains("The plenary meeting opened in Pyongyang."), text);
        assertTrue(text.contains("Delegates attended."), text);
        for (String hidden : List.of("tracker", "document.write", "injected", "adsbygoogle", "color", "margin", "font-weight", "JavaScript", "steal")) {
            assertFalse(text.contains(hidden), hidden + " leaked into: " + text);
        }
        // The same page saved as .txt is recognised as HTML and read the same way.
        assertEquals(text, read("page.txt", page.getBytes(StandardCharsets.UTF_8)).text());
        // A page that is only script and style has no text.
        assertEquals("HTML page has no text", refused("scripts.html",
                "<html><head><style>a{}</style></head><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8)).reason());
    }

    // ---- size ---------------------------------------------------------------------------------

    @Test
    void a200MegabyteFileIsRefusedWithoutBeingRead(@TempDir Path store) throws Exception {
        Path big = dir.resolve("in").resolve("huge.txt");
        Files.createDirectories(big.getParent());
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: no disk, and reading it would be 200 MB of memory
        }
        long before = usedHeap();
        DocumentException e = assertThrows(DocumentException.class, () -> READERS.read(big));
        assertTrue(usedHeap() - before < 64L * 1024 * 1024, "the refusal read the file");
        assertEquals(big, e.file());
        assertEquals(big + ": file is 209715200 bytes (200.0 MiB), over the 67108864-byte (64.0 MiB) limit for one article", e.getMessage());

        Files.copy(GOOD, big.resolveSibling("good.txt"));
        Run run = ingest(store, List.of(big.getParent()));
        assertEquals(1, run.summary.ingested());
        assertEquals(1, run.summary.failed());
        assertEquals(List.of("FAILED " + e.getMessage()), run.linesAbout("huge.txt"));
        assertEquals(Set.of(IRIS.document("good.txt")), run.graphs);
    }

    @Test
    void aTenMegabyteLineWithoutFullStopsIngestsOrFailsCleanly(@TempDir Path store) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String words = "the delegation of the Workers Party of Korea led by Kim Jong Un met officials in Pyongyang and ";
        StringBuilder line = new StringBuilder(10 * 1024 * 1024 + words.length());
        while (line.length() < 10 * 1024 * 1024) line.append(words);
        Files.writeString(in.resolve("line.txt"), line);
        Files.copy(GOOD, in.resolve("good.txt"));
        long t0 = System.nanoTime();
        Run run = ingest(store, List.of(in));
        System.out.printf("10 MB line: %.1f s, %s%n", (System.nanoTime() - t0) / 1e9, run.linesAbout("line.txt"));
        assertEquals(2, run.summary.ingested() + run.summary.failed());
        assertEquals(1, run.linesAbout("line.txt").size(), run.lines.toString());
        assertTrue(run.graphs.contains(IRIS.document("good.txt")));
        if (run.summary.failed() == 1) {
            assertTrue(run.linesAbout("line.txt").get(0).startsWith("FAILED " + in.resolve("line.txt") + ": "));
            assertEquals(1, run.graphs.size());
        } else {
            assertTrue(run.graphs.contains(IRIS.document("line.txt")));
        }
    }

    // ---- files that go away or cannot be read -------------------------------------------------

    @Test
    void aFileThatVanishesAfterListingIsNamedAndTheOthersIngested(@TempDir Path store) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt")) Files.copy(GOOD, in.resolve(name));
        // The folder is listed before any file is read; the first worker's pipeline is made just
        // before it reads a.txt: there b.txt is deleted and c.txt replaced by a folder.
        Supplier<Pipeline> sabotage = () -> {
            try {
                Files.delete(in.resolve("b.txt"));
                Files.delete(in.resolve("c.txt"));
                Files.createDirectory(in.resolve("c.txt"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Pipeline(IRIS);
        };
        List<String> lines = new ArrayList<>();
        Ingester.Summary summary;
        Set<String> graphs;
        try (DaisStore s = DaisStore.open(store)) {
            summary = new Ingester(sabotage, s, 1).ingest(List.of(in), lines::add);
            graphs = graphNames(s);
        }
        assertEquals(2, summary.ingested(), lines.toString());
        assertEquals(2, summary.failed(), lines.toString());
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.contains("FAILED " + in.resolve("b.txt") + ": file does not exist (or vanished while reading)"), lines.toString());
        assertTrue(lines.contains("FAILED " + in.resolve("c.txt") + ": is a folder, not a file"), lines.toString());
        assertEquals(Set.of(IRIS.document("a.txt"), IRIS.document("d.txt")), graphs);
    }

    @Test
    void anExplicitPathThatIsGoneIsNamed(@TempDir Path store) throws Exception {
        Path good = Files.copy(GOOD, dir.resolve("good.txt"));
        Path gone = dir.resolve("gone.txt");
        Run run = ingest(store, List.of(good, gone));
        assertEquals(1, run.summary.ingested());
        assertEquals(List.of(gone + ": file does not exist (or vanished while reading)"), run.summary.failures());
        assertEquals(Set.of(IRIS.document("good.txt")), run.graphs);
    }

    @Test
    void aDanglingLinkInAFolderIsReportedNotDroppedAndHiddenFoldersAreNotInputs(@TempDir Path store) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(GOOD, in.resolve("good.txt"));
        Files.createSymbolicLink(in.resolve("link.txt"), in.resolve("nowhere.txt"));
        Path git = Files.createDirectories(in.resolve(".git").resolve("objects"));
        Files.write(git.resolve("pack"), new byte[] {0, 1, 2, 3});
        Run run = ingest(store, List.of(in));
        assertEquals(1, run.summary.ingested());
        assertEquals(List.of(in.resolve("link.txt") + ": file does not exist (or vanished while reading)"), run.summary.failures());
        assertTrue(run.linesAbout("pack").isEmpty(), run.lines.toString());
        assertEquals(2, run.lines.size(), run.lines.toString());
    }

    @Test
    void aFileThatCannotBeReadIsNamed(@TempDir Path store) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(GOOD, in.resolve("good.txt"));
        Path locked = Files.copy(GOOD, in.resolve("locked.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // As root (CI) permissions do not stop reads: nothing to test there.
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: mode 000 does not stop reads");
            assertEquals("permission denied", assertThrows(DocumentException.class, () -> READERS.read(locked)).reason());
            Run run = ingest(store, List.of(in));
            assertEquals(List.of(locked + ": permission denied"), run.summary.failures());
            assertEquals(Set.of(IRIS.document("good.txt")), run.graphs);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aFolderNamedLikeAnArticleIsNotReadAsOne() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("x.txt"));
        DocumentException e = assertThrows(DocumentException.class, () -> READERS.read(folder));
        assertEquals(folder + ": is a folder, not a file", e.getMessage());
    }

    // ---- many files ---------------------------------------------------------------------------

    @Test
    void aFolderOfThousandsOfFilesIsAccountedForFileByFile(@TempDir Path store) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] article = Files.readAllBytes(GOOD);
        int files = 0;
        Set<String> good = new TreeSet<>();
        for (int i = 0; i < 20; i++) {
            Files.write(in.resolve(String.format("article-%02d.txt", i)), article);
            good.add(IRIS.document(String.format("article-%02d.txt", i)));
            files++;
        }
        String[] unsupported = {".jpg", ".pdf", ".docx", ".css", ".js"};
        for (int i = 0; i < 1500; i++, files++) Files.write(in.resolve(String.format("asset-%04d%s", i, unsupported[i % unsupported.length])), new byte[] {1});
        for (int i = 0; i < 10; i++) Files.createDirectories(in.resolve("sub" + i));
        for (int i = 0; i < 1000; i++, files++) Files.write(in.resolve(String.format("sub%d/empty-%04d.txt", i % 10, i)), new byte[0]);
        for (int i = 0; i < 480; i++, files++) Files.writeString(in.resolve(String.format("blank-%04d.md", i)), "  \n\n ");
        assertEquals(3000, files);

        Run run = ingest(store, List.of(in));
        assertEquals(20, run.summary.ingested());
        assertEquals(1500, run.summary.skipped());
        assertEquals(1480, run.summary.failed());
        assertEquals(files, run.summary.ingested() + run.summary.skipped() + run.summary.failed());
        assertEquals(files, run.lines.size(), "one line per file");
        assertEquals(good, run.graphs);
        assertTrue(run.lines.stream().filter(l -> l.startsWith("FAILED")).allMatch(l -> l.endsWith(": file is empty") || l.endsWith(": file holds only whitespace")));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Path write(String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private SourceDocument read(String name, byte[] bytes) throws DocumentException {
        Path file = write(name, bytes);
        SourceDocument document = READERS.read(file);
        // The same bytes in hand (a distributed job's split) decode the same.
        assertEquals(document.text(), READERS.read(name, bytes).text());
        return document;
    }

    /** Reading is refused with a message that starts with the file's path. */
    private DocumentException refused(String name, byte[] bytes) {
        Path file = write(name, bytes);
        DocumentException e = assertThrows(DocumentException.class, () -> READERS.read(file));
        assertEquals(file, e.file());
        assertEquals(file + ": " + e.reason(), e.getMessage());
        assertThrows(DocumentException.class, () -> READERS.read(name, bytes));
        return e;
    }

    /** A run of a good article and this bad file: one FAILED line naming it and the reason; only the good one in the store. */
    private void assertIngestRefuses(String name, byte[] bytes, String reason) {
        try {
            Path in = Files.createDirectories(dir.resolve("run-" + name));
            Files.copy(GOOD, in.resolve("good.txt"));
            Files.write(in.resolve(name), bytes);
            Run run = ingest(dir.resolve("store-" + name), List.of(in));
            assertEquals(1, run.summary.ingested(), run.lines.toString());
            assertEquals(1, run.summary.failed(), run.lines.toString());
            List<String> about = run.linesAbout(name);
            assertEquals(1, about.size(), run.lines.toString());
            assertTrue(about.get(0).startsWith("FAILED " + in.resolve(name) + ": ") && about.get(0).contains(reason), about.toString());
            assertEquals(Set.of(IRIS.document("good.txt")), run.graphs);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Run(Ingester.Summary summary, List<String> lines, Set<String> graphs, java.util.Map<String, Model> models) {
        List<String> linesAbout(String name) {
            return lines.stream().filter(l -> l.contains("/" + name + ":") || l.contains("/" + name + " (")).toList();
        }

        Model graph(String fileName) {
            return models.get(IRIS.document(fileName));
        }
    }

    private static Run ingest(Path store, List<Path> inputs) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        try (DaisStore s = DaisStore.open(store)) {
            Ingester.Summary summary = new Ingester(() -> new Pipeline(IRIS), s, 2).ingest(inputs, lines::add);
            Set<String> graphs = graphNames(s);
            java.util.Map<String, Model> models = new java.util.HashMap<>();
            s.read(() -> {
                for (String g : graphs) models.put(g, ModelFactory.createDefaultModel().add(s.dataset().getNamedModel(g)));
                return null;
            });
            return new Run(summary, lines, graphs, models);
        }
    }

    /** The documents' graphs: the office summary's graph is derived from them, not a document. */
    private static Set<String> graphNames(DaisStore store) {
        return store.read(() -> {
            Set<String> names = new TreeSet<>();
            store.dataset().listNames().forEachRemaining(names::add);
            names.remove(org.dais.store.OfficeSummary.GRAPH);
            return names;
        });
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
