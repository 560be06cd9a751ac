package org.dais.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dais.ingest.SourceDocument;
import org.dais.ingest.TextRepair;

/**
 * Pipeline stage before analysis: puts back the spaces a scraper dropped around names set in a
 * span of their own ("sent byKim Jong Unwas conveyed" → "sent by Kim Jong Un was conveyed",
 * "(KCNA) --Kim" → "(KCNA) -- Kim"). It splits a word only where a romanized Korean name meets an
 * English word: a word glued before a surname that a given-name syllable follows ("byKim Jong"),
 * a given-name syllable glued to the English word after the name ("Jong Unwas", "Il SungUniversity").
 * Both sides come from inventories (the surnames and syllables of {@link KoreanNameFinder}, a word
 * list from Debian's wamerican), not from a list of people, and a word the list holds is never
 * split ("McCune", "iPhone", "MacArthur", "Sunday" stay whole). Inserted spaces are recorded so
 * offsets map back to the text as received.
 */
public final class GluedWordRepair {
    private static final WordList WORDS = WordList.resource("/nlp/english-words.txt");
    static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    /** A dash run glued to the word after it: "(KCNA) --Kim", "(KCNA)--Kim". */
    static final Pattern GLUED_DASH = Pattern.compile("(?=[-—–])(?<=[)\\s])(?:--|—|–)(?=\\p{L})");
    /** Where glued words meet: lower then upper case ("byKim"), or a capitals abbreviation then a word ("HEKim"). */
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z])");

    /** The document with its glued words repaired; the same document when nothing was glued. */
    public SourceDocument repair(SourceDocument document) {
        if (document.repair() != null) return document;
        List<Integer> cuts = cuts(document.text());
        if (cuts.isEmpty()) return document;
        String received = document.text();
        StringBuilder repaired = new StringBuilder(received.length() + cuts.size());
        int[] inserted = new int[cuts.size()];
        int from = 0;
        for (int k = 0; k < cuts.size(); k++) {
            int cut = cuts.get(k);
            repaired.append(received, from, cut);
            inserted[k] = repaired.length();
            repaired.append(' ');
            from = cut;
        }
        repaired.append(received, from, received.length());
        return document.withRepair(repaired.toString(), new TextRepair(received, inserted));
    }

    /** The text with its glued words repaired (for tests and diagnostics). */
    public String repair(String text) {
        return repair(new SourceDocument("text", java.nio.file.Path.of("text"), text)).text();
    }

    /** Offsets in {@code text} before which a space goes, in ascending order. */
    List<Integer> cuts(String text) {
        List<Integer> cuts = new ArrayList<>();
        List<int[]> words = new ArrayList<>();
        scan(text, cuts, words);
        // One word at a time in a method of its own: the loop over a document's words runs once per document and
        // was compiled on stack (OSR) with all of the word's tests inlined, again after each deoptimization
        // (JFR of a build of seeds x 200: the largest C2 unit, four compiles). Compiled apart, the word's tests
        // are one ordinary compile and the loop a small one.
        for (int i = 0; i < words.size(); i++) cutsOfWord(text, words, i, cuts);
        cuts.sort(null);
        return cuts;
    }

    /** The cuts word {@code i} of {@code words} asks for, added to {@code cuts}. */
    private static void cutsOfWord(String text, List<int[]> words, int i, List<Integer> cuts) {
        int start = words.get(i)[0], end = words.get(i)[1];
        // "On August 4Kim Jong Un", "H.E.Kim Jong Un", "means,Kim Jong Un": a name glued to a number or a stop.
        if (start > 0 && gluedBeforeName(text, start) && KoreanNameFinder.isSurname(text.substring(start, end))) {
            String next = nextWord(text, words, i);
            if (next != null && givenSyllable(next)) cuts.add(start);
        }
        // No cut can fall in a word without an inner capital (no camel boundary) unless it is a capitalised
        // syllable and word of four letters or more ("Unwas"): most words are passed here, before any look-up.
        // The scan noted the inner capital; a word is ASCII letters, so a capital is one up to 'Z'. (A loop over
        // the word here was where C2's compile of this method was thrown away, three times in a build of seeds x 200.)
        boolean innerCapital = words.get(i)[2] != 0;
        if (!innerCapital && (text.charAt(start) > 'Z' || end - start < 4)) return;
        // The rest, for the few words left, apart: the test above, which most words end at, stays a small unit.
        cutsOfCandidate(text, words, i, innerCapital, cuts);
    }

    /** {@link #cutsOfWord} for a word with an inner capital, or a capitalised one of four letters or more. */
    private static void cutsOfCandidate(String text, List<int[]> words, int i, boolean innerCapital, List<Integer> cuts) {
        int start = words.get(i)[0], end = words.get(i)[1];
        String word = text.substring(start, end);
        String next = nextWord(text, words, i);
        // A listed word stays whole. Only after a surname and one given syllable, where the name's last
        // syllable is due, may a listed lower-case word be a syllable and a word glued ("Kim Jong Unto" is
        // no "unto", but "Kim Jong Un Guides" guides); a listed name never ("Kim Il Sunday").
        // The look-back for a name runs only for a word not listed as spelled, which most words are.
        // Without an inner capital, only a name's last syllable glued to a word is cut ("Unwas"), after
        // two name parts: the look-back (cheap) decides before the look-ups in the large word list.
        // One call of the look-back, not one per order: C2 inlined the look-back, with all it calls, at each call.
        if (innerCapital && WORDS.contains(word)) return;
        int nameParts = namePartsBefore(text, words, i);
        if (!innerCapital && (nameParts < 2 || WORDS.contains(word))) return;
        boolean afterName = nameParts >= 2;
        // A word is ASCII letters: its lower case by a loop, not the JDK's case mapping inlined here.
        if (nameParts != 2 && !innerCapital && WORDS.contains(LowerCase.of(word))) return;
        for (int cut : cutsInWord(word, afterName, next)) cuts.add(start + cut);
    }

    /**
     * The cuts around glued dashes ({@link #GLUED_DASH}: a space before the dash unless one is there) and the
     * words ({@link #WORD}: start, end, and 1 if a capital follows the word's first letter, else 0), found by one loop over the characters instead of two scans of the patterns
     * (GluedWordRepairTest compares them with the patterns' matches).
     */
    static void scan(String text, List<Integer> dashCuts, List<int[]> words) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isAsciiLetter(c)) {
                int start = i;
                boolean innerCapital = false;
                for (char next; i + 1 < n && isAsciiLetter(next = text.charAt(i + 1)); i++) innerCapital |= next <= 'Z';
                words.add(new int[] {start, i + 1, innerCapital ? 1 : 0});
                continue;
            }
            int dashEnd = gluedDashEnd(text, i);
            if (dashEnd < 0) continue;
            if (text.charAt(i - 1) == ')') dashCuts.add(i);
            dashCuts.add(dashEnd);
            i = dashEnd - 1; // the letter after the dash opens the next word
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Where a match of {@link #GLUED_DASH} at {@code i} ends, or -1 if none starts there. */
    private static int gluedDashEnd(String text, int i) {
        char c = text.charAt(i);
        if (c != '-' && c != '\u2014' && c != '\u2013' || i == 0) return -1;
        char before = text.charAt(i - 1);
        if (before != ')' && !RegexSpace.is(before)) return -1;
        int end = c != '-' ? i + 1 : i + 1 < text.length() && text.charAt(i + 1) == '-' ? i + 2 : -1;
        return end > 0 && end < text.length() && Character.isLetter(text.codePointAt(end)) ? end : -1;
    }

    /** The word after word {@code i} when one space parts them, else null. */
    private static String nextWord(String text, List<int[]> words, int i) {
        return i + 1 < words.size() && spaceBetween(text, words.get(i)[1], words.get(i + 1)[0])
                ? text.substring(words.get(i + 1)[0], words.get(i + 1)[1]) : null;
    }

    /**
     * Where to split one word: at a lower-to-upper boundary before a surname that a given-name
     * syllable follows ("ComradeKim" + "Jong"), after a name syllable before an English word
     * ("SungUniversity", "Unwas"); positions are within the word.
     */
    static List<Integer> cutsInWord(String word, boolean afterName, String nextWord) {
        List<Integer> bounds = new ArrayList<>();
        Matcher camel = CAMEL.matcher(word);
        while (camel.find()) bounds.add(camel.start());
        List<Integer> cuts = new ArrayList<>();
        // pieces between lower-to-upper boundaries: "IlandKim" → "Iland", "Kim"
        List<int[]> pieces = new ArrayList<>();
        int from = 0;
        for (int b : bounds) {
            pieces.add(new int[] {from, b});
            from = b;
        }
        pieces.add(new int[] {from, word.length()});
        boolean nameContext = afterName;
        for (int p = 0; p < pieces.size(); p++) {
            String piece = word.substring(pieces.get(p)[0], pieces.get(p)[1]);
            boolean last = p == pieces.size() - 1;
            if (p > 0) {
                String left = word.substring(pieces.get(p - 1)[0], pieces.get(p - 1)[1]);
                boolean beforeName = last && piece.length() >= 2 && KoreanNameFinder.isSurname(piece)
                        && nextWord != null && givenSyllable(nextWord) && englishOrName(left);
                boolean afterNameSyllable = p == 1 && afterName && givenSyllable(left) && lower(piece.substring(1)) && WORDS.contains(piece.toLowerCase(Locale.ROOT));
                if (!beforeName && !afterNameSyllable) return List.of(); // a boundary we cannot explain: leave the word whole
                cuts.add(pieces.get(p)[0]);
                // after the cut, the piece before a surname is no longer in a name's context
                nameContext = false;
            }
            // "Unwas", "Iland": a name's last syllable glued to the English word after it.
            if (p == 0 && nameContext) {
                int split = syllableThenWord(piece);
                if (split > 0) cuts.add(split);
            }
        }
        cuts.sort(null);
        return cuts;
    }

    /** The length of a given-name syllable the piece starts with, followed by an English word, or 0. */
    private static int syllableThenWord(String piece) {
        if (piece.length() < 4 || !Character.isUpperCase(piece.charAt(0)) || !lower(piece.substring(1))) return 0;
        if (WORDS.contains(piece) || givenSyllable(piece)) return 0;
        for (int n = Math.min(6, piece.length() - 2); n > 0; n--) {
            String syllable = piece.substring(0, n), rest = piece.substring(n);
            if (givenSyllable(syllable) && WORDS.contains(rest)) return n;
        }
        return 0;
    }

    /**
     * How many words right before word {@code i} are parts of one name (up to 3, each a space
     * apart, the first a surname): 2 for "Kim Jong" before "Unwas", 3 for "Kim Jong Un" before "Guides".
     */
    private static int namePartsBefore(String text, List<int[]> words, int i) {
        int n = 0;
        int surnameAt = -1;
        for (int k = i; k-- > 0 && n < 3; ) {
            int[] word = words.get(k);
            if (!spaceBetween(text, word[1], words.get(k + 1)[0])) break;
            String whole = text.substring(word[0], word[1]);
            // "ofKim Jong Unwas": the name starts in a glued word; its last piece is the surname. Both of CAMEL's
            // boundaries stand before an inner capital, which the scan noted: a word without one is its own last
            // piece. (A loop over the word here was where C2's compile of cutsOfWord was thrown away, four times.)
            String w = word[2] == 0 ? whole : lastPiece(whole);
            boolean surname = KoreanNameFinder.isSurname(w);
            if (!surname && !givenSyllable(w)) break;
            n++;
            if (surname) surnameAt = n;
            if (!w.equals(whole)) break; // the glued word starts the name
        }
        // the farthest surname starts the name: "Jong Un" alone is no name's start, "Kim Jong Un" is
        return surnameAt < 0 ? 0 : surnameAt;
    }

    /** Characters a scraper glues a name to; a space between them and the name is always right. */
    private static final String GLUED_BEFORE_NAME = "0123456789.,;:";

    /** Whether the character before {@code start} is one a name got glued to: a digit, a stop, or a loose dash (" -Kim"). */
    private static boolean gluedBeforeName(String text, int start) {
        char c = text.charAt(start - 1);
        if (GLUED_BEFORE_NAME.indexOf(c) >= 0) return true;
        // a hyphen between words ("Pak-Kim") joins them; one after a space or bracket is a dash
        return c == '-' && (start < 2 || Character.isWhitespace(text.charAt(start - 2)) || text.charAt(start - 2) == ')');
    }

    /**
     * The last piece of a word with an inner capital, split at {@link #CAMEL}'s boundaries: what follows the last
     * of them, found by a loop from the end (GluedWordRepairTest compares it with the pattern's split). The
     * regex's split, with its matcher and list, was a third of cutsOfWord's compiled unit, where it is inlined.
     */
    static String lastPiece(String word) {
        for (int b = word.length() - 1; b > 0; b--) if (camelBoundary(word, b)) return word.substring(b);
        return word;
    }

    /** Whether {@link #CAMEL} matches at {@code b}: a lower-case letter then a capital, or two capitals then a capitalised word. */
    private static boolean camelBoundary(String word, int b) {
        char c = word.charAt(b);
        if (!isAsciiUpper(c)) return false;
        if (isAsciiLower(word.charAt(b - 1))) return true;
        return b >= 2 && isAsciiUpper(word.charAt(b - 1)) && isAsciiUpper(word.charAt(b - 2))
                && b + 1 < word.length() && isAsciiLower(word.charAt(b + 1));
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean spaceBetween(String text, int end, int nextStart) {
        return nextStart == end + 1 && text.charAt(end) == ' ';
    }

    private static boolean givenSyllable(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && lowerFrom(token, 1)
                && KoreanNameFinder.isSyllableNotIn(token, NOT_SYLLABLE_MARKS, NOT_SYLLABLES);
    }

    /** Short English words the syllable pattern also fits; never a name's part here. */
    private static final Set<String> NOT_SYLLABLES = Set.of("and", "an", "on", "the", "at", "of", "is", "it", "as", "or",
            "no", "so", "men", "in", "to", "he", "we", "me", "be", "by", "do", "go", "up", "us");
    /** {@link #NOT_SYLLABLES} on the syllable table: a token's walk says whether it is one, without a lower-case copy. */
    private static final boolean[] NOT_SYLLABLE_MARKS = KoreanNameFinder.syllableMarks(NOT_SYLLABLES);

    /** A piece before a glued surname: an English word (or its plural), or a name syllable ("Iland" + "Kim"). */
    private static boolean englishOrName(String left) {
        if (left.length() < 2) return false;
        String lower = left.toLowerCase(Locale.ROOT);
        return WORDS.contains(lower) || WORDS.contains(left) || (lower.endsWith("s") && WORDS.contains(lower.substring(0, lower.length() - 1)))
                || syllableThenWord(left) > 0 || givenSyllable(left);
    }

    /** Whether every character is lower case (over a copy of them: see {@link #lowerFrom}). */
    private static boolean lower(String s) {
        return lowerFrom(s, 0);
    }

    /**
     * {@code lower(s.substring(from))}. Over a copy of the characters, not String.charAt: the articles hold characters
     * beyond Latin-1, so charAt's profile has both its paths hot, C2 checked the other path's bounds before the loop,
     * and a plain word failed that check at once (a profile_predicate deoptimization of cutsOfWord's compiled unit).
     */
    private static boolean lowerFrom(String s, int from) {
        char[] chars = s.toCharArray();
        for (int i = from; i < chars.length; i++) if (!Character.isLowerCase(chars[i])) return false;
        return true;
    }

    /** Whether the English word list holds {@code word} as spelled (lower case for common words, capitalised for names). */
    public static boolean isListedWord(String word) {
        return WORDS.contains(word);
    }
}
