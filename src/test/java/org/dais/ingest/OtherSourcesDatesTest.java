package org.dais.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Publication dates in the forms of other sources and of year-end meetings (invented articles,
 * in other words than any real one): a Rodong Sinmun page's "Juche 111 (2022). 6. 9.", and a
 * December article that plans for the coming year, whose year that plan does not give.
 */
class OtherSourcesDatesTest {
    private static LocalDate published(String name, String text) {
        return new HeaderMetadataExtractor().extract(new SourceDocument(name, null, text)).published();
    }

    @Test
    void aPageDateWithJucheYearAndYearIsTheDate() {
        assertEquals(LocalDate.of(2022, 6, 9), published("page.txt",
                "Forest Law Adopted\n\nBy staff reporter\n\nJuche 111 (2022). 6. 9.\n\nThe standing committee met at the hall."));
        assertEquals(LocalDate.of(2024, 1, 30), published("page.txt", "Juche 113(2024).1.30.\nA seminar of teachers was held."));
    }

    @Test
    void aJucheYearLineAboveAYearlessDatelineGivesItsYear() {
        assertEquals(LocalDate.of(2031, 3, 3), published("page.txt",
                "Juche 120 (2031).\n\nPyongyang, March 3 (KCNA) -- A meeting of teachers took place at the hall on Sunday."));
        // Not when the article rules the year out: March 3, 2031 is a Monday, no Thursday or the day before.
        assertNull(published("page.txt",
                "Juche 120 (2031).\n\nPyongyang, March 3 (KCNA) -- A meeting of teachers took place at the hall on Thursday."));
    }

    @Test
    void aDatelineInCapitalsIsADateline() {
        // Some wires print the place, or place and month, in capitals: "HAMHUNG, APRIL 9 (KCNA) --".
        assertEquals(LocalDate.of(2031, 4, 9), published("hall-2031.txt",
                "HAMHUNG, April 9 (KCNA) -- A meeting of teachers took place at the hall on Wednesday."));
        assertEquals(LocalDate.of(2031, 4, 9), published("hall-2031.txt",
                "HAMHUNG, APRIL 9 (KCNA) -- A meeting of teachers took place at the hall on Wednesday."));
        // Not a line of capitals that is no place and date: "NOTE, April 9 was ..." has no agency and dash.
        assertNull(published("hall-2031.txt", "NOTICE, April 9 is the day of the meeting of teachers."));
    }

    @Test
    void aWeeklysDayFirstMastheadIsTheDate() {
        // The Pyongyang Times prints its issue's date day first under the name: "The Pyongyang Times, 14 September 2019".
        assertEquals(LocalDate.of(2033, 9, 17), published("weekly.txt",
                "Orchard workers meet\n\nThe Pyongyang Times, 17 September 2033\n\nA national meeting of orchard workers took place on Friday."));
        assertEquals(LocalDate.of(2033, 3, 5), published("weekly.txt",
                "Saturday, 5 March 2033\n\nA seminar of glass makers was held in the capital."));
        // Not a count before a month ("12 May 2033" is a date; "the 12 Mayflower ..." or a number run into a year is not).
        assertNull(published("weekly.txt", "Rally held\n\nThe 12 Mayflower sailors met in 2033 at the port."));
    }

    @Test
    void notAPageDateWhoseJucheYearDisagrees() {
        // Juche 111 is 2022: a line pairing it with 2021 is a misprint, and nothing else dates the page.
        assertNull(published("page.txt", "Juche 111 (2021). 6. 9.\nA seminar of teachers was held."));
    }

    @Test
    void notADateTheBodyRecallsFarDown() {
        String body = "A lecture of historians was held at the hall. ".repeat(20);
        assertNull(published("page.txt", "Lecture Held\n\n" + body + "The work dates from Juche 61 (1972). 4. 15. and is studied still."));
    }

    @Test
    void aYearEndMeetingPlanningTheComingYearIsNotOfThatYear() {
        String article = "Hyesan, December 28 (KCNA) -- An enlarged plenary meeting of the provincial committee reviewed "
                + "the work of the year and adopted the budget for 2031.";
        // The name declares 2030: the plan for 2031 does not rule it out.
        assertEquals(LocalDate.of(2030, 12, 28), published("provincial-plenary-2030.txt", article));
        // Without a declared year, 2030 and 2031 are both possible: no date rather than a guess.
        assertNull(published("provincial-plenary.txt", article));
        // A weekday decides between them: December 28 was a Saturday in 2030 (the meeting on Friday the 27th).
        assertEquals(LocalDate.of(2030, 12, 28), published("provincial-plenary.txt", article.replace("reviewed", "held on Friday reviewed")));
    }

    @Test
    void aPlannedYearEarlierInTheYearIsStillThatYear() {
        // In March the budget for 2031 is that year's own.
        assertEquals(LocalDate.of(2031, 3, 24), published("assembly-session.txt",
                "Pyongyang, March 24 (KCNA) -- The session of the assembly approved the state budget for 2031."));
    }
}
