package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Meeting days in running text against a publication date (invented sentences). */
class DateExpressionsTest {
    private static final LocalDate THURSDAY = LocalDate.of(2023, 3, 16);

    @Test
    void twoWeekdaysAreTheFirstAndLastDay() {
        DateExpressions.Reading r = DateExpressions.find("The county conference took place at the hall on Tuesday and Wednesday.", THURSDAY);
        assertEquals(LocalDate.of(2023, 3, 14), r.start());
        assertEquals(LocalDate.of(2023, 3, 15), r.end());
        DateExpressions.Reading from = DateExpressions.find("The course ran from Monday to Wednesday.", THURSDAY);
        assertEquals(LocalDate.of(2023, 3, 13), from.start());
        assertEquals(LocalDate.of(2023, 3, 15), from.end());
    }

    @Test
    void aRangeOfDaysAndOneWeekday() {
        DateExpressions.Reading r = DateExpressions.find("The plenary meeting was held from March 9 to 11.", THURSDAY);
        assertEquals(LocalDate.of(2023, 3, 9), r.start());
        assertEquals(LocalDate.of(2023, 3, 11), r.end());
        assertEquals(LocalDate.of(2023, 3, 16), DateExpressions.find("The rally was held on Thursday.", THURSDAY).start());
        // Reported in January, a December meeting is of the year before.
        assertEquals(LocalDate.of(2022, 12, 28), DateExpressions.find("A session took place on December 28.", LocalDate.of(2023, 1, 2)).start());
    }

    @Test
    void withOnlyAYearAMonthAndDayAreReadInIt() {
        assertEquals(LocalDate.of(2019, 7, 3), DateExpressions.find("The county rally was held on July 3.", null, 2019).start());
        DateExpressions.Reading r = DateExpressions.find("A course ran from December 30 to January 2.", null, 2019);
        assertEquals(LocalDate.of(2019, 12, 30), r.start());
        assertEquals(LocalDate.of(2020, 1, 2), r.end());
        // A weekday counts back from a day nobody gave.
        org.junit.jupiter.api.Assertions.assertNull(DateExpressions.find("The rally was held on Thursday.", null, 2019));
        org.junit.jupiter.api.Assertions.assertNull(DateExpressions.find("The rally was held on July 3.", null, null));
    }

    @Test
    void aJucheYearWithItsCommonEraYear() {
        assertEquals(LocalDate.of(2019, 5, 4), DateExpressions.find("the lecture he gave there on May 4, Juche 108 (2019).", THURSDAY).start());
        assertEquals(LocalDate.of(2019, 5, 4), DateExpressions.find("on May 4, Juche 108(2019)", THURSDAY).start());
        assertEquals(LocalDate.of(2019, 5, 4), DateExpressions.find("on May 4, Juche 108(2019)", null, 2023).start());
    }

    @Test
    void aDateThatNamesAThingIsNoDayOfTheMeeting() {
        // "the May 1-June 1 month of X" and "the important March 3 letter" name a month and a letter, not a day the meeting was on.
        org.junit.jupiter.api.Assertions.assertNull(DateExpressions.find("Rallies took place on the occasion of the May 1-June 1 month of forest care.", THURSDAY));
        org.junit.jupiter.api.Assertions.assertNull(DateExpressions.find("The speakers praised the important March 3 letter.", THURSDAY));
        assertEquals(LocalDate.of(2023, 3, 14), DateExpressions.find("In the spirit of the March 3 letter, a meeting was held on March 14.", THURSDAY).start());
        // Not a date that names: "on March 9", ", March 9", "from March 9".
        assertEquals(LocalDate.of(2023, 3, 9), DateExpressions.find("The rally took place in the county, March 9.", THURSDAY).start());
    }

    @Test
    void aDayOfTheMonthAloneIsInTheMonthOfPublicationOrTheOneBefore() {
        assertEquals(LocalDate.of(2023, 3, 14), DateExpressions.find("A consultative meeting of the miners was held on the 14th.", THURSDAY).start());
        // Past the day of publication: the month before.
        assertEquals(LocalDate.of(2023, 2, 27), DateExpressions.find("The county rally took place on the 27th in the park.", THURSDAY).start());
        DateExpressions.Reading r = DateExpressions.find("The seminar went on from the 13th to the 15th at the library.", THURSDAY);
        assertEquals(LocalDate.of(2023, 3, 13), r.start());
        assertEquals(LocalDate.of(2023, 3, 15), r.end());
        // An ordinal that counts a thing is no day.
        org.junit.jupiter.api.Assertions.assertNull(DateExpressions.find("The speaker dwelt on the 5th anniversary of the plant.", THURSDAY));
        org.junit.jupiter.api.Assertions.assertNull(DateExpressions.find("Deputies decided on the 3rd agenda item.", THURSDAY));
        assertEquals(LocalDate.of(2023, 3, 15), DateExpressions.find("The session of the county assembly was held yesterday.", THURSDAY).start());
        // Without a day of publication it counts from nothing.
        org.junit.jupiter.api.Assertions.assertNull(DateExpressions.find("The county rally was held on the 14th.", null, 2019));
        org.junit.jupiter.api.Assertions.assertNull(DateExpressions.find("The county rally was held yesterday.", null, 2019));
    }

    @Test
    void twoDaysBeforeTheMonth() {
        DateExpressions.Reading dash = DateExpressions.find("A national conference of surveyors was held in the capital on 9-10 March.", THURSDAY);
        assertEquals(LocalDate.of(2023, 3, 9), dash.start());
        assertEquals(LocalDate.of(2023, 3, 10), dash.end());
        DateExpressions.Reading and = DateExpressions.find("The symposium took place on 13 and 14 March 2023.", THURSDAY);
        assertEquals(LocalDate.of(2023, 3, 13), and.start());
        assertEquals(LocalDate.of(2023, 3, 14), and.end());
    }
}
