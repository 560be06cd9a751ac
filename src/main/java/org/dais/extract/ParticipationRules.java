package org.dais.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dais.nlp.NameMention;
import org.dais.nlp.Sentence;

/**
 * Participation: who guided a meeting, who sat on its platform (in the rank order printed) and
 * who attended, in active ("A guided the meeting", "A, B and C were on the platform") and list
 * forms ("The platform was taken by ...", "Present there were ...").
 */
final class ParticipationRules implements RuleFamily {
    private static final Pattern GUIDE_ACTIVE = Pattern.compile(
            "(?i)\\b(?:guided|guides|presided\\s+over|presides\\s+over|to\\s+guide|to\\s+preside\\s+over)\\s+(?:the\\s+|it\\b)"
            // "A chaired the session": presided over it, in other outlets' words (a meeting, not "chaired the committee for years").
            + "|\\b(?:chaired|chairs|to\\s+chair)\\s+(?:it\\b|the\\s+(?:[\\w'’-]+\\s+){0,3}?(?:meeting|session|conference|congress|plenum|seminar|symposium|sitting|forum|rally|consultation)\\b)"
            // "A convened a consultative meeting": who convenes a meeting guides it.
            + "|\\b(?:convened|convenes)(?:\\s+and\\s+(?:guided|presided\\s+over))?\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:meeting|conference|consultation|session)\\b"
            // "A guided a consultative meeting on X": the meeting the sentence reports, named after the article.
            + "|\\b(?:guided|presided\\s+over)\\s+an?\\s+(?:[\\w-]+\\s+){0,3}?(?:meeting|conference|consultation|session|seminar)\\b"
            // "A opened the session", "A declared the conference closed": who opens or closes a meeting presides over it.
            + "|\\b(?:opened|closed|concluded|declared\\s+open|declared\\s+closed)\\s+the\\s+(?:session|meeting|conference|congress|plenary\\s+meeting|plenum|sitting|seminar|symposium)\\b"
            + "|\\bdeclared\\s+the\\s+(?:session|meeting|conference|congress|plenary\\s+meeting|plenum|sitting)\\s+(?:open|opened|closed)\\b"
            // "A called the session to order": opened it, the chair's words of assemblies.
            + "|\\bcalled\\s+(?:it|the\\s+(?:session|meeting|conference|congress|plenary\\s+meeting|plenum|sitting|seminar|symposium))\\s+to\\s+order\\b"
            // "A was in the chair"; "Opening the session, A said ...": the subject presided.
            + "|(?<=(?-i:[A-Z])[\\w'’-]{0,20}\\s|,\\s)(?:was|were)\\s+in\\s+the\\s+chair\\b"
            + "|^\\W*(?:opening|closing)\\s+(?:it|the\\s+(?:session|meeting|conference|congress|plenary\\s+meeting|plenum|sitting|seminar|symposium))\\s*,");
    /** "... took place on May 3, with A, chairman of X, in the chair": A presided. */
    private static final Pattern WITH_IN_CHAIR = Pattern.compile("(?i)\\bwith\\s+(?=(?-i:[A-Z]))[^;()]{0,160}?\\s+in\\s+the\\s+chair\\b");
    /** "was opened by A with an opening speech", "was closed with a concluding speech by A": the address of the one who opened or closed it. */
    private static final Pattern ADDRESS_WITH = Pattern.compile(
            "(?i)\\bwith\\s+(?:an?|the|his|her)\\s+(?:brief\\s+)?(opening|concluding|closing)\\s+(?:address|speech|remarks)\\b");
    private static final Pattern GUIDE_PASSIVE = Pattern.compile("(?i)\\bwas\\s+(?:guided|presided\\s+over|chaired|called\\s+to\\s+order)\\s+by\\b"
            // "A plenary meeting was held under the guidance of A": the older copy's guided (only of what was held: "built under the guidance of" is no meeting's).
            + "|\\b(?:meeting|session|conference|congress|plenum|seminar|symposium|sitting)\\b[^.;]{0,160}?\\b(?:was\\s+held|took\\s+place|was\\s+convened|opened)"
            + "\\s+(?:in\\s+[A-Z][\\w'’-]*\\s+)?under\\s+the\\s+(?:guidance|chairmanship)\\s+of\\b"
            // "Presiding over the meeting was A", "Guiding it was A": the inverted form of the list (older and other outlets' copy).
            + "|^\\W*(?:presiding\\s+over|guiding|chairing)\\s+(?:it|the\\s+(?:[\\w'’-]+\\s+){0,6}?(?:meeting|session|conference|congress|plenum|seminar|symposium|sitting|forum|rally|consultation))\\s+was\\b"
            // "The session was opened by A": who opens or closes a meeting presides over it (not an exhibition, a road).
            + "|\\b(?:it|session|meeting|conference|congress|plenum|sitting|seminar|symposium)\\s+was\\s+(?:opened|closed|declared\\s+(?:open|closed))"
            // "The conference was closed with a concluding speech by A": A closed it, and made that address (ADDRESS_WITH).
            + "(?:\\s+with\\s+(?:an?|the)\\s+(?:brief\\s+)?(?:opening|concluding|closing)\\s+(?:address|speech|remarks))?\\s+by\\b"
            // "The session, which was opened by A, ...", "... the 7th Session of the 15th X Assembly, which was closed by A": a relative clause of the meeting.
            + "|\\b(?:session|meeting|conference|congress|plenum|sitting|seminar|symposium|forum|workshop|course)s?\\b"
            // ... through the name's own words only: "The meeting praised the canal, which was opened by A" is the canal's.
            + "(?:\\s+(?-i:(?![a-z][\\w'’-]*ed\\b))(?!(?:was|were|is|are|has|had|have|made|gave|took|held|heard|saw|met)\\b)[\\w'’.-]+){0,14}?,\\s+which\\s+was\\s+(?:opened|closed|declared\\s+(?:open|closed))\\s+by\\b");
    private static final Pattern ATTEND_ACTIVE = Pattern.compile(
            // "A and B were on hand", "A and B were among the participants": present, in other words.
            // (Right after a name: "the seeds were on hand" says nothing of who was.)
            "(?i)\\b(?:was|were)\\s+(?:also\\s+)?present\\b|(?=[wW])(?<=(?-i:[A-Z])[\\w'’-]{0,20}\\s)(?:was|were)\\s+(?:on\\s+hand|among\\s+the\\s+(?:participants|attendees|guests))\\b|\\battended\\s+(?:the|it)\\b|\\bafter\\s+attending\\s+(?:the|it)\\b|\\btook\\s+part\\s+in\\s+(?:it\\b|the\\s+(?:[\\w-]+\\s+){0,2}?(?:meeting|session|conference|congress|plenum|seminar|symposium|forum|rally|course|workshop)\\b)|\\bappeared\\s+(?:in|at)\\s+the\\s+(?:venue|hall)|\\bwere\\s+waiting\\s+there");
    private static final Pattern ATTEND_LIST = Pattern.compile(
            // "Also present at the meeting was A": one name, the list's singular.
            "(?i)(?:\\bwas\\s+attended\\s+(?:as\\s+observers\\s+)?by|^\\W*(?:also\\s+)?present\\s+(?:(?:there|at\\s+[^,]{1,80}?|on\\s+the\\s+occasion)\\s+)?(?:as\\s+observers?\\s+)?(?:were|was)|"
            + "^\\W*attending\\s+(?:it|the\\s+[\\w\\s]{1,60}?)\\s+(?:as\\s+\\w+\\s+)?(?:were|was)|^\\W*also\\s+attending\\s+(?:(?:it|the\\s+[\\w\\s]{1,60}?)\\s+)?(?:were|was)|^\\W*(?:also\\s+)?present\\s+(?:were|was)|"
            + "^\\W*among\\s+(?:the\\s+)?(?:attendees|participants|those\\s+present)\\s+were|"
            // "Also on hand were A and B", "Invited to the meeting were A and B": the list of those present.
            + "^\\W*(?:also\\s+)?(?:on\\s+hand|invited\\s+(?:to\\s+(?:it|the\\s+[\\w\\s'’-]{1,60}?)|there))\\s+were|"
            // "Participants included A, B and officials of ...", "Those present at the meeting included ...": the list, in other words.
            + "^\\W*(?:the\\s+)?(?:attendees|participants|those\\s+present)(?:\\s+(?:at|in)\\s+(?:it|the\\s+[\\w\\s'’-]{1,60}?))?\\s+included(?=\\s+(?-i:[A-Z]))|"
            // "Participating in it were ...", "Taking part in the session were ...": attendance in other words.
            + "^\\W*(?:also\\s+)?(?:participating|taking\\s+part)\\s+in\\s+(?:it|the\\s+(?!(?:discussions?|debates?)\\s)[\\w\\s'’-]{1,60}?)\\s+were)\\b");
    private static final Pattern PLATFORM_LIST = Pattern.compile(
            "(?i)(?:\\bplatform\\s+was\\s+(?:taken|occupied)\\s+by|\\bon\\s+the\\s+platform\\s+were|\\bpresidium\\s+(?:was|were)\\s+(?:taken|formed|occupied)\\s+by|"
            // "Seated on the platform of the conference were ...", "On the presidium of the session were ...": whose platform, then the list.
            // "Seated on the rostrum were ...": the platform in older copy's word.
            + "\\b(?:seated\\s+)?on\\s+the\\s+(?:platform|presidium|rostrum)\\s+(?:of\\s+the\\s+[\\w\\s'’-]{1,40}?\\s+)?were"
            // "Those on the platform included A and B".
            + "|^\\W*(?:those\\s+)?on\\s+the\\s+(?:platform|presidium|rostrum)\\s+included(?=\\s+(?-i:[A-Z])))\\b");
    private static final Pattern PLATFORM_ACTIVE = Pattern.compile(
            "(?i)\\b(?:was|were)\\s+(?:seated\\s+)?on\\s+the\\s+(?:platform|presidium|rostrum)\\b|\\btook\\s+(?:their|his|her)\\s+seats?\\s+on\\s+the\\s+(?:platform|presidium|rostrum)\\b|\\b(?:took|were\\s+seated\\s+at)\\s+the\\s+platform\\b(?!\\s+to\\s+guide)");
    private static final Pattern AMONG_PLATFORM = Pattern.compile("(?i)^\\W*among\\s+those\\s+on\\s+the\\s+platform\\s+were\\b");

    // Gate (Triggers): words every match of a rule's patterns holds; change them with the patterns.
    /** PLATFORM_ACTIVE, PLATFORM_LIST, AMONG_PLATFORM, ATTEND_LIST, GUIDE_PASSIVE. */
    static final Triggers LISTS = Triggers.anyOf("platform", "presidium", "rostrum", "attended", "present", "attending", "among", "guided", "presided",
            "participating", "taking", "included", "opened", "closed", "declared", "chaired", "hand", "invited", "presiding", "guiding", "chairing", "called",
            "guidance", "chairmanship", "chair");
    /** GUIDE_ACTIVE, ATTEND_ACTIVE ("convened", "convenes": the meetings2 branch adds "A convened a meeting" to GUIDE_ACTIVE). */
    static final Triggers ACTIVE = Triggers.anyOf("guided", "guides", "presided", "presides", "guide", "preside",
            "convened", "convenes", "present", "attended", "attending", "appeared", "waiting", "opened", "closed", "declared", "chaired", "chairs", "chair",
            "hand", "among", "part",
            "concluded", "called", "opening", "closing");
    /** PLATFORM_ACTIVE, PLATFORM_LIST, AMONG_PLATFORM alone. */
    static final Triggers PLATFORM_WORDS = Triggers.anyOf("platform", "presidium", "rostrum");
    /** GUIDE_ACTIVE alone. */
    static final Triggers GUIDE_ACTIVE_WORDS = Triggers.anyOf("guided", "guides", "presided", "presides", "guide", "preside",
            "convened", "convenes", "opened", "closed", "concluded", "declared", "chaired", "chairs", "chair", "called", "opening", "closing");
    /** The first word of each branch of GUIDE_ACTIVE (and its "^Opening the session," branch): where a match can begin. */
    private static final WordStarts GUIDE_ACTIVE_STARTS = WordStarts.of("guided", "guides", "presided", "presides", "to", "chaired", "chairs",
            "convened", "convenes", "opened", "closed", "concluded", "declared", "called", "was", "were").orTextStart();
    /** The first word of each branch of ATTEND_ACTIVE. */
    private static final WordStarts ATTEND_ACTIVE_STARTS = WordStarts.of("was", "were", "attended", "after", "took", "appeared");
    /** The first word of ATTEND_LIST's one branch not anchored at the text's start. */
    private static final WordStarts ATTEND_LIST_STARTS = WordStarts.of("was").orTextStart();
    /** The first word of each branch of GUIDE_PASSIVE (the meeting words as its branches spell them, plurals too). */
    private static final WordStarts GUIDE_PASSIVE_STARTS = WordStarts.of("was", "it", "meeting", "meetings", "session", "sessions", "conference",
            "conferences", "congress", "congresss", "plenum", "plenums", "seminar", "seminars", "symposium", "symposiums", "sitting", "sittings",
            "forum", "forums", "workshop", "workshops", "course", "courses").orTextStart();
    /** ATTEND_ACTIVE alone. */
    static final Triggers ATTEND_ACTIVE_WORDS = Triggers.anyOf("present", "hand", "among", "attended", "attending", "part", "appeared", "waiting");

    private static final String HELD = "The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on March 2.\n";

    /** An example after the plenary meeting: each of {@code persons} is named as present at it. */
    private static RuleExample present(String sentence, String... persons) {
        return RuleExample.of(HELD + sentence, java.util.Arrays.stream(persons).map(n -> "attended: " + n).toArray(String[]::new));
    }

    @Override
    public String name() { return "participation"; }

    @Override
    public List<Rule> rules() {
        String held = HELD;
        return List.of(
                Rule.of("platform taken by", "The platform was taken by A, B and C (rank = order printed)",
                        RuleExample.of(held + "The platform was taken by Ri Tok Hun, Kim Sol Mi and Pak Tong Gun.",
                                "platform: Ri Tok Hun | 1", "platform: Kim Sol Mi | 2", "platform: Pak Tong Gun | 3")),
                Rule.of("platform occupied by", "The platform was occupied by A and B (rank = order printed)",
                        RuleExample.of(held + "The platform was occupied by Ri Tok Hun and Kim Sol Mi.",
                                "platform: Ri Tok Hun | 1", "platform: Kim Sol Mi | 2"),
                        RuleExample.of(held + "Ri Tok Hun said the hall was occupied by the workers.", "not platform: Ri Tok Hun | 1")),
                Rule.of("among those on the platform", "Among those on the platform were A and B (ranks go on)",
                        RuleExample.of(held + "The platform was taken by Ri Tok Hun. Among those on the platform were Kim Sol Mi and Pak Tong Gun.",
                                "platform: Ri Tok Hun | 1", "platform: Kim Sol Mi | 2", "platform: Pak Tong Gun | 3")),
                Rule.of("were on the platform", "A, B and C were on the platform",
                        RuleExample.of(held + "Ri Tok Hun and Kim Sol Mi were on the platform.",
                                "platform: Ri Tok Hun | 1", "platform: Kim Sol Mi | 2")),
                Rule.of("attendance list", "Present there were A and B / The meeting was attended by A and B",
                        present("Present there were Chon Yong Hak and Mun Kyong Hui.", "Chon Yong Hak", "Mun Kyong Hui")),
                Rule.of("observers", "Also present as observers were A and B / The meeting was attended as observers by A: attended",
                        present("Also present as observers were Chon Yong Hak and Mun Kyong Hui.", "Chon Yong Hak", "Mun Kyong Hui"),
                        RuleExample.of(held + "The meeting was attended as observers by Chon Yong Hak.", "attended: Chon Yong Hak"),
                        RuleExample.of(held + "Chon Yong Hak made a report.\nAlso present as observers were officials of the ministries.", "not attended: Chon Yong Hak")),
                Rule.of("attendance list in other words", "Participating in it were A and B / Taking part in the session were A and B",
                        present("Participating in it were Chon Yong Hak, minister of Forestry, and Mun Kyong Hui.", "Chon Yong Hak", "Mun Kyong Hui"),
                        present("Taking part in the plenary meeting were Chon Yong Hak and Mun Kyong Hui.", "Chon Yong Hak", "Mun Kyong Hui"),
                        RuleExample.of(held + "Chon Yong Hak said that participating in the campaign were thousands of youths.",
                                "not attended: Chon Yong Hak")),
                Rule.of("presidium list, attendance after 'also'", "Seated on the presidium were A and B; Also attending were C and D",
                        RuleExample.of(held + "Seated on the presidium were Chon Yong Hak and Mun Kyong Hui.",
                                "platform: Chon Yong Hak | 1", "platform: Mun Kyong Hui | 2"),
                        present("Also attending were Chon Yong Hak and Mun Kyong Hui, officials of the ministry.", "Chon Yong Hak", "Mun Kyong Hui"),
                        RuleExample.of(held + "Chon Yong Hak said the presidium were to meet again.", "not platform: Chon Yong Hak | 1"),
                        RuleExample.of(held + "Seated on the platform of the plenary meeting were Chon Yong Hak, Mun Kyong Hui and Pae Sun Gil.",
                                "platform: Chon Yong Hak | 1", "platform: Mun Kyong Hui | 2", "platform: Pae Sun Gil | 3"),
                        RuleExample.of(held + "On the presidium of the session were Chon Yong Hak and Mun Kyong Hui.",
                                "platform: Chon Yong Hak | 1", "platform: Mun Kyong Hui | 2"),
                        RuleExample.of(held + "Seated on the rostrum were Chon Yong Hak and Mun Kyong Hui.",
                                "platform: Chon Yong Hak | 1", "platform: Mun Kyong Hui | 2"),
                        RuleExample.of(held + "Chon Yong Hak and Mun Kyong Hui took their seats on the rostrum.",
                                "platform: Chon Yong Hak | 1", "platform: Mun Kyong Hui | 2")),
                Rule.of("chaired, on hand, invited", "A chaired the session (guided); Also on hand were A and B; Invited to the meeting were A; A was among the participants",
                        RuleExample.of(held + "Pae Sun Gil chaired the session.", "guided: Pae Sun Gil"),
                        RuleExample.of(held + "The meeting was chaired by Pae Sun Gil, chairman of the county people's committee.", "guided: Pae Sun Gil"),
                        present("Also on hand were Chon Yong Hak and Mun Kyong Hui.", "Chon Yong Hak", "Mun Kyong Hui"),
                        present("Invited to the meeting were Chon Yong Hak and Mun Kyong Hui.", "Chon Yong Hak", "Mun Kyong Hui"),
                        present("Chon Yong Hak and Mun Kyong Hui were among the participants.", "Chon Yong Hak", "Mun Kyong Hui"),
                        RuleExample.of(held + "Chon Yong Hak chaired the county committee for years.", "not guided: Chon Yong Hak"),
                        RuleExample.of(held + "Chon Yong Hak said that the seeds were on hand.", "not attended: Chon Yong Hak")),
                Rule.of("participants included", "Participants included A and B; Those present at the meeting included A: attended",
                        RuleExample.of(held + "Participants included Chon Yong Hak, Mun Kyong Hui and officials of the county.",
                                "attended: Chon Yong Hak | 1", "attended: Mun Kyong Hui | 2"),
                        RuleExample.of(held + "Those present at the plenary meeting included Pae Sun Gil, chairman of the Sokhu County People's Committee.",
                                "attended: Pae Sun Gil"),
                        RuleExample.of(held + "The participants included in their letter a pledge to Pae Sun Gil.", "not attended: Pae Sun Gil"),
                        RuleExample.of(held + "The tasks of the participants included the care of the fields of Pae Sun Gil.", "not attended: Pae Sun Gil")),
                Rule.of("guided by", "The meeting was guided / presided over / opened by A",
                        RuleExample.of(held + "The meeting was presided over by Yang Chol Bom.", "guided: Yang Chol Bom"),
                        RuleExample.of(held + "The session was opened by Yang Chol Bom, chairman of the Credentials Committee.", "guided: Yang Chol Bom"),
                        RuleExample.of(held + "The new bridge was opened by Yang Chol Bom to traffic.", "not guided: Yang Chol Bom"),
                        // A relative clause of the meeting before the passive: opened or closed by A, who presided.
                        RuleExample.of(held + "The plenary meeting, which was closed by Hyon Chol Gu with a short address, ended in the evening.", "guided: Hyon Chol Gu"),
                        RuleExample.of("The 6th Session of the 11th Tongbong County People's Assembly, which was opened by Mun Hyang Sil, chairwoman of the county people's committee, "
                                + "discussed the county budget on Tuesday.",
                                "meeting: 6th Session of the 11th Tongbong County People's Assembly", "guided: Mun Hyang Sil"),
                        RuleExample.of(held + "Delegates toured the new library, which was opened by Yang Chol Bom last spring.", "not guided: Yang Chol Bom"),
                        RuleExample.of(held + "The meeting praised the new canal, which was opened by Yang Chol Bom to shipping.", "not guided: Yang Chol Bom")),
                Rule.of("called to order, opened or closed with an address", "The session was called to order by A; The meeting was opened by A with an opening speech; "
                                + "The seminar was closed with a concluding speech by A: A guided it, and made the address named",
                        RuleExample.of(held + "The plenary meeting was called to order by Yang Chol Bom, chairman of the committee.", "guided: Yang Chol Bom"),
                        RuleExample.of(held + "Yang Chol Bom called the plenary meeting to order.", "guided: Yang Chol Bom"),
                        RuleExample.of(held + "The plenary meeting was opened by Yang Chol Bom, chairman of the committee, with an opening speech.",
                                "guided: Yang Chol Bom", "speech: Yang Chol Bom | opening address"),
                        RuleExample.of(held + "The plenary meeting was closed with a concluding speech by Kye Sun Ok.",
                                "guided: Kye Sun Ok", "speech: Kye Sun Ok | concluding speech", "not speech: Kye Sun Ok | speech"),
                        RuleExample.of(held + "Yang Chol Bom called the workers to order in the hall.", "not guided: Yang Chol Bom")),
                Rule.of("in the chair, under the guidance", "A was in the chair; ... with A, TITLE, in the chair; X was held under the guidance of A; "
                                + "Opening the meeting, A said: A guided it; not what was built under one's guidance",
                        RuleExample.of(held + "Yang Chol Bom, vice-chairman of the committee, was in the chair.", "guided: Yang Chol Bom"),
                        RuleExample.of("A national seminar on soil science took place at the hall on May 3, with Yang Chol Bom, president of the academy, in the chair.",
                                "meeting: National Seminar on Soil Science", "guided: Yang Chol Bom"),
                        RuleExample.of("A plenary meeting of the Sokhu County Committee of the WPK was held under the guidance of Kye Sun Ok, chief secretary of the committee, on May 3.",
                                "guided: Kye Sun Ok"),
                        RuleExample.of(held + "Opening the plenary meeting, Kye Sun Ok stressed the tasks of the year.", "guided: Kye Sun Ok"),
                        RuleExample.of(held + "The dam was built under the guidance of Kye Sun Ok, the speakers said.", "not guided: Kye Sun Ok"),
                        RuleExample.of(held + "Yang Chol Bom said the workers put the plan in the chair of the hall.", "not guided: Yang Chol Bom")),
                Rule.of("active guidance", "A guided / presided over the meeting",
                        RuleExample.of(held + "Yang Chol Bom presided over the meeting.", "guided: Yang Chol Bom")),
                Rule.of("subject after an opening phrase", "Upon X, Chairman A presided over the meeting",
                        RuleExample.of(held + "Upon authorization of the Presidium, Chairman Kye Sun Ok presided over the meeting.", "guided: Kye Sun Ok")),
                Rule.of("opened or closed it", "A opened the session; B declared the meeting closed: each presided over it (guided); not 'opened the exhibition'",
                        RuleExample.of(held + "Yang Chol Bom opened the plenary meeting.", "guided: Yang Chol Bom"),
                        RuleExample.of(held + "Kye Sun Ok declared the plenary meeting closed.", "guided: Kye Sun Ok"),
                        RuleExample.of(held + "After the speeches Kye Sun Ok concluded the meeting.", "guided: Kye Sun Ok"),
                        RuleExample.of(held + "Kye Sun Ok concluded the agreement with the firm.", "not guided: Kye Sun Ok"),
                        RuleExample.of(held + "Kye Sun Ok opened the exhibition of paintings at the hall.", "not guided: Kye Sun Ok")),
                Rule.of("one role per person", "A attended the meeting. A presided over it (guided, not also attended)",
                        RuleExample.of(held + "Kye Sun Ok attended the meeting.\nKye Sun Ok presided over the meeting.",
                                "guided: Kye Sun Ok", "not attended: Kye Sun Ok")),
                Rule.of("seats on the platform", "A and B took their seats on the platform",
                        RuleExample.of(held + "Tak Song Il and Wi Chang Bom took their seats on the platform.",
                                "platform: Tak Song Il | 1", "platform: Wi Chang Bom | 2")),
                Rule.of("convened and guided", "A convened and guided the meeting",
                        RuleExample.of(held + "Kye Sun Ok convened and guided the meeting.", "guided: Kye Sun Ok"),
                        RuleExample.of("Pyongyang, May 4 (KCNA) -- Chairman Kye Sun Ok on May 3 convened and guided a consultative meeting for the county irrigation project "
                                + "as part of the preparations for a new decision of the committee.",
                                "meeting: Consultative Meeting for County Irrigation Project", "guided: Kye Sun Ok")),
                Rule.of("attended by", "The meeting was attended by A and B (rank = order printed)",
                        RuleExample.of(held + "The meeting was attended by Tak Song Il and Wi Chang Bom.",
                                "attended: Tak Song Il | 1", "attended: Wi Chang Bom | 2")),
                Rule.of("the one a meeting honours", "A meeting to celebrate the birthday of A ... A is no participant",
                        RuleExample.of("A National Meeting to Celebrate the 90th Birthday of Kim Il Sung was held on April 14.\nKim Il Sung was present there in the hearts of the people.\n"
                                + "Present there were Tak Song Il and Wi Chang Bom.",
                                "attended: Tak Song Il", "not attended: Kim Il Sung")),
                Rule.of("a list that attended", "A, B and C attended the meeting (rank = order printed)",
                        RuleExample.of(held + "Tak Song Il, Wi Chang Bom and Kye Sun Ok attended the meeting.",
                                "attended: Tak Song Il | 1", "attended: Wi Chang Bom | 2", "attended: Kye Sun Ok | 3")),
                Rule.of("a delegation's head", "A delegation of X headed by A returned home after attending M / attended M: A attended M (not: left to attend M)",
                        RuleExample.of("A delegation of the Ministry of Inland Fisheries headed by Vice-Minister Pang Il Gyu returned home by air on May 2 "
                                        + "after attending the 3rd meeting of the joint working group on fish farming held in a foreign capital.",
                                "attended: Pang Il Gyu | 1 | 3rd Meeting of Joint Working Group on Fish Farming"),
                        RuleExample.of("A weavers' delegation led by Director of the Textile Research Institute Ok Myong Hui attended the 2nd Asian Textile Forum on May 2.",
                                "attended: Ok Myong Hui | 1 | 2nd Asian Textile Forum"),
                        RuleExample.of("A delegation of the Ministry of Inland Fisheries headed by Vice-Minister Pang Il Gyu left here by air on May 2 "
                                        + "to attend the 3rd meeting of the joint working group on fish farming.",
                                "not attended: Pang Il Gyu")),
                Rule.of("one present", "Also present at the meeting was A / Attending it was A: the list of one",
                        present("Also present at the plenary meeting was Chon Yong Hak, department director of the committee.", "Chon Yong Hak"),
                        present("Attending it was Chon Yong Hak.", "Chon Yong Hak"),
                        RuleExample.of(held + "Chon Yong Hak said the present was a time of change.", "not attended: Chon Yong Hak")),
                Rule.of("presiding, inverted", "Presiding over the meeting was A / Guiding it was A: A guided it; not what a person presided over elsewhere",
                        RuleExample.of(held + "Presiding over the plenary meeting was Chon Yong Hak, chairman of the committee.", "guided: Chon Yong Hak"),
                        RuleExample.of(held + "Guiding it was Chon Yong Hak.", "guided: Chon Yong Hak"),
                        RuleExample.of(held + "Chon Yong Hak said that presiding over the farm was a hard task.", "not guided: Chon Yong Hak")),
                Rule.of("present at", "A was present at the meeting; A and B were also present; Those on the platform included A (platform)",
                        RuleExample.of(held + "Tak Song Il was present at the meeting.", "attended: Tak Song Il"),
                        RuleExample.of(held + "Tak Song Il and Wi Chang Bom were also present.", "attended: Tak Song Il", "attended: Wi Chang Bom"),
                        RuleExample.of(held + "Those on the platform included Tak Song Il and Wi Chang Bom.", "platform: Tak Song Il | 1", "platform: Wi Chang Bom | 2")),
                Rule.of("meetings attended together", "A attended the X Forum and the Y Forum: both; not a meeting named later in another clause",
                        RuleExample.of("Chon Yong Hak attended the Third Asian Orchard Growers' Forum and the Second Pacific Seed Forum held abroad.",
                                "attended: Chon Yong Hak | 1 | 3rd Asian Orchard Growers' Forum", "attended: Chon Yong Hak | 1 | 2nd Pacific Seed Forum"),
                        RuleExample.of("Chon Yong Hak attended the Third Asian Orchard Growers' Forum, where he praised the Second Pacific Seed Forum.",
                                "not attended: Chon Yong Hak | 1 | 2nd Pacific Seed Forum")),
                Rule.of("active attendance", "A was present / attended the meeting",
                        RuleExample.of(held + "Chon Yong Hak attended the meeting.", "attended: Chon Yong Hak"),
                        RuleExample.of(held + "Chon Yong Hak and Mun Kyong Hui took part in the plenary meeting.", "attended: Chon Yong Hak | 1", "attended: Mun Kyong Hui | 2"),
                        RuleExample.of(held + "Chon Yong Hak took part in the tree-planting campaign in spring.", "not attended: Chon Yong Hak")));
    }

    /** The list forms, which name the participants after the phrase (or, for "were on the platform", before it). */
    boolean lists(ArticleReading r, Sentence s, String text, List<NameMention> names, List<MeetingNames.Found> found, Evidence evidence,
            Triggers.Words words) {
        // The platform's patterns scanned only where a platform is named (LISTS admits the sentence for any list).
        boolean platformNamed = PLATFORM_WORDS.admits(words);
        if (text.contains(" chair")) {
            Matcher chair = WITH_IN_CHAIR.matcher(text);
            if (chair.find()) {
                // From after "with": the list reader takes a name right after "with" for one that only qualifies.
                List<NameMention> chairs = r.after(names, s, chair.start() + 4);
                MeetingName meeting = r.meetingFor(found, 0);
                if (!chairs.isEmpty() && chairs.get(0).start() - s.start() < chair.end() && meeting != null) r.participate(chairs.get(0).name(), meeting, "guided", 1, evidence);
            }
        }
        Matcher seated = PLATFORM_ACTIVE.matcher(text);
        if (platformNamed && seated.find() && !names.isEmpty() && names.get(0).start() - s.start() < seated.start()) {
            // "A, B and C were on the platform": the names before, in rank order.
            MeetingName meeting = r.meetingFor(found, seated.end());
            if (meeting != null) {
                int rank = r.platformCount.getOrDefault(meeting.key(), 0);
                for (NameMention n : names) {
                    if (n.start() - s.start() >= seated.start()) break;
                    if (!ArticleReading.honours(meeting, n.name())) r.participations.add(new ParticipationClaim(n.name(), meeting, "platform", ++rank, evidence));
                }
                r.platformCount.put(meeting.key(), rank);
            }
            return true;
        }
        Matcher platform = PLATFORM_LIST.matcher(text);
        Matcher among = AMONG_PLATFORM.matcher(text);
        if (platformNamed && (platform.find() || among.find())) {
            int at = among.find(0) ? among.end() : platform.find(0) ? platform.end() : 0;
            MeetingName meeting = r.meetingFor(found, at);
            if (meeting != null) {
                int rank = among.find(0) ? r.platformCount.getOrDefault(meeting.key(), 0) : 0;
                for (NameMention n : r.after(names, s, at)) {
                    if (!ArticleReading.honours(meeting, n.name())) r.participations.add(new ParticipationClaim(n.name(), meeting, "platform", ++rank, evidence));
                }
                r.platformCount.put(meeting.key(), rank);
            }
            return true;
        }
        Matcher attendList = ATTEND_LIST_STARTS.first(ATTEND_LIST, text, words != null);
        if (attendList != null) {
            MeetingName meeting = r.meetingFor(found, attendList.end());
            if (meeting != null) {
                // Attendance lists are printed in rank order too.
                int rank = 0;
                for (NameMention n : r.after(names, s, attendList.end())) {
                    if (!ArticleReading.honours(meeting, n.name())) r.participations.add(new ParticipationClaim(n.name(), meeting, "attended", ++rank, evidence));
                }
            }
            return true;
        }
        Matcher guidedBy = GUIDE_PASSIVE_STARTS.first(GUIDE_PASSIVE, text, words != null);
        if (guidedBy != null) {
            List<NameMention> actors = r.after(names, s, guidedBy.end());
            MeetingName meeting = r.meetingFor(found, guidedBy.end());
            if (!actors.isEmpty() && meeting != null) {
                r.participate(actors.get(0).name(), meeting, "guided", 1, evidence);
                // "... was opened by A, chairman of X, with an opening speech": the one who opened it made that address.
                Matcher with = ADDRESS_WITH.matcher(text);
                if (with.find(guidedBy.start())) {
                    r.speech(actors.get(0).name(), with.group(1).equalsIgnoreCase("opening") ? "opening address" : "concluding speech", meeting, null, evidence);
                }
            }
            return true;
        }
        return false;
    }

    private static final Pattern JOINED = Pattern.compile("(?i)\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");

    /** The meetings named right after {@code first}, each joined to the one before by "and (the)" or a comma. */
    private static List<MeetingName> joinedTo(String text, List<MeetingNames.Found> found, MeetingName first) {
        List<MeetingName> out = new java.util.ArrayList<>();
        MeetingNames.Found previous = null;
        for (MeetingNames.Found f : found) {
            if (previous == null) {
                if (f.name() == first) previous = f;
                continue;
            }
            if (f.start() < previous.end() || f.start() > text.length()
                    || !JOINED.matcher(text).region(previous.end(), f.start()).matches()) break;
            out.add(f.name());
            previous = f;
        }
        return out;
    }

    /** Active voice: the subjects guided or attended. */
    boolean active(ArticleReading r, String text, List<String> subjects, List<MeetingNames.Found> found, Evidence evidence, Triggers.Words words) {
        // Each pattern scanned only where its own words are (ACTIVE admits the sentence for either).
        // Gated (words known), each is tried only where one of its branches' first words begins.
        Matcher guide = GUIDE_ACTIVE_WORDS.admits(words) ? GUIDE_ACTIVE_STARTS.first(GUIDE_ACTIVE, text, words != null) : null;
        Matcher attend = guide == null && ATTEND_ACTIVE_WORDS.admits(words) ? ATTEND_ACTIVE_STARTS.first(ATTEND_ACTIVE, text, words != null) : null;
        if (guide != null) {
            MeetingName meeting = r.meetingFor(found, guide.end());
            // "A, B and C guided the meeting": the subjects in the order printed.
            int rank = 0;
            for (String p : subjects) if (meeting != null) r.participate(p, meeting, "guided", ++rank, evidence);
            return true;
        } else if (attend != null) {
            MeetingName meeting = r.meetingFor(found, attend.end());
            int rank = 0;
            for (String p : subjects) if (meeting != null) r.participate(p, meeting, "attended", ++rank, evidence);
            // "A attended the X Forum and the Y Forum": each meeting joined to the one attended.
            for (MeetingName also : joinedTo(text, found, meeting)) {
                int alsoRank = 0;
                for (String p : subjects) r.participate(p, also, "attended", ++alsoRank, evidence);
            }
            return true;
        }
        return false;
    }
}
