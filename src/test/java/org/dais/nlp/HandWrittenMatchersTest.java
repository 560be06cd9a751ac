package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The table walks and character loops that stand in the name finders' per-token paths for the regexes they
 * replaced (a cost for the JIT): each agrees with its regex, kept here as the definition, on every string
 * of a generated alphabet and on invented odd cases.
 */
class HandWrittenMatchersTest {
    /** The syllable regex the trie of {@link KoreanNameFinder} is built to match, as it was. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:kk|tt|pp|ss|jj|ch|kh|th|ph|[gkndtrlmbpsjhc])?(?:y|w)?(?:ae|oe|ui|eu|eo|ye|a|e|i|o|u)(?:ng|k|n|l|m|p|t)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`]");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s)$");
    private static final Pattern NAME_WITH_STOP = Pattern.compile("\\p{Lu}\\p{Ll}{3,}\\.");

    private static boolean regexSyllable(String token) {
        String folded = APOSTROPHES.matcher(MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("")).replaceAll("");
        return folded.length() <= 6 && SYLLABLE.matcher(folded).matches();
    }

    /** Every string of up to {@code length} characters of {@code alphabet}. */
    private static List<String> strings(String alphabet, int length) {
        List<String> out = new ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int n = 1; n <= length; n++) {
            List<String> next = new ArrayList<>();
            for (String s : last) for (char c : alphabet.toCharArray()) next.add(s + c);
            out.addAll(next);
            last = next;
        }
        return out;
    }

    @Test
    void syllableTableAgreesWithTheRegex() {
        int syllables = 0, checked = 0;
        // The letters of the romanization in both cases, a letter it never uses, apostrophes, a digit, a mark.
        for (String s : strings("aeoiuywngkhtlcpsjKYOEAX'`1ŏ-", 4)) {
            assertEquals(regexSyllable(s), KoreanNameFinder.isSyllable(s), s);
            if (regexSyllable(s)) syllables++;
            checked++;
        }
        // Longer ones near the six-letter limit, folded to it or not.
        for (String s : List.of("kkyaeng", "kyaeng", "Kkwaeng", "Ch'oeng", "ch'ooo", "Chŏng", "Ŭn", "Yŏng", "Ssaeng", "Ppyeong",
                "Hyeong", "Hyeongs", "Jjyaek", "ch’oe", "chʼoe", "C\u0327ho", "Ça", "\uD835\uDC00a", "Kim", "Sung", "Nyo")) {
            assertEquals(regexSyllable(s), KoreanNameFinder.isSyllable(s), s);
            checked++;
        }
        assertTrue(syllables > 1000 && checked > syllables, syllables + " of " + checked);
    }

    @Test
    void syllableOutsideAWordSetAgreesWithTheLowerCaseLookUp() {
        // Invented short words, syllables or not, one with an apostrophe, one in capitals.
        java.util.Set<String> words = java.util.Set.of("on", "ta", "kun", "ssang", "tolvar", "o'n", "x", "KAP");
        boolean[] marks = KoreanNameFinder.syllableMarks(words);
        int excluded = 0;
        for (String s : strings("aoukntsgAKO'ŏ", 4)) {
            boolean expected = regexSyllable(s) && !words.contains(s.toLowerCase(java.util.Locale.ROOT));
            assertEquals(expected, KoreanNameFinder.isSyllableNotIn(s, marks, words), s);
            if (regexSyllable(s) && !expected) excluded++;
        }
        // on, ta, kun and o'n, each in lower case and with the capital the alphabet has (On, tA, Kun, O'n).
        assertEquals(8, excluded);
    }

    @Test
    void possessiveAgreesWithTheRegex() {
        for (String s : List.of("", "s", "'s", "’s", "Ryom's", "Ryom’s", "Ryom", "Ryom's\n", "Ryom's\r\n", "Ryom's\u0085",
                "Ryom's\u2028", "Ryom'ss", "Ryom''s", "'s's", "Ryom's.", "Ryom\n")) {
            assertEquals(POSSESSIVE.matcher(s).replaceFirst(""), KoreanNameFinder.withoutPossessive(s), s);
        }
    }

    @Test
    void digitFirstAgreesWithTheRegex() {
        for (String s : List.of("", "5", "15", "5th", "x5", "5\n", "5 a", "5\u2028", "5\u0085x", "٥", "12.", ".")) {
            assertEquals(s.matches("\\d.*"), KoreanNameFinder.startsWithDigitOnOneLine(s), s);
        }
    }

    @Test
    void nameWithStopAgreesWithTheRegex() {
        for (String s : List.of("Tolvaro.", "Tol.", "Tolv.", "TOLVA.", "tolva.", "Tolvaro", "Tolva..", "Ölvara.", "Tölvara.",
                "Tolv1.", "T\uD801\uDC28\uD801\uDC28\uD801\uDC28.", "\uD801\uDC00olva.", "Tolva-ro.", ".", "")) {
            assertEquals(NAME_WITH_STOP.matcher(s).matches(), NameFinding.isNameWithStop(s), s);
        }
    }
}
