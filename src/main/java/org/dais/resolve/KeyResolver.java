package org.dais.resolve;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.dais.extract.Extraction;
import org.dais.extract.MeetingMention;
import org.dais.extract.MeetingName;
import org.dais.nlp.NameMention;

/**
 * Resolves by normalized keys: a person is their folded romanized name, a meeting its name key
 * (so "Second" and "2nd", "Party" and "WPK" coincide). Because IRIs are minted from the same
 * keys, entities of different documents meet in the union graph. A meeting's start comes from
 * its own date, else from a dated later day ("second-day sitting ... on March 4" → March 3).
 */
public final class KeyResolver implements EntityResolver {
    @Override
    public ResolvedDocument resolve(Extraction extraction) {
        Map<String, String> persons = new LinkedHashMap<>();
        for (NameMention n : extraction.persons()) persons.put(n.name(), PersonNames.canonical(n.name()));

        // A meeting named only in a headline, that no act of the body refers to, is the headline's
        // own wording of the reported meeting ("first workshop for local Party chiefs"), not another one.
        java.util.Set<String> inBody = new java.util.HashSet<>();
        for (MeetingMention m : extraction.meetings()) if (!m.headline()) inBody.add(m.name().key());
        extraction.speeches().forEach(s -> inBody.add(s.meeting().key()));
        extraction.participations().forEach(p -> inBody.add(p.meeting().key()));
        Map<String, MeetingName> names = new LinkedHashMap<>();
        Map<String, LocalDate> starts = new HashMap<>(), ends = new HashMap<>();
        Map<String, String> wordings = new HashMap<>();
        Map<String, Map<Integer, LocalDate>> days = new HashMap<>();
        for (MeetingMention m : extraction.meetings()) {
            String key = m.name().key();
            if (!inBody.contains(key)) continue;
            names.merge(key, m.name(), (a, b) -> b.canonical().length() > a.canonical().length() ? b : a);
            if (m.start() != null) {
                starts.merge(key, m.start(), (a, b) -> a.isBefore(b) ? a : b);
                wordings.putIfAbsent(key, m.dateWording());
            }
            if (m.end() != null) ends.merge(key, m.end(), (a, b) -> a.isAfter(b) ? a : b);
            if (m.day() != null && m.dayDate() != null) {
                days.computeIfAbsent(key, k -> new TreeMap<>()).put(m.day(), m.dayDate());
            }
        }
        Map<String, ResolvedMeeting> meetings = new LinkedHashMap<>();
        for (var e : names.entrySet()) {
            String key = e.getKey();
            LocalDate start = starts.get(key);
            String wording = wordings.get(key);
            Map<Integer, LocalDate> dated = days.getOrDefault(key, Map.of());
            if (start == null && !dated.isEmpty()) {
                var first = dated.entrySet().iterator().next();
                start = first.getValue().minusDays(first.getKey() - 1L);
            }
            meetings.put(key, new ResolvedMeeting(e.getValue(), start, ends.get(key), wording, dated));
        }
        return new ResolvedDocument(extraction, persons, meetings);
    }
}
