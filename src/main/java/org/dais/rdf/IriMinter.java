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
 * hash of their defining parts. The hash never depends on the base (a part that is an IRI under
 * it is hashed as if under {@link #DEFAULT_BASE}): a store moved to another domain keeps every
 * IRI but for the prefix, and IRIs minted under the default base keep the value they always had.
 * Meetings get a readable slug, their name's words in order ("2-plenary-meeting-8-central-committee").
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
    /** A meeting known only by its key (a word bag): the slug of the key. */
    public String meeting(String key) { return base + "meeting/" + slug(key); }
    public String session(String meetingKey, int day) { return meeting(meetingKey) + "/day-" + day; }

    /** A meeting by its parsed name: the key's words in the order the name gives them. */
    public String meeting(org.dais.extract.MeetingName name) { return base + "meeting/" + meetingSlug(name.canonical(), name.key()); }
    public String session(org.dais.extract.MeetingName name, int day) { return meeting(name) + "/day-" + day; }

    /** The IRI this minter gave a meeting before slugs were readable (its key's words sorted), for redirects. */
    public String legacyMeeting(String name) {
        return base + "meeting/" + slug(org.dais.extract.MeetingNames.key(name));
    }

    /**
     * The words of {@code key} (a sorted word set, see {@code MeetingNames.key}) in the order
     * {@code name} writes them, each once; words the name spells otherwise (an expanded initialism)
     * follow in key order. Same key, same words: only their order comes from the name.
     */
    static String meetingSlug(String name, String key) {
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
        java.util.Set<String> keyWords = new java.util.LinkedHashSet<>(java.util.Arrays.asList(key.split(" ")));
        for (String w : SLUG_WORD_BREAK.split(name)) {
            String k = org.dais.extract.MeetingNames.key(w);
            if (keyWords.contains(k)) words.add(k);
        }
        words.addAll(keyWords);
        return slug(String.join(" ", words));
    }
    public String series(String key) { return base + "series/" + slug(key); }
    public String document(String sourceName) {
        // An archive's record ("news.jsonl#https://…/article/17"): the archive's slug, then a hash of the
        // record's key (URLs make long slugs, and stripping an "extension" would merge records).
        int hash = sourceName.indexOf('#');
        if (hash > 0) return base + "doc/" + slug(sourceName.substring(0, hash).replaceFirst("\\.[^.]+$", "")) + "/" + hash(sourceName.substring(hash + 1));
        return base + "doc/" + slug(sourceName.replaceFirst("\\.[^.]+$", ""));
    }
    public String publisher(String name) { return base + "publisher/" + slug(name); }
    public String tenure(String... parts) { return base + "tenure/" + hash(withoutBase(parts)); }
    public String speech(String... parts) { return base + "speech/" + hash(withoutBase(parts)); }
    public String participation(String... parts) { return base + "participation/" + hash(withoutBase(parts)); }
    public String evidence(String... parts) { return base + "evidence/" + hash(withoutBase(parts)); }
    // The leader's public activities: an occasion from its kind, day and place (or its article where undated); a named place.
    public String activity(String... parts) { return base + "activity/" + hash(withoutBase(parts)); }
    public String place(String name) { return base + "place/" + slug(name); }

    /**
     * A person's post in the office summary: under the person's base ({@code BASE person/...}),
     * hashed from the person and post as if minted under the default base, so a rebased store's
     * summary nodes are the ones a new summary of it would mint.
     */
    public static String officeSummary(String personIri, String postIri) {
        IriMinter minter = underBaseOf(personIri);
        return minter.base + "summary/office/" + hash(minter.withoutBase(new String[] {personIri, postIri}));
    }

    /** A person in the summary (every article naming them): under the person's base, as {@link #officeSummary}. */
    public static String personSummary(String personIri) {
        IriMinter minter = underBaseOf(personIri);
        return minter.base + "summary/person/" + hash(minter.withoutBase(new String[] {personIri}));
    }

    /** A person's appearance at an occasion on a day, as named, in the appearance summary: under the person's base, as {@link #officeSummary}. */
    public static String appearanceSummary(String personIri, String name, String occasionIri, String day) {
        IriMinter minter = underBaseOf(personIri);
        return minter.base + "summary/appearance/" + hash(minter.withoutBase(new String[] {personIri, name, occasionIri, day}));
    }

    /** A minter under the base a person's IRI was minted under ({@code BASE person/...}). */
    private static IriMinter underBaseOf(String personIri) {
        int at = personIri.lastIndexOf("person/");
        return new IriMinter(at > 0 ? personIri.substring(0, at) : DEFAULT_BASE);
    }

    /** Parts as hashed: an IRI under this base as if under the default one. */
    private String[] withoutBase(String[] parts) {
        if (base.equals(DEFAULT_BASE)) return parts;
        String[] out = parts.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != null && out[i].startsWith(base)) out[i] = DEFAULT_BASE + out[i].substring(base.length());
        }
        return out;
    }

    /** The base a server at {@code host:port} mints under, e.g. {@code http://localhost:41030/id/}; a wildcard bind is shown as localhost. */
    public static String baseFor(String host, int port) {
        String h = host == null ? "localhost" : host.strip();
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        if (h.isEmpty() || h.equals("*") || h.equals("0.0.0.0") || h.equals("::")) h = "localhost";
        if (h.contains(":")) h = "[" + h + "]";
        return "http://" + h + ":" + port + "/id/";
    }

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
    /** Where a meeting name's words part (compiled once: String.split compiled it for every meeting named). */
    private static final java.util.regex.Pattern SLUG_WORD_BREAK = java.util.regex.Pattern.compile("[\\s,;:()]+");

    /** One digest per thread: looking the algorithm up among the providers cost more than hashing a short key. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    private static String hash(String... parts) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        for (String p : parts) {
            digest.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1F); // unit separator: ("ab","c") differs from ("a","bc")
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
