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
            + "commemorative\\s+lecture|conclusions?|reports?|speech(?:es)?|lectures?|eulogy|memorial\\s+speech|congratulatory\\s+speech|papers?|"
            // "A made an address": a speech by another word.
            + "address(?:es)?)");
    private static final Pattern SPEECH_ACTIVE = Pattern.compile(
            "(?i)\\b(?:made|makes|delivered|delivers|gave|gives|read|presented)(?:\\s+out)?\\s+(?:an?\\s+|the\\s+|their\\s+|his\\s+|her\\s+)?(?:(?:important|historic|keynote|congratulatory|"
            + "programmatic|significant|oath-taking|reply|welcoming|welcome|commemorative|brief|inaugural|policy)\\s+)*(?:assessments?\\s+and\\s+)?" + KIND_WORDS.pattern().substring(4) + "\\b");
    /** "A opened the meeting with an opening address", "B closed the session with a concluding speech": the address it was opened or closed with. */
    private static final Pattern WITH_ADDRESS = Pattern.compile(
            "(?i)\\b(?:opened|closed|concluded)\\s+(?:it|the\\s+(?:[\\w'’-]+\\s+){0,3}?(?:meeting|conference|congress|session|seminar|symposium|plenum|rally|sitting|forum))\\s+"
            + "with\\s+(?:an?|the|his|her)\\s+(?:brief\\s+)?(opening\\s+address|opening\\s+speech|concluding\\s+speech|closing\\s+speech|closing\\s+address|speech|address)\\b");
    /** "A reported on the fulfilment of the plan", "A reported to the session on X": A made a report (a person the subject, a meeting known). */
    private static final Pattern REPORTED_ON = Pattern.compile(
            // Right after a name or an appositive's comma: "A said the press reported on X" is no report of A's.
            "(?i)(?<=(?-i:[A-Z])[\\w'’-]{0,20}\\s|,\\s)reported\\s+(?:to\\s+(?:it|the\\s+(?:[\\w'’-]+\\s+){0,3}?(?:meeting|session|conference|congress|plenum|plenary\\s+meeting|sitting))\\s+)?on\\s+(?:the|its|their|his|her)\\s");
    private static final Pattern SPEECH_IN = Pattern.compile("(?i)\\bin\\s+(?:their|his|her|a)\\s+((?:opening|concluding|closing)\\s+(?:address|speech|remarks)|speeches|speech|eulogy|report)\\b");
    private static final Pattern SPEECH_PASSIVE = Pattern.compile(
            "(?i)\\b(opening\\s+address|opening\\s+speech|concluding\\s+speech|closing\\s+speech|speech(?:es)?|reports?|lectures?|address(?:es)?|conclusion|papers?"
            // "Discussions were made by A and B": a congress's speeches in the words of its reports.
            + "|discussions)"
            // "Speeches on the election were made by ...": what the addresses were about may come between.
            + "(?:\\s+(?:on|about|for|at|in)\\s+[^,.;]{1,60}?)?\\s+(?:were|was)\\s+(?:also\\s+)?"
            // "A report was made at the meeting by A", "Speeches were made there by ...": where, between the verb and "by".
            + "(?:(?:made|given|delivered|read|presented)\\s+(?:there\\s+|at\\s+(?:it|the\\s+[\\w'’-]+(?:\\s+[\\w'’-]+){0,3}?)\\s+)?by"
            // "Reports were heard from A and B": the meeting heard each one's.
            + "|heard\\s+from)\\b"
            // "The floor of the seminar was taken by A, B and C": each took it to speak.
            + "|\\b(floor)(?:\\s+of\\s+the\\s+[\\w\\s'’-]{1,40}?)?\\s+was\\s+taken\\s+by\\b"
            // "The rally was addressed by A and B": each spoke at it.
            + "|\\b(?:it|meeting|conference|congress|session|seminar|symposium|plenum|rally|forum|workshop|course|sitting)\\s+was\\s+(?:also\\s+)?(addressed)\\s+by\\b");
    private static final Pattern TOOK_THE_FLOOR = Pattern.compile("(?i)\\btook\\s+the\\s+floor\\b"
            // "Deputies A and B spoke.", "A spoke there": the sentence's subjects spoke at the reported meeting.
            + "|\\bspoke(?:\\s+there)?(?=\\s*[.;]?\\s*$)"
            // "Deputies A and B spoke in support of the report", "A spoke on the draft law": a speech on the item before the meeting.
            + "|\\bspoke\\s+(?:in\\s+support\\s+of|in\\s+favou?r\\s+of|on)\\s+the\\s+(?:[\\w'’-]+\\s+){0,3}?(?:report|draft|bill|agenda|law|budget|decision|resolution|item)s?\\b"
            // "A spoke at the session", "A addressed the congress": a speech where a meeting is named by its kind.
            // "A said at the meeting that ...": what A said there was A's speech.
            + "|\\b(?:spoke\\s+at|addressed|said\\s+at)\\s+(?:the|this|that)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:meeting|conference|congress|session|seminar|symposium|"
            + "plenary\\s+meeting|plenum|rally|sitting|course|forum|workshop)\\b"
            // "Taking the floor, A said ...", "Speaking at the rally, A noted ...": an opening participle, its subject the speaker.
            + "|^\\W*(?:taking\\s+the\\s+floor|(?:speaking\\s+at|addressing)\\s+(?:it|the\\s+(?:[\\w'’-]+\\s+){0,3}?(?:meeting|conference|congress|session|seminar|symposium|"
            + "plenary\\s+meeting|plenum|rally|sitting|course|forum|workshop)))\\s*,");
    /** "heard the report of A", "the speech by General Secretary A": the address word just before the name. */
    private static final Pattern ADDRESS_OF = Pattern.compile(
            // "a concluding speech by A": the kind its adjective gives.
            "(?i)\\b((?:(?:opening|concluding|closing)\\s+)?(?:reports?|speech(?:es)?|lectures?|conclusion))\\s+(?:made\\s+)?(?:of|by|from)\\s+(?:the\\s+)?(?:(?:respected|dear)\\s+)?"
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
    static final Triggers SECTION = Triggers.anyOf("speeches", "speakers", "discussion", "discussions", "floor", "speaking", "discussants",
            "addressing", "reporter", "reporters", "lecturer", "lecturers", "participating", "taking", "spoke", "followed");
    /** SPEECH_PASSIVE: "... were made by", "... was taken by". */
    static final Triggers PASSIVE = Triggers.anyOf("by", "from");
    // Every passive form also needs its verb as a word: "by" alone is in most sentences.
    static final Triggers PASSIVE_VERBS = Triggers.anyOf("made", "given", "delivered", "read", "presented", "taken", "addressed", "heard");
    /** SPEECH_MADE_BY. */
    static final Triggers MADE_BY = Triggers.anyOf("by");
    /** SPEECH_MADE_BY's verb: with "by", both are needed. */
    static final Triggers MADE_BY_VERBS = Triggers.anyOf("made", "given", "delivered");
    /** ADDRESS_OF. */
    static final Triggers ADDRESS_OF_NAME = Triggers.anyOf("report", "reports", "speech", "speeches", "lecture", "lectures", "conclusion");
    /** ADDRESS_OF_OFFICE: "report(s)/speech/lecture of|by|from the ...". */
    static final Triggers ADDRESS_OF_OFFICE_WORDS = Triggers.anyOf("report", "reports", "speech", "lecture");
    /** SPEECH_ACTIVE's verbs; TOOK_THE_FLOOR (with "spoke at", "addressed"); SPEECH_IN's nouns (each form of ACTIVE on its own). */
    static final Triggers SPEECH_ACTIVE_WORDS = Triggers.anyOf("made", "makes", "delivered", "delivers", "gave", "gives", "read", "presented");
    /** The first word of each branch of SPEECH_ACTIVE, TOOK_THE_FLOOR (and its "^Taking the floor," branch), SPEECH_PASSIVE. */
    private static final WordStarts SPEECH_ACTIVE_STARTS = WordStarts.of("made", "makes", "delivered", "delivers", "gave", "gives", "read", "presented"),
            TOOK_THE_FLOOR_STARTS = WordStarts.of("took", "spoke", "addressed", "said").orTextStart(),
            SPEECH_PASSIVE_STARTS = WordStarts.of("opening", "concluding", "closing", "speech", "speeches", "report", "reports", "lecture", "lectures",
                    "address", "addresses", "conclusion", "paper", "papers", "discussions", "floor", "it", "meeting", "conference", "congress", "session",
                    "seminar", "symposium", "plenum", "rally", "forum", "workshop", "course", "sitting");
    static final Triggers TOOK_THE_FLOOR_WORDS = Triggers.anyOf("floor", "spoke", "addressed", "speaking", "addressing");
    // "said" is in most sentences: TOOK_THE_FLOOR's "said at the meeting" is scanned only where "at" is too (speed: build8).
    static final Triggers SAID = Triggers.anyOf("said"), SAID_AT = Triggers.anyOf("at");
    // WITH_ADDRESS needs "with" and its verb; "with" alone is in most sentences.
    static final Triggers WITH_ADDRESS_WORDS = Triggers.anyOf("with"), WITH_ADDRESS_VERBS = Triggers.anyOf("opened", "closed", "concluded");
    static final Triggers SPEECH_IN_WORDS = Triggers.anyOf("speeches", "speech", "eulogy", "report", "address", "remarks");
    /** REPORTED_ON. */
    static final Triggers REPORTED_WORDS = Triggers.anyOf("reported");
    /** SPEECH_ACTIVE, TOOK_THE_FLOOR, SPEECH_IN. */
    static final Triggers ACTIVE = Triggers.anyOf("made", "makes", "delivered", "delivers", "gave", "gives", "read", "presented", "took", "in",
            "spoke", "addressed", "floor", "speaking", "addressing", "with", "said", "reported", "address", "remarks");

    @Override
    public String name() { return "addresses"; }

    /** An example after the plenary meeting: each of {@code speakers} made an address of that kind at it. */
    private static RuleExample spoken(String sentence, String kind, String... speakers) {
        return RuleExample.of(HELD + sentence, java.util.Arrays.stream(speakers).map(n -> "speech: " + n + " | " + kind).toArray(String[]::new));
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("active address", "A (and B) made/delivered/gave a report/speech/conclusion",
                        RuleExample.of("The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on March 2.\n"
                                + "Jo Hyon Sik made a report at the meeting.",
                                "speech: Jo Hyon Sik | report")),
                Rule.of("addresses in coordinated clauses", "A, TITLE, made an opening address and B, TITLE, made a report: each clause its own speaker",
                        RuleExample.of(HELD + "Tae Gum Hyok, chairman of the league, made an opening address and Om Sun Bok, its secretary, made a report.",
                                "speech: Tae Gum Hyok | opening address", "speech: Om Sun Bok | report",
                                "not speech: Tae Gum Hyok | report", "not speech: Om Sun Bok | opening address"),
                        RuleExample.of(HELD + "Tae Gum Hyok made a report on the teachings of Kim Il Sung and the tasks of the league.",
                                "speech: Tae Gum Hyok | report", "not speech: Kim Il Sung | report")),
                Rule.of("spoke at, addressed", "A spoke at the session / A addressed the congress: a speech",
                        RuleExample.of(HELD + "Om Sun Bok, minister of Forestry, spoke at the plenary meeting.", "speech: Om Sun Bok | speech"),
                        RuleExample.of(HELD + "Tae Gum Hyok addressed the meeting.", "speech: Tae Gum Hyok | speech"),
                        RuleExample.of(HELD + "Om Sun Bok said at the plenary meeting that the plan was fulfilled.", "speech: Om Sun Bok | speech"),
                        RuleExample.of(HELD + "Om Sun Bok said at the time that the plan was fulfilled.", "not speech: Om Sun Bok | speech"),
                        RuleExample.of(HELD + "Tae Gum Hyok spoke with the workers about the plan.", "not speech: Tae Gum Hyok | speech")),
                Rule.of("reports of a list", "The meeting heard reports of A and B, TITLE: each made one",
                        spoken("The meeting heard reports of Tae Gum Hyok and Om Sun Bok, vice-chairwoman of the league.", "report", "Tae Gum Hyok", "Om Sun Bok"),
                        RuleExample.of(HELD + "The meeting heard the report of Tae Gum Hyok and then Om Sun Bok spoke of the harvest.",
                                "speech: Tae Gum Hyok | report", "not speech: Om Sun Bok | report")),
                Rule.of("speakers named as such, speeches of a list", "Among the speakers were A and B; A made a report, which was followed by speeches of B and C",
                        spoken("Among the speakers were Tae Gum Hyok and Om Sun Bok.", "speech", "Tae Gum Hyok", "Om Sun Bok"),
                        RuleExample.of(HELD + "Kye Sang Chol made a report, which was followed by speeches of Tae Gum Hyok and Om Sun Bok.",
                                "speech: Kye Sang Chol | report", "speech: Tae Gum Hyok | speech", "speech: Om Sun Bok | speech",
                                "not speech: Tae Gum Hyok | report"),
                        RuleExample.of(HELD + "The speakers said the plan of Tae Gum Hyok would be carried out.", "not speech: Tae Gum Hyok | speech"),
                        RuleExample.of(HELD + "The speakers were unanimous in praising the work of Tae Gum Hyok.", "not speech: Tae Gum Hyok | speech"),
                        spoken("Discussions were made by Tae Gum Hyok and Om Sun Bok.", "speech", "Tae Gum Hyok", "Om Sun Bok"),
                        RuleExample.of(HELD + "Discussions were held with Tae Gum Hyok on the plan.", "not speech: Tae Gum Hyok | speech"),
                        spoken("Addressing the congress were Tae Gum Hyok and Om Sun Bok.", "speech", "Tae Gum Hyok", "Om Sun Bok"),
                        spoken("Among the speakers at the national meeting were Tae Gum Hyok and Om Sun Bok.", "speech", "Tae Gum Hyok", "Om Sun Bok"),
                        RuleExample.of(HELD + "Addressing the problem of the dam was Tae Gum Hyok's task for years.", "not speech: Tae Gum Hyok | speech"),
                        RuleExample.of(HELD + "Tae Gum Hyok read out a keynote speech.", "speech: Tae Gum Hyok | speech"),
                        spoken("Taking the floor were Tae Gum Hyok, chairman of the Sokhu County People's Committee, and Om Sun Bok.", "speech", "Tae Gum Hyok", "Om Sun Bok"),
                        spoken("Speaking at the plenary meeting were Tae Gum Hyok and Om Sun Bok.", "speech", "Tae Gum Hyok", "Om Sun Bok"),
                        RuleExample.of(HELD + "Those who took the floor were Tae Gum Hyok and Om Sun Bok.", "speech: Om Sun Bok | speech"),
                        spoken("Speakers at the county rally included Tae Gum Hyok, a miner, and Om Sun Bok.", "speech", "Tae Gum Hyok", "Om Sun Bok"),
                        RuleExample.of(HELD + "The speakers at the meeting included in their words the thanks of Tae Gum Hyok.", "not speech: Tae Gum Hyok | speech"),
                        RuleExample.of(HELD + "Speaking of the plan, Tae Gum Hyok said it must be carried out.", "not speech: Tae Gum Hyok | speech"),
                        spoken("The discussants included Tae Gum Hyok, a teacher of the Sokhu Middle School, and Om Sun Bok.", "speech", "Tae Gum Hyok", "Om Sun Bok")),
                Rule.of("an address by another word", "A made an address / a congratulatory address / an oath-taking speech / a reply speech",
                        RuleExample.of(HELD + "Om Sun Bok made an address.", "speech: Om Sun Bok | speech"),
                        spoken("Two officers, Tae Gum Hyok and Om Sun Bok, made oath-taking speeches.", "speech", "Tae Gum Hyok", "Om Sun Bok"),
                        RuleExample.of("Tae Gum Hyok made a congratulatory address at the ceremony for moving into new houses.",
                                "not speech: Tae Gum Hyok | speech")),
                Rule.of("the reporter", "Reporter A, TITLE, said ...; the lecturer, Professor A: A made the report (lecture); not a journalist without a name after the word",
                        RuleExample.of(HELD + "Reporter Yu Sang Chol, president of the Sokhu Academy of Sciences, said that the work is a treasure.",
                                "speech: Yu Sang Chol | report"),
                        RuleExample.of(HELD + "The reporter, Yu Sang Chol, noted that the plan was fulfilled.", "speech: Yu Sang Chol | report"),
                        RuleExample.of(HELD + "A reporter of the newspaper met Yu Sang Chol after the meeting.", "not speech: Yu Sang Chol | report"),
                        RuleExample.of(HELD + "The lecturer, Professor Yu Sang Chol, spoke about the history of the mill.", "speech: Yu Sang Chol | lecture"),
                        RuleExample.of(HELD + "A lecturer of the college met Yu Sang Chol after the meeting.", "not speech: Yu Sang Chol | lecture")),
                Rule.of("addressed by", "The rally was addressed by A and B: each made a speech",
                        spoken("The meeting was addressed by Ho Kum Sil, a teacher, and Yu Sang Chol.", "speech", "Ho Kum Sil", "Yu Sang Chol"),
                        RuleExample.of(HELD + "The letter was addressed by Ho Kum Sil to the workers.", "not speech: Ho Kum Sil | speech")),
                Rule.of("passive list", "Speeches/reports were made (there, at the meeting) by A, B and C",
                        RuleExample.of("The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on March 2.\n"
                                + "Speeches were made by Ri Song Gun and Choe Mun Dok.",
                                "speech: Ri Song Gun | speech", "speech: Choe Mun Dok | speech"),
                        RuleExample.of(HELD + "A report was made at the meeting by Ri Song Gun, minister of Forestry.", "speech: Ri Song Gun | report"),
                        spoken("Speeches were delivered at the plenary meeting by Ri Song Gun and Choe Mun Dok.", "speech", "Ri Song Gun", "Choe Mun Dok")),
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
                        spoken("Speeches on the draft budget were made by Kil Song Ho and Om Kwang Il.", "speech", "Kil Song Ho", "Om Kwang Il"),
                        spoken("Reports were made by Tak Song Il and Wi Chang Bom respectively.", "report", "Tak Song Il", "Wi Chang Bom")),
                Rule.of("followed, reported on", "Then followed discussions by delegates including A and B: each spoke; A reported on the plan: A's report; "
                                + "the concluding speech by A: that kind",
                        spoken("Then followed discussions by delegates including Tae Gum Hyok and Om Sun Bok.", "speech", "Tae Gum Hyok", "Om Sun Bok"),
                        spoken("There followed speeches of Tae Gum Hyok and Om Sun Bok.", "speech", "Tae Gum Hyok", "Om Sun Bok"),
                        spoken("Tae Gum Hyok, chairman of the State Planning Commission, reported on the fulfilment of the plan.", "report", "Tae Gum Hyok"),
                        spoken("Om Sun Bok reported to the plenary meeting on the work of the year.", "report", "Om Sun Bok"),
                        RuleExample.of(HELD + "Tae Gum Hyok said the press reported on the harvest.", "not speech: Tae Gum Hyok | report"),
                        spoken("Reports were heard from Tae Gum Hyok and Om Sun Bok.", "report", "Tae Gum Hyok", "Om Sun Bok"),
                        spoken("Among those who spoke were Tae Gum Hyok and Om Sun Bok.", "speech", "Tae Gum Hyok", "Om Sun Bok"),
                        spoken("In his opening address, Tae Gum Hyok said the plan was fulfilled.", "opening address", "Tae Gum Hyok"),
                        RuleExample.of(HELD + "The participants heard the concluding speech by Om Sun Bok.",
                                "speech: Om Sun Bok | concluding speech", "not speech: Om Sun Bok | speech")),
                Rule.of("the floor", "The floor of the X was taken by A and B; A took the floor",
                        spoken("The floor of the symposium was taken by Tak Song Il and Wi Chang Bom.", "speech", "Tak Song Il", "Wi Chang Bom"),
                        RuleExample.of(HELD + "Tak Song Il took the floor at the meeting.", "speech: Tak Song Il | speech"),
                        spoken("Tak Song Il and Wi Chang Bom spoke.", "speech", "Tak Song Il", "Wi Chang Bom"),
                        RuleExample.of(HELD + "Tak Song Il spoke about the plan with the workers.", "not speech: Tak Song Il | speech"),
                        spoken("Deputies Tak Song Il and Wi Chang Bom spoke in support of the report.", "speech", "Tak Song Il", "Wi Chang Bom"),
                        spoken("Tak Song Il, chairman of the league, opened the congress with an opening address.", "opening address", "Tak Song Il"),
                        spoken("Wi Chang Bom closed the session with a concluding speech.", "concluding speech", "Wi Chang Bom"),
                        RuleExample.of(HELD + "Wi Chang Bom opened the exhibition with a ribbon.", "not speech: Wi Chang Bom | speech"),
                        RuleExample.of(HELD + "Tak Song Il spoke on the phone with the manager.", "not speech: Tak Song Il | speech"),
                        spoken("Participating in the discussion were Tak Song Il and Wi Chang Bom.", "speech", "Tak Song Il", "Wi Chang Bom"),
                        spoken("Those who spoke at the plenary meeting were Tak Song Il and Wi Chang Bom.", "speech", "Tak Song Il", "Wi Chang Bom"),
                        RuleExample.of(HELD + "Taking the floor, Tak Song Il, manager of the Sokhu Brick Factory, said the plan would be carried out.",
                                "speech: Tak Song Il | speech"),
                        RuleExample.of(HELD + "Speaking at the county meeting, Wi Chang Bom noted the tasks.", "speech: Wi Chang Bom | speech"),
                        RuleExample.of(HELD + "Speaking to reporters, Wi Chang Bom noted the tasks.", "not speech: Wi Chang Bom | speech")),
                Rule.of("papers", "Papers were read by A and B; A read a paper",
                        spoken("Papers were read by Pyo Jin Sok and Ryom Chol Gu.", "speech", "Pyo Jin Sok", "Ryom Chol Gu"),
                        RuleExample.of(HELD + "Pyo Jin Sok read a paper at the meeting.", "speech: Pyo Jin Sok | speech")),
                Rule.of("a list that made speeches", "A, B and C made speeches",
                        spoken("Tak Song Il, Wi Chang Bom and Sol Kyong Ho made speeches.", "speech", "Tak Song Il", "Wi Chang Bom", "Sol Kyong Ho")),
                Rule.of("a list with a one-word title before a name", "A and Chairman B made speeches; A and Secretary B, officers of X, made speeches: B spoke too",
                        spoken("Tak Song Il and Chairman Ju Yong Gap made speeches.", "speech", "Tak Song Il", "Ju Yong Gap"),
                        spoken("Tak Song Il and Secretary Ju Yong Gap, officers of the county committee, made speeches.", "speech", "Tak Song Il", "Ju Yong Gap")),
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
                Rule.of("the report of an office", "heard a report of the TITLE of BODY on X, a report of the TITLE of BODY on Y (the one person given that office)",
                        RuleExample.of(HELD + "Present there were Tak Song Il, director of the Planning Bureau of the Cabinet, Wi Chang Bom, minister of Fisheries, "
                                + "and Sol Kyong Ho, vice-director of the Planning Bureau of the Cabinet.\n"
                                + "The meeting heard a report of the director of the Planning Bureau on the harvest, and a report of the minister of Fisheries on the catch.",
                                "speech: Tak Song Il | report", "speech: Wi Chang Bom | report", "not speech: Sol Kyong Ho | report"),
                        RuleExample.of(HELD + "Present there were Tak Song Il, secretary of the WPK Central Committee, and Wi Chang Bom, chief of the General Staff of the Korean People's Army.\n"
                                + "The meeting heard a report of the WPK secretary in charge of light industry on the supply and a report of the chief of the KPA General Staff on the drill.",
                                "speech: Tak Song Il | report", "speech: Wi Chang Bom | report")),
                Rule.of("assessments and conclusions", "A made assessments and conclusions on X: a conclusion",
                        RuleExample.of(HELD + "Tak Song Il made assessments and conclusions on the reports.", "speech: Tak Song Il | conclusion")),
                Rule.of("a lecture referred to", "the commemorative lecture he gave when he visited X on DATE; his lecture given to the students of X: a lecture at X, given by him",
                        RuleExample.of(HELD + "The speaker recalled the tasks set forth by Tak Song Il in the historic commemorative lecture he gave when he visited the Sokhu Higher Forestry School on May 4, Juche 108 (2019).",
                                "meeting: Commemorative Lecture at the Sokhu Higher Forestry School",
                                "speech: Tak Song Il | lecture | Commemorative Lecture at the Sokhu Higher Forestry School"),
                        RuleExample.of(HELD + "The ideas were set forth by Wi Chang Bom in his lecture given to the teaching staff and students of the Changsu University of Mining.",
                                "speech: Wi Chang Bom | lecture | Lecture at the Changsu University of Mining",
                                "not speech: Wi Chang Bom | lecture | 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea"),
                        RuleExample.of(HELD + "The ideas were set forth by Wi Chang Bom in his lecture given to the teaching staff and students of the Changsu University of Mining.\n"
                                + "The speakers said that the lecture given by Wi Chang Bom on that day is a guideline.",
                                "not speech: Wi Chang Bom | lecture | 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea")),
                Rule.of("speakers under a section", "Speeches were made there. A and B ... (each list a speaker each)",
                        RuleExample.of("The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on March 2.\n"
                                + "Speeches were made there. Sok Kwang Nam and Yon Chang Il said that the plan must be carried out.",
                                "speech: Sok Kwang Nam | speech", "speech: Yon Chang Il | speech")));
    }

    /** "a report of the director of the Planning Bureau on ...": an address known by its speaker's office, not name. */
    private static final Pattern ADDRESS_OF_OFFICE = Pattern.compile(
            "(?i)\\b(reports?|speech|lecture)\\s+(?:made\\s+)?(?:of|by|from)\\s+the\\s+((?:[\\w'’-]+\\s+){0,2}?(?:[\\w'’-]+)(?:\\s+(?:of|in\\s+charge\\s+of)\\s+(?:the\\s+)?[\\w'’-]+(?:\\s+[A-Za-z'’-]+){0,5}?)?)(?=\\s+(?:on|about|concerning)\\b|,|\\.|;|\\s+was\\b|\\s+were\\b|$)");
    private static final Pattern INITIALS_FIRST = Pattern.compile("[A-Z]{2,5}\\s");
    private static final java.util.Set<String> NOT_DISTINCTIVE = java.util.Set.of("of", "the", "in", "charge", "and", "for", "on");

    /**
     * "The meeting heard a report of the director of the Planning Bureau on X, a report of the
     * minister of Fisheries on Y": each speaker is the one person the article has given that
     * office (the title opens the phrase, the words of the body match the office's body).
     */
    boolean addressOfOffice(ArticleReading r, String text, List<MeetingNames.Found> found, Evidence evidence) {
        Matcher m = ADDRESS_OF_OFFICE.matcher(text);
        boolean read = false;
        while (m.find()) {
            String holder = holderOf(r, m.group(2));
            if (holder == null) continue;
            MeetingName meeting = r.meetingFor(found, m.end());
            if (meeting != null) r.speech(holder, kind(m.group(1)), meeting, null, evidence);
            read = true;
        }
        return read;
    }

    /** The one person of the article whose office this phrase names ("the chief of the KPA General Staff"), else null. */
    private static String holderOf(ArticleReading r, String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT).replace('’', '\'');
        java.util.Set<String> said = bodyWords(lower);
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        String afterInitials = INITIALS_FIRST.matcher(phrase).lookingAt() ? lower.substring(lower.indexOf(' ') + 1) : lower;
        for (OfficeClaim o : r.offices) {
            // "chief of the General Staff" of the KPA: the head word is the title, the rest names the body.
            String fullTitle = o.office().title().toLowerCase(Locale.ROOT).replace('’', '\'');
            int of = fullTitle.indexOf(" of ");
            String title = of > 0 ? fullTitle.substring(0, of) : fullTitle;
            String titleBody = of > 0 ? fullTitle.substring(of + 4) + " " : "";
            if (o.office().organization() == null || !seen.add(o.person() + "\n" + title + "\n" + o.office().organization())) continue;
            // The title opens the phrase, give or take a body's initials before it ("the WPK secretary"), not "deputy".
            if (!afterInitials.startsWith(title + " ") && !afterInitials.equals(title)) continue;
            java.util.Set<String> ofBody = bodyWords(titleBody + o.office().organization().toLowerCase(Locale.ROOT).replace('’', '\''));
            java.util.Set<String> shared = new java.util.HashSet<>(said);
            shared.removeAll(bodyWords(title));
            shared.retainAll(ofBody);
            int score = shared.size();
            if (score > bestScore) { best = o.person(); bestScore = score; tie = false; }
            else if (score == bestScore && score > 0 && !o.person().equals(best)) tie = true;
        }
        return bestScore > 0 && !tie ? best : null;
    }

    private static final Pattern KPA = Pattern.compile("\\bkpa\\b"), WPK = Pattern.compile("\\bwpk\\b"),
            DPRK = Pattern.compile("\\bdprk\\b"), SPA = Pattern.compile("\\bspa\\b"), BODY_WORD_SEPARATOR = Pattern.compile("[^\\p{L}'-]+");

    /** Content words of a body's name, its usual initials spelled out ("KPA", "WPK", "DPRK"). */
    private static java.util.Set<String> bodyWords(String name) {
        // Compiled once (KPA ... BODY_WORD_SEPARATOR): this runs for every office of the article at every such phrase.
        String spelled = DPRK.matcher(WPK.matcher(KPA.matcher(name).replaceAll("korean people's army")).replaceAll("workers' party korea"))
                .replaceAll("democratic people's republic korea");
        spelled = SPA.matcher(spelled).replaceAll("supreme people's assembly");
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : BODY_WORD_SEPARATOR.split(spelled)) if (!w.isEmpty() && !NOT_DISTINCTIVE.contains(w)) out.add(w);
        return out;
    }

    /**
     * "the historic commemorative lecture he gave when he visited the X School on May 4", "his
     * lecture given to the students of the X University": a lecture the article refers to, a
     * meeting of its own at that place (dated when the phrase dates it), given by the person just named.
     */
    private static final Pattern REFERRED_LECTURE = Pattern.compile(
            "(?i)\\b(?:his|her|the|a)\\s+(?:(?:historic|famous|immortal|important|classic|significant|memorable)\\s+)*(commemorative\\s+)?lecture\\s+"
            + "(?:(?:that|which)\\s+)?(?:(?:he|she)\\s+(?:gave|delivered|made)|(?:was\\s+)?(?:given|delivered))\\s+"
            + "(?:(?:when|as)\\s+(?:he|she)\\s+visited|at|in|to\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}?(?:staff|students|participants|officials|cadres|faculty)"
            + "(?:\\s+and\\s+(?:[a-z-]+\\s+){0,2}?(?:staff|students|faculty))?\\s+of)\\s+(?:the\\s+)?"
            + "((?-i:[A-Z][\\w'’-]*)(?:\\s+(?:of\\s+(?:the\\s+)?)?(?-i:[A-Z][\\w'’-]*)){0,9})");
    private static final Pattern DATE_AFTER = Pattern.compile("^\\s*(?:\\((?:WPK|DPRK)\\)\\s*)?(?:,\\s*)?on\\s+");

    boolean referredLecture(ArticleReading r, Sentence s, String text, List<NameMention> names, Evidence evidence) {
        if (!text.contains("lecture")) return false;
        Matcher m = REFERRED_LECTURE.matcher(text);
        if (!m.find()) return false;
        String place = m.group(2).replace("the WPK", "the " + Organizations.WPK).replaceFirst("\\s+(?:on|in)$", "");
        String name = (m.group(1) != null ? "Commemorative " : "") + "Lecture at the " + place;
        MeetingName lecture = MeetingNames.unnumbered(name, "lecture", m.start(), m.end()).name();
        r.referredLecture = lecture;
        String rest = text.substring(m.end());
        DateExpressions.Reading date = DATE_AFTER.matcher(rest).lookingAt()
                ? DateExpressions.find(rest.substring(0, Math.min(rest.length(), 40)), r.metadata.published(), r.yearOnly) : null;
        r.meetings.add(new MeetingMention(lecture, date == null ? null : date.start(), null, date == null ? null : date.wording(),
                null, null, false, false, evidence));
        // The one who gave it: the person named last before the phrase, else the article's leader.
        String speaker = null;
        for (NameMention n : names) if (n.end() - s.start() <= m.start()) speaker = n.name();
        if (speaker == null) speaker = r.leader();
        if (speaker != null) r.speech(speaker, "lecture", lecture, null, evidence);
        return true;
    }

    /** "Among the speakers were A and B", "The speakers included A": each named spoke. */
    private static final Pattern SPEAKERS_LIST = Pattern.compile("(?i)^\\W*(?:among\\s+the\\s+(?:speakers|discussants)(?:\\s+at\\s+(?:the|it)(?:\\s+[\\w'’-]+){0,4}?)?\\s+were|(?:the\\s+)?(?:speakers|discussants)(?:\\s+at\\s+(?:the|it)(?:\\s+[\\w'’-]+){0,4}?)?\\s+(?:were|included)"
            // "Taking the floor were A and B", "Those who took the floor were ...", "Speaking at the meeting were ...": the same list.
            + "|(?:also\\s+)?(?:taking\\s+the\\s+floor|speaking)(?:\\s+(?:there|at\\s+(?:the|it)(?:\\s+[\\w'’-]+){0,3}?))?\\s+(?:were|was)"
            // "Addressing the congress were A and B": they spoke at it.
            + "|(?:also\\s+)?addressing\\s+(?:it|the\\s+(?:[\\w'’-]+\\s+){0,3}?(?:meeting|conference|congress|session|seminar|symposium|plenum|rally|forum|workshop|course))\\s+(?:were|was)"
            // "(Among) those who took the floor were A and B", "Among those who spoke were ...".
            + "|(?:among\\s+)?(?:those\\s+)?who\\s+took\\s+the\\s+floor\\s+were"
            // "Those who spoke at the meeting were A and B".
            + "|(?:among\\s+)?(?:those\\s+)?who\\s+spoke(?:\\s+at\\s+(?:it|the\\s+[\\w'’-]+(?:\\s+[\\w'’-]+){0,3}?))?\\s+were"
            // "Participating in the discussion were A and B": they spoke in it.
            + "|(?:also\\s+)?(?:participating|taking\\s+part)\\s+in\\s+the\\s+(?:discussions?|debates?)(?:\\s+(?:of|on)\\s+[^,]{1,60}?)?\\s+were"
            // "Then followed discussions by A and B", "There followed speeches of delegates including A": the list, inverted.
            + "|(?:then\\s+|there\\s+)?followed\\s+(?:the\\s+)?(?:speeches|discussions)\\s+(?:of|by))\\s");

    /**
     * "Reporter A, TITLE, said ...", "The reporters, A and B, ...", "The lecturer, Professor A, spoke": the sentence opens on
     * the one who made the report (the lecture).
     */
    private static final Pattern REPORTER = Pattern.compile("(?i)^\\W*(?:the\\s+)?(reporters?|lecturers?),?\\s+(?=(?-i:[A-Z]))");

    /** "Speeches were made there.": opens a section in which each list of names speaks. */
    boolean section(ArticleReading r, String text) {
        return section(r, null, text, List.of(), List.of(), null);
    }

    /** As {@link #section(ArticleReading, String)}, and a list of speakers named as such. */
    boolean section(ArticleReading r, Sentence s, String text, List<NameMention> names, List<MeetingNames.Found> found, Evidence evidence) {
        Matcher speakers = s == null ? null : SPEAKERS_LIST.matcher(text);
        if (speakers != null && speakers.find()) {
            List<NameMention> listed = r.after(names, s, speakers.end());
            // The list follows at once, give or take a title: "the speakers were unanimous in praising A" names no speaker.
            if (listed.isEmpty() || listed.get(0).start() - s.start() - speakers.end() > 25) return false;
            addresses(r, namesOf(listed), "speech", r.meetingFor(found, speakers.end()), null, evidence);
            return true;
        }
        Matcher reporter = s == null ? null : REPORTER.matcher(text);
        if (reporter != null && reporter.find()) {
            List<NameMention> listed = r.after(names, s, reporter.end());
            // The name follows at once ("Reporter A, director of X, said"); a title first ("the reporter, chairman A") may come between.
            if (listed.isEmpty() || listed.get(0).start() - s.start() - reporter.end() > 25) return false;
            MeetingName meeting = r.meetingFor(found, reporter.end());
            String word = reporter.group(1).toLowerCase(Locale.ROOT);
            boolean several = word.endsWith("s");
            addresses(r, namesOf(several ? listed : listed.subList(0, 1)), word.startsWith("lecturer") ? "lecture" : "report", meeting, null, evidence);
            return meeting != null;
        }
        if (!SPEECH_SECTION.matcher(text.strip()).matches()) return false;
        r.speechSection = true;
        return true;
    }

    /** Passive lists: the names after the phrase are the actors. */
    boolean passive(ArticleReading r, Sentence s, String text, List<NameMention> names, List<MeetingNames.Found> found, Evidence evidence, boolean gated) {
        Matcher passive = SPEECH_PASSIVE_STARTS.first(SPEECH_PASSIVE, text, gated);
        if (passive == null) return false;
        String kind = kind(passive.group(1) != null ? passive.group(1) : passive.group(2) != null ? passive.group(2) : passive.group(3));
        addresses(r, namesOf(r.after(names, s, passive.end())), kind, r.meetingFor(found, passive.end()), null, evidence);
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
        // "the lecture given by A" after the article referred to A's lecture at X: that lecture, not the meeting reported.
        if (kind(madeBy.group(1)).equals("lecture") && r.referredLecture != null && found.isEmpty()) meeting = r.referredLecture;
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
            // "heard the reports of A and B, vice-chairman of X": a plural address word has each name of the list.
            if (meeting != null && of.group(1).toLowerCase(Locale.ROOT).endsWith("s")) {
                int previousEnd = n.end() - s.start();
                for (NameMention next : names) {
                    int nextAt = next.start() - s.start();
                    if (nextAt < previousEnd) continue;
                    if (!LISTED_NEXT.matcher(text.substring(previousEnd, nextAt)).matches()) break;
                    r.speech(next.name(), kind(of.group(1)), meeting, null, evidence);
                    previousEnd = next.end() - s.start();
                }
            }
        }
        return read;
    }

    private static final Pattern ADDRESS_OF_START = Pattern.compile("(?i)\\b(?:reports?|speech(?:es)?|lectures?|conclusion)\\s+(?:made\\s+)?(?:of|by|from)\\b");

    /** "A made a report, which was followed by speeches of B and C": the subject's own address comes first, and is read too. */
    boolean activeFirst(String text) {
        Matcher active = SPEECH_ACTIVE.matcher(text);
        if (!active.find()) return false;
        Matcher of = ADDRESS_OF_START.matcher(text);
        return of.find() && active.end() <= of.start();
    }

    /** Active voice: the subjects made an address; each form tried only if the sentence's words hold its triggers ({@code words} null: all). */
    boolean active(ArticleReading r, String text, List<String> subjects, List<MeetingNames.Found> found, Evidence evidence, Triggers.Words words) {
        // Gated (words known), a pattern is tried only where one of its branches' first words begins (WordStarts).
        Matcher speech = SPEECH_ACTIVE_WORDS.admits(words) ? SPEECH_ACTIVE_STARTS.first(SPEECH_ACTIVE, text, words != null) : null;
        Matcher speechIn = SPEECH_IN.matcher(text);
        if (speech != null) {
            addresses(r, subjects, kind(speech.group(1)), r.meetingFor(found, speech.end()), title(text), evidence);
            r.speechSection = false;
            return true;
        }
        Matcher with = WITH_ADDRESS.matcher(text);
        if (WITH_ADDRESS_WORDS.admits(words) && WITH_ADDRESS_VERBS.admits(words) && with.find()) {
            addresses(r, subjects, kind(with.group(1)), r.meetingFor(found, with.end()), null, evidence);
            return true;
        }
        Matcher floor = TOOK_THE_FLOOR_WORDS.admits(words) || SAID.admits(words) && SAID_AT.admits(words)
                ? TOOK_THE_FLOOR_STARTS.first(TOOK_THE_FLOOR, text, words != null) : null;
        if (floor != null) {
            addresses(r, subjects, "speech", r.meetingFor(found, floor.end()), null, evidence);
            r.speechSection = false;
            return true;
        }
        if (REPORTED_WORDS.admits(words) && !subjects.isEmpty()) {
            Matcher reported = REPORTED_ON.matcher(text);
            if (reported.find()) {
                addresses(r, subjects, "report", r.meetingFor(found, reported.end()), null, evidence);
                return true;
            }
        }
        if (SPEECH_IN_WORDS.admits(words) && speechIn.find()) {
            addresses(r, subjects, kind(speechIn.group(1)), r.meetingFor(found, speechIn.end()), null, evidence);
            return true;
        }
        return false;
    }

    /** Each speaker made an address of that kind at the meeting (none when no meeting is known). */
    private static void addresses(ArticleReading r, List<String> speakers, String kind, MeetingName meeting, String title, Evidence evidence) {
        if (meeting == null) return;
        for (String p : speakers) r.speech(p, kind, meeting, title, evidence);
    }

    private static List<String> namesOf(List<NameMention> mentions) {
        return mentions.stream().map(NameMention::name).toList();
    }

    /** Between two names of one list: "and", a comma, an appositive title ("A, chairman of X, and B"). */
    private static final Pattern LISTED_NEXT = Pattern.compile("(?:\\s*,\\s*[^,;.]{1,80}?)?\\s*(?:,\\s*|\\s+)(?:and\\s+)?|\\s*,?\\s*and\\s+");

    /** "and B, its secretary, made": a clause of its own opens at "and" with the name (a title or two may come first). */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?:,\\s*|\\s)(?:and|while)\\s+(?:then\\s+)?(?:(?-i:[A-Z][\\w'’-]*)\\s+){0,6}?$");

    /**
     * "A, chairman of X, made an opening address and B, its secretary, made a report": after the
     * sentence's subject made the first address, each further "and B ... made a Y" is B's own.
     */
    void furtherClauses(ArticleReading r, Sentence s, String text, List<NameMention> names, List<MeetingNames.Found> found, Evidence evidence) {
        Matcher speech = SPEECH_ACTIVE.matcher(text);
        if (!speech.find()) return;
        int previousEnd = speech.end();
        while (speech.find()) {
            NameMention speaker = null;
            for (NameMention n : names) {
                int at = n.start() - s.start();
                if (at < previousEnd || at >= speech.start()) continue;
                // The clause's subject opens it: "and B" (a title may stand before the name); B's appositive follows.
                if (CLAUSE_OPENING.matcher(text.substring(previousEnd, at)).find()
                        && !text.substring(n.end() - s.start(), speech.start()).matches("(?s).*\\b(?:and|while)\\s.*")) {
                    speaker = n;
                }
            }
            previousEnd = speech.end();
            if (speaker == null) continue;
            MeetingName meeting = r.meetingFor(found, speech.end());
            if (meeting != null) r.speech(speaker.name(), kind(speech.group(1)), meeting, null, evidence);
        }
    }

    /** Under "Speeches were made there.", each following list of speakers made one. */
    void underSection(ArticleReading r, Sentence s, List<NameMention> names, List<int[]> chains, Evidence evidence) {
        if (r.speechSection && !chains.isEmpty() && !names.isEmpty()
                && names.get(0).start() - s.start() < 12 && chains.get(0)[1] > chains.get(0)[0] && r.context != null) {
            int[] chain = chains.get(0);
            for (int i = chain[0], end = chain[1] + 1; i < end; i++) r.speech(names.get(i).name(), "speech", r.context, null, evidence);
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
