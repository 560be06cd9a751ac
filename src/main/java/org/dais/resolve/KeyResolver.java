package org.dais.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

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
    /** Units whose officials are many and little known: a shared name there is no evidence of one person. */
    private static final Pattern LOCAL_UNIT = Pattern.compile(
            "(?i)(?:County|City|District|Ri) Party Committee$|\\bprimary\\b|Factory$|Complex$|Mine$|Farm$|Company$|Station$|"
            + "Enterprise$|Works$|Shop\\b|School$|Museum$|University$|College$|Colliery$|Mill$|Plant$");

    /**
     * Same name, different people: two articles can name different local officials alike (a
     * district chief secretary one year, a mine's Party secretary the next). A person whose
     * every office in this article is at a local unit is identified by name and unit, so careers
     * are welded only on shared evidence; others (national offices, or no office) by name alone.
     */
    private static void identify(Extraction x, Map<String, String> persons, Map<String, String> identities, Map<String, String> notes) {
        Map<String, Set<String>> units = new HashMap<>();
        Map<String, Boolean> onlyLocal = new HashMap<>();
        for (var claim : x.offices()) {
            String person = persons.getOrDefault(claim.person(), PersonNames.canonical(claim.person()));
            String org = claim.office().organization();
            boolean local = LOCAL_UNIT.matcher(org).find();
            onlyLocal.merge(person, local, Boolean::logicalAnd);
            if (local) units.computeIfAbsent(person, k -> new TreeSet<>()).add(org);
        }
        for (String person : new TreeSet<>(persons.values())) {
            String key = PersonNames.key(person);
            if (Boolean.TRUE.equals(onlyLocal.get(person))) {
                String unit = units.get(person).iterator().next();
                identities.put(person, key + "--" + unit);
                notes.put(person, "Identified by name and local unit (" + unit + "): a shared name alone does not make "
                        + "officials of different local units one person.");
            } else {
                identities.put(person, key);
                notes.put(person, onlyLocal.containsKey(person)
                        ? "Identified by name: holds an office above the local level, merged with every mention of the name."
                        : "Identified by name: no office in this article, merged with every mention of the name.");
            }
        }
    }

    /**
     * "Ivan Sokolov" and "Ivan Petrovich Sokolov" in one article are one person, named in full:
     * a foreign name is its longest form in the article with the same first and last words.
     */
    static void fullForeignNames(Map<String, String> persons) {
        // Each canonical name split once, in the set's own order (the first of equally long forms wins, as it did when
        // every comparison split both names again: n^2 splits on an article listing hundreds of names).
        Set<String> canonical = new HashSet<>(persons.values());
        List<String> others = new ArrayList<>(canonical.size());
        List<String[]> otherWords = new ArrayList<>(canonical.size());
        for (String other : canonical) {
            others.add(other);
            otherWords.add(other.split(" "));
        }
        for (var e : persons.entrySet()) {
            String[] words = e.getValue().split(" ");
            if (words.length < 2 || org.dais.nlp.NameMentionFilter.koreanShaped(e.getValue())) continue;
            String longest = e.getValue();
            int longestWords = words.length;
            for (int k = 0; k < others.size(); k++) {
                String[] o = otherWords.get(k);
                if (o.length > longestWords && o[0].equals(words[0]) && o[o.length - 1].equals(words[words.length - 1])) {
                    longest = others.get(k);
                    longestWords = o.length;
                }
            }
            e.setValue(longest);
        }
        initialedNames(persons);
        surnamesAlone(persons);
    }

    /**
     * "President Putin" after "Vladimir Putin", "Premier Li" after "Li Wenqiang": a surname alone is the one full name in the
     * article that ends with it (or, written surname first in pinyin, begins with it). With none it stays as printed (the
     * wire named the person so); with two or more it stays too, as no one can tell which is meant.
     */
    private static void surnamesAlone(Map<String, String> persons) {
        Set<String> full = new LinkedHashSet<>();
        for (String name : persons.values()) if (name.indexOf(' ') > 0) full.add(name);
        for (var e : persons.entrySet()) {
            String surname = e.getValue();
            if (surname.indexOf(' ') >= 0) continue;
            Set<String> matches = new LinkedHashSet<>();
            for (String other : full) {
                if (other.endsWith(" " + surname) && !org.dais.nlp.NameMentionFilter.koreanShaped(other)
                        || other.startsWith(surname + " ") && org.dais.nlp.ChineseNameFinder.isChineseShaped(other)) matches.add(other);
            }
            if (matches.size() == 1) e.setValue(matches.iterator().next());
        }
    }

    /** An initial as printed: "V.", "A.B." (one or two letters, each with its stop). */
    private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}\\.){1,2}");

    /**
     * "V. Sokolov" and "Viktor Ivanovich Sokolov" in one article are one person: initials and a surname are the one full name
     * in the article whose given names start with those letters and whose last word is that surname; with two such names
     * (or none) the initialled form stays as printed.
     */
    private static void initialedNames(Map<String, String> persons) {
        Set<String> full = new LinkedHashSet<>();
        for (String name : persons.values()) if (!INITIAL.matcher(name.split(" ")[0]).matches()) full.add(name);
        for (var e : persons.entrySet()) {
            String[] words = e.getValue().split(" ");
            StringBuilder letters = new StringBuilder();
            int i = 0;
            for (; i < words.length - 1 && INITIAL.matcher(words[i]).matches(); i++) letters.append(words[i].replace(".", ""));
            if (i == 0 || i != words.length - 1) continue;
            String surname = words[words.length - 1];
            Set<String> matches = new LinkedHashSet<>();
            for (String other : full) {
                String[] o = other.split(" ");
                if (o.length < letters.length() + 1 || !o[o.length - 1].equals(surname)) continue;
                boolean same = true;
                for (int k = 0; k < letters.length() && same; k++) same = o[k].charAt(0) == letters.charAt(k);
                if (same) matches.add(other);
            }
            if (matches.size() == 1) e.setValue(matches.iterator().next());
        }
    }

    /**
     * A meeting without a number is named alike every time it is held ("National Meeting of Model Forestry Workers",
     * "Meeting of Activists of the X Sector"): two articles report one such meeting only within one year. A dated one is
     * keyed by its name and year, so those of other years stay apart; the series keeps the name alone, so they form one.
     * A numbered meeting's number tells it apart already.
     */
    static MeetingName ofItsYear(MeetingName name, LocalDate held) {
        if (name.ordinal() != null || held == null) return name;
        return new MeetingName(name.canonical(), name.key() + " " + held.getYear(), name.seriesName(), name.seriesKey(), null, name.kind(),
                name.enlarged(), name.convenedBy(), name.bodyTerm());
    }

    @Override
    public ResolvedDocument resolve(Extraction extraction) {
        Map<String, String> persons = new LinkedHashMap<>();
        for (NameMention n : extraction.persons()) persons.put(n.name(), PersonNames.canonical(n.name()));
        fullForeignNames(persons);

        // A meeting named only in a headline, that no act of the body refers to, is the headline's
        // own wording of the reported meeting ("first workshop for local Party chiefs"), not another one.
        Set<String> inBody = new HashSet<>();
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
            // Undated (recalled, "recently held"): the year of the article that reports it.
            LocalDate held = start != null ? start : extraction.metadata() == null ? null : extraction.metadata().published();
            meetings.put(key, new ResolvedMeeting(ofItsYear(e.getValue(), held), start, ends.get(key), wording, dated));
        }
        Map<String, String> identities = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        identify(extraction, persons, identities, notes);
        return new ResolvedDocument(extraction, persons, identities, notes, meetings);
    }
}
