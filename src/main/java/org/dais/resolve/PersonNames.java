package org.dais.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dais.nlp.KoreanNameFinder;

/**
 * One spelling per romanized name: accents and romanization apostrophes folded, hyphenated
 * given names split and capitalized ({@code Kim Jong-un}, {@code Kim Chŏng-ŭn} → keys that
 * compare equal with {@code Kim Jong Un} where the romanizations agree).
 */
public final class PersonNames {
    private PersonNames() {}

    /** The display form: syllables capitalized, hyphens to spaces ("Kim Jong-un" → "Kim Jong Un"). */
    public static String canonical(String name) {
        List<String> parts = new ArrayList<>();
        for (String p : name.strip().split("[\\s\\-‐]+")) {
            if (p.isEmpty()) continue;
            parts.add(Character.toUpperCase(p.charAt(0)) + p.substring(1).toLowerCase(Locale.ROOT));
        }
        return String.join(" ", parts);
    }

    /** The identity key: folded, lower case, single spaces. */
    public static String key(String name) {
        return KoreanNameFinder.fold(canonical(name)).toLowerCase(Locale.ROOT);
    }
}
