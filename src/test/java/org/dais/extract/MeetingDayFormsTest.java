package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Meeting days printed in the forms of other sources, years and kinds of meeting (invented sentences). */
class MeetingDayFormsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Two days joined by "and" are the first and last day.
            "Sessions of the county assemblies were held on September 28 and 29.     | 2031-09-30 | 2031-09-28..2031-09-29",
            "The workshop took place on Sept. 3 and 4.                               | 2031-09-30 | 2031-09-03..2031-09-04",
            // Not two days: a second number below the first day counts what follows.
            "The congress opened on September 28 and 2 Koreans abroad attended.      | 2031-09-30 | 2031-09-28..null",
            "The seminar took place on June 9 and 10.                                | year 2029  | 2029-06-09..2029-06-10",
            // Older wire copy: a range without "from", "between" two days.
            "The congress of the union took place September 3 to 5.                  | 2031-09-30 | 2031-09-03..2031-09-05",
            "The seminar was held between Sept. 3 and 5.                             | 2031-09-30 | 2031-09-03..2031-09-05",
            // Not a range: a count after the day, or a share.
            "The rally took place September 3 to 3,000 cheers.                       | 2031-09-30 | 2031-09-03..null",
            "Output rose on September 3 to 5 percent.                                | 2031-09-30 | 2031-09-03..null",
            // A weekly's day before the month: "on 12 September", "from 3 to 5 September 2030", "on the 3rd of September".
            "The national meeting was held on 12 September.                          | 2031-09-30 | 2031-09-12..null",
            "The workshop ran from 3 to 5 September 2030 in the capital.             | 2031-09-30 | 2030-09-03..2030-09-05",
            "The conference opened on the 3rd of September.                          | 2031-09-30 | 2031-09-03..null",
            // Not a date: a number of marchers.
            "A group of 12 Marchers met the officials.                               | 2031-09-30 | none",
            // The year printed after the last day of a range is the range's (a report of a year past).
            "The congress of the union was held from October 2 to 4, 2029.           | 2031-09-30 | 2029-10-02..2029-10-04",
            "The workshop ran from Dec. 30 to Jan. 2, 2030.                          | 2031-09-30 | 2029-12-30..2030-01-02",
            "The assembly sat on September 8 and 9, 2030.                            | 2031-09-30 | 2030-09-08..2030-09-09",
            // Two days across a month's end; not two days a month apart.
            "The provincial conference took place on Sept. 30 and Oct. 1.           | 2031-10-03 | 2031-09-30..2031-10-01",
            "The session opened on Sept. 3 and Oct. 1 was named the day of action.  | 2031-10-03 | 2031-09-03..null",
            // A range across two months with a dash (weeklies), and one it does not name.
            "The festival of the union took place Sept. 27-Oct. 1.                  | 2031-10-03 | 2031-09-27..2031-10-01",
            "The festival of the union took place Sept. 27-Oct. 1, 2029.            | 2031-10-03 | 2029-09-27..2029-10-01",
            "Rallies marked the September 1-October 1 month of tree care.           | 2031-10-03 | none",
            // A Juche year alone (older copy): Juche 1 is 1912.
            "The plenary meeting was held on February 11, Juche 87.                 | 1998-02-20 | 1998-02-11..null",
            "The plenary meeting was held on February 11, Juche 87.                 | year 2031  | 1998-02-11..null",
            // A date in figures, year first (Rodong Sinmun's style, scraped metadata); not a figure of output.
            "The enlarged plenary meeting was held on 2031.1.30.                    | 2031-02-02 | 2031-01-30..null",
            "The enlarged plenary meeting was held on 2031-01-30.                   | 2031-02-02 | 2031-01-30..null",
            "Output grew 2031.5 percent over the plan.                              | 2031-02-02 | none",
            // Scraped copy without a blank after the month's dot.
            "The session of the county assembly took place on Sept.28.              | 2031-09-30 | 2031-09-28..null",
            // Two days of the month alone, in ordinals.
            "The county conference was held on the 27th and 28th.                   | 2031-09-30 | 2031-09-27..2031-09-28",
            "The committee met on the 27th and the 28th anniversary was marked.     | 2031-09-30 | 2031-09-27..null",
    })
    void readsTheDay(String sentence, String published, String expected) {
        assertEquals(expected, DateFormsReading.read(sentence, published));
    }
}
