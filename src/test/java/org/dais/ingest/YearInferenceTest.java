package org.dais.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A dateline without a year is placed by what the article itself says (invented articles, in
 * other words than any real one): a round anniversary, the term of a numbered body, a coming
 * congress, a weekday checked against them; a date the body recalls or a weekday alone gives no year.
 */
class YearInferenceTest {
    private static LocalDate published(String text) {
        return new HeaderMetadataExtractor().extract(new SourceDocument("invented.txt", null, text)).published();
    }

    @Test
    void aRoundAnniversaryGivesTheYear() {
        assertEquals(LocalDate.of(2022, 4, 14), published(
                "Hamhung, April 14 (KCNA) -- A report meeting took place on Thursday to celebrate the 110th birth anniversary of President Kim Il Sung."));
        assertEquals(LocalDate.of(2015, 10, 8), published(
                "Sinuiju, October 8 (KCNA) -- Working people gathered at a hall to mark the 70th founding anniversary of the Workers' Party of Korea."));
    }

    @Test
    void aCentralCommitteeTermAndAWeekdayGiveTheYear() {
        // The 7th Central Committee sat 2016-2021; of those years only 2019 puts March 3 on a Sunday.
        assertEquals(LocalDate.of(2019, 3, 3), published(
                "Pyongyang, March 3 (KCNA) -- The 9th Enlarged Plenary Meeting of the 7th Central Committee of the WPK was held on Sunday."));
    }

    @Test
    void delegatesToACongressAreElectedTheYearBeforeOrTheYearOf() {
        assertEquals(LocalDate.of(2020, 11, 18), published(
                "Nampho, November 18 (KCNA) -- A city conference opened on Wednesday to elect delegates to the Eighth Congress of the WPK."));
    }

    @Test
    void theLatestNumberedBodyBoundsTheYearWhateverTheApostrophe() {
        // The outgoing 7th Central Committee's report is heard at the 8th Congress: the congress decides.
        assertEquals(LocalDate.of(2021, 1, 7), published("Pyongyang, January 7 (KCNA) \u2014 The congress of the Workers\u2019 Party"
                + " of Korea went on with its third-day sitting on Wednesday. The sitting of the 8th Congress of the Workers\u2019 Party of Korea"
                + " discussed the report on the work of the 7th Party Central Committee."));
    }

    @Test
    void aDateTheBodyRecallsIsNotTheArticlesOwn() {
        LocalDate d = published("Kaesong, June 5 (KCNA) -- A seminar took place on Sunday.\n"
                + "Speakers recalled the visit of the leader to the region on June 1, Juche 67 (1978).");
        assertEquals(null, d == null || d.getYear() != 1978 ? null : d, "1978 is the recalled visit's year");
    }

    @Test
    void aWeekdayAloneGivesNoYear() {
        assertNull(published("Wonsan, August 2 (KCNA) -- A consultative meeting of fishery workers was held on Friday."));
    }

    @Test
    void aPageCalendarWhoseJucheYearAgreesIsTheDate() {
        assertEquals(LocalDate.of(2019, 5, 3), published("calendar>>May 3. 2019 Juche 108\nForestry Meeting Held\n"
                + "Pyongyang, May 3 (KCNA) -- A meeting of forestry workers was held."));
    }
}
