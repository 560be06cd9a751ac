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
            "village", "villages", "farm", "farms", "factory", "mine", "works", "complex", "ship", "hall", "station", "foundation");
    /** Nouns of a place that "of" names: "the city of X Y". */
    // Compiled once: a name's words are split at hyphens and whitespace for every mention.
    private static final Pattern HYPHEN = Pattern.compile("[-‐]"), WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "county", "village", "district", "province", "township", "port");
    /** Compass words that make a region of the next word ("West Africa", "Northern Ireland", "Central Asia"). */
    // A set, not a regex's alternation: whole words, looked up for every name of two words.
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
            "Central", "Equatorial", "North-East", "North-West", "South-East", "South-West", "Northeast", "Northwest", "Southeast",
            "Southwest", "Middle", "Far");
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
        String lastWord = LowerCase.of(words[last]);
        if (ORGANIZATION_NOUNS.contains(lastWord)) return false;
        if (COUNTRY.matcher(joined(words, first, last)).matches()) return false;
        if (span.length() == 2 && COMPASS.contains(words[first])) return false;
        if (headlineVerb(words[first]) || allCommonWords(words, first, last)) return false;
        if (joinsTwoNames(words, first, last)) return false;
        // "the city of X Y", "the county of X Y": a place named after a person, not the person.
        if (first >= 2 && words[first - 1].equals("of") && PLACE_NOUNS.contains(LowerCase.of(words[first - 2]))) return false;
        if (inListOfPlaces(words, first, last)) return false;
        return !partOfInstitutionName(words, last + 1);
    }

    /**
     * {@code String.join(" ", words[first..last])} by a loop (the joiner's stream of calls was a large unit to inline).
     * The loop runs to an exclusive end: C2's guard for {@code i <= last} (a loop_limit_check) failed here and threw the
     * compiled name stage away (JFR of a build of the seeds x 200).
     */
    private static String joined(String[] words, int first, int last) {
        if (first == last) return words[first];
        StringBuilder text = new StringBuilder(words[first]);
        for (int i = first + 1, end = last + 1; i < end; i++) text.append(' ').append(words[i]);
        return text.toString();
    }

    /** Words that begin a place's name: a list with one of them lists places ("Mt. A, B and C"). */
    private static final Set<String> PLACE_PREFIXES = Set.of("Mt.", "Mt", "Mount", "Lake", "Cape");
    /** Last words of a place's name, capitalised in it: "A County, B and C" lists places. */
    private static final Set<String> PLACE_HEADS = Set.of("County", "City", "Province", "District", "Island", "Islands",
            "Town", "Village", "Port", "Bay", "River", "Mountain", "Mountains", "Area", "Resort", "Peninsula", "Lake");
    /** Plural place nouns that follow a list of places: "A, B and C counties". */
    private static final Set<String> PLACE_PLURALS = Set.of("counties", "cities", "provinces", "districts", "towns", "villages",
            "islands", "areas", "regions", "ports", "resorts", "mountains", "rivers", "townships");

    /**
     * A name that is one member of a list ("A, B, C and D") where another member is written as a place
     * ("Mt. A", "B County") or the list ends with a plural place noun ("... and D counties"): a place
     * named like a person. Only names next to a comma or "and" are looked at, so the scan is rare.
     */
    private static boolean inListOfPlaces(String[] words, int first, int last) {
        boolean before = first > 0 && isListSeparator(words[first - 1]);
        boolean after = last + 1 < words.length && isListSeparator(words[last + 1]);
        if (!before && !after) return false;
        // A full three-word name is a person's even among places; places named like persons read as two words ("Ri Won").
        boolean shortName = last - first == 1;
        // Leftward: separator, then a run of capitalised words, as long as the list goes.
        int i = first - 1;
        while (i > 0 && isListSeparator(words[i])) {
            int end = i - 1, start = end;
            while (start >= 0 && (isCapitalised(words[start]) || abbreviationStop(words, start))) start--;
            start++;
            if (start > end) break;
            // "the chairman of A County, B C": the place ends an office's phrase, and B C is its holder; "the manager of a
            // company in A Province, B C, the manager of ...", "in A Province, B C said": the place ends a phrase of "in" or "at",
            // and B C, followed by an apposition or a verb rather than the list's next member, is a person.
            if (shortName && isPlaceMember(words, start, end) && (start == 0 || !words[start - 1].equals("of"))
                    && !(start > 0 && (words[start - 1].equals("in") || words[start - 1].equals("at")) && clauseFollows(words, last + 1))) return true;
            i = start - 1;
        }
        // Rightward, likewise; the word after the last member may be the list's plural place noun.
        int j = last + 1;
        while (j < words.length && isListSeparator(words[j])) {
            int start = j + 1;
            while (start < words.length && isListSeparator(words[start])) start++; // ", and"
            int end = start;
            while (end < words.length && (isCapitalised(words[end]) || abbreviationStop(words, end))) end++;
            if (end == start) break;
            // Only the list's last member, after "and", runs on to other words: "A, Mt. B guide" is an apposition.
            if (end < words.length && !isListSeparator(words[end]) && !words[start - 1].equals("and")
                    && !PLACE_PLURALS.contains(words[end].toLowerCase(Locale.ROOT))) break;
            if (shortName && isPlaceMember(words, start, end - 1)) return true;
            j = end;
        }
        return j < words.length && PLACE_PLURALS.contains(words[j].toLowerCase(Locale.ROOT));
    }

    /**
     * After a name at {@code at}: a lower-case word other than "and" or a plural place noun (a verb: "B C said"), or a comma and
     * such a word (an apposition: "B C, manager of ..."). A list's next member is capitalised, or "and" leads to it.
     */
    private static boolean clauseFollows(String[] words, int at) {
        int i = at < words.length && words[at].equals(",") ? at + 1 : at;
        if (i >= words.length) return false;
        String w = words[i];
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !w.equals("and") && !PLACE_PLURALS.contains(w);
    }

    /** The full stop of "Mt." when the tokenizer split it off. */
    private static boolean abbreviationStop(String[] words, int at) {
        return words[at].equals(".") && at > 0 && PLACE_PREFIXES.contains(words[at - 1]);
    }

    private static boolean isListSeparator(String word) {
        return word.equals(",") || word.equals("and");
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean isPlaceMember(String[] words, int start, int end) {
        return PLACE_PREFIXES.contains(words[start]) || end > start && PLACE_HEADS.contains(words[end]);
    }

    /** "Sends", "Pays", "Visits", "Attends": a verb's -s form whose stem is an English word too, and no name. */
    private static boolean headlineVerb(String word) {
        if (word.length() < 4 || !word.endsWith("s") || GluedWordRepair.isListedWord(word)) return false;
        String lower = LowerCase.of(word);
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
        for (int i = first, end = last + 1; i < end; i++) {
            String w = words[i];
            if (w.length() < 4 || GluedWordRepair.isListedWord(w) || !GluedWordRepair.isListedWord(w.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** "... Sung-Kim Jong ...": a given syllable hyphenated to a surname joins two names, and makes neither. */
    private static boolean joinsTwoNames(String[] words, int first, int last) {
        for (int i = first + 1, end = last + 1; i < end; i++) {
            // Without a hyphen a word is one part and no hyphen: the regex split only for the few with one.
            if (words[i].indexOf('-') < 0 && words[i].indexOf('‐') < 0) continue;
            String[] parts = HYPHEN.split(words[i]);
            if (parts.length == 2 && KoreanNameFinder.isSyllable(parts[0]) && !parts[1].isEmpty()
                    && Character.isUpperCase(parts[1].charAt(0)) && KoreanNameFinder.isSurname(parts[1])) return true;
            if (HYPHEN.matcher(words[i]).matches() && i < last && KoreanNameFinder.isSurname(words[i + 1])) return true;
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
        boolean joined = false;
        while (i < words.length && capitalised <= 4 + (joined ? 3 : 0)) {
            String w = words[i];
            // "A B C-D E F Foundation": two names hyphenated into one institution's; the second name goes on to its noun.
            if (!listed && !joined && HYPHEN.matcher(w).matches() && i + 1 < words.length && KoreanNameFinder.isSurname(words[i + 1])) {
                joined = true;
                i += 2;
                continue;
            }
            // Past a comma or "and" the words are a list of names, which only a plural noun makes institutions.
            if (INSTITUTION_NOUNS.contains(w.toLowerCase(Locale.ROOT))) return !listed || w.endsWith("s") && !w.equals("works");
            if (w.equals(",") || w.equals("and")) {
                listed = true;
                i++;
                continue;
            }
            // The regex matches only at a digit or "No": the other words skip its matcher.
            if (!w.isEmpty() && (w.charAt(0) >= '0' && w.charAt(0) <= '9' || w.charAt(0) == 'N') && ORDINAL_OR_NUMBER.matcher(w).matches()) {
                i++;
                continue;
            }
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
            // A headline's verb or a second name ends the run: "A B Visits C D University" is A B's visit.
            if (headlineVerb(w) || !listed && !joined && KoreanNameFinder.isSurname(w)) return false;
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
        // The words and their hyphenated parts as WHITESPACE.split and HYPHEN.split give them, read in one pass: this
        // runs for every name every rule looks at, and the splits were a matcher, a list and an array each time.
        String text = name.strip();
        int n = text.length(), words = 0;
        for (int i = 0; i < n; words++) {
            int start = i;
            while (i < n && !RegexSpace.is(text.charAt(i))) i++;
            if (words == 0 ? !KoreanNameFinder.isSurname(text.substring(start, i)) : !syllableParts(text, start, i)) return false;
            while (i < n && RegexSpace.is(text.charAt(i))) i++;
        }
        return words >= 2;
    }

    /** Whether every part of text[start, end) between hyphens is a syllable, the parts as HYPHEN.split gives them (trailing empty ones dropped). */
    private static boolean syllableParts(String text, int start, int end) {
        int emptyParts = 0;
        for (int i = start; ; ) {
            int partEnd = i;
            while (partEnd < end && !isHyphen(text.charAt(partEnd))) partEnd++;
            if (partEnd == i && partEnd < end) {
                emptyParts++; // kept only if a part with letters follows
            } else if (partEnd > i) {
                for (; emptyParts > 0; emptyParts--) if (!KoreanNameFinder.isSyllable("")) return false;
                if (!KoreanNameFinder.isSyllable(text.substring(i, partEnd).toLowerCase(Locale.ROOT))) return false;
            }
            if (partEnd == end) return true;
            i = partEnd + 1;
        }
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐';
    }

    /** The split reading of {@link #koreanShaped}, kept for the test that the one-pass reading agrees with it. */
    static boolean koreanShapedBySplitting(String name) {
        String[] words = WHITESPACE.split(name.strip());
        if (words.length < 2 || !KoreanNameFinder.isSurname(words[0])) return false;
        for (int i = 1; i < words.length; i++) {
            for (String part : HYPHEN.split(words[i])) if (!KoreanNameFinder.isSyllable(part.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }
}
