package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Meeting days printed in the forms of other sources and kinds of meeting (invented sentences). */
class MeetingDayFormsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 9, 30);

    @Test
    void twoDaysJoinedByAndAreTheFirstAndLastDay() {
        DateExpressions.Reading r = DateExpressions.find("Sessions of the county assemblies were held on September 28 and 29.", PUBLISHED);
        assertEquals(LocalDate.of(2031, 9, 28), r.start());
        assertEquals(LocalDate.of(2031, 9, 29), r.end());
        DateExpressions.Reading abbreviated = DateExpressions.find("The workshop took place on Sept. 3 and 4.", PUBLISHED);
        assertEquals(LocalDate.of(2031, 9, 3), abbreviated.start());
        assertEquals(LocalDate.of(2031, 9, 4), abbreviated.end());
    }

    @Test
    void notTwoDaysWhenTheSecondNumberCountsSomethingElse() {
        // A second number below the first day is no later day of the meeting: a count of what follows.
        DateExpressions.Reading r = DateExpressions.find("The congress opened on September 28 and 2 Koreans abroad attended.", PUBLISHED);
        assertEquals(LocalDate.of(2031, 9, 28), r.start());
        assertNull(r.end());
    }

    @Test
    void aDeclaredYearReadsTwoDays() {
        DateExpressions.Reading r = DateExpressions.find("The seminar took place on June 9 and 10.", null, 2029);
        assertEquals(LocalDate.of(2029, 6, 9), r.start());
        assertEquals(LocalDate.of(2029, 6, 10), r.end());
    }

    @Test
    void aRangeWithoutFromAndBetweenTwoDays() {
        // Older wire copy: "took place September 3 to 5", "was held between September 3 and 5".
        DateExpressions.Reading to = DateExpressions.find("The congress of the union took place September 3 to 5.", PUBLISHED);
        assertEquals(LocalDate.of(2031, 9, 3), to.start());
        assertEquals(LocalDate.of(2031, 9, 5), to.end());
        DateExpressions.Reading between = DateExpressions.find("The seminar was held between Sept. 3 and 5.", PUBLISHED);
        assertEquals(LocalDate.of(2031, 9, 3), between.start());
        assertEquals(LocalDate.of(2031, 9, 5), between.end());
        // Not a range: a count after the day, or a share.
        assertNull(DateExpressions.find("The rally took place September 3 to 3,000 cheers.", PUBLISHED).end());
        assertNull(DateExpressions.find("Output rose on September 3 to 5 percent.", PUBLISHED).end());
    }

    @Test
    void theDayBeforeTheMonth() {
        // A weekly's "on 12 September", "from 3 to 5 September 2030", "on the 3rd of September".
        assertEquals(LocalDate.of(2031, 9, 12), DateExpressions.find("The national meeting was held on 12 September.", PUBLISHED).start());
        DateExpressions.Reading range = DateExpressions.find("The workshop ran from 3 to 5 September 2030 in the capital.", PUBLISHED);
        assertEquals(LocalDate.of(2030, 9, 3), range.start());
        assertEquals(LocalDate.of(2030, 9, 5), range.end());
        assertEquals(LocalDate.of(2031, 9, 3), DateExpressions.find("The conference opened on the 3rd of September.", PUBLISHED).start());
        // Not a date: a number of marchers.
        assertNull(DateExpressions.find("A group of 12 Marchers met the officials.", PUBLISHED));
    }
}
