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

    /**
     * The scans skipped for want of a digit, a month's first letters or "day" could not have matched: gated and
     * ungated reading agree on random sentences of date words, numbers and other words (invented), and on each form.
     */
    @Test
    void theGateChangesNoReading() {
        String[] pieces = {"on", "from", "to", "and", "the", "of", "till", "between", "since", "Jan.", "January", "Sept.", "May", "June", "Dec", "Juche",
                "3", "17", "3rd", "16th", "2019", "(2020)", "-", "–", ",", ".", "Monday", "Wednesday", "yesterday", "day", "House", "(KCNA)",
                "important", "The", "held", "rally", "county", "meeting", "%", "Mayor", "Marching", "Decade", "then", "other"};
        java.util.Random random = new java.util.Random(15);
        LocalDate[] published = {THURSDAY, LocalDate.of(2024, 1, 3), null};
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            String text = b.toString();
            LocalDate p = published[round % 3];
            Integer year = p == null ? 2021 : null;
            assertEquals(DateExpressions.find(text, p, year, false), DateExpressions.find(text, p, year, true), "'" + text + "'");
        }
        for (String text : new String[] {"The seminar went on the next day and the day after.", "It was held on the 4th at the hall.",
                "A rally took place yesterday.", "The session closed on Sept. 9.", "No date at all is given here."}) {
            assertEquals(DateExpressions.find(text, THURSDAY, null, false), DateExpressions.find(text, THURSDAY, null, true), text);
        }
    }
}
