package org.dais.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    private static final Pattern NAMED_FACILITY = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’.-]*)*\\s+(?:"
            + "(?:Unit|Unit\\s+No\\.)\\s+\\d+|"
            + "(?:Factory|Farm|Works|Complex|Mine|Plant|Mill|Shipyard|Station|Hospital|School|University|Institute|Academy|"
            + "Theatre|Theater|Hall|Museum|Base|Airfield|Airport|Port|Harbour|Harbor|Dam|Bridge|Reservoir|Greenhouse|Stadium|"
            + "Hotel|Restaurant|Store|Centre|Center|Park|Palace|Cemetery|Monument|Tower|Building|Guesthouse|Enterprise|"
            + "Company|Combine|Ranch|Camp|Range|Site|Resort))"
            // Where it stands, as printed after the name: "the Y Pig Farm in Z County".
            + "(?:\\s+(?:in|under)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’.-]*)*)?");

    private PlaceConjuncts() {}

    /** The named places a place lists, or the place alone (null included) where it is not such a list. */
    static List<String> of(String place) {
        if (place == null || !place.contains(" and ")) return Collections.singletonList(place);
        String[] parts = SEPARATOR.split(place);
        List<String> places = new ArrayList<>(parts.length);
        for (String part : parts) {
            String name = LEADING_ARTICLE.matcher(part.strip()).replaceFirst("");
            if (!NAMED_FACILITY.matcher(name).matches()) return List.of(place);
            places.add(name);
        }
        return places;
    }
}
