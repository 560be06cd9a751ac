package org.dais.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
        for (DocumentReader reader : readers) {
            if (!reader.accepts(file)) continue;
            SourceDocument document = reader.read(file);
            // A saved page is HTML whatever its name says: read it as a page, not as text with tags.
            if (reader instanceof PlainTextReader && HtmlReader.looksLikeHtml(document.text())) return html.fromText(file, document.text());
            return document;
        }
        throw new DocumentException(file, "unsupported file type (dais reads .txt, .md, .html, .htm)");
    }

    /**
     * Reads an article whose bytes are already in hand (a distributed job's input split, say):
     * {@code name} chooses the reader as a file name would and is the document's source name,
     * so the graph is the one {@link #read(Path)} gives for a file of that name and content.
     */
    public SourceDocument read(String name, byte[] bytes) throws DocumentException {
        Path label = Path.of(name).getFileName();
        if (bytes.length > PlainTextReader.MAX_BYTES) {
            throw new DocumentException(label, bytes.length + " bytes, over the " + PlainTextReader.MAX_BYTES + "-byte limit for one article");
        }
        if (html.accepts(label)) return html.fromText(label, TextDecoder.decode(label, bytes));
        if (!accepts(label)) throw new DocumentException(label, "unsupported file type (dais reads .txt, .md, .html, .htm)");
        SourceDocument document = PlainTextReader.fromBytes(label, bytes);
        if (HtmlReader.looksLikeHtml(document.text())) return html.fromText(label, document.text());
        return document;
    }

    /**
     * Every regular file under the given paths, in a stable order (sorted by path) so that
     * runs are reproducible. Hidden files are skipped.
     */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
