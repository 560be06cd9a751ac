package org.dais.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The calendar's patterns read only at the ordinals' places give what a scan of the whole text
 * gives: the same matches in the same order (invented texts, with ordinals inside words, at the
 * start and end, back to back, in digits and in words, and matches that touch).
 */
class OrdinalStartsTest {
    private static final List<String> TEXTS = List.of(
            "The 9th Central Committee of the WPK met; the Tenth Party Central Committee did not.",
            "first Congress of the Workers' Party of Korea, 10th WPK Congress and the fifteenth SPA",
            "A seventeenth-century hall, the 12th Supreme People's Assembly, the 13th SPA of the country.",
            "They marked the 75th founding anniversary of the Party and the 80th birthday of the DPRK.",
            "sixth sixth anniversary of 3rd 3rd C.C., WPK eleventh\nbirthday of the Party",
            "IN CAPITALS: THE FOURTEENTH SUPREME PEOPLE'S ASSEMBLY AND THE 7TH CONGRESS OF THE WPK; seventeenth, twelfthly.",
            "Nothing ordinal here: eighteenth, tenthly, 1234th, 7thstreet, x5th Congress of the Party.",
            "");

    @Test
    void matchesAtOrdinalsAreTheWholeScansMatches() throws Exception {
        for (String name : List.of("CC_TERM", "CONGRESS", "SPA", "ANNIVERSARY")) {
            var field = InstitutionalCalendar.class.getDeclaredField(name);
            field.setAccessible(true);
            Pattern p = (Pattern) field.get(null);
            for (String text : TEXTS) {
                Matcher m = p.matcher(text);
                StringBuilder scanned = new StringBuilder();
                while (m.find()) scanned.append(m.start()).append('-').append(m.end()).append(':').append(m.group(1)).append(' ');
                StringBuilder read = new StringBuilder();
                for (MatchResult r : InstitutionalCalendar.Ordinals.of(text).matches(p)) {
                    read.append(r.start()).append('-').append(r.end()).append(':').append(r.group(1)).append(' ');
                }
                assertEquals(scanned.toString(), read.toString(), name + " on: " + text);
            }
        }
    }

    @Test
    void theTextsHaveMatchesToCompare() throws Exception {
        var field = InstitutionalCalendar.class.getDeclaredField("CC_TERM");
        field.setAccessible(true);
        assertEquals(2, InstitutionalCalendar.Ordinals.of(TEXTS.get(0)).matches((Pattern) field.get(null)).size());
    }
}
