package org.dais.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a rule cannot match without: a rule runs on a sentence only if the sentence holds
 * one of them ({@link #admits}), so most rules skip most sentences after one cheap look-up
 * instead of a regex scan. Triggers must be a necessary condition of the rule's patterns: every
 * match of the pattern contains one of the words as a whole word (case aside). A rule without
 * declared triggers is {@link #ALWAYS} run. {@code RuleGateTest} checks that the gate changes
 * nothing on every rule example and gold set.
 */
public final class Triggers {
    /** For a rule that declares no words: it runs on every sentence. */
    public static final Triggers ALWAYS = new Triggers(null);

    private final Set<String> anyOf;
    /**
     * The words' numbers in the vocabulary as bits ({@link Vocabulary#number}): a sentence's words read with a
     * vocabulary that numbers them all are tested by one AND per 64 words, not one set look-up per word.
     */
    private final long[] mask;
    /** How many words the vocabulary must number for {@link #mask} to be read against a sentence's bits. */
    private final int numbered;

    private Triggers(Set<String> anyOf) {
        this.anyOf = anyOf == null ? null : Set.copyOf(anyOf);
        if (anyOf == null) {
            mask = null;
            numbered = 0;
        } else {
            int max = -1;
            for (String w : this.anyOf) max = Math.max(max, Vocabulary.number(w));
            mask = new long[max / 64 + 1];
            for (String w : this.anyOf) {
                int n = Vocabulary.number(w);
                mask[n >>> 6] |= 1L << n;
            }
            numbered = max + 1;
        }
    }

    /** The words, lower case; null for {@link #ALWAYS}. */
    public Set<String> anyOf() {
        return anyOf;
    }

    /** Lower-case whole words (runs of letters, digits and '_', as a regex's {@code \b} delimits them). */
    public static Triggers anyOf(String... words) {
        Set<String> set = new HashSet<>();
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            for (int i = 0; i < lower.length(); i++) {
                if (!Words.isWordChar(lower.charAt(i))) throw new IllegalArgumentException("a trigger is one word: '" + w + "'");
            }
            set.add(lower);
        }
        Vocabulary.declare(set);
        return new Triggers(set);
    }

    /**
     * Every word a Triggers was declared with, in an open-addressing table a sentence's words are
     * looked up in straight from its characters (no copy of each word). A sentence keeps only the
     * declared words it holds; a word declared after its Words were found is read from its text
     * again ({@link Words#has}), so the answer never depends on the order of declaration.
     */
    static final class Vocabulary {
        private static volatile Vocabulary current = new Vocabulary(Map.of());
        /** Each declared word's number, from 0 in the order declared: a vocabulary declared later numbers every word as the one before did. */
        private static final Map<String, Integer> NUMBERS = new HashMap<>();
        /** The words to their numbers. */
        private final Map<String, Integer> words;
        private final String[] table;
        /** Each slot's word's hash, compared before the word itself is read (most probes end there). */
        private final int[] hashes;
        private final int[] numbers;
        private final int mask;

        private Vocabulary(Map<String, Integer> words) {
            this.words = words;
            int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
            table = new String[size];
            numbers = new int[size];
            hashes = new int[size];
            mask = size - 1;
            for (Map.Entry<String, Integer> w : words.entrySet()) {
                int i = w.getKey().hashCode() & mask;
                while (table[i] != null) i = (i + 1) & mask;
                table[i] = w.getKey();
                hashes[i] = w.getKey().hashCode();
                numbers[i] = w.getValue();
            }
        }

        static synchronized void declare(Set<String> more) {
            if (current.words.keySet().containsAll(more)) return;
            for (String w : more) NUMBERS.putIfAbsent(w, NUMBERS.size());
            current = new Vocabulary(Map.copyOf(NUMBERS));
        }

        /** A declared word's number. */
        static synchronized int number(String declared) {
            return NUMBERS.get(declared);
        }

        /** The number of the declared word that text[start, end) is, lower-cased ({@code hash} its lower case's String hash), or -1. */
        int find(CharSequence text, int start, int end, int hash) {
            for (int i = hash & mask; table[i] != null; i = (i + 1) & mask) {
                if (hashes[i] != hash) continue;
                String w = table[i];
                if (w.length() == end - start && sameAsciiLowerCase(text, start, w)) return numbers[i];
            }
            return -1;
        }

        private static boolean sameAsciiLowerCase(CharSequence text, int start, String lower) {
            for (int k = 0; k < lower.length(); k++) if (asciiLower(text.charAt(start + k)) != lower.charAt(k)) return false;
            return true;
        }
    }

    static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Whether a rule with these triggers may match a sentence of these words. */
    public boolean admits(Words sentence) {
        if (anyOf == null || sentence == null) return true;
        if (numbered <= sentence.vocabulary.words.size()) {
            for (int k = 0; k < mask.length; k++) if ((mask[k] & sentence.bits[k]) != 0) return true;
            return false;
        }
        for (String w : anyOf) if (sentence.has(w)) return true;
        return false;
    }

    /**
     * The whole words of one sentence, lower-cased, that some rule declared as a trigger: found once per
     * sentence, looked up by every rule.
     */
    public static final class Words {
        /** Bit n: the sentence holds the vocabulary's word number n. */
        private final long[] bits;
        private final CharSequence text;
        private final Vocabulary vocabulary;
        /** Every word of the text, read only if a rule asks for a word declared after these were found. */
        private Set<String> all;

        private Words(CharSequence text, Vocabulary vocabulary) {
            this.text = text;
            this.vocabulary = vocabulary;
            this.bits = new long[vocabulary.words.size() / 64 + 1];
        }

        public static Words of(CharSequence text) {
            Words w = new Words(text, Vocabulary.current);
            // An ASCII word is looked up from its characters, lower-cased as it is read; any other is copied and
            // lower-cased as a whole (as Locale.ROOT does it), then looked up.
            int start = -1, hash = 0;
            boolean ascii = true;
            for (int i = 0, n = text.length(); i <= n; i++) {
                char c = i < n ? text.charAt(i) : ' ';
                boolean word = i < n && isWordChar(c);
                if (word) {
                    if (start < 0) {
                        start = i;
                        hash = 0;
                        ascii = true;
                    }
                    ascii &= c < 128;
                    hash = 31 * hash + asciiLower(c);
                } else if (start >= 0) {
                    int found = ascii ? w.vocabulary.find(text, start, i, hash)
                            : declared(w.vocabulary, text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
                    if (found >= 0) w.bits[found >>> 6] |= 1L << found;
                    start = -1;
                }
            }
            return w;
        }

        private static int declared(Vocabulary vocabulary, String lower) {
            Integer n = vocabulary.words.get(lower);
            return n == null ? -1 : n;
        }

        public boolean has(String lowerCaseWord) {
            Integer n = vocabulary.words.get(lowerCaseWord);
            if (n != null) return (bits[n >>> 6] & 1L << n) != 0;
            if (all == null) all = allWords(text);
            return all.contains(lowerCaseWord);
        }

        /** Every whole word of the text, lower-cased. */
        private static Set<String> allWords(CharSequence text) {
            Set<String> all = new HashSet<>();
            int start = -1;
            for (int i = 0, n = text.length(); i <= n; i++) {
                boolean word = i < n && isWordChar(text.charAt(i));
                if (word && start < 0) start = i;
                else if (!word && start >= 0) {
                    all.add(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
                    start = -1;
                }
            }
            return all;
        }

        /** What Java's {@code \b} counts as a word character. */
        static boolean isWordChar(char c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }
    }
}
