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
            "Tan", "Dan"));

    /** One syllable of DPRK / McCune–Reischauer romanization, accents and apostrophes folded. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:kk|tt|pp|ss|jj|ch|kh|th|ph|[gkndtrlmbpsjhc])?(?:y|w)?(?:ae|oe|ui|eu|eo|ye|a|e|i|o|u)(?:ng|k|n|l|m|p|t)?",
            Pattern.CASE_INSENSITIVE);

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
        return spans.toArray(Span[]::new);
    }

    private static final Pattern ALL_CAPITALS = Pattern.compile("\\p{Lu}{2,}");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[^\\p{L}]+(?=\\p{Lu})");

    /** The end (exclusive) of a name starting at token {@code i}, or {@code i} when none starts there. */
    private int match(String[] tokens, int i) {
        // "--Kim Jong Un," after a dateline without its space: the punctuation is not the name's.
        // Only a token that starts with a non-letter can have punctuation before its capital (most start with a letter).
        Matcher punctuated = tokens[i].isEmpty() || Character.isLetter(tokens[i].codePointAt(0)) ? null : LEADING_PUNCTUATION.matcher(tokens[i]);
        if (punctuated != null && punctuated.find() && isSurname(tokens[i].substring(punctuated.end()))) {
            String[] unpunctuated = tokens.clone();
            unpunctuated[i] = tokens[i].substring(punctuated.end());
            return match(unpunctuated, i);
        }
        if (!isSurname(tokens[i])) return i;
        if (i > 0 && isCapitalizedWord(tokens[i - 1]) && isSurname(tokens[i - 1])) return i; // inside a longer name
        int j = i + 1, syllables = 0;
        while (j < tokens.length && syllables < 2) {
            String t = tokens[j];
            // "Jong-un" may arrive as one token or as "Jong", "-", "un".
            if (j + 2 < tokens.length && (tokens[j + 1].equals("-") || tokens[j + 1].equals("‐")) && isGiven(t, true)
                    && isSyllable(tokens[j + 2]) && syllables == 0) {
                j += 3;
                syllables = 2;
                break;
            }
            if (t.contains("-") && syllables == 0) {
                String[] parts = t.split("-");
                if (parts.length == 2 && isGiven(parts[0], true) && isSyllable(parts[1])) {
                    j++;
                    syllables = 2;
                    break;
                }
            }
            if (!isGiven(t, true)) break;
            if (MONTHS.contains(t.toLowerCase(Locale.ROOT)) && j + 1 < tokens.length && (tokens[j + 1].matches("\\d.*") || tokens[j + 1].equals("."))) break;
            syllables++;
            j++;
        }
        if (syllables == 0) return i;
        // An older woman's three-syllable given name ends in "Nyo" (녀): "Kang Sun Bok Nyo" is one name, not cut at "Bok".
        if (syllables == 2 && j < tokens.length && FEMININE_ENDINGS.contains(tokens[j])) j++;
        if (syllables == 1 && PLACES.contains((tokens[i] + " " + tokens[i + 1]).toLowerCase(Locale.ROOT))) return i;
        if (j < tokens.length && NAMED_AFTER_FOLLOWERS.contains(tokens[j].toLowerCase(Locale.ROOT))
                && !tokens[j].startsWith("'") && !tokens[j].startsWith("’")) {
            return i; // Kim Il Sung University, Kim Jong Il Prize
        }
        // "O Jin U Artillery Academy": capitalised words up to an institution's head word make a name of a thing.
        for (int k = j; k < Math.min(tokens.length, j + 4) && !tokens[k].isEmpty() && Character.isUpperCase(tokens[k].charAt(0)); k++) {
            if (INSTITUTIONS.contains(tokens[k].toLowerCase(Locale.ROOT))) return i;
        }
        if (j < tokens.length && tokens[j].equalsIgnoreCase("'s")) return j; // a possessive is still the person
        return j;
    }

    static boolean isSurname(String token) {
        // The capital first: most tokens fail it before the set's look-up.
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && SURNAMES.contains(token);
    }

    private static boolean isGiven(String rawToken, boolean capitalized) {
        String token = rawToken.indexOf("'s") < 0 && rawToken.indexOf("’s") < 0 ? rawToken : POSSESSIVE.matcher(rawToken).replaceFirst("");
        if (token.isEmpty() || (capitalized && !Character.isUpperCase(token.charAt(0)))) return false;
        if (NOT_GIVEN.contains(token.toLowerCase(Locale.ROOT))) return false;
        return isSyllable(token);
    }

    static boolean isSyllable(String token) {
        String folded = fold(token);
        return folded.length() <= 6 && SYLLABLE.matcher(folded).matches();
    }

    private static boolean isCapitalizedWord(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    /** Accents off (ŏ → o), romanization apostrophes off (Ch'oe → Choe). */
    public static String fold(String token) {
        // ASCII is its own NFD: the normalizer (and a stream over the characters, a large unit for the JIT to inline
        // into every caller) only for the rest.
        String decomposed = ascii(token) ? token : MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
        return token.indexOf('\'') < 0 && token.indexOf('’') < 0 && token.indexOf('ʼ') < 0 && token.indexOf('`') < 0
                ? decomposed : APOSTROPHES.matcher(decomposed).replaceAll("");
    }

    private static boolean ascii(String token) {
        for (int i = 0; i < token.length(); i++) if (token.charAt(i) >= 128) return false;
        return true;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`]");

    @Override
    public void clearAdaptiveData() {
        // Dictionary and pattern finder: nothing is learned across documents.
    }
}
