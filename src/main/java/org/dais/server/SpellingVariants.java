package org.dais.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms a search for a name is compared in. Names reach analysts in several romanizations:
 * KCNA's ("Jo Song Chol"), McCune–Reischauer or South Korean usage ("Cho Song-chol"), with or
 * without hyphens and capitals. A form is the text lowercased without spaces, hyphens,
 * apostrophes or full stops; a leading surname is also tried in each romanization of it.
 */
final class SpellingVariants {
    private SpellingVariants() {}

    /** Romanizations of one Korean surname (generic knowledge, not names from any article). */
    private static final List<Set<String>> SURNAMES = List.of(
            Set.of("jo", "cho", "joh"), Set.of("ri", "yi", "lee", "rhee", "li", "rhie"), Set.of("pak", "park", "bak"),
            Set.of("choe", "choi", "chwe"), Set.of("o", "oh"), Set.of("jong", "jung", "chung", "cheong"), Set.of("yun", "yoon"),
            Set.of("ro", "roh", "noh"), Set.of("ryu", "yu", "yoo"), Set.of("kim", "gim"), Set.of("kang", "gang"),
            Set.of("hyon", "hyun", "hyeon"), Set.of("sin", "shin"), Set.of("so", "suh", "seo"), Set.of("son", "sohn"),
            Set.of("jang", "chang"), Set.of("ju", "joo", "chu"), Set.of("rim", "lim", "im"), Set.of("ryang", "yang"),
            Set.of("ryom", "yom", "yeom"), Set.of("kwon", "gwon"), Set.of("ko", "koh", "go"), Set.of("ku", "koo", "gu"),
            Set.of("mun", "moon"), Set.of("pyon", "byun", "pyun"), Set.of("thae", "tae"), Set.of("tong", "dong"),
            Set.of("sim", "shim"), Set.of("paek", "baek", "paik"), Set.of("hong"), Set.of("han"), Set.of("hwang"));
    private static final Map<String, Set<String>> BY_SPELLING = index();
    private static final Pattern IGNORED = Pattern.compile("[\\s'’.-]");
    private static final Pattern WORDS = Pattern.compile("[\\s-]+");

    private static Map<String, Set<String>> index() {
        Map<String, Set<String>> m = new java.util.HashMap<>();
        for (Set<String> group : SURNAMES) for (String s : group) m.put(s, group);
        return Map.copyOf(m);
    }

    /** The forms to look for; empty for blank text. */
    static List<String> searchForms(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        Set<String> forms = new LinkedHashSet<>();
        String whole = normalize(trimmed);
        if (whole.isEmpty()) return List.of();
        forms.add(whole);
        String[] words = WORDS.split(trimmed);
        // Only a surname followed by a given name is rewritten: a lone "o" or "so" is too common a string.
        if (words.length >= 2 && BY_SPELLING.containsKey(words[0])) {
            String rest = normalize(trimmed.substring(trimmed.indexOf(words[0]) + words[0].length()));
            for (String surname : BY_SPELLING.get(words[0])) forms.add(surname + rest);
        }
        return new ArrayList<>(forms);
    }

    static String normalize(String s) {
        return IGNORED.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
