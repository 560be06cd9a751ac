package org.dais.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A file whose name ends with a year ("...-2019.txt") declares that year, not the day: a
 * yearless dateline is read in it, unless the text rules it out (invented articles).
 */
class NamedYearTest {
    private static LocalDate published(String name, String text) {
        return new HeaderMetadataExtractor().extract(new SourceDocument(name, null, text)).published();
    }

    @Test
    void theYearEndingANameIsFound() {
        assertEquals(2019, HeaderMetadataExtractor.yearInName("03_county-rally-of-miners-2019.txt"));
        assertEquals(1998, HeaderMetadataExtractor.yearInName("docs/report_1998.html"));
        assertNull(HeaderMetadataExtractor.yearInName("feed.jsonl#line-2019"));
        assertNull(HeaderMetadataExtractor.yearInName("county-rally-12019.txt"));
        assertNull(HeaderMetadataExtractor.yearInName("2019-03-02_county-rally.txt"));
    }

    @Test
    void aYearlessDatelineTakesTheNamedYear() {
        assertEquals(LocalDate.of(2019, 3, 2), published("county-rally-2019.txt",
                "Hamhung, March 2 (KCNA) -- A rally of miners took place at the county hall."));
        // Without a year in the name there is still none.
        assertNull(published("county-rally.txt", "Hamhung, March 2 (KCNA) -- A rally of miners took place at the county hall."));
    }

    @Test
    void notAYearTheTextRulesOut() {
        // A conference of the 8th Central Committee's term cannot be of 2014.
        assertNull(published("county-rally-2014.txt",
                "Hamhung, March 2 (KCNA) -- The 9th Plenary Meeting of the 8th Central Committee of the WPK took place on Friday."));
    }
}
