package org.dais.extract;

import java.util.List;
import java.util.Locale;

/**
 * Letters a case-insensitive pattern cannot match without: every match holds one of them, case
 * aside. A sentence lower-cased once ({@link Locale#ROOT}) that holds none of them cannot match,
 * so the pattern's scan is skipped. A literal may lie inside a longer word, so the test is weaker
 * than {@link Triggers}' whole words, and safe where a pattern's words are bounded by letters only
 * ({@code (?<![\p{L}])}, which lets a digit touch them). Lower-casing keeps every ASCII letter a
 * match is made of, so a text that matches holds the literal; a null text (ungated) admits all.
 */
final class RequiredText {
    private final List<String> anyOf;

    private RequiredText(List<String> anyOf) {
        this.anyOf = anyOf;
    }

    /** Lower-case literals, one of which every match of the pattern contains. */
    static RequiredText anyOf(String... literals) {
        for (String l : literals) {
            if (!l.equals(l.toLowerCase(Locale.ROOT)) || l.isEmpty()) throw new IllegalArgumentException("a literal is lower case: '" + l + "'");
        }
        return new RequiredText(List.of(literals));
    }

    /** Whether a pattern needing these literals may match the text whose lower-case form is {@code lower} (null: ungated). */
    boolean admits(String lower) {
        if (lower == null) return true;
        for (String l : anyOf) if (lower.contains(l)) return true;
        return false;
    }
}
