package org.dais.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a rule cannot match without: a rule runs on a sentence only if the sentence holds
 * one of them ({@link #admits}), so most rules skip most sentences after one cheap look-up
 * instead of a regex scan. Triggers must be a necessary condition of the rule's patterns: every
 * match of the pattern contains one of the words as a whole word (case aside). A rule without
 * declared triggers is {@link #ALWAYS} run. {@code RuleGateTest} checks that the gate changes
 * nothing on every rule example and gold set.
 */
public record Triggers(Set<String> anyOf) {
    /** For a rule that declares no words: it runs on every sentence. */
    public static final Triggers ALWAYS = new Triggers(null);

    public Triggers {
        anyOf = anyOf == null ? null : Set.copyOf(anyOf);
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
        return new Triggers(set);
    }

    /** Whether a rule with these triggers may match a sentence of these words. */
    public boolean admits(Words sentence) {
        if (anyOf == null || sentence == null) return true;
        for (String w : anyOf) if (sentence.has(w)) return true;
        return false;
    }

    /** The whole words of one sentence, lower-cased: found once per sentence, looked up by every rule. */
    public static final class Words {
        private final Set<String> words = new HashSet<>();

        private Words() {}

        public static Words of(CharSequence text) {
            Words w = new Words();
            // A Latin-1 text is lower-cased once, character by character as each word would be (no Latin-1 letter
            // lower-cases by its context or to more characters); other texts word by word.
            String lower = latin1(text) ? text.toString().toLowerCase(Locale.ROOT) : null;
            int start = -1;
            for (int i = 0, n = text.length(); i <= n; i++) {
                boolean word = i < n && isWordChar(text.charAt(i));
                if (word && start < 0) start = i;
                else if (!word && start >= 0) {
                    w.words.add(lower != null ? lower.substring(start, i) : text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
                    start = -1;
                }
            }
            return w;
        }

        private static boolean latin1(CharSequence text) {
            for (int i = 0, n = text.length(); i < n; i++) if (text.charAt(i) > '\u00FF') return false;
            return true;
        }

        public boolean has(String lowerCaseWord) { return words.contains(lowerCaseWord); }

        /** What Java's {@code \b} counts as a word character. */
        static boolean isWordChar(char c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }
    }
}
