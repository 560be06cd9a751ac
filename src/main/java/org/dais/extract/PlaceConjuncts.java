package org.dais.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places of one visit or inspection printed as a list ("inspected KPA Unit 2311 and KPA Unit 1907",
 * "the X Glass Factory and the Y Chicken Farm"): an event has one place (FACTS.md), so each named place is an
 * occasion of its own on the same day. A place that only names an area by its parts ("the flood-hit areas in the
 * city of X and Y County", "the Statues of A and B") is one place: a part is split off only when every part is
 * itself a name (capitalised first word) ending in a facility's head noun or a unit's number.
 */
final class PlaceConjuncts {
    // Cheap gate first: most places have no conjunction at all.
    private static final Pattern SEPARATOR = Pattern.compile(",\\s*and\\s+|,\\s+|\\s+and\\s+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|The)\\s+");
    /** A named facility: a capitalised name of two words or more, its last word the kind of place it is, or a unit with its number. */
    private static final String FACILITY =
            "\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’.-]*)*\\s+(?:"
            + "(?:Unit|Unit\\s+No\\.)\\s+\\d+|"
            + "(?:Factory|Farm|Works|Complex|Mine|Plant|Mill|Shipyard|Station|Hospital|School|University|Institute|Academy|"
            + "Theatre|Theater|Hall|Museum|Base|Airfield|Airport|Port|Harbour|Harbor|Dam|Bridge|Reservoir|Greenhouse|Stadium|"
            + "Hotel|Restaurant|Store|Centre|Center|Park|Palace|Cemetery|Monument|Tower|Building|Guesthouse|Enterprise|"
            + "Company|Combine|Ranch|Camp|Range|Site|Resort|Detachment|Post|Battery|Club|Gymnasium|Kindergarten|Nursery|College))"
            // Where it stands, as printed after the name: "the Y Pig Farm in Z County".
            + "(?:\\s+(?:in|under|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’.-]*)*)?";
    private static final Pattern NAMED_FACILITY = Pattern.compile(FACILITY);
    /**
     * A facility in common words placed by a name: "the defence detachment on X Islet", "the sub-work team in Y-ri". Only
     * such heads: "the flood-hit areas in X" names an area, no facility of its own.
     */
    private static final Pattern PLACED_FACILITY = Pattern.compile(
            "(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}(?:detachment|unit|post|battery|company|farm|factory|mine|school|station|work\\s+team)"
            + "\\s+(?:on|in|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’.-]*)*");
    /** Three named facilities or more printed as one list after the verb: "the X Farm, the Y Farm and the Z Farm in W County". */
    private static final Pattern FACILITY_LIST = Pattern.compile(
            "^(?:the\\s+)?(" + FACILITY + "(?:\\s*,\\s*(?:the\\s+)?" + FACILITY + ")+,?\\s+and\\s+(?:the\\s+)?" + FACILITY + ")(?=\\s*(?:[,.;]|$|\\s+\\p{Ll}))");

    private PlaceConjuncts() {}

    /** The named places a place lists, or the place alone (null included) where it is not such a list. */
    static List<String> of(String place) {
        if (place == null || !place.contains(" and ")) return Collections.singletonList(place);
        String[] parts = SEPARATOR.split(place);
        List<String> places = new ArrayList<>(parts.length);
        for (String part : parts) {
            String name = LEADING_ARTICLE.matcher(part.strip()).replaceFirst("");
            if (!NAMED_FACILITY.matcher(name).matches() && !PLACED_FACILITY.matcher(name).matches()) return List.of(place);
            places.add(name);
        }
        return places;
    }

    /** The list of three named facilities or more the text opens with, as printed (commas kept), or null. */
    static String listAt(String text) {
        if (text.indexOf(',') < 0 || !text.contains(" and ")) return null;
        Matcher m = FACILITY_LIST.matcher(text);
        // The last name's words may take a full stop ("No."): the one ending the sentence is no part of it.
        return m.find() ? m.group(1).replaceFirst("(?<!\\bNo)\\.$", "") : null;
    }
}
