package org.dais.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Chooses a reader by file name and expands folders into the files dais can read. */
public final class DocumentReaders implements DocumentReader {
    private final List<DocumentReader> readers = List.of(new HtmlReader(), new PlainTextReader());

    @Override
    public boolean accepts(Path file) {
        return readers.stream().anyMatch(r -> r.accepts(file));
    }

    private final HtmlReader html = new HtmlReader();

    @Override
    public SourceDocument read(Path file) throws DocumentException {
        if (!accepts(file)) throw unsupported(file);
        SourceDocument document = fromBytes(file, ReadFiles.bytes(file, PlainTextReader.MAX_BYTES));
        DeclaredMetadata.Declared declared = DeclaredMetadata.of(file);
        return document.withDeclared(declared.date(), declared.url());
    }

    /**
     * Reads an article whose bytes are already in hand (a distributed job's input split, say):
     * {@code name} chooses the reader as a file name would and is the document's source name,
     * so the graph is the one {@link #read(Path)} gives for a file of that name and content.
     */
    public SourceDocument read(String name, byte[] bytes) throws DocumentException {
        Path label = Path.of(name).getFileName();
        ReadFiles.checkSize(label, bytes.length, PlainTextReader.MAX_BYTES);
        if (!accepts(label)) throw unsupported(label);
        // No sidecar travels with bytes in hand; a dated name still dates the article.
        return fromBytes(label, bytes).withDeclared(DeclaredMetadata.fromFileName(label.toString()), null);
    }

    private SourceDocument fromBytes(Path file, byte[] bytes) throws DocumentException {
        if (html.accepts(file)) return html.fromText(file, TextDecoder.decode(file, bytes));
        SourceDocument document = PlainTextReader.fromBytes(file, bytes);
        // A saved page is HTML whatever its name says: read it as a page, not as text with tags.
        return HtmlReader.looksLikeHtml(document.text()) ? html.fromText(file, document.text()) : document;
    }

    private static DocumentException unsupported(Path file) {
        return new DocumentException(file, "unsupported file type (dais reads .txt, .md, .html, .htm)");
    }

    /**
     * Every file under the given paths, in a stable order (sorted by path) so that runs are
     * reproducible. Hidden files and folders are skipped, and links to folders are not followed.
     * Entries that cannot be read as articles (a dangling link, a pipe, a folder that cannot be
     * listed or vanished while being listed) are listed too rather than dropped in silence: reading
     * them then fails with a reason naming them, so every input is accounted for.
     */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            List<Path> found = new ArrayList<>();
            Files.walkFileTree(input, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(input) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (hidden(file)) return FileVisitResult.CONTINUE;
                    // A sidecar's date and URL go with its article; it is no input of its own.
                    if (DeclaredMetadata.isSidecar(file)) return FileVisitResult.CONTINUE;
                    if (attributes.isSymbolicLink() && Files.isDirectory(file)) return FileVisitResult.CONTINUE;
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Before this, one unreadable or vanished subfolder ended the whole run with a stack trace.
                    if (!hidden(file)) found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null && !found.contains(dir)) found.add(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
            found.sort(null);
            files.addAll(found);
        }
        return files;
    }

    private static boolean hidden(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
