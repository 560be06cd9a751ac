package org.dais.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Finds romanized Korean personal names from generic knowledge only: a surname from the
 * inventory of Korean surnames (in DPRK, McCune–Reischauer and South Korean spellings) followed
 * by one or two given-name syllables that are well-formed in the romanization ({@code Kim Jong Un},
 * {@code Ryu Chang Sok}, {@code Kim Jong-un}, {@code Kim Chŏng-ŭn}). No list of people is consulted.
 * Names that are part of a facility or ideology ({@code Kim Il Sung University},
 * {@code Kimilsungism}) are not persons.
 */
public final class KoreanNameFinder implements TokenNameFinder {
    // Compiled once: these run for every sentence of every document.
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(?:'s|’s)$");

    public static final String TYPE = "person";

    /** Korean surnames as romanized in DPRK media, with MR and South Korean variants. */
    static final Set<String> SURNAMES = Set.copyOf(List.of(
            "Kim", "Gim", "Ri", "Rí", "Yi", "Lee", "Rhee", "I", "Pak", "Park", "Bak", "Choe", "Choi", "Ch'oe", "Jo", "Cho",
            "Jong", "Jeong", "Chong", "Chung", "Ch'ong", "O", "Oh", "Ho", "Heo", "Hwang", "Kang", "Gang", "Han", "Ryom", "Yom",
            "Yeom", "Thae", "Tae", "Ju", "Joo", "Chu", "An", "Ahn", "Sin", "Shin", "Ko", "Go", "Koh", "Pong", "Bong",
            "Paek", "Baek", "Paik", "Hyon", "Hyun", "Hyeon", "Yun", "Yoon", "Jang", "Chang", "Ryu", "Yu", "Yoo", "Mun",
            "Moon", "Son", "Sohn", "Song", "Hong", "No", "Noh", "Roh", "Ro", "Kwak", "Kwon", "Gwon", "Cha", "Jon", "Jeon",
            "Chon", "Chun", "Ma", "Ham", "Yang", "Ryang", "Pyon", "Byun", "Byeon", "Jin", "Chin", "Tong", "Dong", "Um",
            "Eom", "Om", "Nam", "Myong", "Myung", "Rim", "Im", "Lim", "Sok", "Seok", "Ok", "Ji", "Chi", "Kye", "Gye",
            "Wi", "Won", "Pae", "Bae", "Kil", "Gil", "Kal", "Sim", "Shim", "Tak", "Kong", "Gong", "Ku", "Koo", "Gu",
            "Pang", "Bang", "Pyo", "Sol", "Seol", "Chae", "Choo", "Maeng", "Mo", "Yo", "Ryo", "Yeo", "Hyon", "Kum",
            "Geum", "Kwang", "Sung", "Seong", "Song", "Hwangbo", "Namgung", "Tokko", "Sonu", "Jegal", "Ra", "Na",
            "Rah", "Pyon", "Pu", "Bu", "Ryom", "Chi", "To", "Do", "Sa", "Pi", "Cho", "Ha", "Ryang", "Kyong", "Yon",
            "Yeon", "Ki", "Hyong", "Tu", "Phyo", "Phi", "Phang", "So", "Seo", "Suh",
            // rarer ones, DPRK and South Korean spellings
            "Ban", "Pan", "Wang", "U", "Woo", "Kuk", "Guk",
            // rare ones a cut name showed missing ("Kyong Sik" left of a surname the list lacked); syllables
            // common in given names (Yong, Bok, Kan) are left out: "Sang-Yong" would read as two names joined.
            "Tang", "Dang", "Pom", "Beom", "Ka", "Ga", "Min", "Yuk", "Ryuk", "Je", "Ye", "Kyon", "Gyeon", "Ryon",
            "Ryeon", "Ryeom", "Mok", "Tam", "Phyon", "Pyeon", "Phaeng", "Paeng", "Yop", "Yeop", "Chom", "Jeom", "Chup",
            "Sobong", "Tongbang", "Chegal", "Seonu",
            // rare ones an invented older report showed missing ("Chairwoman Tan Myong Suk" read as "Myong Suk")
            "Tan", "Dan",
            // checked against the whole inventory of Korean surnames (DPRK and McCune-Reischauer spellings): the rare ones
            // still missing, both spellings where they differ; "Yong" (용) as a surname only, a given name's "Yong" being
            // read after the surname before it.
            "Ong", "Yong", "On", "Jom", "Phyong", "Pho", "Phung", "Phil", "Hae", "Hu", "Kam", "Kung", "Ton", "Mae", "Muk",
            "Pin", "Ping", "Sagong", "Somun", "Jwa"));

    /**
     * One syllable of DPRK / McCune–Reischauer romanization, accents and apostrophes folded: an initial, a glide,
     * a vowel and a final, each optional but the vowel, ASCII case aside (the regex
     * {@code (?:kk|tt|pp|ss|jj|ch|kh|th|ph|[gkndtrlmbpsjhc])?(?:y|w)?(?:ae|oe|ui|eu|eo|ye|a|e|i|o|u)(?:ng|k|n|l|m|p|t)?}
     * with CASE_INSENSITIVE, which KoreanNameFinderTest checks the table against).
     */
    static final String[] INITIALS = {"", "kk", "tt", "pp", "ss", "jj", "ch", "kh", "th", "ph",
            "g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h", "c"};
    static final String[] GLIDES = {"", "y", "w"};
    static final String[] VOWELS = {"ae", "oe", "ui", "eu", "eo", "ye", "a", "e", "i", "o", "u"};
    static final String[] FINALS = {"", "ng", "k", "n", "l", "m", "p", "t"};
    /** No folded syllable of more letters is one. */
    private static final int SYLLABLE_MAX = 6;

    /*
     * The syllables of at most SYLLABLE_MAX letters as a trie, built once: SYLLABLE_NEXT[state * COLUMNS + column]
     * is the next state, SYLLABLE_ENDS[state] whether a syllable ends there. A character's column is its letter
     * (a..z, case aside) or OTHER, which leads to the dead state DEAD, which leads to itself. Every token of every
     * sentence is tested: a walk without branches over its characters, where the regex's matcher was the largest
     * part of the finder's compiled code, and an early exit at a rare character made C2 recompile it (JFR
     * profile_predicate deoptimizations).
     */
    private static final int COLUMNS = 27, OTHER = 26, DEAD = 0, ROOT = 1;
    private static final int[] SYLLABLE_NEXT;
    private static final boolean[] SYLLABLE_ENDS;
    /** An ASCII character's column. */
    private static final int[] COLUMN = new int[128];
    /** 1 for the apostrophes of ASCII that {@link #fold} takes out, else 0. */
    private static final int[] FOLDED_APOSTROPHE = new int[128];

    static {
        java.util.Arrays.fill(COLUMN, OTHER);
        for (char c = 'a'; c <= 'z'; c++) {
            COLUMN[c] = c - 'a';
            COLUMN[Character.toUpperCase(c)] = c - 'a';
        }
        FOLDED_APOSTROPHE['\''] = 1;
        FOLDED_APOSTROPHE['`'] = 1;
        List<String> syllables = new ArrayList<>();
        for (String initial : INITIALS) for (String glide : GLIDES) for (String vowel : VOWELS) for (String coda : FINALS) {
            String syllable = initial + glide + vowel + coda;
            if (syllable.length() <= SYLLABLE_MAX) syllables.add(syllable);
        }
        int capacity = 2 + SYLLABLE_MAX * syllables.size();
        int[] next = new int[COLUMNS * capacity];
        boolean[] ends = new boolean[capacity];
        int states = 2; // DEAD and ROOT
        for (String syllable : syllables) {
            int state = ROOT;
            for (int k = 0; k < syllable.length(); k++) {
                int at = state * COLUMNS + syllable.charAt(k) - 'a';
                if (next[at] == DEAD) next[at] = states++;
                state = next[at];
            }
            ends[state] = true;
        }
        SYLLABLE_NEXT = java.util.Arrays.copyOf(next, COLUMNS * states);
        SYLLABLE_ENDS = java.util.Arrays.copyOf(ends, states);
    }

    /** Words after a name that make it part of a place, institution or thing named after a person. */
    private static final Set<String> NAMED_AFTER_FOLLOWERS = Set.of(
            "university", "square", "stadium", "street", "school", "academy", "prize", "order", "medal", "award",
            "youth", "socialist", "mausoleum", "palace", "hall", "library", "institute", "college", "park", "bridge",
            "memorial", "statue", "statues", "flower", "kimilsungia", "kimjongilia", "plaza", "station", "birthplace",
            "military", "political", "revolutionary", "era",
            // Places named like persons: "Ri Won County", "Kim Chaek City".
            "county", "city", "district", "province", "provincial", "municipal", "town", "village", "airport", "port",
            "bay", "island", "islet", "mountain", "river", "area", "railway", "'s", "’s");

    /** Head words of institutions named after a person, a few capitalised words after the name. */
    private static final Set<String> INSTITUTIONS = Set.of("university", "academy", "school", "college", "institute", "factory",
            "complex", "works", "mine", "farm", "company", "regiment", "division", "unit", "hospital", "prize", "order", "medal");

    /** The feminine last syllable that may make a given name of three syllables. */
    private static final Set<String> FEMININE_ENDINGS = Set.of("Nyo", "Nyŏ", "Nyeo");

    /** Places whose names read as a surname and a syllable. */
    private static final Set<String> PLACES = Set.of("hong kong");

    /** Month abbreviations read as given syllables only when no day number follows ("Kim Kyong Jun" but "Jun 5"). */
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "dec");

    /** Capitalised English words that fit the syllable pattern but are never given names here. */
    private static final Set<String> NOT_GIVEN = Set.of(
            "and", "an", "on", "the", "at", "of", "is", "it", "as", "or", "no", "so", "men",
            "party", "dear", "deputy", "premier", "member", "vice", "comrade", "general", "marshal", "mr", "ms",
            "sat", "tue", "thu", "fri", "wed", "korea", "korean");
    private static final boolean[] NOT_GIVEN_MARKS = syllableMarks(NOT_GIVEN);

    @Override
    public Span[] find(String[] tokens) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int end = match(tokens, i);
            if (end > i) {
                spans.add(new Span(i, end, TYPE));
                i = end;
            } else {
                i++;
            }
        }
        return Spans.toArray(spans);
    }

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[^\\p{L}]+(?=\\p{Lu})");

    /*
     * The match is cut into small methods of one job each: it runs at every token of every sentence, and as one
     * method, with the regexes, splits and case conversions it called inlined, it was among the largest units C2
     * compiled (JFR of a build of seeds x 200: two compiles of 40-50 kB).
     */

    /** The end (exclusive) of a name starting at token {@code i}, or {@code i} when none starts there. */
    private int match(String[] tokens, int i) {
        String first = tokens[i];
        // Only a token that starts with a non-letter can have punctuation before its capital (most start with a letter).
        if (!first.isEmpty() && !Character.isLetter(first.codePointAt(0))) return matchPunctuated(tokens, i);
        if (!isSurname(first)) return i;
        if (i > 0 && isSurname(tokens[i - 1])) return i; // inside a longer name
        int j = i + 1, syllables = 0;
        int hyphenated = j < tokens.length ? hyphenatedGivenEnd(tokens, j) : -1;
        if (hyphenated > 0) {
            j = hyphenated;
            syllables = 2;
        } else {
            while (j < tokens.length && syllables < 2 && isGivenAt(tokens, j)) {
                syllables++;
                j++;
            }
        }
        return syllables == 0 ? i : nameEnd(tokens, i, j, syllables);
    }

    /** "--Kim Jong Un," after a dateline without its space: the punctuation is not the name's. */
    private int matchPunctuated(String[] tokens, int i) {
        Matcher punctuated = LEADING_PUNCTUATION.matcher(tokens[i]);
        // Without a surname after the punctuation no name starts here: a token opening with a non-letter is none.
        if (!punctuated.find() || !isSurname(tokens[i].substring(punctuated.end()))) return i;
        String[] unpunctuated = tokens.clone();
        unpunctuated[i] = tokens[i].substring(punctuated.end());
        return match(unpunctuated, i);
    }

    /**
     * The end of a given name hyphenated at token {@code j}, or -1: "Jong-un" may arrive as one token
     * or as "Jong", "-", "un".
     */
    private static int hyphenatedGivenEnd(String[] tokens, int j) {
        String t = tokens[j];
        if (j + 2 < tokens.length && (tokens[j + 1].equals("-") || tokens[j + 1].equals("‐")) && isGiven(t, true)
                && isSyllable(tokens[j + 2])) return j + 3;
        return t.indexOf('-') >= 0 && isHyphenatedGiven(t) ? j + 1 : -1;
    }

    /**
     * Whether {@code t}, split at hyphens into two parts as {@code t.split("-")} would (which drops empty parts at
     * the end), is a given syllable and a syllable. Read from the hyphens' places: the split's list was a large unit.
     */
    private static boolean isHyphenatedGiven(String t) {
        int hyphen = t.indexOf('-'), second = t.indexOf('-', hyphen + 1);
        for (int k = second; k >= 0 && k < t.length(); k++) if (t.charAt(k) != '-') return false; // a third part
        String after = t.substring(hyphen + 1, second < 0 ? t.length() : second);
        return isGiven(t.substring(0, hyphen), true) && isSyllable(after);
    }

    /** Whether token {@code j} is a given-name syllable, and no month's abbreviation before a day ("Jun 5"). */
    private static boolean isGivenAt(String[] tokens, int j) {
        String t = tokens[j];
        if (!isGiven(t, true)) return false;
        return !(j + 1 < tokens.length && (startsWithDigitOnOneLine(tokens[j + 1]) || tokens[j + 1].equals("."))
                && MONTHS.contains(LowerCase.of(t)));
    }

    /** What {@code token.matches("\\d.*")} says: an ASCII digit first, and no line terminator after it. */
    static boolean startsWithDigitOnOneLine(String token) {
        if (token.isEmpty() || token.charAt(0) < '0' || token.charAt(0) > '9') return false;
        for (int k = 1; k < token.length(); k++) if (isLineTerminator(token.charAt(k))) return false;
        return true;
    }

    /** A line terminator of {@link Pattern}: the ones its {@code .} does not match and its {@code $} stands before. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The end of the name of a surname at {@code i} and given syllables up to {@code j}, or {@code i} when the
     * words after it make it the name of a place, institution or thing.
     */
    private static int nameEnd(String[] tokens, int i, int j, int syllables) {
        // An older woman's three-syllable given name ends in "Nyo" (녀): "Kang Sun Bok Nyo" is one name, not cut at "Bok".
        if (syllables == 2 && j < tokens.length && FEMININE_ENDINGS.contains(tokens[j])) j++;
        if (syllables == 1 && PLACES.contains(LowerCase.of(tokens[i] + " " + tokens[i + 1]))) return i;
        if (j < tokens.length && NAMED_AFTER_FOLLOWERS.contains(LowerCase.of(tokens[j]))
                && !tokens[j].startsWith("'") && !tokens[j].startsWith("’")) {
            return i; // Kim Il Sung University, Kim Jong Il Prize
        }
        // "O Jin U Artillery Academy": capitalised words up to an institution's head word make a name of a thing.
        for (int k = j; k < Math.min(tokens.length, j + 4) && !tokens[k].isEmpty() && Character.isUpperCase(tokens[k].charAt(0)); k++) {
            if (INSTITUTIONS.contains(LowerCase.of(tokens[k]))) return i;
        }
        return j; // a possessive ("'s") after the name is still the person
    }

    static boolean isSurname(String token) {
        // The capital first: most tokens fail it before the set's look-up.
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && SURNAMES.contains(token);
    }

    private static boolean isGiven(String rawToken, boolean capitalized) {
        String token = withoutPossessive(rawToken);
        if (token.isEmpty() || (capitalized && !Character.isUpperCase(token.charAt(0)))) return false;
        return isSyllableNotIn(token, NOT_GIVEN_MARKS, NOT_GIVEN);
    }

    /** What {@code (?:'s|’s)$} replaced by nothing gives: a final possessive off. */
    static String withoutPossessive(String s) {
        int n = s.length();
        if (n >= 2 && s.charAt(n - 1) == 's' && (s.charAt(n - 2) == '\'' || s.charAt(n - 2) == '’')) return s.substring(0, n - 2);
        // The regex's $ also stands before a final line terminator: such a (rare) text is left to it.
        return n > 0 && isLineTerminator(s.charAt(n - 1)) ? POSSESSIVE.matcher(s).replaceFirst("") : s;
    }

    static boolean isSyllable(String token) {
        int state = syllableState(token);
        // A plain ASCII token is its own fold: the normalizer and the apostrophes' regex only for the rest.
        return state >= 0 ? SYLLABLE_ENDS[state] : isFoldedSyllable(fold(token));
    }

    /**
     * Whether {@code token} is a syllable and, in lower case, none of {@code words}, whose syllables {@code marks}
     * marks ({@link #syllableMarks}): for a plain ASCII token the trie's state answers both, without a lower-case copy.
     */
    static boolean isSyllableNotIn(String token, boolean[] marks, Set<String> words) {
        int state = syllableState(token);
        return state >= 0 ? SYLLABLE_ENDS[state] && !marks[state] : isFoldedSyllableNotIn(token, words);
    }

    private static boolean isFoldedSyllableNotIn(String token, Set<String> words) {
        return isFoldedSyllable(fold(token)) && !words.contains(token.toLowerCase(Locale.ROOT));
    }

    /** The trie's states where a word of {@code words} (lower case) ends that is a syllable: a plain one walks there in any case. */
    static boolean[] syllableMarks(Set<String> words) {
        boolean[] marks = new boolean[SYLLABLE_ENDS.length];
        for (String word : words) {
            int state = syllableState(word);
            if (state > DEAD && word.equals(word.toLowerCase(Locale.ROOT))) marks[state] = true;
        }
        return marks;
    }

    /**
     * The state the trie's walk over a plain ASCII token ends in (DEAD past the longest syllable), or -1 for a
     * token with a character beyond ASCII or an apostrophe, which folding may change.
     */
    private static int syllableState(String token) {
        // Over a copy of the characters, not String.charAt: the texts of the articles hold characters beyond
        // Latin-1 (curly quotes, dashes), so charAt's profile has both its paths hot, C2 checked the other path's
        // bounds before the loop, and a plain token failed the check at once (a profile_predicate deoptimization of
        // every unit this walk is inlined into, which C2 then compiled again: JFR of a build of the seeds x 200).
        int state = ROOT, unusual = 0;
        for (char c : token.toCharArray()) {
            unusual |= (c >>> 7) | FOLDED_APOSTROPHE[c & 0x7F];
            state = SYLLABLE_NEXT[state * COLUMNS + COLUMN[c & 0x7F]];
        }
        return unusual != 0 ? -1 : token.length() <= SYLLABLE_MAX ? state : DEAD;
    }

    /** Whether a folded token spells a syllable (its characters beyond ASCII are none of a syllable's). */
    private static boolean isFoldedSyllable(String folded) {
        if (folded.length() > SYLLABLE_MAX) return false;
        int state = ROOT;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            state = c < 128 ? SYLLABLE_NEXT[state * COLUMNS + COLUMN[c]] : DEAD;
        }
        return SYLLABLE_ENDS[state];
    }

    /** Accents off (ŏ → o), romanization apostrophes off (Ch'oe → Choe). */
    public static String fold(String token) {
        // ASCII is its own NFD: the normalizer (and a stream over the characters, a large unit for the JIT to inline
        // into every caller) only for the rest.
        String decomposed = ascii(token) ? token : MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
        return token.indexOf('\'') < 0 && token.indexOf('’') < 0 && token.indexOf('ʼ') < 0 && token.indexOf('`') < 0
                ? decomposed : APOSTROPHES.matcher(decomposed).replaceAll("");
    }

    /** Whether every character is ASCII (over a copy of them: see {@link #syllableState} for why not charAt). */
    private static boolean ascii(String token) {
        for (char c : token.toCharArray()) if (c >= 128) return false;
        return true;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`]");

    @Override
    public void clearAdaptiveData() {
        // Dictionary and pattern finder: nothing is learned across documents.
    }
}
