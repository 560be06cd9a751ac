package org.dais.nlp;

import java.util.Locale;

/**
 * What {@code s.toLowerCase(Locale.ROOT)} gives, for the look-ups of words in lower-case sets that the name
 * stage makes for most tokens. A token of ASCII is lowered by a loop; only a token with a character beyond ASCII
 * goes to the JDK's case mapping, in a method of its own. The JDK's mapping, with its Latin-1 and UTF-16 paths and
 * the Unicode tables behind them, was inlined at every such look-up: about half of the name finder's largest
 * compiled unit (C2 inlining logs of a build of the seeds x 200).
 */
public final class LowerCase {
    private LowerCase() {
    }

    /** {@code s.toLowerCase(Locale.ROOT)}. */
    public static String of(String s) {
        // Over a copy of the characters, not String.charAt: the articles hold characters beyond Latin-1, so charAt's
        // profile has both its paths hot, C2 checked the other path's bounds before the loop, and a plain token failed
        // that check at once (a profile_predicate deoptimization of every unit this loop was inlined into).
        char[] chars = s.toCharArray();
        boolean upper = false;
        for (char c : chars) {
            if (c >= 0x80) return unicode(s);
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) return s;
        for (int i = 0; i < chars.length; i++) if (chars[i] >= 'A' && chars[i] <= 'Z') chars[i] += 'a' - 'A';
        return new String(chars);
    }

    private static String unicode(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
