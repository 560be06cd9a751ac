package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What is a press review and what is not, in invented wording (headline | opening of the text | verdict).
 * The meeting rules and the activity rules both ask this one test.
 */
class PressReviewTest {
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', value = {
            // By the headline alone, whatever the body.
            "Press Review | Pyongyang, June 2 (KCNA) -- Officials vowed to raise the yield. | true",
            "Review of Kangan Sinmun | Pyongyang, June 2 (KCNA) -- An article deals with the harvest. | true",
            "Review of Today's Newspapers | Hamhung, June 2 (KCNA) -- Farmers raised the yield. | true",
            "News Digest | Officials vowed to raise the yield. | true",
            "Today's Headlines | Officials vowed to raise the yield. | true",
            // By the opening after the dateline, whatever the headline.
            "Leading Papers on Thursday | Pyongyang, June 2 (KCNA) -- Following are major news items and articles in leading newspapers of the DPRK on Thursday: | true",
            "Papers of the Day | Wonsan, June 2 (KCNA) -- The following are the main stories carried by Sonbong Sinmun, a provincial daily, on Friday: | true",
            "Papers of the Day | Pyongyang, June 2 (KCNA) -- Following is a digest of the major articles in the central dailies today: | true",
            "Papers of the Day | Pyongyang, June 2 (KCNA) -- Following are the latest news items of the day: | true",
            // Not a review: a headline that only begins so, items that are no newspaper's, the words further in.
            "Review of Year's Economic Work Held | Pyongyang, June 2 (KCNA) -- A meeting reviewed the year's economic work. | false",
            "Headlines of Peace Meet Held Abroad | Pyongyang, June 2 (KCNA) -- A peace meeting took place in Lima. | false",
            "Law on Forests Adopted | Pyongyang, June 2 (KCNA) -- Following are the main articles of the newly adopted Law on Forests: | false",
            "Spokesman Speaks | Pyongyang, June 2 (KCNA) -- A spokesman said that following are the main items of the plan: | false",
            "Leader Inspects Mill | Pyongyang, June 2 (KCNA) -- Kim Jong Un inspected the Ryongsong Paper Mill. | false",
    })
    void theGenreIsToldByItsHeadlineOrItsOpening(String headline, String opening, boolean review) {
        assertEquals(review, PressReview.is(headline + "\n\n" + opening + "\n- An item follows.\n", headline));
    }
}
