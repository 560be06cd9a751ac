package org.dais.ingest;

import java.nio.file.Path;

/**
 * One input file as read: {@code text} is the decoded document, the frame every character
 * offset in the graph refers to.
 */
public record SourceDocument(String sourceName, Path path, String text) {
    public SourceDocument {
        if (sourceName == null || sourceName.isBlank()) throw new IllegalArgumentException("source name is empty");
        if (text == null) throw new IllegalArgumentException("text is null for " + sourceName);
    }
}
