package org.dais.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dais.nlp.KoreanNameFinder;

/**
 * One spelling per person, in the DPRK romanization that state media use. Variants of the same
 * name become that spelling: hyphenated given names ({@code Kim Jong-un}), McCune–Reischauer with
 * diacritics and apostrophes ({@code Kim Chŏng-ŭn}, {@code Ch'oe}). A name spelled another way
 * ({@code Park}, {@code Yoon}, {@code Lee}) is kept as written: those spellings are the South's, and
 * its people are named so in these reports, so respelling them as Pak, Yun or Ri made other persons
 * of them. The spelling as written is kept as an alternative label.
 */
public final class PersonNames {
    // Compiled once: these run for every sentence of every document.
    private static final java.util.regex.Pattern NAME_SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-‐]+");

    private static final java.util.regex.Pattern PARTICLE = java.util.regex.Pattern.compile(
            "van|von|der|den|de|del|della|di|da|dos|das|du|la|le|bin|ibn|bint|abu|al|el|ter|ten");

    private PersonNames() {}

    /** The DPRK spelling: "Kim Jong-un" → "Kim Jong Un", "Kim Chŏng-ŭn" → "Kim Jong Un", "Lee Chang Sok" stays "Lee Chang Sok". */
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
            // Written in this romanization and capitalised ("McKenzie", "DeSantis"): kept as written.
            boolean asWritten = !mr && Character.isUpperCase(p.charAt(0)) && !p.chars().allMatch(Character::isUpperCase)
                    // A particle inside a foreign name stays lower case ("Jan van der Berg", "Khalid bin Rashid", "Hamad al-Khalifa").
                    || i > 0 && i < raw.length - 1 && PARTICLE.matcher(p).matches();
            parts.add(asWritten ? p : Character.toUpperCase(folded.charAt(0)) + folded.substring(1));
        }
        return String.join(" ", parts);
    }

    /** The identity key: the canonical spelling in lower case. */
    public static String key(String name) {
        return canonical(name).toLowerCase(Locale.ROOT);
    }
}
