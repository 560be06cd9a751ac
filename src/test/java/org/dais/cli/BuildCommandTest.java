package org.dais.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.store.DaisStore;
import org.dais.store.Ontology;

/** {@code dais build}: one line per input, a summary with the counts, and a non-zero exit when any input failed. */
class BuildCommandTest {
    private static final Path GOOD = Path.of("seeds", "002_0220f7c6bd20be88.txt");

    private record Result(int code, String err) {
        List<String> linesNaming(String name) {
            return err.lines().filter(l -> l.contains(name)).toList();
        }
    }

    private static Result build(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 1];
            all[0] = "build";
            System.arraycopy(args, 0, all, 1, args.length);
            int code = Main.commandLine().execute(all);
            return new Result(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void oneBadFileAmongGoodOnesFailsTheRunNamingItAndTheGoodOnesGoIn(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(GOOD, in.resolve("one.txt"));
        Files.copy(GOOD, in.resolve("two.md"));
        Files.write(in.resolve("broken.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(in.resolve("scan.pdf"), "%PDF-1.4");
        Path store = dir.resolve("tdb2");

        Result r = build("--input", in.toString(), "--store", store.toString(), "--threads", "1");

        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("dais build: 2 documents ingested, 1 skipped, 1 failed.*")), r.err());
        assertEquals(List.of("  FAILED " + in.resolve("broken.txt") + ": binary data, not text"), r.linesNaming("broken.txt"), r.err());
        assertEquals(List.of("  skipped " + in.resolve("scan.pdf") + ": unsupported file type (dais reads .txt, .md, .html, .htm, and archives .jsonl, .json, .csv)"), r.linesNaming("scan.pdf"));
        assertEquals(1, r.linesNaming("one.txt").size(), r.err());
        assertTrue(r.linesNaming("one.txt").get(0).startsWith("  ingested "), r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), r.err());
        try (DaisStore s = DaisStore.open(store)) {
            List<String> graphs = s.read(() -> {
                List<String> names = new java.util.ArrayList<>();
                s.dataset().listNames().forEachRemaining(names::add);
                return names;
            });
            org.dais.rdf.IriMinter iris = new org.dais.rdf.IriMinter(org.dais.rdf.IriMinter.DEFAULT_BASE);
            assertEquals(java.util.Set.of(Ontology.GRAPH, org.dais.store.OfficeSummary.GRAPH, iris.document("one.txt"), iris.document("two.md")), java.util.Set.copyOf(graphs),
                    "the documents, the ontology and the office summary");
        }
    }

    @Test
    void anAllGoodRunExitsZero(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(GOOD, in.resolve("one.txt"));
        Files.copy(GOOD, in.resolve("two.txt"));
        Result r = build("--input", in.toString(), "--store", dir.resolve("tdb2").toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("dais build: 2 documents ingested, 0 skipped, 0 failed, 0 unchanged, \\d+ triples, .*")), r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.contains("FAILED")), r.err());
    }

    @Test
    void aReRunOnTheSameArchiveSaysAllUnchangedAndIngestsNothing(@TempDir Path dir) throws Exception {
        com.google.gson.JsonObject record = new com.google.gson.JsonObject();
        record.addProperty("date", "2021-05-01");
        record.addProperty("link", "https://example.org/story/1");
        record.addProperty("story_text", Files.readString(GOOD, java.nio.charset.StandardCharsets.ISO_8859_1));
        com.google.gson.JsonObject second = record.deepCopy();
        second.addProperty("link", "https://example.org/story/2");
        Path archive = Files.writeString(dir.resolve("feed.jsonl"), record + "\n" + second + "\n");
        String store = dir.resolve("tdb2").toString();
        assertEquals(0, build("--input", archive.toString(), "--store", store).code());
        Result again = build("--input", archive.toString(), "--store", store);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().lines().anyMatch(l -> l.matches("dais build: 0 documents ingested, 0 skipped, 0 failed, 2 unchanged, 0 triples, .*")), again.err());
        assertTrue(again.err().lines().noneMatch(l -> l.contains("ingested feed.jsonl")), again.err());
        Result forced = build("--input", archive.toString(), "--store", store, "--reingest");
        assertTrue(forced.err().contains("dais build: 2 documents ingested"), forced.err());
        Result badField = build("--input", archive.toString(), "--store", store, "--field", "words=body");
        assertEquals(2, badField.code(), badField.err());
        assertTrue(badField.err().contains("unknown part 'words'"), badField.err());
    }

    /** Whether to bulk-load is decided from a JSON Lines archive's lines, as many as its records, without parsing them. */
    @Test
    void aJsonLinesArchiveIsCountedByItsLinesAsItsRecordsWouldBe(@TempDir Path dir) throws Exception {
        String record = "{\"id\": \"r%d\", \"date\": \"2031-04-02\", \"story_text\": \"Pyongyang, April 2 (KCNA) -- A text.\"}";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 7; i++) text.append(String.format(record, i)).append(i % 3 == 0 ? "\r\n" : "\n").append(i == 2 ? "  \t\n\n" : "");
        text.append(String.format(record, 7)); // the last line without its newline
        Path archive = Files.writeString(dir.resolve("feed.jsonl"), text.toString());
        Path second = Files.writeString(dir.resolve("more.ndjson"), String.format(record, 8) + "\n\n");
        var mapping = org.dais.ingest.FieldMapping.defaults();
        assertEquals(8, BuildCommand.nonBlankLines(archive, 100));
        assertEquals(3, BuildCommand.nonBlankLines(archive, 3), "counted only as far as asked");
        for (int n = 1; n <= 10; n++) {
            assertEquals(n <= 8, BuildCommand.atLeast(List.of(archive), mapping, n), "n = " + n);
            assertEquals(n <= 9, BuildCommand.atLeast(List.of(archive, second), mapping, n), "two archives, n = " + n);
        }
        long records = 0;
        for (var items = org.dais.ingest.Inputs.of(List.of(archive, second), mapping); items.hasNext(); ) {
            if (items.next() instanceof org.dais.ingest.Input.ArchiveRecord) records++;
        }
        assertEquals(9, records, "the records the lines stand for");
    }

    /**
     * The line count agrees with counting the lines that hold more than whitespace on random texts: runs of
     * blanks, CR and LF, lines longer than the reading buffer (64 kB), no final newline, any limit.
     */
    @Test
    void nonBlankLinesAgreeWithSplittingTheText(@TempDir Path dir) throws Exception {
        java.util.Random random = new java.util.Random(15);
        String pieces = "\n\n\r \t{x";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(40);
            for (int k = 0; k < parts; k++) {
                if (random.nextInt(20) == 0) text.append("y".repeat(random.nextInt(200_000)));
                else text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            Path file = Files.writeString(dir.resolve("lines-" + round + ".jsonl"), text);
            long expected = java.util.Arrays.stream(text.toString().split("\n", -1)).filter(line -> !line.isBlank()).count();
            for (long max : new long[] {0, 1, 2, 5, Long.MAX_VALUE}) {
                assertEquals(Math.min(expected, max), BuildCommand.nonBlankLines(file, max), "round " + round + ", max " + max);
            }
        }
    }

    @Test
    void skippedFilesAloneDoNotFailTheRun(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(GOOD, in.resolve("one.txt"));
        Files.write(in.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8});
        Result r = build("--input", in.toString(), "--store", dir.resolve("tdb2").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("dais build: 1 documents ingested, 1 skipped, 0 failed"), r.err());
    }

    @Test
    void aMissingInputIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("tdb2");
        Result r = build("--input", GOOD.toString(), dir.resolve("nope").toString(), "--store", store.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of("dais build: " + dir.resolve("nope") + ": no such file or folder"), r.err().lines().toList());
        assertTrue(!Files.exists(store), "the store was created");
    }
}
