package org.dais.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A headline may end in a year or a unit's number ("Tasks for 2041", "KPA Unit 4512"); a date line
 * or a page stamp above it ends in four digits too, and is no headline (invented pages).
 */
class HeadlineYearTest {
    private static String headline(String text) {
        return new HeaderMetadataExtractor().extract(new SourceDocument("page.txt", null, text)).headline();
    }

    @Test
    void aHeadlineEndingInAYearIsTheHeadline() {
        assertEquals("Orchard Workers Set Tasks for 2041",
                headline("Orchard Workers Set Tasks for 2041\n\nPyongyang, January 3 (KCNA) -- Orchard workers met in Kusong on Friday."));
        assertEquals("Glass Makers' Exhibition-2039",
                headline("Glass Makers' Exhibition-2039\n\nPyongyang, May 3 (KCNA) -- An exhibition of glass makers opened at the hall."));
        assertEquals("National Table-tennis Championships 2040",
                headline("National Table-tennis Championships 2040\n\nThe championships opened in Hamhung on Sunday."));
    }

    @Test
    void aHeadlineEndingInAUnitsNumberIsTheHeadline() {
        assertEquals("Respected Comrade Kim Jong Un Inspects KPA Unit 4512",
                headline("Respected Comrade Kim Jong Un Inspects KPA Unit 4512\n\nPyongyang, May 3 (KCNA) -- He inspected the unit on Friday."));
    }

    @Test
    void aDateLineAboveTheHeadlineIsSkipped() {
        assertEquals("Orchard Workers Meet", headline("Saturday, May 07, 2039\n\nOrchard Workers Meet\n\nThe workers met in Kusong."));
        assertEquals("Orchard Workers Meet", headline("07.05.2039\n\nOrchard Workers Meet\n\nThe workers met in Kusong."));
        assertEquals("Orchard Workers Meet", headline("Updated 2039\n\nOrchard Workers Meet\n\nThe workers met in Kusong."));
        assertEquals("Orchard Workers Meet", headline("Minju Joson, May 2039\n\nOrchard Workers Meet\n\nThe workers met in Kusong."));
    }

    @Test
    void datelineLikeLinesAreToldFromHeadlines() {
        assertTrue(HeaderMetadataExtractor.datelineLike("May 24, 2039May 24, 2039"));
        assertTrue(HeaderMetadataExtractor.datelineLike("Pyongyang, 3 March 2038"));
        assertTrue(HeaderMetadataExtractor.datelineLike("No. 2038"));
        assertTrue(HeaderMetadataExtractor.datelineLike("Juche 127, 2038"));
        assertFalse(HeaderMetadataExtractor.datelineLike("Grand Concert in Celebration of New Year 2038"));
        assertFalse(HeaderMetadataExtractor.datelineLike("Orchard Workers Set Tasks for 2041"));
        assertFalse(HeaderMetadataExtractor.datelineLike("Orchard Workers Meet"));
        // A line of body text with no headline printed above it stays none.
        assertNull(headline("The workers of the orchard met in Kusong on the morning of 2039."));
    }
}
