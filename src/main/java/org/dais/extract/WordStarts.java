package org.dais.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pattern's matches can begin: at one of a few words (a run of ASCII letters, case aside)
 * not right after another letter, at the start of the text if the pattern has a {@code ^} branch,
 * or right after a given text (the leader's name, where copy glues the verb to it). A {@link Scan}
 * tries the pattern only there ({@code lookingAt} with transparent bounds, so look-behinds see the
 * text before), instead of {@code find()} trying every branch of a large alternation at every
 * position: the same matches, in the same order, for a fraction of the work.
 *
 * <p>The words must hold the first word of every branch of the pattern (as {@link Triggers} must
 * hold a word of every match): {@code RuleGateTest} compares the scan with {@code find()}, the
 * rules run ungated, on every rule example, gold set and the 2024 archive.
 */
final class WordStarts {
    private final Set<String> firstWords;
    private final boolean atTextStart;
    /** Whether a match may also begin at an ASCII digit ("3rd", "101st"). */
    private final boolean atDigits;
    private final int longest;
    /** Bit i: some word opens with the letter 'a' + i. */
    private final int firstLetters;

    private WordStarts(Set<String> firstWords, boolean atTextStart, boolean atDigits) {
        this.firstWords = Set.copyOf(firstWords);
        this.atTextStart = atTextStart;
        this.atDigits = atDigits;
        this.longest = firstWords.stream().mapToInt(String::length).max().orElse(0);
        int letters = 0;
        for (String w : firstWords) letters |= 1 << w.charAt(0) - 'a';
        this.firstLetters = letters;
    }

    /** Matches begin at one of these words (lower-case ASCII letters). */
    static WordStarts of(String... words) {
        Set<String> set = new HashSet<>();
        for (String w : words) {
            if (!w.matches("[a-z]+")) throw new IllegalArgumentException("a first word is lower-case ASCII letters: '" + w + "'");
            set.add(w);
        }
        return new WordStarts(set, false, false);
    }

    /** These words, and the start of the text (for a pattern with a branch anchored by {@code ^}). */
    WordStarts orTextStart() {
        return new WordStarts(firstWords, true, atDigits);
    }

    /** These words, and any ASCII digit (for a pattern opening with {@code \d}). */
    WordStarts orDigits() {
        return new WordStarts(firstWords, atTextStart, true);
    }

    /**
     * As {@code matcher.region(from, text.length())} then {@code find()} with the default (opaque) bounds, which read
     * the region's start as the text's: tried at {@code from} as the region's start, then only where a match may begin.
     * For a pattern with no look-behind (only its {@code \b} looks left, and it sees the same character either way past
     * {@code from}); {@code matcher} is reused, and holds the match.
     */
    boolean findInRegion(Matcher matcher, String text, int from) {
        int n = text.length();
        matcher.useTransparentBounds(false).useAnchoringBounds(true).region(from, n);
        // Anchoring bounds: a '^' branch matches at the region's start, as find() in the region has it.
        if ((atTextStart || startsWord(text, from)) && matcher.lookingAt()) return true;
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = from + 1; p <= n; p++) {
            if (!mayBeginAt(text, p, null)) continue;
            matcher.region(p, n);
            if (matcher.lookingAt()) return true;
        }
        return false;
    }

    /** Whether a word (or a digit) of these may open with {@code c}. */
    private boolean mayOpen(char c) {
        return atDigits && c >= '0' && c <= '9' || isAsciiLetter(c) && (firstLetters & 1 << (c | 0x20) - 'a') != 0;
    }

    /** Whether one of the words (or a digit) begins at {@code p}, whatever is before it. */
    private boolean startsWord(String text, int p) {
        return p < text.length() && mayOpen(text.charAt(p)) && wordAt(text, p);
    }

    /** Whether the word at {@code p}, whose first character {@link #mayOpen} admits, is one of these (or a digit opens it). */
    private boolean wordAt(String text, int p) {
        char c = text.charAt(p);
        if (atDigits && c >= '0' && c <= '9') return true;
        int end = p;
        while (end < text.length() && end - p <= longest && isAsciiLetter(text.charAt(end))) end++;
        return end - p <= longest && firstWords.contains(text.substring(p, end).toLowerCase(Locale.ROOT));
    }

    /** The matches of {@code pattern} in {@code text}, as repeated {@code find()} gives them. */
    Scan scan(Pattern pattern, String text) {
        return scan(pattern, text, null);
    }

    /** As {@link #scan(Pattern, String)}, also trying right after each occurrence of {@code gluedAfter} (case aside). */
    Scan scan(Pattern pattern, String text, String gluedAfter) {
        return new Scan(pattern.matcher(text), text, gluedAfter);
    }

    /** The first match of {@code pattern} in {@code text}, or null: scanned from these words when {@code gated}, else by {@code find()}. */
    Matcher first(Pattern pattern, String text, boolean gated) {
        if (gated) {
            Scan scan = scan(pattern, text);
            return scan.find() ? scan.matcher() : null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m : null;
    }

    /** Whether a match may begin at {@code p}: a first letter of the words, not right after a letter (or glued), then the word. */
    private boolean mayBeginAt(String text, int p, String gluedAfter) {
        if (p == 0 && atTextStart) return true;
        // Most positions fail on their own character, before the one before it is read.
        if (p == text.length() || !mayOpen(text.charAt(p))) return false;
        boolean free = p == 0 || !Character.isLetter(text.charAt(p - 1))
                || gluedAfter != null && p >= gluedAfter.length() && text.regionMatches(true, p - gluedAfter.length(), gluedAfter, 0, gluedAfter.length());
        return free && wordAt(text, p);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Successive matches; {@link #matcher()} holds the last one's groups. */
    final class Scan {
        private final Matcher matcher;
        private final String text;
        private final String gluedAfter;
        private int from;

        private Scan(Matcher matcher, String text, String gluedAfter) {
            this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
            this.gluedAfter = gluedAfter;
        }

        /** The next match, as {@code Matcher.find()} would find it. */
        boolean find() {
            for (int p = from, n = text.length(); p <= n; p++) {
                if (!mayBeginAt(text, p, gluedAfter)) continue;
                matcher.region(p, n);
                if (matcher.lookingAt()) {
                    // As find() does: the next search starts at this match's end, one further after an empty match.
                    from = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                    return true;
                }
            }
            from = text.length() + 1;
            return false;
        }

        Matcher matcher() {
            return matcher;
        }
    }
}
