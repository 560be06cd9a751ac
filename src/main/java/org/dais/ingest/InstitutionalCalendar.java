package org.dais.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generic knowledge of the DPRK institutions' calendars, used to place an article whose
 * dateline prints no year: the year of each numbered Party congress, the span of each Central
 * Committee's and Supreme People's Assembly's term, and the founding or birth years whose round
 * anniversaries the media mark. Nothing here names a particular article's people or events.
 */
public final class InstitutionalCalendar {
    private InstitutionalCalendar() {}

    /** A span of years, {@code to} null while the term is open. */
    public record Span(int from, Integer to) {
        boolean contains(int year) { return year >= from && (to == null || year <= to); }
    }

    /** Years of the WPK congresses (the next one is not known here). */
    static final Map<Integer, Integer> CONGRESS_YEAR = Map.of(1, 1946, 2, 1948, 3, 1956, 4, 1961, 5, 1970, 6, 1980, 7, 2016, 8, 2021);

    /** The Central Committee elected by congress N sits until congress N+1. */
    static Span centralCommitteeTerm(int n) {
        Integer from = CONGRESS_YEAR.get(n);
        if (from == null) return null;
        return new Span(from, CONGRESS_YEAR.get(n + 1));
    }

    /** Terms of the Supreme People's Assembly (elections 1998, 2003, 2009, 2014, 2019). */
    static final Map<Integer, Span> SPA_TERM = Map.of(
            10, new Span(1998, 2003), 11, new Span(2003, 2009), 12, new Span(2009, 2014),
            13, new Span(2014, 2019), 14, new Span(2019, null));

    private static final String ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            + "twelfth|thirteenth|fourteenth|fifteenth";
    /**
     * An ordinal starting a word, the initials' lookahead before the word boundary, so the scan of a
     * whole article fails at most positions on one character class, not on the costlier {@code \\b}
     * (both are zero-width tests of the same position: the order changes no match).
     */
    private static final String ORDINAL_AT_WORD = "(?=[\\dfsten])\\b(\\d{1,3}(?:st|nd|rd|th)|" + ORDINAL_WORDS + ")";
    private static final String PARTY = "(?:Workers['’]\\s+Party\\s+of\\s+Korea|WPK|Party)";
    private static final String CC = "(?:Central\\s+Committee\\s+of\\s+the\\s+" + PARTY + "|" + PARTY + "\\s+Central\\s+Committee|Party\\s+Central\\s+Committee|C\\.\\s?C\\.?,?\\s+(?:of\\s+the\\s+)?WPK)";
    /** "the 8th Central Committee of the WPK", "the Eighth WPK Central Committee", "8th C.C., WPK". */
    private static final Pattern CC_TERM = Pattern.compile("(?i)" + ORDINAL_AT_WORD + "\\s+" + CC);
    /** "the Seventh Congress of the WPK", "the 8th Party Congress". */
    private static final Pattern CONGRESS = Pattern.compile("(?i)" + ORDINAL_AT_WORD + "\\s+(?:(?:Party|WPK)\\s+Congress\\b|Congress\\s+of\\s+the\\s+" + PARTY + ")");
    /** "the 14th Supreme People's Assembly", "the 13th SPA of the DPRK". */
    private static final Pattern SPA = Pattern.compile("(?i)" + ORDINAL_AT_WORD + "\\s+(?:Supreme\\s+People['’]s\\s+Assembly|SPA)\\b");

    /** Founding and birth years of what the media count anniversaries of. */
    private static final Map<Pattern, Integer> FOUNDED = Map.of(
            Pattern.compile("(?i)^(?:the\\s+)?(?:founding\\s+of\\s+the\\s+)?" + PARTY + "\\b(?!\\s+(?:Central|committee|cell|organization))"), 1945,
            Pattern.compile("(?i)^(?:the\\s+)?(?:founding\\s+of\\s+the\\s+)?(?:DPRK|Democratic\\s+People['’]s\\s+Republic\\s+of\\s+Korea)\\b"), 1948,
            Pattern.compile("(?i)^(?:the\\s+)?(?:birth\\s+of\\s+)?(?:the\\s+)?(?:great\\s+leader\\s+|President\\s+|Comrade\\s+)*Kim\\s+Il\\s+Sung\\b"), 1912,
            Pattern.compile("(?i)^(?:the\\s+)?(?:birth\\s+of\\s+)?(?:the\\s+)?(?:great\\s+leader\\s+|leader\\s+|Chairman\\s+|General\\s+Secretary\\s+|Comrade\\s+)*Kim\\s+Jong\\s+Il\\b"), 1942,
            Pattern.compile("(?i)^(?:the\\s+)?(?:victory\\s+in\\s+the\\s+(?:great\\s+)?Fatherland\\s+Liberation\\s+War)\\b"), 1953,
            Pattern.compile("(?i)^(?:the\\s+)?(?:liberation\\s+of\\s+(?:the\\s+country|Korea))\\b"), 1945);
    /** "the 65th birthday of the WPK", "the 80th founding anniversary of the Party", "the 110th birth anniversary of ...". */
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "(?i)" + ORDINAL_AT_WORD + "\\s+(?:founding\\s+|birth\\s+)?(?:anniversary|birthday)\\s+of\\s+");

    /**
     * The years the text's institutions allow, or null: an article can look back to an earlier
     * Central Committee or Assembly but not ahead to a later one, so the latest term it names
     * of each body bounds its year (from its start to its end).
     */
    static Span termSpan(String text) {
        return termSpan(Ordinals.of(text));
    }

    static Span termSpan(Ordinals text) {
        Span cc = latest(CC_TERM, text, true), spa = latest(SPA, text, false);
        if (cc == null) return spa;
        if (spa == null) return cc;
        int from = Math.max(cc.from, spa.from);
        Integer to = cc.to == null ? spa.to : spa.to == null ? cc.to : Integer.valueOf(Math.min(cc.to, spa.to));
        return to != null && to < from ? null : new Span(from, to);
    }

    private static Span latest(Pattern body, Ordinals text, boolean centralCommittee) {
        Span latest = null;
        for (MatchResult m : text.matches(body)) {
            int n = value(m.group(1));
            Span term = centralCommittee ? centralCommitteeTerm(n) : SPA_TERM.get(n);
            if (term != null && (latest == null || term.from > latest.from)) latest = term;
        }
        return latest;
    }

    /**
     * The lowest year the congresses the text mentions allow: delegates are elected and
     * preparations made the year before a congress, so a mention allows the year before it.
     */
    static int congressFloor(String text) {
        return congressFloor(Ordinals.of(text));
    }

    static int congressFloor(Ordinals text) {
        int floor = 0;
        for (MatchResult c : text.matches(CONGRESS)) {
            Integer year = CONGRESS_YEAR.get(value(c.group(1)));
            if (year != null) floor = Math.max(floor, year - 1);
        }
        return floor;
    }

    /** The year of the latest round anniversary the text marks ("the 65th birthday of the WPK"), or null. */
    static Integer anniversaryYear(String text) {
        return anniversaryYear(Ordinals.of(text));
    }

    static Integer anniversaryYear(Ordinals ordinals) {
        Integer best = null;
        String text = ordinals.text();
        for (MatchResult a : ordinals.matches(ANNIVERSARY)) {
            String rest = text.substring(a.end(), Math.min(text.length(), a.end() + 120));
            for (Map.Entry<Pattern, Integer> founded : FOUNDED.entrySet()) {
                if (founded.getKey().matcher(rest).lookingAt()) {
                    int year = founded.getValue() + value(a.group(1));
                    if (best == null || year > best) best = year;
                }
            }
        }
        return best;
    }

    private static final java.util.Set<String> ORDINAL_WORD_SET = java.util.Set.of(ORDINAL_WORDS.split("\\|"));

    /** Where an ordinal and a space could start a match of the patterns above (all open so): a superset of their starts. */
    private static final Pattern ORDINAL_START = Pattern.compile("(?i)(?=[\\dfsten])\\b(?=(?:\\d{1,3}(?:st|nd|rd|th)|" + ORDINAL_WORDS + ")\\s)");

    /**
     * A text and the places an ordinal starts a word in it, found by one scan: the four patterns
     * above all open with such an ordinal, so each is tried only there instead of scanning the whole
     * article once each (the year evidence of every article without a dated dateline reads them all).
     */
    record Ordinals(String text, int[] starts) {
        static Ordinals of(String text) {
            Matcher m = ORDINAL_START.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int[] starts = new int[8];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                // ORDINAL_START's own first tests, by hand: a digit or an ordinal's initial, after no word character
                // (\b fails there); the pattern decides the rest (a mark before, the word itself).
                char c = text.charAt(i);
                if (!(c >= '0' && c <= '9') && "fstenFSTEN".indexOf(c) < 0) continue;
                if (i > 0 && (text.charAt(i - 1) == '_' || Character.isLetterOrDigit(text.charAt(i - 1)))) continue;
                if (!(c >= '0' && c <= '9') && !ordinalWordAt(text, i)) continue;
                if (!m.region(i, text.length()).lookingAt()) continue;
                if (n == starts.length) starts = java.util.Arrays.copyOf(starts, n * 2);
                starts[n++] = i;
            }
            return new Ordinals(text, java.util.Arrays.copyOf(starts, n));
        }

        /** Whether the run of ASCII letters at {@code i} is an ordinal word, case aside (what the pattern's words need before their space). */
        private static boolean ordinalWordAt(String text, int i) {
            int end = i;
            while (end < text.length() && end - i <= 10 && isAsciiLetter(text.charAt(end))) end++;
            return end - i >= 5 && end - i <= 10 && ORDINAL_WORD_SET.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        /** The matches {@code find()} would give, in order, read at the ordinals' places only. */
        List<MatchResult> matches(Pattern opensWithOrdinal) {
            List<MatchResult> found = new ArrayList<>();
            Matcher m = opensWithOrdinal.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int end = 0;
            for (int start : starts) {
                if (start < end) continue; // inside the previous match, where find() does not look
                m.region(start, text.length());
                if (m.lookingAt()) {
                    found.add(m.toMatchResult());
                    end = m.end();
                }
            }
            return found;
        }
    }

    private static int value(String ordinal) {
        String w = ordinal.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) return Integer.parseInt(w.replaceAll("\\D", ""));
        String[] words = ORDINAL_WORDS.split("\\|");
        for (int i = 0; i < words.length; i++) if (words[i].equals(w)) return i + 1;
        return 0;
    }
}
