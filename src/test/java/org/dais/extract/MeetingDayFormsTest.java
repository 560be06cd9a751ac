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
}
