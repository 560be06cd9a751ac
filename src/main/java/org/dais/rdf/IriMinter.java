package org.dais.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one place entity IRIs are made. Every IRI is {@code base + kind + "/" + slug}, the slug
 * derived from a normalized key, so the same entity gets the same IRI on every run and
 * machine; facts that have no short natural key (tenures, speeches, evidence) get a slug from a
 * hash of their defining parts.
 */
public final class IriMinter {
    public static final String DEFAULT_BASE = "http://localhost:3030/id/";

    private final String base;

    public IriMinter(String base) {
        String b = base == null || base.isBlank() ? DEFAULT_BASE : base.strip();
        this.base = b.endsWith("/") || b.endsWith("#") ? b : b + "/";
    }

    public String base() { return base; }

    public String person(String nameKey) { return base + "person/" + slug(nameKey); }
    public String organization(String name) { return base + "org/" + slug(name); }
    public String role(String title) { return base + "role/" + slug(title); }
    public String post(String title, String organization) { return base + "post/" + slug(title) + "--" + slug(organization); }
    public String meeting(String key) { return base + "meeting/" + slug(key); }
    public String session(String meetingKey, int day) { return meeting(meetingKey) + "/day-" + day; }
    public String series(String key) { return base + "series/" + slug(key); }
    public String document(String sourceName) {
        // An archive's record ("news.jsonl#https://…/article/17"): the archive's slug, then a hash of the
        // record's key (URLs make long slugs, and stripping an "extension" would merge records).
        int hash = sourceName.indexOf('#');
        if (hash > 0) return base + "doc/" + slug(sourceName.substring(0, hash).replaceFirst("\\.[^.]+$", "")) + "/" + hash(sourceName.substring(hash + 1));
        return base + "doc/" + slug(sourceName.replaceFirst("\\.[^.]+$", ""));
    }
    public String publisher(String name) { return base + "publisher/" + slug(name); }
    public String tenure(String... parts) { return base + "tenure/" + hash(parts); }
    public String speech(String... parts) { return base + "speech/" + hash(parts); }
    public String participation(String... parts) { return base + "participation/" + hash(parts); }
    public String evidence(String... parts) { return base + "evidence/" + hash(parts); }
    // The leader's public activities: an occasion from its kind, day and place (or its article where undated); a named place.
    public String activity(String... parts) { return base + "activity/" + hash(parts); }
    public String place(String name) { return base + "place/" + slug(name); }

    /** Lower-case ASCII words joined by hyphens: "Workers' Party of Korea" → "workers-party-of-korea". */
    public static String slug(String key) {
        // Most keys are plain ASCII already: skip the Unicode decomposition for them.
        String ascii = key.chars().allMatch(c -> c < 128) ? key : MARKS.matcher(Normalizer.normalize(key, Normalizer.Form.NFD)).replaceAll("");
        // Apostrophes dropped, every other run of non-alphanumerics one hyphen, none at the edges.
        String lower = ascii.toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '’' || c == 'ʼ' || c == '`') continue;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && s.length() > 0) s.append('-');
                gap = false;
                s.append(c);
            } else {
                gap = true;
            }
        }
        return s.length() == 0 ? hash(key) : s.toString();
    }

    // Compiled once: a slug is made for every entity of every document.
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static String hash(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                digest.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1F); // unit separator: ("ab","c") differs from ("a","bc")
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
