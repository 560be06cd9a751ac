package org.dais.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dais.nlp.NameMention;
import org.dais.nlp.Sentence;

/**
 * Addresses (speeches, reports, conclusions, lectures): active ("A made a report"), passive
 * ("Speeches were made by A, B and C"), "the report made by A", "in his speech", and lists of
 * speakers under "Speeches were made there."
 */
final class AddressRules implements RuleFamily {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern KIND_WORDS = Pattern.compile(
            "(?i)(opening\\s+address|opening\\s+speech|concluding\\s+speech|closing\\s+speech|closing\\s+address|"
            + "commemorative\\s+lecture|conclusion|reports?|speech(?:es)?|lectures?|eulogy|memorial\\s+speech|congratulatory\\s+speech|papers?)");
    private static final Pattern SPEECH_ACTIVE = Pattern.compile(
            "(?i)\\b(?:made|makes|delivered|delivers|gave|gives|read|presented)\\s+(?:an?\\s+|the\\s+|their\\s+|his\\s+|her\\s+)?(?:(?:important|historic|keynote|congratulatory|"
            + "programmatic|significant)\\s+)*" + KIND_WORDS.pattern().substring(4) + "\\b");
    private static final Pattern SPEECH_IN = Pattern.compile("(?i)\\bin\\s+(?:their|his|her|a)\\s+(speeches|speech|eulogy|report)\\b");
    private static final Pattern SPEECH_PASSIVE = Pattern.compile(
            "(?i)\\b(opening\\s+address|opening\\s+speech|concluding\\s+speech|closing\\s+speech|speech(?:es)?|reports?|lectures?|address(?:es)?|conclusion|papers?)"
            // "Speeches on the election were made by ...": what the addresses were about may come between.
            + "(?:\\s+(?:on|about|for|at|in)\\s+[^,.;]{1,60}?)?\\s+(?:were|was)\\s+(?:also\\s+)?"
            + "(?:made|given|delivered|read|presented)\\s+(?:there\\s+)?by\\b"
            // "The floor of the seminar was taken by A, B and C": each took it to speak.
            + "|\\b(floor)(?:\\s+of\\s+the\\s+[\\w\\s'’-]{1,40}?)?\\s+was\\s+taken\\s+by\\b");
    private static final Pattern TOOK_THE_FLOOR = Pattern.compile("(?i)\\btook\\s+the\\s+floor\\b");
    /** "heard the report of A", "the speech by General Secretary A": the address word just before the name. */
    private static final Pattern ADDRESS_OF = Pattern.compile(
            "(?i)\\b(reports?|speech|lecture|conclusion)\\s+(?:made\\s+)?(?:of|by|from)\\s+(?:the\\s+)?(?:(?:respected|dear)\\s+)?"
            + "(?:(?-i:[A-Z][\\w'’-]*)\\s+){0,4}$");
    private static final Pattern SPEECH_MADE_BY = Pattern.compile(
            "(?i)\\b(opening\\s+address|concluding\\s+speech(?:es)?|conclusion|reports?|speech(?:es)?|lectures?)\\b[^.;]{0,200}?\\b(?:made|given|delivered)\\s+by\\b");
    private static final Pattern SPEECH_SECTION = Pattern.compile(
            "(?i)^\\W*(?:the\\s+)?(?:speeches|speakers|discussions?)\\b[^,]{0,40}\\b(?:were|was)\\s+(?:made|given|delivered|held)(?:\\s+there)?\\W*$");
    private static final Pattern TITLED = Pattern.compile("titled,?\\s*[\"“]?([^\"”]+?)[\"”]?,\\s+(?:at|in|to|before)\\b");
    private static final Pattern QUOTED = Pattern.compile("(?i)(?:conclusion|speech|report|lecture|address)\\s+[\"“](.+?)[\"”](?=\\s|,|$)");

    private static final String HELD = "The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on March 2.\n";

    // Gate (Triggers): words every match of a rule's patterns holds; change them with the patterns.
    /** SPEECH_SECTION. */
    static final Triggers SECTION = Triggers.anyOf("speeches", "speakers", "discussion", "discussions");
    /** SPEECH_PASSIVE: "... were made by", "... was taken by". */
    static final Triggers PASSIVE = Triggers.anyOf("by");
    /** SPEECH_MADE_BY. */
    static final Triggers MADE_BY = Triggers.anyOf("by");
    /** ADDRESS_OF. */
    static final Triggers ADDRESS_OF_NAME = Triggers.anyOf("report", "reports", "speech", "lecture", "conclusion");
    /** SPEECH_ACTIVE, TOOK_THE_FLOOR, SPEECH_IN. */
    static final Triggers ACTIVE = Triggers.anyOf("made", "makes", "delivered", "delivers", "gave", "gives", "read", "presented", "took", "in");

    @Override
    public String name() { return "addresses"; }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("active address", "A (and B) made/delivered/gave a report/speech/conclusion",
                        RuleExample.of("The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on March 2.\n"
                                + "Jo Hyon Sik made a report at the meeting.",
                                "speech: Jo Hyon Sik | report")),
                Rule.of("passive list", "Speeches/reports were made (there) by A, B and C",
                        RuleExample.of("The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on March 2.\n"
                                + "Speeches were made by Ri Song Gun and Choe Mun Dok.",
                                "speech: Ri Song Gun | speech", "speech: Choe Mun Dok | speech")),
                Rule.of("address made by", "the report ... made by A",
                        RuleExample.of("The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on March 2.\n"
                                + "The participants heard the report on the work of the year made by Kwak Chol Ho.",
                                "speech: Kwak Chol Ho | report")),
                Rule.of("addresses made by", "the concluding speeches made by the TITLE A in the sitting",
                        RuleExample.of(HELD + "The panels studied the tasks set out in the concluding speeches made by the respected Chairman Kye Sun Ok in the first-day sitting.",
                                "speech: Kye Sun Ok | concluding speech")),
                Rule.of("the leader in a that-clause", "X noted that the TITLE made a conclusion at MEETING",
                        RuleExample.of(HELD + "Kim Jong Un, general secretary of the Workers' Party of Korea, guided the meeting.\n"
                                + "The speaker noted that the General Secretary made a historic conclusion at the 7th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea.",
                                "speech: Kim Jong Un | conclusion | 7th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea"),
                        RuleExample.of(HELD + "Kim Jong Un, chairman of the Workers' Party of Korea, guided the meeting.\n"
                                + "He noted that the Chairman of the WPK made a historic conclusion \"Let Us Raise the Role of the Cells\" at the 2nd Conference of Cell Secretaries of the WPK.",
                                "speech: Kim Jong Un | conclusion")),
                Rule.of("a sentence a page cut off", "a long last sentence without its end is read, not taken for a headline",
                        RuleExample.of(HELD + "Tak Song Il made a report at the meeting, reviewing in detail the work done in the first half of the year by the "
                                + "committees of the provinces, cities and counties and setting forth the tasks for the rest of the year in agriculture, fishery, "
                                + "light industry and construction, in all of which the",
                                "speech: Tak Song Il | report")),
                Rule.of("in one's speech", "A ... in his/her/their speech(es)",
                        RuleExample.of("The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on March 2.\n"
                                + "Hwang Yong Sam stressed in his speech that the task is urgent.",
                                "speech: Hwang Yong Sam | speech")),
                Rule.of("passive list with a topic", "Speeches on X were made by A and B; Reports were made by A and B respectively",
                        RuleExample.of(HELD + "Speeches on the draft budget were made by Kil Song Ho and Om Kwang Il.",
                                "speech: Kil Song Ho | speech", "speech: Om Kwang Il | speech"),
                        RuleExample.of(HELD + "Reports were made by Tak Song Il and Wi Chang Bom respectively.",
                                "speech: Tak Song Il | report", "speech: Wi Chang Bom | report")),
                Rule.of("the floor", "The floor of the X was taken by A and B; A took the floor",
                        RuleExample.of(HELD + "The floor of the symposium was taken by Tak Song Il and Wi Chang Bom.",
                                "speech: Tak Song Il | speech", "speech: Wi Chang Bom | speech"),
                        RuleExample.of(HELD + "Tak Song Il took the floor at the meeting.", "speech: Tak Song Il | speech")),
                Rule.of("papers", "Papers were read by A and B; A read a paper",
                        RuleExample.of(HELD + "Papers were read by Pyo Jin Sok and Ryom Chol Gu.",
                                "speech: Pyo Jin Sok | speech", "speech: Ryom Chol Gu | speech"),
                        RuleExample.of(HELD + "Pyo Jin Sok read a paper at the meeting.", "speech: Pyo Jin Sok | speech")),
                Rule.of("a list that made speeches", "A, B and C made speeches",
                        RuleExample.of(HELD + "Tak Song Il, Wi Chang Bom and Sol Kyong Ho made speeches.",
                                "speech: Tak Song Il | speech", "speech: Wi Chang Bom | speech", "speech: Sol Kyong Ho | speech")),
                Rule.of("the leader's conclusion", "The leader made a conclusion (the leader: the one the article gives the top titles)",
                        RuleExample.of(HELD + "Kim Jong Un, general secretary of the Workers' Party of Korea, guided the meeting.\nThe leader made a conclusion.",
                                "speech: Kim Jong Un | conclusion")),
                Rule.of("reported speech", "X went on: A made a report",
                        RuleExample.of(HELD + "The announcement went on: Tak Song Il made a report at the meeting.", "speech: Tak Song Il | report")),
                Rule.of("the report of a person", "heard the report of A; The report of A, TITLE, was heard",
                        RuleExample.of(HELD + "The meeting heard the report of Wi Chang Bom on the work of the year.", "speech: Wi Chang Bom | report"),
                        RuleExample.of(HELD + "The report of Sol Kyong Ho, chief of the Planning Department, was heard.", "speech: Sol Kyong Ho | report")),
                Rule.of("a meeting that is the topic", "A made a speech on electing B as delegate to MEETING (the venue is the reported meeting)",
                        RuleExample.of(HELD + "Tak Song Il made a speech on electing Wi Chang Bom as delegate to the 10th Congress of the Workers' Party of Korea.",
                                "speech: Tak Song Il | speech | 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea",
                                "not speech: Tak Song Il | speech | 10th Congress of the Workers' Party of Korea")),
                Rule.of("speakers under a section", "Speeches were made there. A and B ... (each list a speaker each)",
                        RuleExample.of("The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on March 2.\n"
                                + "Speeches were made there. Sok Kwang Nam and Yon Chang Il said that the plan must be carried out.",
                                "speech: Sok Kwang Nam | speech", "speech: Yon Chang Il | speech")));
    }

    /** "Speeches were made there.": opens a section in which each list of names speaks. */
    boolean section(ArticleReading r, String text) {
        if (!SPEECH_SECTION.matcher(text.strip()).matches()) return false;
        r.speechSection = true;
        return true;
    }

    /** Passive lists: the names after the phrase are the actors. */
    boolean passive(ArticleReading r, Sentence s, String text, List<NameMention> names, List<MeetingNames.Found> found, Evidence evidence) {
        Matcher passive = SPEECH_PASSIVE.matcher(text);
        if (!passive.find()) return false;
        String kind = kind(passive.group(1) != null ? passive.group(1) : passive.group(2));
        for (NameMention n : r.after(names, s, passive.end())) r.speech(n.name(), kind, r.meetingFor(found, passive.end()), null, evidence);
        r.speechSection = false;
        return true;
    }

    /** "The report ... made by A": the first name after the phrase. */
    boolean madeBy(ArticleReading r, Sentence s, String text, List<NameMention> names, List<MeetingNames.Found> found, Evidence evidence) {
        Matcher madeBy = SPEECH_MADE_BY.matcher(text);
        if (!madeBy.find()) return false;
        List<NameMention> actors = r.after(names, s, madeBy.end());
        if (actors.isEmpty()) return false;
        MeetingName meeting = r.meetingFor(found, madeBy.end());
        if (meeting != null) r.speech(actors.get(0).name(), kind(madeBy.group(1)), meeting, title(text), evidence);
        return true;
    }

    /** "The meeting heard the report of A": the address named just before a name. */
    boolean addressOf(ArticleReading r, Sentence s, String text, List<NameMention> names, List<MeetingNames.Found> found, Evidence evidence) {
        boolean read = false;
        for (NameMention n : names) {
            int at = n.start() - s.start();
            Matcher of = ADDRESS_OF.matcher(text).region(Math.max(0, at - 80), at).useTransparentBounds(true);
            if (!of.find()) continue;
            MeetingName meeting = r.meetingFor(found, n.end() - s.start());
            if (meeting != null) r.speech(n.name(), kind(of.group(1)), meeting, null, evidence);
            read = true;
        }
        return read;
    }

    /** Active voice: the subjects made an address. */
    boolean active(ArticleReading r, String text, List<String> subjects, List<MeetingNames.Found> found, Evidence evidence) {
        Matcher speech = SPEECH_ACTIVE.matcher(text);
        Matcher speechIn = SPEECH_IN.matcher(text);
        if (speech.find()) {
            MeetingName meeting = r.meetingFor(found, speech.end());
            String kind = kind(speech.group(1));
            for (String p : subjects) if (meeting != null) r.speech(p, kind, meeting, title(text), evidence);
            r.speechSection = false;
            return true;
        } else if (TOOK_THE_FLOOR.matcher(text).find()) {
            Matcher floor = TOOK_THE_FLOOR.matcher(text);
            floor.find();
            MeetingName meeting = r.meetingFor(found, floor.end());
            for (String p : subjects) if (meeting != null) r.speech(p, "speech", meeting, null, evidence);
            r.speechSection = false;
            return true;
        } else if (speechIn.find()) {
            MeetingName meeting = r.meetingFor(found, speechIn.end());
            for (String p : subjects) if (meeting != null) r.speech(p, kind(speechIn.group(1)), meeting, null, evidence);
            return true;
        }
        return false;
    }

    /** Under "Speeches were made there.", each following list of speakers made one. */
    void underSection(ArticleReading r, Sentence s, List<NameMention> names, List<int[]> chains, Evidence evidence) {
        if (r.speechSection && !chains.isEmpty() && !names.isEmpty()
                && names.get(0).start() - s.start() < 12 && chains.get(0)[1] > chains.get(0)[0] && r.context != null) {
            int[] chain = chains.get(0);
            for (int i = chain[0]; i <= chain[1]; i++) r.speech(names.get(i).name(), "speech", r.context, null, evidence);
        }
    }

    private static String title(String text) {
        Matcher t = TITLED.matcher(text);
        if (t.find()) return t.group(1).strip();
        Matcher q = QUOTED.matcher(text);
        if (q.find()) return q.group(1).strip();
        return null;
    }

    private static String kind(String words) {
        String w = WHITESPACE.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (w.startsWith("opening")) return "opening address";
        if (w.startsWith("concluding") || w.startsWith("closing")) return "concluding speech";
        if (w.startsWith("conclusion")) return "conclusion";
        if (w.startsWith("report")) return "report";
        if (w.contains("lecture")) return "lecture";
        return "speech";
    }
}
