package org.dais.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical names of organizations: one spelling per body however an article abbreviates it
 * ("C.C., WPK", "Party Central Committee", "Central Committee of the Workers' Party of Korea"
 * are all "WPK Central Committee"), and which bodies stand on their own.
 */
public final class Organizations {
    // Compiled once: these run for every sentence of every document.
    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("^the ");
    private static final java.util.regex.Pattern ENDS_KOREA = java.util.regex.Pattern.compile("(?i).*Korea$");
    private static final java.util.regex.Pattern THE_PARTY = java.util.regex.Pattern.compile("(?i)(?:the )?(?:Workers' Party of Korea|WPK)");

    private Organizations() {}

    public static final String WPK = "Workers' Party of Korea";
    public static final String WPK_CC = "WPK Central Committee";
    public static final String DPRK = "Democratic People's Republic of Korea";

    private static final String KPA = "Korean People's Army";
    /** Services and central organs of the army (generic knowledge of its structure). */
    private static final String KPA_BODY = "Navy|Air Force|Ground Force|Strategic Force|Special Operation Forces|"
            + "General Reconnaissance Bureau|General Logistics Bureau";
    /** Head words of body names, to complete one a page cut off mid-word ("director of the General Political Burea"). */
    private static final List<String> HEAD_WORDS = List.of("Bureau", "Committee", "Commission", "Department", "Ministry", "Council",
            "Association", "Federation", "Assembly", "Secretariat", "Presidium", "University", "Academy", "Institute");
    private static final Pattern LAST_WORD = Pattern.compile("(?<= )([A-Z][a-z]{3,})$");

    private static final String PARTY = "(?:the\\s+)?(?:Workers'\\s+Party\\s+of\\s+Korea|WPK|Party)";

    /** Spelling rules, applied in order (compiled once: canonical names are computed for every mention). */
    private record Rule(Pattern pattern, String replacement, boolean firstOnly) {}

    private static Rule rule(String regex, String replacement, boolean firstOnly) {
        return new Rule(Pattern.compile(regex), replacement, firstOnly);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<Rule> RULES = List.of(
            rule("^(?i)the\\s+", "", true),
            rule("\\s*\\((?:WPK|DPRK|SPA|CMC|KPA|SAC)\\)", "", false),
            rule("\\bC\\.\\s?C\\.?,?\\s+(?:of\\s+)?(?:the\\s+)?WPK\\b", WPK_CC, false),
            rule("\\bC\\.\\s?C\\.?,?\\s+(?:of\\s+)?(?:the\\s+)?Workers' Party of Korea\\b", WPK_CC, false),
            rule("\\bCentral\\s+Committee\\s+of\\s+" + PARTY + "\\b", WPK_CC, false),
            rule("\\b(?:WPK|Party|Workers' Party of Korea)\\s+Central\\s+Committee\\b", WPK_CC, false),
            rule("\\bWPK\\b(?! Central)", WPK, false),
            rule("\\bof (?:the )?WPK Central Committee\\b", "of the " + WPK_CC, false),
            rule("\\bDPRK\\b", DPRK, false),
            rule("\\bSPA\\b", "Supreme People's Assembly", false),
            rule("\\bCMC\\b", "Central Military Commission", false),
            rule("\\bKPA\\b", "Korean People's Army", false),
            // State organs are unique in the country: "of the DPRK" adds nothing to their names.
            rule("^(Supreme People's Assembly|State Affairs Commission|Presidium of the Supreme People's Assembly)"
                    + " of (?:the )?" + DPRK + "$", "$1", false),
            rule("^(?:DPRK |" + DPRK + " )?Cabinet(?: of (?:the )?" + DPRK + ")?$", "Cabinet of the DPRK", false),
            rule("^(?:Democratic People's Republic of Korea) (Supreme People's Assembly|State Affairs Commission)$", "$1", false),
            rule("^SPA Presidium$|^Supreme People's Assembly Presidium$", "Presidium of the Supreme People's Assembly", false),
            // "the DPRK Foreign Ministry" is the Ministry of Foreign Affairs (a foreign state's keeps its country: "Foreign Ministry of X").
            rule("^Foreign Ministry$", "Ministry of Foreign Affairs", false),
            rule("^(?:WPK |Party )Central Military Commission$", "Central Military Commission", false),
            rule("^Central Military Commission$", "Central Military Commission of the " + WPK, false),
            rule("^Political Bureau$", "Political Bureau of the " + WPK_CC, false),
            rule("^Presidium of the Political Bureau$", "Presidium of the Political Bureau of the " + WPK_CC, false),
            rule("^Secretariat$", "Secretariat of the " + WPK_CC, false),
            rule("^Central Inspection Commission$", "Central Inspection Commission of the " + WPK, false),
            rule("^Presidium of the " + DPRK + " Supreme People's Assembly$", "Presidium of the Supreme People's Assembly", false),
            rule("^Standing Committee of the " + DPRK + " Supreme People's Assembly$", "Standing Committee of the Supreme People's Assembly", false),
            // The army's own bodies, printed bare or behind the army's name in DPRK reports ("commander of the Navy",
            // "the KPA Air Force", "the People's Army"), are the Korean People's Army's: one name for each.
            rule("^People's Army$", KPA, false),
            rule("^" + KPA + " (" + KPA_BODY + ")$", "$1 of the " + KPA, false),
            rule("^(" + KPA_BODY + ")$", "$1 of the " + KPA, false),
            rule("^(" + KPA_BODY + ") of (?:the )?" + DPRK + "$", "$1 of the " + KPA, false),
            rule("\\bof " + KPA + "\\b", "of the " + KPA, false),
            // A headline drops articles ("Secretary of Security Council of Russian Federation"): a state's name has its "the".
            rule("\\bof (?=(?:Russian Federation|People's Republic of|Socialist Republic of|Islamic Republic of|Federal Republic of|"
                    + "Republic of|Kingdom of|United States|Lao People's Democratic Republic|Syrian Arab Republic)\\b)", "of the ", false),
            // "the C.C., X Party" of a foreign party is its Central Committee, as the WPK's is.
            rule("^C\\.\\s?C\\.,?\\s+(?!(?:of\\s+)?(?:the\\s+)?(?:WPK|Workers' Party of Korea)\\b)(.+\\bParty(?: of [A-Z][\\w'-]*)*)$", "Central Committee of the $1", false),
            rule("^Supreme People's Assembly Standing Committee$", "Standing Committee of the Supreme People's Assembly", false));

    public static String canonical(String raw) {
        return CANONICAL.apply(raw);
    }

    private static final Memo<String> CANONICAL = new Memo<>(8192, Organizations::canonicalUncached);

    private static String canonicalUncached(String raw) {
        String s = SPACES.matcher(raw.replace('’', '\'').replace('‘', '\'')).replaceAll(" ").strip();
        var last = LAST_WORD.matcher(s);
        if (last.find()) {
            String cut = last.group(1);
            for (String head : HEAD_WORDS) {
                if (head.length() > cut.length() && head.startsWith(cut)) s = s.substring(0, last.start()) + head;
            }
        }
        for (Rule r : RULES) {
            var m = r.pattern().matcher(s);
            s = r.firstOnly() ? m.replaceFirst(r.replacement()) : m.replaceAll(r.replacement());
        }
        return withoutCountry(SIGN_OFF.matcher(s).replaceFirst(""));
    }

    /** The wire's sign-off ("-0-") after the last name of an article is no part of it. */
    private static final Pattern SIGN_OFF = Pattern.compile("\\s*-0-\\s*$");
    /**
     * "the DPRK Ministry of X", "the Ministry of X of the DPRK", "the DPRK National Defence Commission": the country
     * that nearly every body of these reports belongs to adds nothing to its name, and left in it made two bodies of
     * one (the bare "Ministry of X" of the next article). Kept where the country is what the name says: its
     * government, armed forces, missions abroad, teams, and the state itself.
     */
    private static final Pattern COUNTRY_BEFORE = Pattern.compile("^" + DPRK + " (?=[A-Z])");
    private static final Pattern COUNTRY_AFTER = Pattern.compile(" of (?:the )?" + DPRK + "$");
    private static final Pattern COUNTRY_IS_THE_NAME = Pattern.compile(
            "^(?:[A-Z][\\w'’-]*|Government|Armed Forces|People|Embassy|Consulate(?: General)?|Mission|Delegation|Side|Team|National (?:Team|Flag|Emblem)|"
            + "Constitution|Government Delegation|(?:[A-Z][\\w'’-]* )?(?:Embassy|Consulate|Mission|Team|Delegation|Squad|Troupe)(?: .*)?)$");
    private static final Pattern FOREIGN_MINISTRY = Pattern.compile("^(?:(.+) of (?:the )?)?Foreign Ministry$");

    private static String withoutCountry(String s) {
        if (!s.contains(DPRK) || s.equals(DPRK)) return s;
        String rest = s;
        Matcher before = COUNTRY_BEFORE.matcher(rest);
        if (before.find()) rest = rest.substring(before.end());
        Matcher after = COUNTRY_AFTER.matcher(rest);
        if (after.find()) rest = rest.substring(0, after.start());
        if (rest.equals(s) || COUNTRY_IS_THE_NAME.matcher(rest).matches()) return s;
        Matcher foreign = FOREIGN_MINISTRY.matcher(rest);
        if (foreign.matches()) return foreign.group(1) == null ? "Ministry of Foreign Affairs" : foreign.group(1) + " of the Ministry of Foreign Affairs";
        return rest;
    }

    private static final Pattern TOP_LEVEL = Pattern.compile(
            "(?i).*(?:\\bCommittee|\\bParty\\b|Party of Korea|\\bWPK\\b|\\bDPRK\\b|\\bKPA\\b|Republic of Korea|Assembly|Cabinet|Commission|"
            + "\\bArmy|Ministry|School|University|College|Institute|Academy|Factory|Complex|Mine|Farm|Company|Station|"
            + "Museum|Enterprise|Works|Bureau for .*|Union|League|Federation|Association|Newspaper|Agency|Hospital|Council|"
            + "Depot|Mill|Plant|Combine|Shipyard|Troupe|Ensemble|Studio|Library|Restaurant|Theatre|"
            // A state stands on its own: "president of the X People's Democratic Republic" borrows no party's name.
            + "\\bRepublic|\\bRepublic of [A-Z][\\w'-]*(?: [A-Z][\\w'-]*)?|\\bKingdom of [A-Z][\\w'-]*|\\bParty of [A-Z][\\w'-]*)$");
    private static final Pattern DEPENDENT = Pattern.compile(
            "(?i)^(?:Presidium|Political Bureau|Politburo|Secretariat|Standing Committee|Executive Policy Council|"
            + "Central Military Commission|Central Inspection Commission|Control Commission|(?:[A-Z][\\w-]* )*Department|"
            + "Presidium of the Political Bureau)$");

    private static final Pattern STANDS_ALONE = Pattern.compile("(?:^|\\bof (?:the )?)[A-Z]{3,7}$");

    /** A body that stands on its own, as opposed to an organ named without its parent ("the Political Bureau"). */
    public static boolean isTopLevel(String org) {
        String c = org.strip();
        if (DEPENDENT.matcher(c).matches()) return false;
        // A body written as its abbreviation ("the SRV", "Central Committee of the CPV") stands on its own.
        return TOP_LEVEL.matcher(c).matches() || STANDS_ALONE.matcher(c).find();
    }

    /** The outermost body of an organization name: "Political Bureau of the WPK Central Committee" → "WPK Central Committee". */
    public static String topLevelOf(String org) {
        String c = org.strip();
        int i = c.lastIndexOf(" of ");
        while (i > 0) {
            String tail = LEADING_THE.matcher(c.substring(i + 4)).replaceFirst("");
            if (isTopLevel(tail) && !ENDS_KOREA.matcher(tail).matches() || tail.equals(WPK_CC)) return tail;
            if (THE_PARTY.matcher(tail).matches()) return tail;
            i = c.lastIndexOf(" of ", i - 1);
        }
        return c;
    }

    private static final Pattern TERM = Pattern.compile("(?i)\\b(?:" + MeetingNames.ORDINAL + "|eight|seven|six) (?=WPK Central Committee\\b)");

    /**
     * The body an office or a mention names: "the Eighth WPK Central Committee" is the Central Committee
     * in one term, one body in the graph (a meeting's name keeps the term: see {@link MeetingNames}).
     */
    public static String withoutTerm(String canonical) {
        return canonical == null ? null : TERM.matcher(canonical).replaceAll("");
    }

    /** The state a nationality or a short country name stands for, in the form DPRK media print it ("Russian" → "Russian Federation"). */
    private static final java.util.Map<String, String> STATES = java.util.Map.ofEntries(
            java.util.Map.entry("russian", "Russian Federation"), java.util.Map.entry("russia", "Russian Federation"),
            java.util.Map.entry("chinese", "People's Republic of China"), java.util.Map.entry("china", "People's Republic of China"),
            java.util.Map.entry("vietnamese", "Socialist Republic of Viet Nam"), java.util.Map.entry("vietnam", "Socialist Republic of Viet Nam"),
            java.util.Map.entry("viet nam", "Socialist Republic of Viet Nam"),
            java.util.Map.entry("lao", "Lao People's Democratic Republic"), java.util.Map.entry("laotian", "Lao People's Democratic Republic"),
            java.util.Map.entry("laos", "Lao People's Democratic Republic"),
            java.util.Map.entry("cuban", "Republic of Cuba"), java.util.Map.entry("cuba", "Republic of Cuba"),
            java.util.Map.entry("belarusian", "Republic of Belarus"), java.util.Map.entry("belarus", "Republic of Belarus"),
            java.util.Map.entry("mongolian", "Mongolia"), java.util.Map.entry("iranian", "Islamic Republic of Iran"),
            java.util.Map.entry("iran", "Islamic Republic of Iran"), java.util.Map.entry("syrian", "Syrian Arab Republic"),
            java.util.Map.entry("syria", "Syrian Arab Republic"), java.util.Map.entry("indonesian", "Republic of Indonesia"),
            java.util.Map.entry("nicaraguan", "Republic of Nicaragua"), java.util.Map.entry("venezuelan", "Bolivarian Republic of Venezuela"));

    /** The state of a nationality adjective or country name, or null where none is known. */
    public static String stateOf(String nationalityOrCountry) {
        if (nationalityOrCountry == null) return null;
        String key = lower(nationalityOrCountry.strip().replaceFirst("(?i)^the\\s+", ""));
        if (key.contains("korea")) return null; // the DPRK is no foreign state here
        String state = STATES.get(key);
        if (state != null) return state;
        String printed = nationalityOrCountry.strip().replaceFirst("^(?i)the\\s+", "");
        // A country the lexicon names is a state whatever its ending ("Oman", "Japan", "Bhutan": not demonyms in "-an").
        if (COUNTRY_NAME.matcher(printed).matches()) return printed;
        // "Russian Federation", "Republic of Cuba": a state's own name is the state.
        return key.matches("(?:.*\\b(?:federation|republic|kingdom|state|states|sultanate|emirates)\\b.*|[a-z]+(?: [a-z]+)?)")
                && Character.isUpperCase(nationalityOrCountry.strip().charAt(0)) && !key.endsWith("an") && !key.endsWith("ese")
                && !key.endsWith("ish") ? nationalityOrCountry.strip().replaceFirst("^(?i)the\\s+", "") : null;
    }

    private static final Pattern COUNTRY_NAME = Pattern.compile("(?:" + org.dais.nlp.ForeignNameFinder.COUNTRY + ")");

    private static final Pattern DEMONYM = Pattern.compile("(?:the )?(" + org.dais.nlp.ForeignNameFinder.NATIONALITY + ")");

    /** The state a bare nationality adjective stands for ("Mongolian" → "Mongolia"), or null when the name is no demonym. */
    public static String stateOfDemonym(String name) {
        if (name == null || !DEMONYM.matcher(name.strip()).matches()) return null;
        return stateOf(name);
    }

    /** Lower-case words of the name, for deciding which class it belongs to. */
    public static String lower(String name) { return name.toLowerCase(Locale.ROOT); }
}
