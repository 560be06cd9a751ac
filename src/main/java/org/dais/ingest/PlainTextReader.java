package org.dais.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** Reads {@code .txt} (and extension-less) articles as plain text. */
public final class PlainTextReader implements DocumentReader {
    /** Larger files are not articles; refusing them keeps one bad file from exhausting memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || !name.contains(".");
    }

    @Override
    public SourceDocument read(Path file) throws DocumentException {
        return fromBytes(file, ReadFiles.bytes(file, MAX_BYTES));
    }

    static SourceDocument fromBytes(Path file, byte[] bytes) throws DocumentException {
        String text = TextDecoder.decode(file, bytes);
        if (text.isBlank()) throw new DocumentException(file, "file holds only whitespace");
        return new SourceDocument(file.getFileName().toString(), file, text);
    }
}
