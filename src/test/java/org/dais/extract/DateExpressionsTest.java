package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Meeting days in running text against a publication date (invented sentences; 2023-03-16 is a Thursday). */
class DateExpressionsTest {
    private static final LocalDate THURSDAY = LocalDate.of(2023, 3, 16);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Two weekdays are the first and last day.
            "The county conference took place at the hall on Tuesday and Wednesday. | 2023-03-16 | 2023-03-14..2023-03-15",
            "The course ran from Monday to Wednesday.                               | 2023-03-16 | 2023-03-13..2023-03-15",
            // A range of days, and one weekday.
            "The plenary meeting was held from March 9 to 11.                       | 2023-03-16 | 2023-03-09..2023-03-11",
            "The rally was held on Thursday.                                        | 2023-03-16 | 2023-03-16..null",
            // Reported in January, a December meeting is of the year before.
            "A session took place on December 28.                                   | 2023-01-02 | 2022-12-28..null",
            // With only a year, a month and day are read in it; a weekday counts back from a day nobody gave.
            "The county rally was held on July 3.                                   | year 2019  | 2019-07-03..null",
            "A course ran from December 30 to January 2.                            | year 2019  | 2019-12-30..2020-01-02",
            "The rally was held on Thursday.                                        | year 2019  | none",
            "The rally was held on July 3.                                          | none       | none",
            // A Juche year with its common era year.
            "the lecture he gave there on May 4, Juche 108 (2019).                  | 2023-03-16 | 2019-05-04..null",
            "on May 4, Juche 108(2019)                                              | 2023-03-16 | 2019-05-04..null",
            "on May 4, Juche 108(2019)                                              | year 2023  | 2019-05-04..null",
            // "the May 1-June 1 month of X" and "the important March 3 letter" name a month and a letter, not a day the meeting was on.
            "Rallies took place on the occasion of the May 1-June 1 month of forest care. | 2023-03-16 | none",
            "The speakers praised the important March 3 letter.                     | 2023-03-16 | none",
            "In the spirit of the March 3 letter, a meeting was held on March 14.   | 2023-03-16 | 2023-03-14..null",
            // Not a date that names: ", March 9".
            "The rally took place in the county, March 9.                           | 2023-03-16 | 2023-03-09..null",
            // A day of the month alone is in the month of publication, or the one before when past its day.
            "A consultative meeting of the miners was held on the 14th.             | 2023-03-16 | 2023-03-14..null",
            "The county rally took place on the 27th in the park.                   | 2023-03-16 | 2023-02-27..null",
            "The seminar went on from the 13th to the 15th at the library.          | 2023-03-16 | 2023-03-13..2023-03-15",
            // An ordinal that counts a thing is no day.
            "The speaker dwelt on the 5th anniversary of the plant.                 | 2023-03-16 | none",
            "Deputies decided on the 3rd agenda item.                               | 2023-03-16 | none",
            "The session of the county assembly was held yesterday.                 | 2023-03-16 | 2023-03-15..null",
            // Without a day of publication, a day of the month or yesterday counts from nothing.
            "The county rally was held on the 14th.                                 | year 2019  | none",
            "The county rally was held yesterday.                                   | year 2019  | none",
            // Two days before the month.
            "A national conference of surveyors was held in the capital on 9-10 March. | 2023-03-16 | 2023-03-09..2023-03-10",
            "The symposium took place on 13 and 14 March 2023.                      | 2023-03-16 | 2023-03-13..2023-03-14",
    })
    void readsTheDay(String sentence, String published, String expected) {
        assertEquals(expected, DateFormsReading.read(sentence, published));
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
                "A rally took place yesterday.", "The session closed on Sept. 9.", "No date at all is given here.",
                "The plenary meeting was held on 2023.3.14.", "The rally was held on the 13th and 14th."}) {
            assertEquals(DateExpressions.find(text, THURSDAY, null, false), DateExpressions.find(text, THURSDAY, null, true), text);
        }
    }
}
