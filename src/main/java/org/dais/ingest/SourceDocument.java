package org.dais.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One input document as read: {@code text} is the decoded document, the frame every character
 * offset in the graph refers to. {@code declaredDate} and {@code url} come from outside the
 * text (an archive record's fields, a dated file name, a sidecar {@code .json}) and may be null.
 */
public record SourceDocument(String sourceName, Path path, String text, LocalDate declaredDate, String url) {
    public SourceDocument {
        if (sourceName == null || sourceName.isBlank()) throw new IllegalArgumentException("source name is empty");
        if (text == null) throw new IllegalArgumentException("text is null for " + sourceName);
        if (url != null && url.isBlank()) url = null;
    }

    /** A document known only by its text (no declared date or URL). */
    public SourceDocument(String sourceName, Path path, String text) {
        this(sourceName, path, text, null, null);
    }

    /** This document with the date and URL declared for it from outside its text. */
    public SourceDocument withDeclared(LocalDate date, String link) {
        return new SourceDocument(sourceName, path, text, date, link);
    }
}
