package org.dais.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.dais.extract.AppearanceClaim;
import org.dais.extract.EventClaim;
import org.dais.extract.Evidence;
import org.dais.extract.Extraction;
import org.dais.extract.MeetingMention;
import org.dais.extract.MeetingNames;
import org.dais.extract.OfficeClaim;
import org.dais.extract.ParticipationClaim;
import org.dais.extract.SpeechClaim;
import org.dais.nlp.NameMention;
import org.dais.nlp.Sentence;

/**
 * The analyst's review queue for one article: the sentences that name a person or a meeting
 * from which no fact was read, each put in the class of error it most likely shows (the seven
 * classes of issue 11), and the facts read with least support. Offsets are character offsets
 * into the document, as everywhere in the graph.
 */
public final class ReviewQueue {
    private ReviewQueue() {}

    /** Issue 11's classes of error, and a rest. */
    public enum Kind {
        SEVERAL_MEETINGS("1 several meetings"), MEETING_KIND("2 meeting kind"), SHARED_TITLE("3 shared title"),
        ADDRESSES("4 addresses"), PARTICIPATION("5 participation"), DATES("6 dates"), NAMES("7 names"), OTHER("other");

        public final String label;

        Kind(String label) { this.label = label; }
    }

    /** A sentence naming a person or meeting with no fact read from it. */
    public record Unread(int start, int end, Kind kind, String quote, List<String> names) {}

    /** A fact read, with its support (higher is better) and what it lacks. */
    public record Weak(int start, int end, Kind kind, String fact, int support, String lacking) {}

    /** One article's queue. */
    public record Review(String source, String published, List<Unread> unread, List<Weak> weak) {}

    private static final Pattern KIND_WORD = Pattern.compile(
            "(?i)\\b(?:meetings?|conferences?|congress|plenum|plenary|sessions?|seminars?|lectures?|ceremony|ceremonies|rally|rallies|"
            + "courses?|workshops?|festival|sitting|symposium|forum)\\b");
    private static final Pattern HELD = Pattern.compile(
            "(?i)\\b(?:was|were)\\s+(?:held|opened|convened|given|organized)|\\btook\\s+place|\\bopened\\b|\\bbegan\\b|\\bwent\\s+on\\b|\\bcontinued\\b");
    private static final Pattern PLURAL_MEETINGS = Pattern.compile(
            "(?i)\\b(?:meetings|conferences|rallies|seminars|lectures|sessions)\\b|\\brespectively\\b");
    private static final Pattern ADDRESS_WORD = Pattern.compile(
            "(?i)\\b(?:speech(?:es)?|reports?|lectures?|papers?|address(?:es)?|conclusion|the\\s+floor|eulogy|spoke|said)\\b");
    private static final Pattern PARTICIPATION_WORD = Pattern.compile(
            "(?i)\\b(?:present|attended|attending|attendance|platform|presidium|presided|guided|convened|seated|accompanied|participants?)\\b");
    private static final Pattern PLURAL_TITLE = Pattern.compile(
            "(?i)\\b(?:secretaries|vice-chairm[ae]n|vice-chairpersons|chairm[ae]n|chairpersons|members|deputies|ministers|"
            + "directors|vice-premiers|premiers|presidents|commanders|generals)\\b");
    /** "Russian President Vladimir ...": a title before capitalised words the name finder did not take. */
    private static final Pattern TITLED_NAME = Pattern.compile(
            "\\b(?:President|Premier|Prime\\s+Minister|Minister|Ambassador|Chairman|Secretary|General|Comrade|Vice-Premier|Marshal|Governor|Speaker)"
            + "\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)+");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:" + org.dais.ingest.Months.PATTERN + ")\\s+\\d{1,2}\\b|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    /** Generic knowledge: the three leaders every article names. */
    private static final java.util.Set<String> LEADERS = java.util.Set.of("Kim Il Sung", "Kim Jong Il", "Kim Jong Un");
    private static final Pattern ADDRESS_ACT = Pattern.compile(
            "(?i)\\b(?:made|delivered|gave|read)\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+)?(?:\\w+\\s+){0,2}(?:speech|report|lecture|address|conclusion|paper)|\\bthe\\s+floor\\b");

    public static Review review(Extraction e, List<Sentence> sentences) {
        Map<Integer, List<NameMention>> names = new HashMap<>();
        for (NameMention n : e.persons()) names.computeIfAbsent(n.sentenceIndex(), k -> new ArrayList<>()).add(n);
        List<Unread> unread = new ArrayList<>();
        for (Sentence s : sentences) {
            List<NameMention> here = names.getOrDefault(s.index(), List.of());
            String text = s.text();
            // A meeting is named by its name, or by its kind where the sentence reports it held.
            boolean namesMeeting = KIND_WORD.matcher(text).find() && (HELD.matcher(text).find() || !MeetingNames.find(text).isEmpty());
            boolean titledName = TITLED_NAME.matcher(text).find();
            if (here.isEmpty() && !namesMeeting && !titledName) continue;
            boolean personFact = within(s, e.offices().stream().map(OfficeClaim::evidence).toList())
                    || within(s, e.speeches().stream().map(SpeechClaim::evidence).toList())
                    || within(s, e.participations().stream().map(ParticipationClaim::evidence).toList())
                    || within(s, e.ranks().stream().map(r -> r.evidence()).toList())
                    || within(s, e.appearances().stream().map(AppearanceClaim::evidence).toList());
            // An occasion read as an event (a ceremony, a visit) is as read as a meeting.
            boolean meetingFact = within(s, e.meetings().stream().map(MeetingMention::evidence).toList())
                    || within(s, e.events().stream().map(EventClaim::evidence).toList());
            // A sentence with persons needs a fact about them; one naming only a meeting, the meeting;
            // a titled name the name finder missed is unread whatever else was read.
            // The leaders are named in nearly every sentence of praise; only an act cue makes their sentence owe a fact.
            boolean leadersOnly = !here.isEmpty() && here.stream().allMatch(n -> LEADERS.contains(n.name()))
                    && !PARTICIPATION_WORD.matcher(text).find() && !ADDRESS_ACT.matcher(text).find();
            if (leadersOnly && !namesMeeting) continue;
            boolean read = here.isEmpty() || leadersOnly ? meetingFact && !titledName : personFact;
            if (read) continue;
            unread.add(new Unread(s.start(), s.end(), classify(text, here, meetingFact, titledName), s.quote(),
                    here.stream().map(NameMention::name).distinct().toList()));
        }
        List<Weak> weak = new ArrayList<>();
        for (MeetingMention m : e.meetings()) {
            if (m.reported() && !m.headline() && m.start() == null && m.dayDate() == null) {
                boolean dated = MONTH_DAY.matcher(m.evidence().quote()).find();
                weak.add(new Weak(m.evidence().start(), m.evidence().end(), Kind.DATES, "meeting " + m.name().canonical(),
                        dated ? 0 : 1, dated ? "reported with a day in its sentence but no date read" : "reported without a date"));
            }
        }
        for (SpeechClaim sp : e.speeches()) {
            int support = 0;
            List<String> lacking = new ArrayList<>();
            if (sp.evidence().quote().contains(shortName(sp.meeting().canonical()))) support++; else lacking.add("meeting not named in its sentence");
            if (e.offices().stream().anyMatch(o -> o.person().equals(sp.speaker()))) support++; else lacking.add("no office read for the speaker");
            weak.add(new Weak(sp.evidence().start(), sp.evidence().end(), Kind.ADDRESSES,
                    "speech " + sp.speaker() + " | " + sp.kind() + " | " + sp.meeting().canonical(), support, String.join("; ", lacking)));
        }
        for (ParticipationClaim p : e.participations()) {
            int support = 0;
            List<String> lacking = new ArrayList<>();
            if (p.evidence().quote().contains(shortName(p.meeting().canonical()))) support++; else lacking.add("meeting not named in its sentence");
            if (e.offices().stream().anyMatch(o -> o.person().equals(p.person()))) support++; else lacking.add("no office read for the person");
            weak.add(new Weak(p.evidence().start(), p.evidence().end(), Kind.PARTICIPATION,
                    p.role() + " " + p.person() + " | " + p.meeting().canonical(), support, String.join("; ", lacking)));
        }
        weak.sort(Comparator.comparingInt(Weak::support).thenComparingInt(Weak::start));
        String published = e.metadata().published() == null ? null : e.metadata().published().toString();
        return new Review(e.document().sourceName(), published, unread, weak);
    }

    /** The words a sentence uses for a meeting: its kind and what follows ("Conference of ..."), short of the ordinal. */
    private static String shortName(String canonical) {
        String[] words = canonical.split("\\s+");
        return words.length > 2 ? words[words.length - 2] + " " + words[words.length - 1] : canonical;
    }

    private static boolean within(Sentence s, List<Evidence> evidence) {
        for (Evidence ev : evidence) if (ev.start() >= s.start() && ev.start() < s.end()) return true;
        return false;
    }

    static Kind classify(String text, List<NameMention> names, boolean meetingFact, boolean titledName) {
        boolean held = HELD.matcher(text).find();
        boolean kindWord = KIND_WORD.matcher(text).find();
        if (held && kindWord && (PLURAL_MEETINGS.matcher(text).find() || MeetingNames.find(text).size() > 1)) return Kind.SEVERAL_MEETINGS;
        if (held && kindWord && !meetingFact) return Kind.MEETING_KIND;
        if (titledName && names.isEmpty()) return Kind.NAMES;
        if (!names.isEmpty() && ADDRESS_WORD.matcher(text).find()) return Kind.ADDRESSES;
        if (!names.isEmpty() && PARTICIPATION_WORD.matcher(text).find()) return Kind.PARTICIPATION;
        if (names.size() > 1 && PLURAL_TITLE.matcher(text).find()) return Kind.SHARED_TITLE;
        if (kindWord && MONTH_DAY.matcher(text).find()) return Kind.DATES;
        return Kind.OTHER;
    }
}
