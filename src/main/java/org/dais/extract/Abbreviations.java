package org.dais.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations an article spells out somewhere ("the Korean People's Internal Security Forces" ...
 * "director of the Political Bureau of the KPISF"): the capitalised phrase whose initials, leaving out
 * "of", "the", "and", "for", are the abbreviation's letters. Organizations are named in full, so an
 * analyst finds one body under one name.
 */
public final class Abbreviations {
    private static final Pattern ABBREVIATION = Pattern.compile("(?=[A-Z])\\b[A-Z]{3,7}\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Set<String> JOINING = Set.of("of", "the", "and", "for", "in");
    /** Abbreviations the canonical names already spell out, and words in capitals that are none. */
    private static final Set<String> KNOWN = Set.of("WPK", "DPRK", "KPA", "SPA", "CMC", "KCNA", "SAC", "USA", "UN", "DMZ");

    private Abbreviations() {}

    /** Each abbreviation of the text that the text spells out, to its spelled-out phrase. */
    public static Map<String, String> spelledOut(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        List<String> abbreviations = abbreviationsIn(text);
        if (abbreviations.isEmpty()) return found;
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) words.add(new int[] {w.start(), w.end()});
        for (String abbreviation : abbreviations) {
            String phrase = phraseOf(abbreviation, text, words);
            if (phrase != null) found.put(abbreviation, phrase);
        }
        return found;
    }

    /** The text's abbreviations, each once, in the order first printed, but those {@link #KNOWN}. */
    static List<String> abbreviationsIn(String text) {
        Matcher a = ABBREVIATION.matcher(text);
        List<String> abbreviations = new ArrayList<>();
        // Tried only where a capital follows no capital (a match opens at a word boundary), not at every character.
        a.useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = 0, n = text.length(); p < n; p++) {
            char c = text.charAt(p);
            if (c < 'A' || c > 'Z' || p > 0 && text.charAt(p - 1) >= 'A' && text.charAt(p - 1) <= 'Z') continue;
            if (!a.region(p, n).lookingAt()) continue;
            if (!KNOWN.contains(a.group()) && !abbreviations.contains(a.group())) abbreviations.add(a.group());
            p = a.end() - 1;
        }
        return abbreviations;
    }

    /** The first capitalised phrase of the text whose initials spell the abbreviation, or null. */
    private static String phraseOf(String abbreviation, String text, List<int[]> words) {
        for (int i = 0; i < words.size(); i++) {
            // A phrase opens with a word whose initial is the abbreviation's first letter (the loop below breaks on any other at once).
            if (text.charAt(words.get(i)[0]) != abbreviation.charAt(0)) continue;
            int at = 0, j = i;
            while (j < words.size() && at < abbreviation.length()) {
                String word = text.substring(words.get(j)[0], words.get(j)[1]);
                // Words must follow one another with only spaces between: a comma ends the phrase.
                if (j > i && !text.substring(words.get(j - 1)[1], words.get(j)[0]).isBlank()) break;
                if (j > i && JOINING.contains(word.toLowerCase(Locale.ROOT)) && Character.isLowerCase(word.charAt(0))) { j++; continue; }
                if (!Character.isUpperCase(word.charAt(0)) || word.charAt(0) != abbreviation.charAt(at) || word.equals(abbreviation)) break;
                at++;
                j++;
            }
            if (at == abbreviation.length()) return text.substring(words.get(i)[0], words.get(j - 1)[1]);
        }
        return null;
    }

    /** The organization with every abbreviation the article spells out written in full. */
    public static String expand(String organization, Map<String, String> spelledOut) {
        if (organization == null || spelledOut.isEmpty()) return organization;
        String out = organization;
        for (var e : spelledOut.entrySet()) {
            if (!out.contains(e.getKey())) continue; // both patterns below hold the abbreviation: no compiling them where it is not
            // "X (ABBR)": the abbreviation printed beside the name is no part of it.
            out = out.replaceAll("\\s*\\(" + e.getKey() + "\\)", "");
            out = out.replaceAll("\\b" + e.getKey() + "\\b", Matcher.quoteReplacement(e.getValue()));
        }
        return out.equals(organization) ? organization : Organizations.canonical(out);
    }
}
