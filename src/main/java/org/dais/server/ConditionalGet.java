package org.dais.server;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Validators for a representation, so that crawlers and caches re-fetch only what changed: an
 * {@code ETag} from the bytes themselves (it changes exactly when the representation does) and
 * {@code Last-Modified} from the store's last ingest; {@code If-None-Match} (which wins) or
 * {@code If-Modified-Since} that still holds gets {@code 304 Not Modified} without a body.
 */
final class ConditionalGet {
    private ConditionalGet() {}

    /** Sets the validators and sends {@code body}, or 304 if the client's copy is current. */
    static void send(HttpServletRequest request, HttpServletResponse response, byte[] body, Instant lastModified) throws IOException {
        String etag = etag(body);
        response.setHeader("ETag", etag);
        Instant seconds = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
        if (seconds != null) response.setDateHeader("Last-Modified", seconds.toEpochMilli());
        if (notModified(request, etag, seconds)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(body);
    }

    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) t = t.substring(2);
                if (t.equals("*") || t.equals(etag)) return true;
            }
            return false;
        }
        if (lastModified == null) return false;
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unparsable) {
            return false; // a malformed date validates nothing: send the representation
        }
        return since >= 0 && !lastModified.isAfter(Instant.ofEpochMilli(since));
    }

    /** A strong validator: the first 128 bits of the body's SHA-256, quoted. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
