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
        if (blank(text)) throw new DocumentException(file, "file holds only whitespace");
        return new SourceDocument(file.getFileName().toString(), file, text);
    }

    /**
     * Whether the text has nothing but spaces: {@link String#isBlank()} does not count no-break
     * spaces (a page of {@code &nbsp;} saved as text) or zero-width ones, and such a file went in as an empty article.
     */
    static boolean blank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF || c == 0x200B);
    }
}
