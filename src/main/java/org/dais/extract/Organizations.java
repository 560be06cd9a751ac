package org.dais.extract;

import java.util.List;
import java.util.Locale;
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
            rule("\\bCentral\\s+Committee\\s+of\\s+" + PARTY + "\\b", WPK_CC, false),
            rule("\\b(?:WPK|Party)\\s+Central\\s+Committee\\b", WPK_CC, false),
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
            rule("^(?:WPK |Party )Central Military Commission$", "Central Military Commission", false),
            rule("^Central Military Commission$", "Central Military Commission of the " + WPK, false),
            rule("^Political Bureau$", "Political Bureau of the " + WPK_CC, false),
            rule("^Presidium of the Political Bureau$", "Presidium of the Political Bureau of the " + WPK_CC, false),
            rule("^Secretariat$", "Secretariat of the " + WPK_CC, false),
            rule("^Presidium of the " + DPRK + " Supreme People's Assembly$", "Presidium of the Supreme People's Assembly", false),
            rule("^Standing Committee of the " + DPRK + " Supreme People's Assembly$", "Standing Committee of the Supreme People's Assembly", false));

    public static String canonical(String raw) {
        return CANONICAL.apply(raw);
    }

    private static final Memo<String> CANONICAL = new Memo<>(8192, Organizations::canonicalUncached);

    private static String canonicalUncached(String raw) {
        String s = SPACES.matcher(raw.replace('’', '\'').replace('‘', '\'')).replaceAll(" ").strip();
        for (Rule r : RULES) {
            var m = r.pattern().matcher(s);
            s = r.firstOnly() ? m.replaceFirst(r.replacement()) : m.replaceAll(r.replacement());
        }
        return s;
    }

    private static final Pattern TOP_LEVEL = Pattern.compile(
            "(?i).*(?:\\bCommittee|\\bParty\\b|Party of Korea|\\bWPK\\b|\\bDPRK\\b|Republic of Korea|Assembly|Cabinet|Commission|"
            + "\\bArmy|Ministry|School|University|College|Institute|Academy|Factory|Complex|Mine|Farm|Company|Station|"
            + "Museum|Enterprise|Works|Bureau for .*|Union|League|Federation|Association|Newspaper|Agency|Hospital|Council)$");
    private static final Pattern DEPENDENT = Pattern.compile(
            "(?i)^(?:Presidium|Political Bureau|Politburo|Secretariat|Standing Committee|Executive Policy Council|"
            + "Central Military Commission|Central Inspection Commission|Control Commission|(?:[A-Z][\\w-]* )*Department|"
            + "Presidium of the Political Bureau)$");

    /** A body that stands on its own, as opposed to an organ named without its parent ("the Political Bureau"). */
    public static boolean isTopLevel(String org) {
        String c = org.strip();
        if (DEPENDENT.matcher(c).matches()) return false;
        return TOP_LEVEL.matcher(c).matches();
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

    /** Lower-case words of the name, for deciding which class it belongs to. */
    public static String lower(String name) { return name.toLowerCase(Locale.ROOT); }
}
