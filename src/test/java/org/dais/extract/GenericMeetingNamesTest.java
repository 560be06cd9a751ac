package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A generic purpose or group name is one article's meeting; a numbered or nation-wide one is shared (invented names). */
class GenericMeetingNamesTest {
    private static MeetingNames.Found found(String sentence) {
        List<MeetingNames.Found> all = MeetingNames.findAllReported(sentence);
        return all.get(0);
    }

    @Test
    void aPurposeNameIsKeyedByItsArticle() {
        MeetingNames.Found gifts = found("A meeting to convey the gifts took place at the county hall on Monday.");
        String inOne = MeetingRules.ofThisArticle(gifts, "county-a.txt").name().key();
        String inOther = MeetingRules.ofThisArticle(gifts, "county-b.txt").name().key();
        assertNotEquals(inOne, inOther);
        assertEquals(inOne, MeetingRules.ofThisArticle(gifts, "county-a.txt").name().key());
        assertEquals("Meeting to Convey Gifts", MeetingRules.ofThisArticle(gifts, "county-a.txt").name().canonical());
    }

    @Test
    void aNumberedOrNationalMeetingIsShared() {
        MeetingNames.Found plenary = MeetingNames.find("The 3rd Plenary Meeting of the 6th Central Committee of the WPK was held.").get(0);
        assertEquals(plenary.name().key(), MeetingRules.ofThisArticle(plenary, "county-a.txt").name().key());
        MeetingNames.Found national = found("A national meeting took place on Monday to celebrate the founding anniversary of the union.");
        assertEquals(national.name().key(), MeetingRules.ofThisArticle(national, "county-a.txt").name().key());
    }
}
