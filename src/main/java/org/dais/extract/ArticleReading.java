package org.dais.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dais.ingest.DocumentMetadata;
import org.dais.nlp.NameMention;
import org.dais.nlp.Sentence;

/**
 * The state of reading one document, shared by the rule families: the claims read so far and
 * what the article is about (the meeting it reports, the last subject, an open list of speakers).
 */
final class ArticleReading {
    private static final Pattern SENTENCE_END = Pattern.compile("(?:[.!?\"”:]|-0-)$");
    private static final Pattern DATELINE = Pattern.compile(
            // "Pyongyang, Juche 94 (2005), September 10 --": the era's year before the day, too.
            "^\\W*(?:[A-Z][a-z]+|[A-Z]{3,}),\\s+(?:Juche\\s*\\d{1,3}\\s*\\(\\s*(?:19|20)\\d\\d\\s*\\),?\\s+)?(?i:" + org.dais.ingest.Months.PATTERN + ")\\s+\\d{1,2}"
            // Older datelines print the year: "April 10, Juche 101 (2012) (KCNA) --", "May 4, 2019 (KCNA) --".
            + "(?:,?\\s*(?:Juche\\s*\\d{1,3}\\s*\\(\\s*(?:19|20)\\d\\d\\s*\\)|(?:19|20)\\d\\d))?"
            + "\\s*(?:\\([^)]{1,30}\\))?\\s*(?:--|—|–|-)\\s*");
    private static final Pattern LEADER_TITLE = Pattern.compile("general secretary|chairman|first secretary|president of the state affairs|supreme commander.*");
    private static final Pattern PREPOSITION_END = Pattern.compile("(?i)\\b(?:by|to|with|of|for|and|that)\\s*$");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[.;:]");
    private static final Pattern LEADER_SUBJECT = Pattern.compile(
            "(?i)^\\W*(?:on\\s+[^,]{1,30},\\s+)?(?:the\\s+)?(?:respected\\s+|dear\\s+|great\\s+)*(?:comrade\\s+)?(?:general\\s+secretary|chairman|"
            + "(?:supreme\\s+)?leader|first\\s+secretary|president|marshal)\\b(?!\\s+of\\s+the\\s+\\w+\\s+(?:committee|commission))");
    private static final Pattern TOPIC_BEFORE = Pattern.compile("(?i)\\b(?:delegates?|deputies|deputy|elected|electing|election)\\s+(?:[\\w\\s]{0,40}\\s)?(?:to|for|of)\\s+(?:the\\s+)?$");
    /** "He noted that the Chairman of the WPK made a conclusion ...": the leader as the subject of a reported clause. */
    private static final Pattern LEADER_IN_CLAUSE = Pattern.compile(
            "(?i)^[^.;:]{0,80}?\\b(?:said|says|noted|notes|stressed|recalled|pointed\\s+out|referred\\s+to\\s+the\\s+fact)\\s+that\\s+(?:the\\s+)?"
            + "(?:respected\\s+|dear\\s+|great\\s+)*(?:comrade\\s+)?(?:general\\s+secretary|chairman|supreme\\s+leader|leader)\\b"
            + "(?!\\s+of\\s+the\\s+\\w+\\s+(?:committee|commission))(?:\\s+of\\s+the\\s+(?:WPK|Workers'\\s+Party\\s+of\\s+Korea))?"
            + "\\s+(?:made|delivered|gave)\\b");
    /** LEADER_IN_CLAUSE's "said that ...": tried only on sentences holding the word (RuleGateTest). */
    static final Triggers LEADER_IN_CLAUSE_WORDS = Triggers.anyOf("that");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("^\\W*(?:He|She)\\b");
    /** "A delegation of X headed by Vice-Minister A ...": the words before the first name when the delegation, led by A, is the subject. */
    private static final Pattern DELEGATION_HEADED_BY = Pattern.compile(
            "(?i)^\\W*(?:an?|the)\\s+(?:[^,;:()]{0,120}?\\s)?(?:delegation|group|team)\\s+(?:[^,;:()]{0,160}?\\s)?(?:led|headed)\\s+by\\s+(?:[^,;:()]{0,100}?\\s)?$");
    private static final Pattern QUALIFYING = Pattern.compile(
            "(?i)\\b(?:by|of|to|for|with|from|after|before)\\s+(?:the\\s+)?(?:(?:president|leader|chairman|general\\s+secretary|"
            + "comrade|respected|great|dear|late|supreme|eternal)\\s+)*$");

    final DocumentMetadata metadata;
    final List<OfficeClaim> offices = new ArrayList<>();
    final List<RankClaim> ranks = new ArrayList<>();
    final List<MeetingMention> meetings = new ArrayList<>();
    final List<SpeechClaim> speeches = new ArrayList<>();
    final List<ParticipationClaim> participations = new ArrayList<>();
    final Set<String> organizations = new LinkedHashSet<>();
    final Map<String, Integer> dayOf = new HashMap<>();
    final Map<String, Integer> platformCount = new HashMap<>();
    /** The meeting the article reports, which acts without a meeting of their own belong to. */
    MeetingName context;
    String lastSubject;
    /** Under "Speeches were made there.", each following list of names made one. */
    boolean speechSection;
    /** The text of the sentence being read (its dateline blanked). */
    String text;
    /** Bodies the article has named, by each of their head words ("academy" → the named academy), latest last: what "the academy" refers to. */
    final Map<String, String> namedByHead = new HashMap<>();
    /** "to X": the country the DPRK ambassador the article reports on is accredited to, said before the envoy is named. */
    String dprkEnvoyTo;
    /** The person a funeral committee is named for. */
    String deceased;
    /** Several meetings reported in one sentence ("The A and B Conferences took place"), or null. */
    List<MeetingName> reportedTogether;
    private final MeetingRules meetingRules = new MeetingRules();
    /** A date cut by the sentence detector after its month ("on Aug."), awaiting the day that opens the next sentence. */
    record SplitDate(String month, int from) {}
    SplitDate splitDate;
    /** Without a publication date, the year the document's name declares ("...-2021.txt"), or null. */
    Integer yearOnly;
    /** The sentence read before this one (for "He then convened ...", which goes on from its day). */
    String previousText;
    /** The few sentences before {@link #previousText}, the latest first: where "on the same day" may find its day. */
    final java.util.ArrayDeque<String> earlierTexts = new java.util.ArrayDeque<>(3);
    /** What the article's meeting discussed, as the subject of a name ("the Construction of the X Farm"), or null. */
    String discussedTopic;
    /** A lecture the article referred to ("his lecture given at X"), which "the lecture given by A" later means. */
    MeetingName referredLecture;
    /** The one youth league the article names anywhere ("the X Youth League"), which its "the youth league" means; null if none or several. */
    String youthLeague;
    /** "Second-day Sitting of ..." in the headline: the day of the meeting the body reports first, until that one takes it. */
    Integer headlineDay;
    /** The kind of the meeting that headline names, or null when it names none the finder reads. */
    String headlineDayKind;
    /** The article (its text and date), to which a generic meeting name is keyed. */
    String articleKey;

    /** A press review ({@link PressReview}): each item sums up another article. */
    boolean digest;

    ArticleReading(DocumentMetadata metadata) { this.metadata = metadata; }

    private static final Pattern NAMED_YOUTH_LEAGUE = Pattern.compile("\\b(?:[A-Z][\\w'’-]*\\s+){1,4}Youth\\s+League(?:\\s+in\\s+[A-Z][a-z]+)?\\b");

    /**
     * The article's one named youth league: state media name it once ("the Socialist Patriotic Youth League"), often after
     * "the chairman of the Central Committee of the youth league", so the whole text is searched, not what was read so far.
     */
    static String youthLeagueNamedIn(String text) {
        if (!text.contains("Youth League")) return null;
        Set<String> named = new LinkedHashSet<>();
        Matcher m = NAMED_YOUTH_LEAGUE.matcher(text);
        while (m.find()) named.add(LEADING_THE_WORD.matcher(m.group()).replaceFirst("").replaceAll("\\s+", " "));
        return named.size() == 1 ? named.iterator().next() : null;
    }

    private static final Pattern LEADING_THE_WORD = Pattern.compile("^The\\s+");

    /** "Pyongyang, May 20 (KCNA) -- " opens the first sentence; blanked (same length) it no longer hides the subject. */
    static String blankDateline(String text) {
        // DATELINE opens with "^": lookingAt tries the text's start alone, where find tried (and failed) at every character.
        Matcher m = DATELINE.matcher(text);
        return m.lookingAt() ? " ".repeat(m.end()) + text.substring(m.end()) : text;
    }

    /**
     * Whether SENTENCE_END is found in the text: it can only match in the last five characters (three, and
     * a line terminator that {@code $} lets stand after it), so only they are searched, not the whole sentence.
     */
    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).region(Math.max(0, text.length() - 5), text.length()).useTransparentBounds(true).find();
    }

    /** A line without a sentence's end; a long one is a sentence a page cut off, not a headline. */
    static boolean isHeadline(String text) {
        String stripped = text.strip();
        return stripped.length() < 250 && !endsSentence(stripped);
    }

    /** Active voice: the subject is the leading chain of names, a title standing for the leader, or a pronoun. */
    List<String> subjects(Sentence s, String text, List<NameMention> names, List<int[]> chains, Triggers.Words words) {
        List<String> subjects = new ArrayList<>();
        if (!names.isEmpty() && !chains.isEmpty()) {
            NameMention first = names.get(0);
            String before = text.substring(0, first.start() - s.start());
            // "The reporter went on: Leader A made ...": the clause after a colon has its own subject.
            int colon = before.lastIndexOf(':');
            if (colon >= 0) before = before.substring(colon + 1);
            // The first name opens the sentence, give or take "The respected Comrade" or a title,
            // or follows an opening phrase ("Upon authorization of X, Supreme Leader A presided ...").
            int comma = before.lastIndexOf(',');
            boolean leadIn = before.length() < 60 || (before.length() < 200 && before.strip().endsWith(","))
                    || (before.length() < 200 && comma >= 0 && before.length() - comma < 40 && !before.substring(comma).contains(" and "));
            if (leadIn && !PREPOSITION_END.matcher(before).find()
                    && !CLAUSE_MARK.matcher(before).find()) {
                int[] chain = chains.get(0);
                for (int i = chain[0], end = chain[1] + 1; i < end; i++) subjects.add(names.get(i).name());
                return subjects;
            }
        }
        // "A delegation of X headed by A returned home after attending M": what the delegation did, its head did.
        if (!names.isEmpty() && (text.contains("led by") || text.contains("headed by"))
                && DELEGATION_HEADED_BY.matcher(text.substring(0, names.get(0).start() - s.start())).matches()) {
            subjects.add(names.get(0).name());
            return subjects;
        }
        if (LEADER_SUBJECT.matcher(text).lookingAt() || LEADER_IN_CLAUSE_WORDS.admits(words) && LEADER_IN_CLAUSE.matcher(text).lookingAt()) {
            String leader = leader();
            if (leader != null) subjects.add(leader);
        } else if (PRONOUN_SUBJECT.matcher(text).lookingAt() && lastSubject != null) {
            subjects.add(lastSubject);
        }
        return subjects;
    }

    /** The person the article calls by the top titles, the one "the respected General Secretary" means. */
    String leader() {
        Map<String, Integer> score = new LinkedHashMap<>();
        for (OfficeClaim o : offices) {
            String t = o.office().title();
            if (LEADER_TITLE.matcher(t).matches()) {
                score.merge(o.person(), 1, Integer::sum);
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    MeetingName meetingFor(List<MeetingNames.Found> found, int after) {
        for (MeetingNames.Found f : found) {
            if (f.start() < after - 1) continue;
            // "made a speech on electing A as delegate to the 7th Congress": the congress is the topic, not the venue.
            if (text != null && TOPIC_BEFORE.matcher(text).region(Math.max(0, f.start() - 60), f.start()).useTransparentBounds(true).find()) continue;
            return f.name();
        }
        return context;
    }

    /** One role per person and meeting, the strongest: who guided a meeting was present, and so was who sat on its platform. */
    List<ParticipationClaim> participationsByRole() {
        Map<String, Integer> strongest = new HashMap<>();
        for (ParticipationClaim p : participations) strongest.merge(p.person() + "\n" + p.meeting().key(), strength(p.role()), Math::max);
        List<ParticipationClaim> kept = new ArrayList<>();
        for (ParticipationClaim p : participations) {
            if (strength(p.role()) == strongest.get(p.person() + "\n" + p.meeting().key())) kept.add(p);
        }
        return kept;
    }

    private static int strength(String role) {
        return switch (role) {
            case "guided" -> 3;
            case "platform" -> 2;
            default -> 1;
        };
    }

    /**
     * The names of a list after {@code offset}, without names that only qualify an item
     * ("..., who was received by President Kim Il Sung", "a wreath in the name of ...").
     */
    List<NameMention> after(List<NameMention> names, Sentence s, int offset) {
        List<NameMention> result = new ArrayList<>();
        int previousEnd = offset;
        for (NameMention n : names) {
            int at = n.start() - s.start();
            if (at < offset) continue;
            String between = s.text().substring(Math.max(offset, Math.min(previousEnd, at)), at);
            previousEnd = n.end() - s.start();
            if (QUALIFYING.matcher(between).find()) continue;
            result.add(n);
        }
        return result;
    }

    void speech(String person, String kind, MeetingName given, String title, Evidence evidence) {
        if (given == null) return;
        MeetingName meeting = meetingRules.ownMeeting(this, person, given, evidence);
        // "the important conclusion made by ..." after "delivered a concluding speech" is the same address.
        boolean closing = kind.equals("conclusion") || kind.equals("concluding speech");
        for (SpeechClaim earlier : speeches) {
            if (earlier.speaker().equals(person) && earlier.meeting().key().equals(meeting.key())
                    && (earlier.kind().equals(kind) || closing && (earlier.kind().equals("conclusion") || earlier.kind().equals("concluding speech")))) {
                return;
            }
        }
        speeches.add(new SpeechClaim(person, kind, meeting, title, evidence));
    }

    /** "National Meeting to Celebrate the Birthday of A": the one a meeting honours is not its participant. */
    static boolean honours(MeetingName meeting, String person) {
        return meeting.canonical().contains(person);
    }

    /** {@code rank}: the place in the list of officials as printed, or null where none was printed. */
    void participate(String person, MeetingName meeting, String role, Integer rank, Evidence evidence) {
        if (honours(meeting, person)) return;
        participations.add(new ParticipationClaim(person, meeting, role, rank, evidence));
    }
}
