package org.dais.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Canonical names of organizations: one spelling per body however an article abbreviates it
 * ("C.C., WPK", "Party Central Committee", "Central Committee of the Workers' Party of Korea"
 * are all "WPK Central Committee"), and which bodies stand on their own.
 */
public final class Organizations {
    private Organizations() {}

    public static final String WPK = "Workers' Party of Korea";
    public static final String WPK_CC = "WPK Central Committee";
    public static final String DPRK = "Democratic People's Republic of Korea";

    private static final String PARTY = "(?:the\\s+)?(?:Workers'\\s+Party\\s+of\\s+Korea|WPK|Party)";

    public static String canonical(String raw) {
        String s = raw.replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").strip();
        s = s.replaceFirst("^(?i)the\\s+", "");
        s = s.replaceAll("\\s*\\((?:WPK|DPRK|SPA|CMC|KPA|SAC)\\)", "");
        s = s.replaceAll("\\bC\\.\\s?C\\.?,?\\s+(?:of\\s+)?(?:the\\s+)?WPK\\b", WPK_CC);
        s = s.replaceAll("\\bCentral\\s+Committee\\s+of\\s+" + PARTY + "\\b", WPK_CC);
        s = s.replaceAll("\\b(?:WPK|Party)\\s+Central\\s+Committee\\b", WPK_CC);
        s = s.replaceAll("\\bWPK\\b(?! Central)", WPK);
        s = s.replaceAll("\\bof (?:the )?WPK Central Committee\\b", "of the " + WPK_CC);
        s = s.replaceAll("\\bDPRK\\b", DPRK);
        s = s.replaceAll("\\bSPA\\b", "Supreme People's Assembly");
        s = s.replaceAll("\\bCMC\\b", "Central Military Commission");
        s = s.replaceAll("\\bKPA\\b", "Korean People's Army");
        // State organs are unique in the country: "of the DPRK" adds nothing to their names.
        s = s.replaceAll("^(Supreme People's Assembly|State Affairs Commission|Presidium of the Supreme People's Assembly)"
                + " of (?:the )?" + DPRK + "$", "$1");
        s = s.replaceAll("^(?:DPRK |" + DPRK + " )?Cabinet(?: of (?:the )?" + DPRK + ")?$", "Cabinet of the DPRK");
        s = s.replaceAll("^(?:Democratic People's Republic of Korea) (Supreme People's Assembly|State Affairs Commission)$", "$1");
        s = s.replaceAll("^SPA Presidium$|^Supreme People's Assembly Presidium$", "Presidium of the Supreme People's Assembly");
        s = s.replaceAll("^(?:WPK |Party )Central Military Commission$", "Central Military Commission");
        s = s.replaceAll("^Central Military Commission$", "Central Military Commission of the " + WPK);
        s = s.replaceAll("^Political Bureau$", "Political Bureau of the " + WPK_CC);
        s = s.replaceAll("^Presidium of the Political Bureau$", "Presidium of the Political Bureau of the " + WPK_CC);
        s = s.replaceAll("^Secretariat$", "Secretariat of the " + WPK_CC);
        s = s.replaceAll("^Presidium of the " + DPRK + " Supreme People's Assembly$", "Presidium of the Supreme People's Assembly");
        s = s.replaceAll("^Standing Committee of the " + DPRK + " Supreme People's Assembly$", "Standing Committee of the Supreme People's Assembly");
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
            String tail = c.substring(i + 4).replaceFirst("^the ", "");
            if (isTopLevel(tail) && !tail.matches("(?i).*Korea$") || tail.equals(WPK_CC)) return tail;
            if (tail.matches("(?i)(?:the )?(?:Workers' Party of Korea|WPK)")) return tail;
            i = c.lastIndexOf(" of ", i - 1);
        }
        return c;
    }

    /** Lower-case words of the name, for deciding which class it belongs to. */
    public static String lower(String name) { return name.toLowerCase(Locale.ROOT); }
}
