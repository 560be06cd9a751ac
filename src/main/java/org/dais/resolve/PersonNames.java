package org.dais.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dais.nlp.KoreanNameFinder;

/**
 * One spelling per person, in the DPRK romanization that state media use. Variants of the same
 * name become that spelling: hyphenated given names ({@code Kim Jong-un}), McCune–Reischauer with
 * diacritics and apostrophes ({@code Kim Chŏng-ŭn}, {@code Ch'oe}), and South Korean surname
 * spellings ({@code Lee}/{@code Yi} for Ri, {@code Choi} for Choe, {@code Cho} for Jo, {@code Park}
 * for Pak). The spelling as written is kept as an alternative label.
 */
public final class PersonNames {
    // Compiled once: these run for every sentence of every document.
    private static final java.util.regex.Pattern NAME_SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-‐]+");

    private PersonNames() {}

    /** Surname spellings of the South and of other systems, to the DPRK spelling. */
    private static final Map<String, String> SURNAMES = Map.ofEntries(
            Map.entry("lee", "Ri"), Map.entry("yi", "Ri"), Map.entry("rhee", "Ri"), Map.entry("i", "Ri"),
            Map.entry("choi", "Choe"), Map.entry("cho", "Jo"), Map.entry("park", "Pak"), Map.entry("bak", "Pak"),
            Map.entry("jeong", "Jong"), Map.entry("chung", "Jong"), Map.entry("chong", "Jong"), Map.entry("jung", "Jong"),
            Map.entry("gim", "Kim"), Map.entry("gang", "Kang"), Map.entry("baek", "Paek"), Map.entry("paik", "Paek"),
            Map.entry("yoon", "Yun"), Map.entry("yoo", "Yu"), Map.entry("ryoo", "Ryu"), Map.entry("moon", "Mun"),
            Map.entry("hyun", "Hyon"), Map.entry("hyeon", "Hyon"), Map.entry("shin", "Sin"), Map.entry("ahn", "An"),
            Map.entry("oh", "O"), Map.entry("noh", "No"), Map.entry("roh", "No"), Map.entry("koh", "Ko"), Map.entry("go", "Ko"),
            Map.entry("heo", "Ho"), Map.entry("lim", "Rim"), Map.entry("im", "Rim"), Map.entry("yeom", "Ryom"), Map.entry("yom", "Ryom"),
            Map.entry("jeon", "Jon"), Map.entry("chun", "Jon"), Map.entry("joo", "Ju"), Map.entry("seo", "So"), Map.entry("bae", "Pae"),
            Map.entry("byun", "Pyon"), Map.entry("byeon", "Pyon"), Map.entry("gwon", "Kwon"), Map.entry("bong", "Pong"),
            Map.entry("seong", "Song"), Map.entry("sung", "Song"), Map.entry("geum", "Kum"), Map.entry("gil", "Kil"));

    /** The DPRK spelling: "Kim Jong-un" → "Kim Jong Un", "Kim Chŏng-ŭn" → "Kim Jong Un", "Lee Chang Sok" → "Ri Chang Sok". */
    public static String canonical(String name) {
        List<String> parts = new ArrayList<>();
        String[] raw = NAME_SEPARATORS.split(name.strip());
        for (int i = 0; i < raw.length; i++) {
            String p = raw[i];
            if (p.isEmpty()) continue;
            boolean mr = !Normalizer.isNormalized(p, Normalizer.Form.NFD) || p.contains("'") || p.contains("’");
            String folded = KoreanNameFinder.fold(p).toLowerCase(Locale.ROOT);
            // McCune–Reischauer writes unaspirated ch as "ch" and aspirated as "ch'": DPRK media write "j" and "ch".
            if (mr && folded.startsWith("ch") && !p.matches("(?i)ch['’].*")) folded = "j" + folded.substring(2);
            String part = Character.toUpperCase(folded.charAt(0)) + folded.substring(1);
            if (parts.isEmpty()) part = SURNAMES.getOrDefault(folded, part);
            parts.add(part);
        }
        return String.join(" ", parts);
    }

    /** The identity key: the canonical spelling in lower case. */
    public static String key(String name) {
        return canonical(name).toLowerCase(Locale.ROOT);
    }
}
