package org.dais.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One input document as read: {@code text} is the decoded document, the text analysed.
 * {@code declaredDate} and {@code url} come from outside the text (an archive record's fields,
 * a dated file name, a sidecar {@code .json}) and may be null. {@code repair} is null unless a
 * repair stage changed the text ({@link #receivedText()} is then the frame of the graph's offsets).
 */
public record SourceDocument(String sourceName, Path path, String text, LocalDate declaredDate, String url, TextRepair repair) {
    public SourceDocument {
        if (sourceName == null || sourceName.isBlank()) throw new IllegalArgumentException("source name is empty");
        if (text == null) throw new IllegalArgumentException("text is null for " + sourceName);
        if (url != null && url.isBlank()) url = null;
    }

    /** A document known only by its text (no declared date or URL). */
    public SourceDocument(String sourceName, Path path, String text) {
        this(sourceName, path, text, null, null, null);
    }

    /** A document as read, with what was declared for it from outside its text. */
    public SourceDocument(String sourceName, Path path, String text, LocalDate declaredDate, String url) {
        this(sourceName, path, text, declaredDate, url, null);
    }

    /** This document with the date and URL declared for it from outside its text. */
    public SourceDocument withDeclared(LocalDate date, String link) {
        return new SourceDocument(sourceName, path, text, date, link, repair);
    }

    /** This document with its text repaired ({@code repaired}), the received text kept in {@code how}. */
    public SourceDocument withRepair(String repaired, TextRepair how) {
        return new SourceDocument(sourceName, path, repaired, declaredDate, url, how);
    }

    /** The text as it arrived, before any repair: what the graph's evidence offsets point into. */
    public String receivedText() {
        return repair == null ? text : repair.received();
    }

    /**
     * SHA-256 (hex) of the document as received: its text before repair, declared date and URL.
     * Equal hashes mean a re-run has nothing new to read in it.
     */
    public String contentHash() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {receivedText(), declaredDate == null ? "" : declaredDate.toString(), url == null ? "" : url}) {
                digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0x1F); // unit separator: parts cannot run into each other
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** An offset into {@link #text()} as an offset into {@link #receivedText()}. */
    public int toReceived(int offset) {
        return repair == null ? offset : repair.toReceived(offset);
    }
}
