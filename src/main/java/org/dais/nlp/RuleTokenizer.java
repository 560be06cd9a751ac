package org.dais.nlp;

import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Tokens by rule, cut where OpenNLP's statistical tokenizer cuts this genre: at whitespace, with
 * opening and closing punctuation split off a word, while a word keeps what is inside it:
 * apostrophes ("People's"), hyphens ("Norway-Korea", "Vice-Premier") and inner full stops
 * ("U.S.", "2024.1.30."). A final full stop is a token of its own unless the word has another.
 * Tens of times faster than the maximum-entropy model, which was half of extraction time.
 * Stateless, so thread-safe.
 */
public final class RuleTokenizer implements Tokenizer {
    public static final RuleTokenizer INSTANCE = new RuleTokenizer();

    private RuleTokenizer() {}

    @Override
    public String[] tokenize(String s) {
        return Span.spansToStrings(tokenizePos(s), s);
    }

    @Override
    public Span[] tokenizePos(String s) {
        // Over the characters, not the string: a sentence with a character beyond Latin-1 (a curly quote, a dash)
        // is a string of another coder, a second path in every charAt of the loop. (JFR of a build of seeds x 200:
        // eight C2 compiles of this method at 5cc89e4, six with the array; most are on-stack compiles of long sentences.)
        char[] c = s.toCharArray();
        // The tokens' bounds in an int array, the spans made at the end: a list's toArray (shared by every caller
        // of ArrayList.toArray, arrays of all types) was where five compiles of this method were thrown away
        // (JFR: class_check deoptimizations).
        Bounds out = new Bounds(c.length / 3 + 4);
        int n = c.length, i = 0;
        while (i < n) {
            while (i < n && isWhitespace(c[i])) i++;
            if (i >= n) break;
            int end = i;
            while (end < n && !isWhitespace(c[end])) end++;
            word(c, i, end, out);
            i = end;
        }
        return out.spans();
    }

    /** Token bounds, start and end by turns, in a growing array. */
    private static final class Bounds {
        private int[] bounds;
        private int size;

        Bounds(int tokens) {
            bounds = new int[2 * tokens];
        }

        void add(int start, int end) {
            if (size + 2 > bounds.length) bounds = java.util.Arrays.copyOf(bounds, 2 * bounds.length);
            bounds[size++] = start;
            bounds[size++] = end;
        }

        Span[] spans() {
            Span[] spans = new Span[size / 2];
            for (int k = 0; k < spans.length; k++) spans[k] = new Span(bounds[2 * k], bounds[2 * k + 1]);
            return spans;
        }
    }

    /**
     * {@link Character#isWhitespace(char)}, ASCII answered here: the JDK's look-up goes through a table class per
     * block of Unicode, and the first curly quote or dash after a run of ASCII text changed its class there and
     * threw the compiled tokenizer away (JFR of a build of seeds x 200: class_check deoptimizations).
     */
    static boolean isWhitespace(char c) {
        if (c <= ' ') return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
        return c >= 128 && Character.isWhitespace(c);
    }

    /** One whitespace-delimited piece: leading marks, the word, trailing marks, each a token. */
    private static void word(char[] s, int start, int end, Bounds out) {
        while (start < end && isPunct(s[start])) {
            out.add(start, start + 1);
            start++;
        }
        // The trailing marks are found from the end, then added in text order (no list of their own per word).
        int wordEnd = end;
        while (wordEnd > start && (isPunct(s[wordEnd - 1]) || s[wordEnd - 1] == '.' && !innerStop(s, start, wordEnd - 1))) {
            wordEnd--;
        }
        if (wordEnd > start) out.add(start, wordEnd);
        for (int k = wordEnd; k < end; k++) out.add(k, k + 1);
    }

    /** Whether the word before a final full stop has one of its own ("U.S.", "2024.1.30."). */
    private static boolean innerStop(char[] s, int start, int stop) {
        for (int k = stop; k-- > start; ) if (s[k] == '.') return true;
        return false;
    }

    /** Marks that open or close a word rather than belong to it. */
    private static boolean isPunct(char c) {
        return switch (c) {
            case ',', ';', ':', '!', '?', '"', '(', ')', '[', ']', '{', '}', '\u201C', '\u201D', '\u2018', '\u2019', '\'', '\u2014', '\u2013' -> true;
            default -> false;
        };
    }
}
