package org.dais.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Pipeline stage 4b: drops name candidates that are not persons. The finders read capitalised
 * words in a person's context, and real pages put other capitalised things there: the tail of an
 * organization's name ("... Liberation Front"), a country ("South Africa"), a headline's verb
 * phrase ("Sends Greetings"), a person's name inside an institution's ("X Y 18th Infantry
 * Regiment", "X Y and Z counties"), two leaders' names joined by a hyphen ("A B C-D E F
 * Foundation"). Every rule reads the shape of the words, never a list of names.
 */
public final class NameMentionFilter {
    /** Head nouns of organizations, bodies, prizes and doctrines: a name ending in one names no person. */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of("front", "movement", "association", "party", "branch",
            "institute", "society", "studies", "relations", "cooperation", "section", "headquarters", "forum", "bloc",
            "prize", "politics", "commission", "league", "union", "council", "foundation", "confederation", "federation",
            "organization", "organisation", "committee", "centre", "center", "club", "group", "network", "alliance",
            "coalition", "congress", "assembly", "agency", "company", "corporation", "bank", "university", "college",
            "academy", "school", "ministry", "department", "bureau", "office", "embassy", "mission", "delegation",
            "secretariat", "conference", "summit", "festival", "exhibition", "award", "order", "medal", "policy",
            "prosecutors", "affairs", "development", "friendship", "solidarity", "liberation", "struggle", "army", "forces",
            "republic", "kingdom", "state", "states", "region", "province", "city", "county", "district", "island", "islands");
    /** Nouns that end the name of a unit, institution or place named after a person. */
    private static final Set<String> INSTITUTION_NOUNS = Set.of("regiment", "regiments", "division", "divisions", "brigade",
            "brigades", "battalion", "battalions", "company", "companies", "corps", "unit", "units", "university", "college",
            "school", "schools", "academy", "institute", "county", "counties", "city", "district", "districts", "province",
            "village", "villages", "farm", "farms", "factory", "mine", "works", "complex", "ship", "hall", "station");
    /** Nouns of a place that "of" names: "the city of X Y". */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "county", "village", "district", "province", "township", "port");
    /** Compass words that make a region of the next word ("West Africa", "Northern Ireland", "Central Asia"). */
    private static final Pattern COMPASS = Pattern.compile("(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|"
            + "Equatorial|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest|Middle|Far)");
    private static final Pattern COUNTRY = Pattern.compile(
            "(?:" + ForeignNameFinder.COUNTRY + "|" + ForeignNameFinder.NATIONALITY + ")");
    private static final Pattern ORDINAL_OR_NUMBER = Pattern.compile("\\d+(?:st|nd|rd|th)?|No\\.?");

    private NameMentionFilter() {}

    /** The candidates of one sentence's {@code words} that may be persons, in their order. */
    public static List<Span> persons(String[] words, List<Span> candidates) {
        List<Span> kept = new ArrayList<>(candidates.size());
        for (Span span : candidates) if (isPerson(words, span)) kept.add(span);
        return kept;
    }

    static boolean isPerson(String[] words, Span span) {
        int first = span.getStart(), last = span.getEnd() - 1;
        String lastWord = words[last].toLowerCase(Locale.ROOT);
        if (ORGANIZATION_NOUNS.contains(lastWord)) return false;
        String text = String.join(" ", java.util.Arrays.asList(words).subList(first, last + 1));
        if (COUNTRY.matcher(text).matches()) return false;
        if (span.length() == 2 && COMPASS.matcher(words[first]).matches()) return false;
        if (headlineVerb(words[first]) || allCommonWords(words, first, last)) return false;
        if (joinsTwoNames(words, first, last)) return false;
        // "the city of X Y", "the county of X Y": a place named after a person, not the person.
        if (first >= 2 && words[first - 1].equals("of") && PLACE_NOUNS.contains(words[first - 2].toLowerCase(Locale.ROOT))) return false;
        return !partOfInstitutionName(words, last + 1);
    }

    /** "Sends", "Pays", "Visits", "Attends": a verb's -s form whose stem is an English word too, and no name. */
    private static boolean headlineVerb(String word) {
        if (word.length() < 4 || !word.endsWith("s") || GluedWordRepair.isListedWord(word)) return false;
        String lower = word.toLowerCase(Locale.ROOT);
        if (!GluedWordRepair.isListedWord(lower)) return false;
        String stem = lower.substring(0, lower.length() - 1);
        String esStem = lower.endsWith("es") ? lower.substring(0, lower.length() - 2) : null;
        return GluedWordRepair.isListedWord(stem) || (esStem != null && GluedWordRepair.isListedWord(esStem));
    }

    /**
     * Every word a lower-case English word of four letters or more the list never spells capitalised:
     * a phrase ("Send Large Floral Baskets"), no name. Short words are left alone: they are often
     * romanized syllables too ("To", "Lam").
     */
    private static boolean allCommonWords(String[] words, int first, int last) {
        for (int i = first; i <= last; i++) {
            String w = words[i];
            if (w.length() < 4 || GluedWordRepair.isListedWord(w) || !GluedWordRepair.isListedWord(w.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** "... Sung-Kim Jong ...": a given syllable hyphenated to a surname joins two names, and makes neither. */
    private static boolean joinsTwoNames(String[] words, int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            String[] parts = words[i].split("[-‐]");
            if (parts.length == 2 && KoreanNameFinder.isSyllable(parts[0]) && !parts[1].isEmpty()
                    && Character.isUpperCase(parts[1].charAt(0)) && KoreanNameFinder.isSurname(parts[1])) return true;
            if (words[i].matches("[-‐]") && i < last && KoreanNameFinder.isSurname(words[i + 1])) return true;
        }
        return false;
    }

    /**
     * The words after the name run on to a unit's or institution's noun: "X Y 18th Infantry Regiment",
     * "X Y University", "X Y, Z and W counties". The name is then part of that institution's.
     */
    private static boolean partOfInstitutionName(String[] words, int from) {
        int i = from, capitalised = 0;
        boolean listed = false;
        while (i < words.length && capitalised <= 4) {
            String w = words[i];
            // Past a comma or "and" the words are a list of names, which only a plural noun makes institutions.
            if (INSTITUTION_NOUNS.contains(w.toLowerCase(Locale.ROOT))) return !listed || w.endsWith("s") && !w.equals("works");
            if (w.equals(",") || w.equals("and")) {
                listed = true;
                i++;
                continue;
            }
            if (ORDINAL_OR_NUMBER.matcher(w).matches()) {
                i++;
                continue;
            }
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
            // A headline's verb or a second name ends the run: "A B Visits C D University" is A B's visit.
            if (headlineVerb(w) || !listed && KoreanNameFinder.isSurname(w)) return false;
            capitalised++;
            i++;
        }
        return false;
    }

    /**
     * A capitalised surname hyphenated to a full name already read (three words) begins the next
     * name ("A B C-D E F Foundation"): the hyphen splits two names rather than ending a given name.
     */
    static boolean startsAnotherName(String hyphenated, Span name) {
        return name.length() >= 3 && KoreanNameFinder.isSurname(hyphenated);
    }

    /** Whether {@code name} has the shape of a Korean name (surname and romanized syllables), as the Korean finder reads it. */
    public static boolean koreanShaped(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || !KoreanNameFinder.isSurname(words[0])) return false;
        for (int i = 1; i < words.length; i++) {
            for (String part : words[i].split("[-‐]")) if (!KoreanNameFinder.isSyllable(part.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }
}
