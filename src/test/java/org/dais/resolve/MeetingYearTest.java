package org.dais.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;

import org.dais.extract.MeetingName;
import org.dais.extract.MeetingNames;
import org.junit.jupiter.api.Test;

/** Meetings without a number held every year under one name: each year's is a meeting of its own, of one series. */
class MeetingYearTest {
    private static MeetingName unnumbered(String name) {
        String key = MeetingNames.key(name);
        return new MeetingName(name, key, name, key, null, "meeting", false, null, null);
    }

    @Test
    void aDatedMeetingWithoutNumberIsKeyedByItsYear() {
        MeetingName name = unnumbered("National Meeting of Model Orchard Workers");
        MeetingName first = KeyResolver.ofItsYear(name, LocalDate.of(2029, 6, 4));
        MeetingName second = KeyResolver.ofItsYear(name, LocalDate.of(2031, 6, 9));
        assertNotEquals(first.key(), second.key());
        assertEquals(first.seriesKey(), second.seriesKey(), "one series");
        assertEquals(first.key(), KeyResolver.ofItsYear(name, LocalDate.of(2029, 6, 5)).key(), "two reports of one year's meeting");
        assertEquals(name.canonical(), first.canonical());
    }

    @Test
    void anUndatedOrNumberedMeetingKeepsItsKey() {
        MeetingName name = unnumbered("Meeting of Activists of the Mining Sector");
        assertEquals(name, KeyResolver.ofItsYear(name, null));
        MeetingName numbered = MeetingNames.find("The 3rd Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea opened on Monday.")
                .get(0).name();
        assertEquals(numbered, KeyResolver.ofItsYear(numbered, LocalDate.of(2031, 1, 5)));
    }
}
