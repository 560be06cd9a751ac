package org.dais.ingest;

import java.util.Locale;
import java.util.Map;

/** English month names and their abbreviations ("Mar.", "Sept"), as state media print them. */
public final class Months {
    private static final Map<String, Integer> BY_PREFIX = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /**
     * Regex alternation matching a month name or abbreviation (with optional period). The
     * lookahead on the initials first lets a scan pass every other position at once.
     */
    public static final String PATTERN =
            "(?=[JFMASOND])(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    private Months() {}

    /** 1-12 for a month name or abbreviation, or 0. */
    public static int number(String name) {
        String key = name.replace(".", "").trim().toLowerCase(Locale.ROOT);
        if (key.length() < 3) return 0;
        return BY_PREFIX.getOrDefault(key.substring(0, 3), 0);
    }

    /** Offset between a Juche-calendar year and the Gregorian one: Juche 1 = 1912. */
    public static final int JUCHE_OFFSET = 1911;
}
