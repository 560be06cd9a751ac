package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The forms of meeting a report names, each with invented sentences in words of our own: named
 * meetings without ordinals, several coordinated in one sentence, kinds read from their purpose,
 * and what is not a name.
 */
class MeetingNamesFormsTest {
    private static List<String> reported(String sentence) {
        return MeetingNames.findAllReported(sentence).stream().map(f -> f.name().canonical()).toList();
    }

    private static List<String> numbered(String sentence) {
        return MeetingNames.find(sentence).stream().map(f -> f.name().canonical()).toList();
    }

    @Test
    void aPlenaryMeetingIsOneWhereverItsEnlargementIsPrinted() {
        // The December report prints "Enlarged" before the number, a January article recalling it after: one meeting.
        MeetingName december = MeetingNames.find("The Enlarged 14th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea closed on Monday.")
                .get(0).name();
        MeetingName recalled = MeetingNames.parse("the 14th Enlarged Plenary Meeting of the Ninth Central Committee of the WPK");
        MeetingName plain = MeetingNames.parse("the 14th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea");
        assertEquals(plain.key(), recalled.key());
        assertEquals(december.key(), recalled.key());
        assertEquals(plain.seriesKey(), recalled.seriesKey());
        // Another number is another meeting; an enlarged meeting of a bureau is not made a plain one.
        assertFalse(MeetingNames.parse("the 15th Enlarged Plenary Meeting of the 9th Central Committee of the WPK").key().equals(recalled.key()));
        assertFalse(MeetingNames.parse("the 3rd Enlarged Meeting of the Political Bureau of the 9th Central Committee of the WPK").key()
                .equals(MeetingNames.parse("the 3rd Meeting of the Political Bureau of the 9th Central Committee of the WPK").key()));
    }

    @Test
    void aNamedConferenceWithoutOrdinal() {
        assertEquals(List.of("Tongbong County Conference of the Workers' Party of Korea"),
                reported("The Tongbong County Conference of the Workers\u2019 Party of Korea (WPK) took place at the county hall on Sunday."));
    }

    @Test
    void lateBeforeTheNameOfTheDeadIsNoPartOfTheMeetingsName() {
        assertEquals(List.of("Memorial Service for Hwang Tae Ryong"),
                reported("The Memorial Service for Late Hwang Tae Ryong, chairman of the Central Committee of the Union of Agricultural Workers, took place on Friday."));
        assertEquals(List.of("Memorial Service for Vice-Marshal Ko Il Bom"),
                reported("A memorial service for the late Vice-Marshal Ko Il Bom took place at the hall on Friday."));
    }

    @Test
    void coordinatedConferencesAreOneMeetingEach() {
        assertEquals(List.of("Sokhu Provincial Conference of the Workers' Party of Korea", "Mayang Provincial Conference of the Workers' Party of Korea",
                        "Changsu City Conference of the Workers' Party of Korea"),
                reported("The Sokhu Provincial, Mayang Provincial and Changsu City Conferences of the WPK took place on Saturday."));
    }

    @Test
    void meetingsOfSeveralGroupsAreOneMeetingEach() {
        assertEquals(List.of("Meeting of Trade Union Members", "Meeting of Women's Union Members"),
                reported("Meetings of the trade union members and of the women's union members were held at the mill on Thursday."));
    }

    @Test
    void kindsReadFromWhatTheMeetingIsFor() {
        assertEquals(List.of("Lecture for Commemorating 80th Founding Anniversary of Children's Union"),
                reported("A lecture for commemorating the 80th founding anniversary of the Children's Union was held at the hall."));
        assertEquals(List.of("Meeting of Sokhu Provincial Fishery Workers"),
                reported("A meeting of Sokhu Provincial Fishery Workers took place in the port city."));
        assertEquals(List.of("Enlarged Meeting of Military Commission of Mayang Provincial Committee of WPK"),
                reported("An enlarged meeting of the Military Commission of the Mayang Provincial Committee of the WPK was held on Monday."));
        assertEquals(List.of("Joint Meeting of Ministry of Forestry and Ministry of Land Management"),
                reported("A joint meeting of the Ministry of Forestry and the Ministry of Land Management was held."));
        assertEquals(List.of("Consultative Meeting of Officials in Field of Irrigation"),
                reported("A consultative meeting of officials in the field of irrigation took place on Wednesday."));
        // A seminar "to study X and to build Y" is on X; the second purpose is not part of its name.
        assertEquals(List.of("National Seminar on Revolutionary Ideas of Kim Il Sung on Education"),
                reported("A national seminar took place at the hall on Friday to deeply study the revolutionary ideas of Kim Il Sung on education and build the schools into centres of learning."));
        assertEquals(List.of("Meeting to Carry Through Resolutions of 5th Plenary Meeting of 8th Central Committee of WPK"),
                reported("A meeting took place to carry through the resolutions of the 5th Plenary Meeting of the 8th Central Committee of the WPK."));
    }

    @Test
    void aPurposeNamesTheMeetingNotTheDayOrTheGiver() {
        assertEquals(List.of("Meeting to Convey Gifts"),
                reported("A meeting was held at the club on Tuesday to convey the gifts sent by the leader to the young miners."));
        assertEquals(List.of("Symposium to Mark 30th Anniversary of Opening of Canal"),
                reported("A symposium took place at the hall on Monday to mark the 30th anniversary of the opening of the canal."));
        assertEquals(List.of(), reported("A meeting to hand them over took place on the spot."));
        // A part of the meeting the article reports is not a meeting of its own.
        assertEquals(List.of(), reported("There took place a seminar, as part of the course, to sum up the lessons of the harvest."));
        assertEquals(List.of("14th Emergency Enlarged Meeting of the Political Bureau of the 8th Central Committee of the Workers' Party of Korea"),
                numbered("The 14th emergency enlarged meeting of the Political Bureau of the Eighth Central Committee of the WPK was held."));
    }

    @Test
    void aMeetingTheLeaderConvenesOrABodyThatMet() {
        assertEquals(List.of("Consultative Meeting on Irrigation of Western Plains"),
                reported("After touring the dam, he convened a consultative meeting on the irrigation of the western plains on Oct. 3."));
        assertEquals(List.of("Meeting of the State Forestry Committee"),
                reported("The State Forestry Committee met on May 9 to discuss the spring planting."));
        assertEquals(List.of(), reported("Kim Jong Un met in the hall the heroes of the campaign."));
    }

    @Test
    void aDayOrAHeadlineVerbIsNoPartOfAName() {
        assertEquals(List.of(), reported("A meeting on Friday to hand over the gifts was held."));
        assertFalse(MeetingNames.isAName("Festival of Folk Songs Began"));
        assertFalse(MeetingNames.isAName("Meeting of Weavers With Splendor"));
        assertTrue(MeetingNames.isAName("Meeting of Weavers of the Mill"));
    }

    @Test
    void aBareOrdinalMeetingIsNoNameUnlessItSharesTheNextOnesBody() {
        assertEquals(List.of(), numbered("The decisions of the 3rd Meeting were discussed."));
        assertEquals(List.of("4th Plenary Meeting of the 8th Central Committee of the Workers' Party of Korea",
                        "12th Enlarged Meeting of the Political Bureau of the 8th Central Committee of the Workers' Party of Korea"),
                numbered("They studied the decisions of the Fourth Plenary Meeting and the 12th Enlarged Meeting of the Political Bureau of the Eighth Central Committee of the WPK."));
    }

    @Test
    void anEnlargedMeetingOfAPlenaryMeetingIsReportedFromItsStart() {
        List<MeetingNames.Found> found = MeetingNames.find("The Enlarged Meeting of the 6th Plenary Meeting of the Eighth Central Committee of the WPK was held.");
        assertEquals("6th Plenary Meeting of the 8th Central Committee of the Workers' Party of Korea", found.get(0).name().canonical());
        assertEquals(0, found.get(0).start());
        assertNull(MeetingNames.findReported("Meetings were good."));
    }

    @Test
    void thePlaceAMeetingIsHeldForIsPartOfItsName() {
        assertEquals(List.of("Sokhu City Mass Rally to Mark Day of Harvest"),
                reported("A Sokhu city mass rally took place at the riverside park on Tuesday to mark the Day of Harvest."));
        assertEquals(List.of("Mayang Provincial Meeting of Activists in Field of Forestry"),
                reported("A Mayang provincial meeting of activists in the field of forestry was held on Monday."));
        assertEquals(List.of("Changsu Rally to Denounce Aggression Drills"),
                reported("A Changsu rally to denounce the aggression drills was held on Friday."));
        // After "the", capitalized words before the kind are a body's, not a place it was held for.
        assertTrue(reported("The Sokhu Bureau meeting of the officials ended in the evening.").stream().noneMatch(n -> n.startsWith("Sokhu")));
    }

    @Test
    void aNameEndsBeforeWhatTheMeetingWasPartOfOrTitled() {
        assertEquals(List.of("Asian Regional Seminar on Idea of Self-reliance"),
                reported("An Asian regional seminar on the idea of self-reliance titled \"Our Own Way\" took place in the capital on May 2."));
        assertEquals(List.of("Consultative Meeting for Coastal Protection Project"),
                reported("The premier convened and guided a consultative meeting for the coastal protection project as part of the preparations for the new plan."));
    }

    @Test
    void aMeetingWithAGroupIsNamedByIt() {
        assertEquals(List.of("Meeting with Veterans of Reclamation Projects"),
                reported("A meeting with the veterans of reclamation projects took place in the county town on June 4, the day of the dike's completion."));
        // Meetings with groups held across the country are occasions of a day, no one meeting.
        assertEquals(List.of(), reported("Meetings with young miners, innovators and volunteers took place across the country."));
        // Who took part is no name.
        assertTrue(reported("A seminar with the participation of scholars took place at the academy on June 4.").stream().noneMatch(n -> n.contains("Participation")));
    }

    @Test
    void anArticleAfterAGerundIsInsideANumberedName() {
        assertEquals(List.of("12th Symposium of Coastal Towns on Building A Green Harbour"),
                numbered("The 12th symposium of coastal towns on building a green harbour was held abroad from May 3 to 5."));
        // Not after another word: "a" still ends it.
        assertEquals(List.of("3rd Meeting of Growers"), numbered("The 3rd meeting of growers a week ago was held."));
    }
}
