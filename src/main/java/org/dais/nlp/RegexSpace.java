package org.dais.nlp;

/**
 * What regex {@code \s} is without UNICODE_CHARACTER_CLASS: space, tab, line feed, vertical tab, form
 * feed, carriage return. For the loops that read text as the rules' patterns do, one definition for all.
 */
public final class RegexSpace {
    private RegexSpace() {
    }

    /** Whether {@code \s} matches {@code c}. */
    public static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
