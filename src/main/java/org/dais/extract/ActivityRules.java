package org.dais.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dais.ingest.DocumentMetadata;
import org.dais.ingest.Months;
import org.dais.nlp.NameMention;
import org.dais.nlp.Sentence;

/**
 * The rule family of the leader's public activities: reads occasions that are not meetings
 * (inspections, field guidance, visits, tests, drills, performances, ceremonies, receptions,
 * talks) and who was there, from the forms state media report them in:
 * <ul>
 * <li>the leader as subject of the verb of the occasion ("inspected X", "gave field guidance at X",
 * "paid a congratulatory visit to X", "oversaw a test-fire of ...", "received a delegation led by
 * X", "had talks with X", "laid a wreath at X"), and occasions reported without him ("A
 * performance was given at X on May 3", "The Y conducted test-fires on Tuesday") that he is then
 * said to watch or guide;</li>
 * <li>the day: a date in the sentence ("on July 18", a weekday against the publication date),
 * "that day/evening", else the day of the occasion reported before; "on May 3 and 4" is two
 * occasions; never a year that the publication date does not give;</li>
 * <li>the place or unit: the object of the verb, an anaphor ("the factory") resolved against the
 * headline, or "took place at X";</li>
 * <li>who: "He was accompanied by A, B and C, TITLES" and "Accompanying him were (also) ..." (in
 * printed order: the list rank), "He was greeted on the spot by X", "received a salute from X",
 * "Present there were ..." / "A and B were present" (attended; guests when invited), the foreign
 * visitors received or met (guest). The leader, the one who gave the guidance, is {@code led}.</li>
 * </ul>
 * Positions named in these lists are read by the office rules, as everywhere else. The leader is
 * the person the article gives the top offices (general secretary, president of the State
 * Affairs), else the one the headline calls "Comrade".
 */
public final class ActivityRules {
    private static final String MONTH = "(?:" + Months.PATTERN + ")";
    // Word lists more than one pattern reads, written once.
    /** How he is addressed or titled in a sentence that names him: "Comrade", "General Secretary", "Supreme Leader". */
    private static final String ADDRESS = "(?:comrade|general\\s+secretary|supreme\\s+leader|supreme\\s+commander)";
    /** The verb of an occasion reported without its protagonist: "took place", "was held", "were given". */
    private static final String HELD = "(?:took\\s+place|(?:was|were)\\s+(?:held|given|staged|conducted|organi[sz]ed|arranged))";
    /** Works still under way, no part of the name of the works: "under construction", "being built", "to be built". */
    private static final String UNDER_WAY = "(?:under\\s+(?:construction|reconstruction|renovation)|being\\s+(?:built|constructed|remodell?ed|renovated)|to\\s+be\\s+built)";
    /** What a ceremony is of, before the works it is for: "the completion of", "the inauguration of". */
    private static final String WORKS_EVENT = "(?:completion|inauguration|opening|launching|dedication|start|unveiling|ground-breaking|groundbreaking)";
    private static final Pattern LEADER_TITLE = Pattern.compile(
            "(?i)general secretary|president of the state affairs|chairman of the state affairs commission|supreme commander.*|"
            + "first secretary|chairman of the (?:national defence commission|central military commission)");
    private static final Pattern COMRADE_BEFORE = Pattern.compile("(?i)(?:" + ADDRESS + "|respected\\s+marshal)\\s*$");
    /**
     * The leader's offices read as a title and the body it is of ("chairman" of "Central Military Commission of
     * the WPK", "first chairman" of "National Defence Commission of the DPRK", "president" of "State Affairs"):
     * the head of these bodies is the leader, their vice-chairmen and members are not.
     */
    private static final Pattern LEADER_OFFICE = Pattern.compile(
            "(?i)(?:first\\s+)?chairman\\s+of\\s+(?:the\\s+)?(?:DPRK\\s+)?(?:national\\s+defence\\s+commission|central\\s+military\\s+commission|state\\s+affairs\\s+commission)\\b.*"
            + "|president\\s+of\\s+(?:the\\s+)?state\\s+affairs\\b.*|supreme\\s+commander\\s+of\\b.*"
            // The Party's own head in the years it had a chairman (2016-2021): "chairman of the WPK", not of one of its committees.
            + "|chairman\\s+of\\s+(?:the\\s+)?(?:Workers'\\s+Party\\s+of\\s+Korea|WPK)");

    // The occasion verbs, one group per kind. The object of the verb is read after the match.
    private static final String TRIGGER_VERBS = "(?:"
            + "(?<inspection>inspected|inspects|made\\s+an?\\s+inspection\\s+(?:of|tour\\s+of)|(?:gave|give|giving|provided|offered)\\s+"
            + "(?:(?:field|on-the-spot|on-site|on-the-site)\\s+)guidance\\s+(?:to|at|over|on|in)|guided\\s+the\\s+work\\s+of|"
            + "made\\s+an?\\s+(?:field\\s+)?survey\\s+(?:of|for)|(?=guided\\s+[^,.;]{1,80}?\\s+on\\s+the\\s+spot)guided)"
            + "|(?<visit>visited|visits(?!\\s+to\\b)|(?:paid|made|pays|makes)\\s+(?:a\\s+|an\\s+)?(?:congratulatory\\s+|fact-finding\\s+|friendly\\s+|"
            + "official\\s+|state\\s+|working\\s+|courtesy\\s+)?visit\\s+to|toured|called\\s+at)"
            // A walk round a place: the visit itself when it is the first act reported, else a further stop of the one in hand.
            + "|(?<tour>(?:looked|went|walked|was\\s+shown)\\s+(?:a)?round|looked\\s+over|dropped\\s+(?:in\\s+)?(?:at|by)|stopped\\s+(?:by|at)|made\\s+a\\s+(?:round|tour)\\s+of"
            // "climbed Mt X", "ascended the observation post": a mountain or a height, not a figure that climbed.
            + "|(?:climbed|ascended)(?=\\s+(?:up\\s+)?(?:to\\s+)?(?:the\\s+)?(?:(?-i:\\p{Lu})|(?:[\\w-]+\\s+){0,2}(?:mountain|peak|hill|height|observation|summit|top)\\b)))"
            // Homage at a mausoleum or a statue: a visit to the place it is paid at.
            + "|(?<homage>paid\\s+(?:(?:a|his|high|deep|the\\s+highest|tribute\\s+and)\\s+)*(?:homage|respects?|a\\s+courtesy\\s+call)(?:\\s+to)?)"
            + "|(?<wreath>laid\\s+(?:a\\s+)?(?:floral\\s+)?(?:wreath|basket)s?)"
            // Welcoming or seeing off a visitor in person; not "He was warmly welcomed by", those greeting him.
            + "|(?<welcome>(?<!(?:was|were|been|being)\\s)(?<!(?:was|were|been|being)\\s(?:warmly|cordially)\\s)(?:warmly\\s+|cordially\\s+)?(?:welcomed|welcomes|greeted|greets))"
            + "|(?<farewell>saw\\s+off|sees\\s+off|bade\\s+(?:a\\s+)?farewell\\s+to|bid\\s+(?:a\\s+)?farewell\\s+to)"
            + "|(?<watch>oversaw|oversees|overseeing|watched|watches|observed|enjoyed|appreciated|saw|guided|commanded|reviewed|reviews)(?:\\s+on\\s+the\\s+spot)?"
            + "|(?<reception>received|receives|met(?:\\s+with)?|meets|congratulated|congratulates)"
            + "|(?<join>appeared|arrived|attended\\s+it|was\\s+present\\s+(?:at\\s+it|there))"
            + "|(?<talks>(?:had|held|have)\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}?(?:talks?|tete-a-tete|t\u00eate-\u00e0-t\u00eate|summit))"
            // "had a photo session with the participants in X": an occasion of its own only where the article reports no other.
            + "|(?<photo>(?:had|has|have)\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}?(?:photo\\s+session|photograph\\s+taken|picture\\s+taken)(?=\\s+with\\b))"
            + "|(?<other>took\\s+part\\s+in\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:tree[- ]planting|planting|rice[- ]transplanting)|(?:hosted|gave|arranged|gives|hosts)\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}?(?:reception|banquet|dinner|luncheon)|"
            + "attended\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:banquet|dinner|luncheon))"
            + "|(?<ceremony>(?:attended|took\\s+part\\s+in)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+){0,6}?"
            + "(?:ceremony|celebration|commemoration|unveiling|inauguration|performance|concert)"
            // The leader's own act at a ceremony: cutting the tape, breaking the ground, unveiling a statue or a tablet.
            + "|cut\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+)?tape|broke\\s+(?:the\\s+)?ground|(?:broke|turned)\\s+the\\s+first\\s+sod)"
            + ")(?![\\p{L}])";
    // Compiled once (they were compiled per occasion and per article's opening).
    private static final Pattern WREATH_AT = Pattern.compile("(?i)^\\s+(?:at|before|to)\\s+(?:the\\s+)?"),
            TALKS_WITH = Pattern.compile("(?i)^\\s+with\\b"), SPACED_AT = Pattern.compile("\\s[Aa]t\\s");
    /** The first word of every branch of TRIGGER_VERBS: where a trigger can begin (change them with it). */
    private static final WordStarts TRIGGER_STARTS = WordStarts.of("inspected", "inspects", "made", "gave", "give", "giving", "provided", "offered",
            "guided", "visited", "visits", "paid", "pays", "makes", "toured", "called", "looked", "went", "walked", "was", "dropped", "stopped",
            "climbed", "ascended", "laid", "warmly", "cordially", "welcomed", "welcomes", "greeted", "greets", "saw", "sees", "bade", "bid",
            "oversaw", "oversees", "overseeing", "watched", "watches", "observed", "enjoyed", "appreciated", "commanded", "reviewed", "reviews",
            "received", "receives", "met", "meets", "congratulated", "congratulates", "appeared", "arrived", "attended", "had", "held", "have",
            "has", "took", "hosted", "arranged", "gives", "hosts", "cut", "broke", "turned");
    private static final String[] TRIGGER_GROUPS = {"inspection", "visit", "tour", "homage", "wreath", "welcome", "farewell", "watch", "reception", "join", "talks", "photo", "other", "ceremony"};
    /** Whom he met that makes a meeting with them an occasion of its own: groups he congratulates or receives. */
    private static final Pattern MET_GROUP = Pattern.compile(
            "(?i)^\\s+(?:and\\s+\\w+\\s+)?(?:the\\s+|a\\s+)?(?:[\\w'’-]+\\s+){0,4}?(?:players|coaches|athletes|team|officials|cadres|veterans|"
            + "participants|delegates|winners|workers|builders|scientists|soldiers|servicemen|pilots|heroes|artists|performers|students|"
            + "youth|victims|inhabitants|residents|families|members)\\b");
    /** Machines of the civilian economy, shown at work in a demonstration (a trial of them, no military drill). */
    private static final String CIVIL_MACHINES = "(?:(?:farm|agricultural)\\s+machines|machines|machinery|tractors?|trucks?|lorries|lorry|(?:trolley[\\s-]+)?buses|"
            + "cars|vehicles|locomotives|trains|tramcars|trams|(?:rice[\\s-]+)?(?:transplanters|harvesters)|combines|excavators|bulldozers|cranes|looms)";
    /** What was watched or overseen, in the words after the verb. */
    private static final Pattern OBJECT_KIND = Pattern.compile("(?i)(?<![\\p{L}])(?:"
            // Civilian machines shown at work are tried, not drilled: "a demonstration (run) of new tractors and buses", "a trial run".
            + "(?<test>(?:trial|test)[\\s-]+(?:runs?|drives?|operations?)|demonstration[\\s-]+(?:runs?|drives?)|demonstration\\s+of\\s+(?:the\\s+|their\\s+)?(?:[\\w'’-]+\\s+){0,3}?" + CIVIL_MACHINES
            + "|test-fir(?:e|es|ing)|test\\s+fir(?:e|es|ing)|tests?|launch(?:es|ing)?|test-launch(?:es)?)"
            + "|(?<drill>drills?|exercises?|manoeuvres?|maneuvers?|firing\\s+(?:contest|competition|practice)|shooting\\s+(?:contest|competition)|"
            + "tactical\\s+training|training|demonstration|firing)"
            + "|(?<performance>performances?|concerts?|shows?|gymnastic|art\\s+\\w+|plays?|opera|film|match|games?)"
            + "|(?<other>banquet|dinner|luncheon)"
            + "|(?<ceremony>ceremony|ceremonies|celebrations?|parades?|commemorations?)"
            + ")(?![\\p{L}])");
    /** Things received that are no occasion ("received a salute from", "received the report"). */
    private static final Pattern RECEIVED_THING = Pattern.compile(
            "(?i)^\\s+(?:again\\s+)?(?:a|an|the|his|their)?\\s*(?:[\\w'’-]+\\s+){0,2}?(?:salutes?|reports?|letters?|messages?|greetings?|gifts?|cards?|postcards?|credentials|(?:floral\\s+)?baskets?|telegrams?|"
            + "bouquets?|orders?|titles?|medals?|honou?rs?|aid|cheers|support|love|care|trust|instructions?|briefing|news|information)\\b");
    private static final String GUEST_NOUN = "(?:delegations?|ambassadors?|envoys?|ministers?|vice-ministers?|"
            + "presidents?|premiers?|secretar(?:y|ies)|chairm[ae]n|guests?|visitors?|leaders?|speakers?|governors?|heads?)\\b";
    private static final Pattern RECEIVED_GUEST = Pattern.compile(
            "(?i)^\\s+(?:again\\s+)?(?:a|an|the)?\\s*(?:[\\w'’-]+\\s+){0,6}?" + GUEST_NOUN
            // "received Ana Lind, special envoy of ...": a visitor's name the name reader does not know, then the office.
            + "|^\\s+(?:again\\s+)?(?-i:\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}),\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,4}?" + GUEST_NOUN);
    /** An occasion reported without its protagonist as subject: "A performance was given at ...", "X conducted test-fires". */
    private static final Pattern OCCASION = Pattern.compile(
            // "Then followed a closing ceremony": the occasion after its verb, as after "There took place".
            "(?i)(?<![\\p{L}])(?:there\\s+took\\s+place|there\\s+was\\s+held|(?:then|there)\\s+followed|(?:was|were)\\s+(?:held|given|staged|conducted|performed|"
            + "launched|test-fired)|took\\s+place|(?:successfully\\s+)?(?:conducted|staged|carried\\s+out))(?![\\p{L}])");
    private static final Pattern SAME_DAY = Pattern.compile(
            "(?i)\\b(?:that|the\\s+same)\\s+(?:day|evening|night|afternoon|morning)\\b|\\bon\\s+the\\s+same\\s+day\\b|\\bthe\\s+(?:next|following)\\s+day\\b");
    /** A show in common words, as the object of a visit: "exhibition of light industry goods", "the photo show". */
    private static final Pattern SHOW = Pattern.compile("(?i)(?:[\\w-]+\\s+){0,2}?(?:exhibitions?|shows?|fairs?|displays?|expos?)\\b");
    /** "Talks between A and B took place", "The summit talks between ... were held": talks named as the subject. */
    private static final Pattern TALKS_BETWEEN = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:talks|summit(?:\\s+talks)?|t(?:e|\u00ea)te-(?:a|\u00e0)-t(?:e|\u00ea)te|meeting)\\s+between\\s+");
    private static final RequiredText BETWEEN_TEXT = RequiredText.anyOf("between");
    /** "while giving", "when visiting": a participle of an occasion in a clause of time, not a report of it. */
    private static final Pattern WHILE_DOING = Pattern.compile("(?i)(?<![\\p{L}])(?:while|when|during)\\s+$");
    private static final Pattern COUNTRY_SUFFIX = Pattern.compile("\\s+(?:in|of)\\s+(?:the\\s+)?(?:DPRK|Korea)$");
    private static final Pattern IT = Pattern.compile("it(?![\\p{L}])");
    /** "today", "yesterday" closing the clause of the occasion or before its time of day; not "which today is". */
    private static final Pattern TODAY = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:today|yesterday)(?=\\s*[.,;]|\\s+(?:morning|afternoon|evening|and|at|in|on|to)\\b)");
    private static final Pattern NEXT_DAY = Pattern.compile("(?i)\\bthe\\s+(?:next|following)\\s+day\\b");
    private static final Pattern TWO_DAYS = Pattern.compile("(?<![\\p{L}])(" + MONTH + ")\\.?\\s+(\\d{1,2})\\s+and\\s+(\\d{1,2})(?!\\d)");

    private static final Pattern ACCOMPANIED = Pattern.compile(
            // "He was accompanied there by", "... on the inspection by", "... during his tour by".
            "(?i)(?<![\\p{L}])(?:(?:was|were)\\s+(?:also\\s+)?accompanied\\s+(?:(?:there|(?:on|during)\\s+(?:the|his|her|this)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)\\s+)?by|accompanying\\s+(?:him|her|the\\s+[\\w\\s]{1,40}?)\\s+(?:on\\s+the\\s+\\w+\\s+)?"
            + "(?:were|was|included)(?:\\s+also)?|accompanied\\s+by"
            // "Among those who accompanied him were A, B": the list after, as after "Accompanying him were".
            + "|(?:those|the\\s+officials|officials)\\s+who\\s+(?:also\\s+)?accompanied\\s+(?:him|her)(?:\\s+on\\s+the\\s+\\w+)?\\s+(?:were|was|included))(?![\\p{L}])");
    private static final Pattern ACCOMPANIED_ACTIVE = Pattern.compile("(?i)(?<![\\p{L}])(?:also\\s+)?accompanied\\s+(?:him|her)\\b");
    private static final Pattern GREETED = Pattern.compile(
            "(?i)(?:(?:was|were)\\s+(?:warmly\\s+)?(?:greeted|welcomed|met|received)\\s+(?:on\\s+the\\s+spot\\s+|there\\s+|"
            + "at\\s+[^,.;]{1,60}?\\s+)?by|received\\s+(?:a\\s+)?salutes?\\s+from|was\\s+saluted\\s+by"
            // Whoever briefed him on the spot or explained the place to him was there to meet him: "There he was briefed by
            // the manager", "heard an explanation about the exhibits from the curator".
            + "|(?:was|were)\\s+(?:first\\s+)?briefed\\s+(?:on\\s+[^,.;]{1,60}?\\s+)?by"
            + "|heard\\s+(?:an?\\s+)?explanations?\\s+(?:(?:about|of|on)\\s+[^,.;]{1,60}?\\s+)?(?:from|given\\s+by))(?![\\p{L}])");
    private static final Pattern PRESENT_LIST = Pattern.compile(
            "(?i)^\\W*(?:(?:also\\s+)?(?:present|on\\s+hand)\\s+(?:there\\s+|at\\s+[^,.;]{1,80}?\\s+|on\\s+the\\s+(?:spot|occasion)\\s+)?(?:(?:on|at)\\s+invitation\\s+)?(?:were|was)|"
            + "among\\s+(?:the\\s+)?(?:audience|spectators|participants|guests|those\\s+present)\\s+(?:were|was)|attending\\s+(?:it|(?:the|an?|its|their)\\s+[\\w\\s]{1,40}?)\\s+(?:were|was)"
            // "Those who guided the test included A", "Also watching it were B", "Among those watching the match was C".
            + "|(?:those|the\\s+officials|officials)\\s+who\\s+(?:guided|conducted|organi[sz]ed|directed|commanded)\\s+(?:it|the\\s+[\\w\\s-]{1,40}?)\\s+(?:included|were|was)"
            + "|(?:also\\s+)?(?:watching|seeing|enjoying)\\s+(?:it|them|the\\s+[\\w\\s-]{1,40}?)(?:\\s+(?:together\\s+)?with\\s+him)?(?:\\s+together)?\\s+(?:were|was)"
            + "|among\\s+(?:those|the\\s+officials|officials)\\s+(?:who\\s+)?(?:watch(?:ed|ing)|attend(?:ed|ing)|enjoy(?:ed|ing)|observ(?:ed|ing)|saw|seeing)\\s+"
            + "(?:it|them|the\\s+[\\w\\s-]{1,40}?)(?:\\s+(?:together\\s+)?with\\s+him)?(?:\\s+together)?\\s+(?:were|was))"
            + "(?![\\p{L}])");
    /** "A ceremony took place with the attendance of A, TITLE, and B", "in the presence of A": a list of those there follows. */
    private static final Pattern WITH_ATTENDANCE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:with\\s+the\\s+(?:attendance|participation|presence)|in\\s+the\\s+presence)\\s+of(?![\\p{L}])");
    private static final Pattern PRESENT_AFTER = Pattern.compile("(?i)(?<![\\p{L}])(?:were|was)\\s+(?:also\\s+)?present(?![\\p{L}])");
    private static final Pattern INVITED = Pattern.compile("(?i)\\b(?:(?:on|at)\\s+invitation|invited|as\\s+(?:honou?red\\s+)?guests)\\b");
    private static final Pattern TALK_WITH = Pattern.compile("(?i)\\bwith\\s*$");
    private static final Pattern LED_BY = Pattern.compile("(?i)\\bled\\s+by\\b");
    private static final Pattern HELD_AT = Pattern.compile(
            "(?i)\\b" + HELD + "\\s+(?:at|in)\\s+(?:the\\s+)?");
    /** "the ceremony for the completion of the X Station", "a ground-breaking ceremony for the Y Hospital": the place the ceremony is for. */
    private static final Pattern CEREMONY_FOR = Pattern.compile(
            "(?i)(?<![\\p{L}])ceremon(?:y|ies)\\s+(?:for|of|marking)\\s+(?:the\\s+)?(?:" + WORKS_EVENT + "\\s+of\\s+(?:the\\s+)?(?:construction\\s+of\\s+(?:the\\s+)?)?"
            // "a ceremony of launching the construction of 5,000 flats in the X area": the works named after the verb that starts them.
            + "|(?:launching|starting|beginning|opening|completing)\\s+(?:the\\s+)?(?:construction|building)\\s+(?:work\\s+)?(?:of|for)\\s+(?:the\\s+)?)?"
            + "(?-i:(?=\\p{Lu}|\\d[\\d,]*\\s+\\p{Ll}))");
    /**
     * "a ceremony of presenting the colours of the Supreme Commander to KPA Unit 1234", "... conferring the order on the X Division":
     * the unit given them is where the ceremony is held, where nothing else names a place.
     */
    private static final Pattern CEREMONY_TO_UNIT = Pattern.compile(
            "(?i)(?<![\\p{L}])ceremon(?:y|ies)\\s+(?:for|of)\\s+(?:presenting|conferring|awarding|giving|bestowing|handing\\s+over)\\s+"
            + "(?:[\\w'’.-]+\\s+){0,8}?(?:to|on|upon)\\s+(?:the\\s+)?(?-i:(?=[\\p{Lu}\\d]))(?!" + MONTH + "\\b)");
    /** The last word of a military unit's name, or its number: "KPA Unit 1234", "the X Guards Tank Division". */
    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?:\\b(?:Unit|Division|Brigade|Regiment|Battalion|Corps|Company|Fleet|Flotilla|Squadron|Command|Force|Forces|Army|Academy|School)"
            + "|\\bUnit\\s+(?:No\\.\\s*)?\\d+)$");
    private static final Pattern QUALIFYING = Pattern.compile(
            "(?i)\\b(?:of|to|for|with|from|after|before|by)\\s+(?:the\\s+)?(?:(?:president|leader|chairman|general\\s+secretary|"
            + "comrade|respected|great|dear|late|supreme|eternal)\\s+)*$");

    /** Where the name of a place ends: a date, a clause, an apposition. */
    private static final Pattern PLACE_END = Pattern.compile(
            "(?i)\\s+on\\s+(?:the\\s+(?:morning|afternoon|evening|night|eve|occasion|day)\\b|" + MONTH + "\\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
            + "Saturday|Sunday)\\b)|\\s*(?:,(?!\\d{3}(?!\\d))|[;:(])|(?<!\\bNo)\\.(?:\\s|$)|\\s+(?:that|which|who|where|when|while|whose|again|together|accompanied|after|"
            + "before|amid|during|as|because|since|and\\s+(?:then\\s+)?[a-z]+(?:ed|ook|ave|ade|et|aw|ent|ew|nt|ept|ought|aid|oke|old))\\b|\\s+to\\s+(?!the\\b)[a-z]+\\b"
            + "|\\s+(?:in|on|at)\\s+(?:order|the\\s+(?:morning|afternoon|evening|night))\\b|\\s+on\\s+the\\s+spot\\b|\\s+in\\s+(?:the\\s+)?company\\s+(?:with|of)\\b|\\s+-0-"
            // Time and manner are no part of a place: "the construction sites several times", "the college one day in May".
            + "|\\s+(?:several|many|a\\s+few|numerous|countless)\\s+times\\b|\\s+(?:once|twice|one\\s+day|some\\s+day|one\\s+evening)\\b"
            + "|\\s+(?:recently|lately|the\\s+other\\s+day)\\b|\\s+on\\s+the\\s+same\\s+day\\b"
            // "the ceremony for the completion of the X Dam took place": the verb of the occasion ends its place.
            + "|\\s+" + HELD + "\\b"
            // "the X University being built on the bank of the river": the state of the works and where they stand are no part of its name.
            + "|\\s+" + UNDER_WAY + "\\b"
            + "|\\s+in\\s+" + MONTH + "\\b|\\s+(?:last|this|next|that)\\s+(?:year|month|week|spring|summer|autumn|winter)\\b"
            + "|\\s+for\\s+(?:a\\s+long\\s+time|years|days|hours)\\b"
            // "the ice rink near (its) completion on a day in May": the state of the works and the time are no part of its name.
            // "took place at X here with splendour": the manner and the wire's "here" are no part of its name.
            + "|\\s+with\\s+(?:splendou?r|pomp|grandeur|solemnity|due\\s+ceremony)\\b|\\s+here\\b"
            // "in Pyongyang under the loving care of ...": a circumstance; "the X Farm under the Y Committee" keeps its owner.
            + "|\\s+under\\s+(?:the\\s+|his\\s+|their\\s+)?(?:(?:warm|loving|paternal|deep|great|benevolent|personal|wise|careful|meticulous)\\s+)*"
            + "(?:care|guidance|leadership|attention|auspices|sponsorship|presence)\\b"
            + "|\\s+(?:near|nearing|on\\s+the\\s+eve\\s+of)\\s+(?:the\\s+|its\\s+)?(?:completion|inauguration|opening)\\b|\\s+on\\s+a\\s+day\\b|\\s+(?:at|by)\\s+night\\b|\\s+on\\s+(?:horseback|foot)\\b|\\s+(?:today|yesterday|tonight)\\b");
    /** A sub-heading glued to a headline repeated in the body: "... under ConstructionHe Takes ...". */
    private static final Pattern GLUED_WORDS = Pattern.compile("(?<=\\p{Ll})\\p{Lu}");
    /** "a factory", "an old mill" ending its clause: a place the text does not name. */
    private static final Pattern UNNAMED_PLACE = Pattern.compile("^(?:a|an|An|A)\\s+[a-z][\\w'’-]*(?:\\s+[a-z][\\w'’-]*)?(?=\\s*(?:[.,;]|$)|\\s+(?:and|to)\\s)");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:then\\s+)?(?:the|a|an)\\s+(?:then\\s+)?|^then\\s+");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i)\\s(?:who|whom|whose|which)\\s");
    // "X Farm under the Y Committee": a named unit does not need the body it is under either.
    private static final Pattern PROPER_IN = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?[\\p{Lu}\\d][\\p{L}\\d'’-]*)+)\\s+(?:in|under)\\s+(?:the\\s+)?\\p{Lu}.*$");
    // "given before the Monument to X", "in front of the Y Tower": a monument's place is before it.
    private static final Pattern AT_PLACE = Pattern.compile("\\s(?:[Aa]t\\s+(?:the\\s+)?(?=[\\p{L}\\d])|[Ii]n\\s+(?:the\\s+)?(?=\\p{Lu})"
            + "|(?:[Bb]efore|[Ii]n\\s+front\\s+of)\\s+(?:the\\s+)?(?=(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,4}(?:Monuments?|Towers?|Statues?|Mausoleum|Arch|Memorial|Mural)\\b))");
    private static final Pattern PLACE_NOUN = Pattern.compile(
            "(?i)\\b(?:range|site|ground|grounds|field|area|base|port|airfield|airport|theatre|theater|hall|house|school|academy|"
            + "university|institute|factory|farm|unit|building|guesthouse|square|stadium|station|complex|works|mine|plant|centre|"
            + "center|palace|mausoleum|cemetery|headquarters|shipyard|waters|sea|harbour|harbor|street|park|museum|hospital|"
            // Works a ceremony is held for: "the completion of the X Dam", "the opening of the Y Bridge".
            + "dam|bridge|reservoir|canal|tower|monument|hotel|apartments|district|greenhouse|store|restaurant|railway|"
            // Places of leisure, care and defence: "the completion of the X Riding Club", "the Y Defence Detachment".
            + "club|gymnasium|rink|pool|zoo|nursery|kindergarten|college|library|gallery|camp|barracks|detachment|islet|island)\\b");
    /** "laid a wreath before the X Tower", "placed flowers at the statues": where a wreath-laying opens the article, its place. */
    private static final Pattern WREATH_LAID_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:laid|placed|lay|lays|presented)\\s+(?:(?:a|an|the|their|his|her)\\s+)?(?:[\\w-]+\\s+){0,2}?"
            + "(?:wreaths?|flowers|floral\\s+baskets?|bouquets?|baskets?)(?:\\s+and\\s+(?:[\\w-]+\\s+){0,2}?(?:wreaths?|flowers|baskets?|bouquets?))?"
            + "\\s+(?:before|at|in\\s+front\\s+of)\\s+");
    /** "several villages of the X Farm", "some streets of the Y District": a part, in common words, of a named place. */
    private static final Pattern PART_OF_NAMED_PLACE = Pattern.compile("^(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,4}of\\s+(?:the\\s+)?(\\p{Lu}.*)$");
    private static final Pattern ORGANIZATION_OF = Pattern.compile(
            "\\bof\\s+(?:the\\s+)?((?:KPA\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,6}(?:Academy|Unit|Division|Brigade|Regiment|Battalion|Corps|School|"
            + "University|Institute|Factory|Farm|Complex|Works|Mine|Base|Station|Plant|College)(?:\\s+\\d+)?)(?![\\p{L}])");
    /** "Visiting" as a verb of the headline, not the visitor's attribute: "Talks with Visiting Premier", "in Honour of Visiting Delegation". */
    private static final String VISITING_VERB = "(?<!(?:with|the|a|an|of|for|to|and)\\s)visiting";
    private static final Pattern HEADLINE_PLACE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:inspects|inspecting|inspected|visits|" + VISITING_VERB + "|visit\\s+to|guidance\\s+(?:at|to|over|on)|tours|"
            + "touring)\\s+(?:the\\s+)?(.+)$");
    private static final Pattern HEADLINE_KIND = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:(?<inspection>inspects|inspecting|inspected|inspection|guidance)|(?<visit>visits|" + VISITING_VERB + "|visited|visit|tours))(?![\\p{L}])");
    /** His name (here \0) as the first words of an institution's, a prize's or a place's name: "the X University of Y". */
    private static final Pattern NAMED_AFTER = Pattern.compile(
            "\u0000(?=\\s*(?:University|College|School|Academy|Institute|Street|Square|Stadium|Park|Palace|Hall|Station|Prize|Order|Medal|Youth|Socialist|Military)\\b)");
    private static final Pattern OVER_PREPARATIONS = Pattern.compile("(?i)^(?:preparations\\s+for\\s+)?(?:the\\s+)?(?:construction|building)\\s+of\\s+(?:the\\s+)?");
    static final Pattern HE = Pattern.compile("(?<![\\p{L}])(?:He|he|His|his)(?![\\p{L}])");

    /**
     * Where HE first matches in the text, or -1, without the regex engine's lookbehind at every character (it runs on
     * every sentence of an article with a leader). As the pattern does, the character before is
     * read as one char (a surrogate is no letter), the one after as a code point.
     */
    static int firstHe(String text) {
        char[] chars = text.toCharArray(); // over a copy of the characters, not String.charAt (see OrganizationMentions.find: a profile_predicate deoptimization)
        for (int p = 0, n = chars.length; p < n; p++) {
            char c = chars[p];
            if (c != 'h' && c != 'H' || p > 0 && Character.isLetter(chars[p - 1])) continue;
            int end = text.startsWith("e", p + 1) ? p + 2 : text.startsWith("is", p + 1) ? p + 3 : -1;
            if (end > 0 && (end == n || !Character.isLetter(text.codePointAt(end)))) return p;
        }
        return -1;
    }

    /** "observed the launch from the X", "watched it from Y": the verb of watching, a short object, then "from" a capitalised place. */
    private static final Pattern WATCHED_FROM = Pattern.compile(
            "(?i)\\b(?:observed|watched|viewed|oversaw|overseeing|watching|observing|saw)\\s+(?:[\\w'’-]+\\s+){0,8}?from\\s+(?:the\\s+)?(?-i:(?=\\p{Lu}))");
    /** "President X": a president named, the leader or another (the name's capital right after the title). */
    private static final Pattern PRESIDENT_NAMED = Pattern.compile("(?<![\\p{L}])President (?=\\p{Lu})(?!of\\b)");
    /** "The President went round ...": the bare title, capitalised, of no body ("the President of X" is another office). */
    private static final Pattern THE_PRESIDENT = Pattern.compile("(?<![\\p{L}])[Tt]he President(?![\\p{L}])(?!\\s+of\\b)(?!\\s+\\p{Lu})");
    private static final Pattern LEADER_WORDS = Pattern.compile("(?i)(?<![\\p{L}])(?:respected|" + ADDRESS + ")(?![\\p{L}])");
    private static final int MAX_PLACE_WORDS = 14;
    /** A sentence of a message, letter or greeting: its "congratulated" is what was written, not an occasion. */
    private static final Pattern CORRESPONDENCE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:messages?|letters?|telegrams?|greetings?|cards?|wrote|sent|sends|writing)(?![\\p{L}])");
    /** An occasion named before its place: "the inauguration of", "the opening ceremony for". */
    private static final Pattern OCCASION_OF = Pattern.compile(
            "(?i)^(?:" + WORKS_EVENT + "\\s+(?:ceremony\\s+)?|ceremony\\s+)"
            + "(?:of|for)\\s+(?:the\\s+)?");
    private static final Pattern WORKS_STATE_BEFORE = Pattern.compile(
            "(?i)^(?:(?:newly|recently|splendidly|magnificently)[\\s-]+)?(?:built|completed|remodell?ed|renovated|reconstructed|rebuilt|refurbished|"
            + "modernized|modernised|expanded|face-lifted|upgraded)\\s+(?:and\\s+(?:remodell?ed|renovated|modernized|modernised|expanded)\\s+)?(?:the\\s+)?");
    private static final Pattern WORKS_STATE_AFTER = Pattern.compile(
            "(?i)\\s+(?:(?:now|still)\\s+)?(?:" + UNDER_WAY + "|planned|nearing\\s+(?:its\\s+)?(?:completion|inauguration|opening))$");
    private static final Pattern SPOUSE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:his|her)\\s+(?:wife|husband|spouse),?\\s*$");
    /** Capitalised words only, up to eight: a name, not a sentence ("Central Tree Nursery", "Ryongsong Machine Complex"). */
    private static final Pattern HEADLINE_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*|of|the|No\\.|\\d+)(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|of|the|No\\.|\\d+)){1,7}");
    private static final Pattern PART_OF_NAMED = Pattern.compile("^\\p{Ll}[^,;]*?\\bof\\s+(?:the\\s+)?(\\p{Lu}.*)$");
    private static final Pattern SENT = Pattern.compile("(?i)(?<![\\p{L}])(?:sends|sent|conveys|conveyed)(?![\\p{L}])");
    private static final Pattern DANGLING_END = Pattern.compile("(?i)\\s+(?:and|or|of|the|to|in|at|with|for)$");
    /**
     * Persons named doing their part at the occasion in hand, who are in no list: the one who read
     * out the decree or citation at a ceremony, the officer who gave the order to fire at a test.
     * They attended it. Only names before the verb: the subject, not those the order went to.
     */
    private static final String ACTOR_PAPER = "(?:\\s+(?:the|an?)\\s+(?:[\\w'’-]+\\s+){0,3}?|\\s+)(?:decrees?|decisions?|orders?|citations?|letters?|messages?|congratulatory)\\b";
    /** The kinds of occasion where one reads out a decree or gives an order to fire. */
    private static final Set<String> ACTOR_KINDS = Set.of("ceremony", "test", "drill");
    /** The kinds of occasion one makes a speech at: a ceremony, a banquet or a meeting with a group ("other"), a concert. */
    private static final Set<String> SPEECH_KINDS = Set.of("ceremony", "other", "performance");
    /** The kinds of occasion held without him that he arrives at: "When he appeared at the venue of the performance". */
    private static final Set<String> VENUE_KINDS = Set.of("ceremony", "test", "drill", "performance");
    private static final Pattern ACTOR_ACT = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:(?:read\\s+out|read|announced)(?=" + ACTOR_PAPER + ")"
            + "|(?:gave|issued|relayed|transmitted)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:orders?|commands?)(?=\\s+(?:to|for|that)\\b|\\s*[,.])"
            // "B presented the flag of the regiment to ...", "conferred the orders on ...": the one who handed them over at the ceremony.
            + "|(?:presented|conferred|awarded|handed\\s+over)\\s+(?:an?\\s+|the\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:flags?|colou?rs|orders?|medals?|titles?|certificates?|banners?|licen[cs]es?)(?![\\p{L}])"
            // "B, commander of the unit, courteously reported to him that ...": the one who made the report at it, to the leader himself.
            + "|(?:(?:courteously|solemnly|proudly)\\s+)?reported\\s+to(?=\\s*(?:him\\b|(?:the\\s+)?(?:respected|supreme|general\\s+secretary|comrade|marshal)\\b|(?-i:\\p{Lu}))))");
    /** Where he arrived for the occasion in hand: "appeared at the venue of the ceremony", "arrived at the firing ground". */
    private static final Pattern AT_THE_VENUE = Pattern.compile(
            "(?i)\\s+(?:at|on)\\s+the\\s+(?:venue|spot|site|ground|firing\\s+ground|ceremony|performance|concert|observation\\s+post"
            // "When he appeared on the platform (of the square)": a parade's or a rally's venue.
            + "|platform|rostrum|tribune|reviewing\\s+stand|grandstand)\\b");
    /** A speech made at a ceremony, its speaker the subject: "made a congratulatory address", "delivered a speech". */
    private static final Pattern SPEECH_ACT = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:made|delivered|gave)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:speech|address|report)(?:es)?(?![\\p{L}])");
    /** A speech that closes the occasion: "made a closing address", "delivered the concluding speech", "a closing speech was made by". */
    private static final Pattern CLOSING_SPEECH = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:closing|concluding)\\s+(?:[\\w-]+\\s+)?(?:speech|address|remarks)(?:es)?(?![\\p{L}])");
    private static final RequiredText CLOSING_TEXT = RequiredText.anyOf("closing", "concluding");
    /** Words of occasions other than the leader's events (meetings and the like): once named, a far closing speech may be theirs. */
    private static final Pattern OTHER_OCCASION = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:meetings?|conferences?|symposiums?|symposia|seminars?|sessions?|rall(?:y|ies)|congress(?:es)?|plenary|lectures?|"
            + "forums?|exhibitions?|festivals?)(?![\\p{L}])");
    private static final RequiredText OTHER_OCCASION_TEXT = RequiredText.anyOf("meeting", "conference", "symposi", "seminar", "session", "rall",
            "congress", "plenary", "lecture", "forum", "exhibition", "festival");
    /** "made speeches", "delivered addresses": an act of several, whose subject may be a list of names. */
    private static final Pattern PLURAL_ACT = Pattern.compile("(?i)(?:speeches|addresses)$");
    /** Between two names of one list: a comma or "and", with the first one's apposition and the next one's rank ("A, chairman of X, and Navy Captain B"). */
    private static final Pattern LISTED_BEFORE = Pattern.compile("(?s)\\s*(?:,[^;:.]*?)?(?:,\\s*and|,|\\s+and)\\s*(?:\\p{Lu}[\\p{L}.-]*\\s+){0,4}");
    /** "A B, as special envoy, attended the inaugural ceremony": one at a ceremony reported without the leader. */
    private static final Pattern ATTENDED_ACT = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:attended|took\\s+part\\s+in|was\\s+present\\s+at)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,5}?ceremon(?:y|ies)(?![\\p{L}])");
    /** "Speeches were made by A and B", "A congratulatory address was delivered by A": the speakers follow. */
    private static final Pattern SPEECH_BY = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:speech|speeches|address|addresses)\\s+(?:was|were)\\s+(?:made|delivered)\\s+(?:at\\s+the\\s+\\w+\\s+)?by(?![\\p{L}])");
    private static final Pattern REFERRED_CEREMONY = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:since|after|when|before|until|while)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?ceremon(?:y|ies)(?![\\p{L}])");
    private static final Pattern PRESENT_AT_CEREMONY = Pattern.compile(
            // "Attending the ceremony for X were A, B" says the same, and "Attending its inaugural ceremony on May 3 were A, B" of the
            // works the article opened with.
            "(?i)^\\W*(?:(?:also\\s+)?present\\s+at|attending)\\s+(?:the|an?|its|their)\\s+(?:[\\w-]+\\s+){0,3}?ceremon(?:y|ies)\\b[^,;]{0,80}?\\s(?:were|was)(?![\\p{L}])");
    /** The word itself: with no leader in the article, only a ceremony so named is read (not a celebration or a parade). */
    // "The exhibition opened with due ceremony" names no ceremony of its own.
    private static final Pattern CEREMONY_WORD = Pattern.compile("(?i)(?<![\\p{L}])(?<!due\\s)ceremon(?:y|ies)(?![\\p{L}])");
    private static final Pattern ANNIVERSARY_OF = Pattern.compile(
            "(?i)(?<![\\p{L}])anniversary\\s+of\\s+(?:[\\w'’-]+\\s+){0,6}?(?:field\\s+guidance|guidance|visits?|inspection)(?![\\p{L}])");
    /** A line of a digest ("- He inspected X."): it retells another article's report, which is read there. */
    private static final Pattern DIGEST_BULLET = Pattern.compile("^\\s*[-\u2013\u2022*]\\s+(?!0-)");
    /** "the leader who visited X": the occasion is in a relative clause about him, referred to, not reported. */
    // The verb still inside the clause ("X, who had mapped out ... and personally attended the ceremony"): no comma closes it
    // before the verb, as one does in "X, who is the general secretary, inspected ...".
    private static final Pattern WHO_AFTER = Pattern.compile("^\\s*(?:,\\s*)?who\\s[^,;:]*$");
    /** Occasions told as a habit or a vague past are many, or none in particular: "visited the farm many times", "... ten years ago". */
    private static final Pattern NO_ONE_OCCASION = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:repeatedly|time\\s+and\\s+again|(?:many|several|numerous|countless|a\\s+few|\\w+ty|two|three|four|five|six|seven|eight|nine|ten|dozens\\s+of|\\d+)\\s+times|"
            + "on\\s+(?:many|several|numerous)\\s+occasions|every\\s+time|each\\s+time|(?:years|months|decades|(?:a\\s+)?(?:year|decade))\\s+ago)(?![\\p{L}])");
    /** "Upon authorization of the President ..., A B received ...": the acts that follow, and "he" in them, are A B's. */
    private static final Pattern DEPUTED = Pattern.compile("(?i)(?<![\\p{L}])(?:upon|on|by)\\s+(?:the\\s+)?authori[sz]ation\\s+of(?![\\p{L}])|(?<![\\p{L}])on\\s+behalf\\s+of(?![\\p{L}])");
    /** How many sentences after the occasion was last spoken of a list of those greeting or present still belongs to it. */
    private static final int MAX_LIST_DISTANCE = 5;
    /** How many days before the article a day the sentence before gives may be, to date an occasion that gives none. */
    private static final int PREVIOUS_DATE_DAYS = 31;
    /** "Prior to the meeting", "before the talks": an occasion before the one the sentence before dated. */
    private static final Pattern BEFORE_IT = Pattern.compile("(?i)(?<![\\p{L}])(?:prior\s+to|before)\s+(?:the|this|that|it)(?![\\p{L}])");
    private static final Pattern LEADING_ADVERB = Pattern.compile("(?i)^(?:(?:once\\s+)?again|also|personally|for\\s+the\\s+\\w+\\s+time)\\s+");
    private static final Pattern GLUED_SUBHEADING = Pattern.compile("(?<=\\p{Ll})\\p{Lu}.*$");
    private static final Pattern GLUED_DIGIT = Pattern.compile("(\\d)(\\p{Lu})");
    private static final Pattern REFERRED = Pattern.compile(
            // "Upon hearing the news that the respected fatherly Marshal X gave guidance ...": his titles of address too.
            "(?i)\\b(?:when|after|since|where|as|that|while|before|until|once)\\s+(?:the\\s+)?(?:(?:respected|dear|great|fatherly|beloved)\\s+)*"
            + "(?:(?:comrade|marshal|general\\s+secretary|supreme\\s+leader)\\s*)?$");
    private static final Pattern HEAD_FOLLOWS = Pattern.compile(
            "\\s*(?:$|[,.;:)]|(?:of|at|in|on|by|and|with|for|from|to|that|which|was|were|under|conducted|given|held|staged|together|took|there|among|between|involving)\\b|\\p{Lu})");

    // Letters each pattern cannot match without (RequiredText), tested on the sentence lower-cased once: most
    // sentences hold none of a pattern's words, and its scan at every position is skipped (RuleGateTest: same claims).
    private static final RequiredText DEPUTED_TEXT = RequiredText.anyOf("authori", "behalf");
    private static final RequiredText LEADER_WORDS_TEXT = RequiredText.anyOf("respected", "secretary", "supreme", "comrade");
    private static final RequiredText TRIGGER_TEXT = RequiredText.anyOf("inspect", "guidance", "guided", "survey", "visit", "toured",
            "called", "laid", "climbed", "ascended", "review", "oversaw", "oversee", "watch", "observed", "enjoyed", "appreciated", "saw", "commanded", "receive", "met",
            "meets", "appeared", "arrived", "talk", "reception", "banquet", "dinner", "luncheon", "ceremony", "celebration",
            "commemoration", "unveiling", "inauguration", "performance", "concert", "round", "looked", "dropped", "stopped", "tape",
            "ground", "sod", "congratulat", "welcome", "greet", "off", "farewell", "attended", "present", "tete", "t\u00eate",
            "summit", "planting", "homage", "respect", "courtesy", "photo", "picture");
    private static final RequiredText OCCASION_TEXT = RequiredText.anyOf("took", "held", "given", "staged", "conducted", "performed",
            "launched", "fired", "carried", "followed");
    private static final RequiredText CEREMONY_TEXT = RequiredText.anyOf("ceremon");
    /** Compiled once: String.split and String.matches compiled these for every place read. */
    private static final Pattern SPACES = Pattern.compile("\\s+"),
            PRONOUN_PLACE = Pattern.compile("(?i)(?:it|them|him|her|there|here|again|together|once|also)\\b.*");
    private static final RequiredText HELD_AT_TEXT = RequiredText.anyOf("took", "held", "given", "staged", "conducted", "organi", "arranged");
    private static final RequiredText ACCOMPANIED_TEXT = RequiredText.anyOf("accompan");
    private static final RequiredText GREETED_TEXT = RequiredText.anyOf("greeted", "welcomed", "met", "received", "salute", "briefed", "explanation");
    private static final RequiredText PRESENT_TEXT = RequiredText.anyOf("present");
    private static final RequiredText ATTENDANCE_TEXT = RequiredText.anyOf("attendance", "participation", "presence");

    /** Whether patterns are gated by the text they need ({@link RequiredText}); off only to check that the gate changes nothing. */
    private final boolean gated;

    public ActivityRules() {
        this(true);
    }

    ActivityRules(boolean gated) {
        this.gated = gated;
    }

    /** The last article's leader and the trigger pattern naming him (per instance: one per pipeline, which is per thread). */
    private String triggerLeader;
    private Pattern triggerOfLeader;

    /** The extraction with the article's occasions and appearances added. */
    public Extraction extend(Extraction extraction, List<Sentence> sentences) {
        // With no leader in the article, its ceremonies are still occasions (read without him: see Run.finish).
        String leader = leader(extraction, sentences);
        // The trigger pattern names the leader: compiled again only when the article's leader is another than the last one's.
        if (leader != null && !leader.equals(triggerLeader)) {
            triggerLeader = leader;
            triggerOfLeader = Pattern.compile("(?i)(?:(?<![\\p{L}])|(?<=" + Pattern.quote(leader) + "))" + TRIGGER_VERBS);
        }
        Run run = new Run(extraction, leader, leader == null ? null : triggerOfLeader, gated);
        Map<Integer, List<NameMention>> bySentence = new HashMap<>();
        for (NameMention n : extraction.persons()) bySentence.computeIfAbsent(n.sentenceIndex(), k -> new ArrayList<>()).add(n);
        for (Sentence s : sentences) run.sentence(s, bySentence.getOrDefault(s.index(), List.of()));
        return run.finish();
    }

    /** The person the article gives the leader's offices, else the one its headline calls "Comrade". */
    static String leader(Extraction x, List<Sentence> sentences) {
        Map<String, Integer> score = new LinkedHashMap<>();
        for (OfficeClaim o : x.offices()) {
            if (LEADER_TITLE.matcher(o.office().title()).matches()
                    || LEADER_OFFICE.matcher(o.office().title() + " of " + o.office().organization()).matches()) {
                score.merge(o.person(), 1, Integer::sum);
            }
        }
        if (!score.isEmpty()) return score.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        Map<Integer, Sentence> byIndex = new HashMap<>();
        for (Sentence s : sentences) byIndex.put(s.index(), s);
        for (NameMention n : x.persons()) {
            Sentence s = byIndex.get(n.sentenceIndex());
            if (s == null) continue;
            String before = s.text().substring(Math.max(0, n.start() - s.start() - 40), n.start() - s.start());
            if (COMRADE_BEFORE.matcher(before).find()) return n.name();
        }
        // "Respected Comrade X Inspects ...": the headline is no sentence the names were read from, but it names him.
        String headline = x.metadata().headline();
        if (headline != null) {
            for (NameMention n : x.persons()) {
                int at = headline.indexOf(n.name());
                if (at > 0 && COMRADE_BEFORE.matcher(headline.substring(Math.max(0, at - 40), at)).find()) return n.name();
            }
        }
        // Named with no title at all ("Kim Jong Un, accompanied by A, visited ..."): the one who led the country in the
        // year of publication, where the article names him (the leaders' names and years are generic knowledge).
        String reigning = reigningLeader(x.metadata().published());
        if (reigning != null) {
            for (NameMention n : x.persons()) if (n.name().equals(reigning)) return reigning;
        }
        // "One day in May 1966, Chairman Kim Jong Il visited the X Works": a recollection of an earlier leader's visit,
        // in an article of a later year. He is its leader where he is named as the one who visited or inspected.
        for (NameMention n : x.persons()) {
            if (!EARLIER_LEADERS.contains(n.name())) continue;
            Sentence s = byIndex.get(n.sentenceIndex());
            if (s == null) continue;
            int end = n.end() - s.start();
            if (end >= 0 && end <= s.text().length() && EARLIER_LEADER_VISITED.matcher(s.text().substring(end)).lookingAt()) return n.name();
        }
        return null;
    }

    /** Who led the DPRK after which day, the latest first (generic knowledge). */
    private record Reign(LocalDate after, String leader) {}
    private static final List<Reign> REIGNS = List.of(new Reign(LocalDate.of(2011, 12, 17), "Kim Jong Un"),
            new Reign(LocalDate.of(1994, 7, 8), "Kim Jong Il"), new Reign(LocalDate.of(1948, 9, 8), "Kim Il Sung"));
    /** The leaders before the present one, by their names. */
    private static final Set<String> EARLIER_LEADERS = REIGNS.stream().skip(1).map(Reign::leader).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * Right after his name, the verb of a visit or an inspection of his: "visited", "inspected", "gave field guidance to",
     * after an apposition or an adverb at most ("Chairman Kim Jong Il, then ..., visited"); glued to the name, as pages print it.
     */
    private static final Pattern EARLIER_LEADER_VISITED = Pattern.compile(
            "\\s*(?:,[^,;.]{1,80},\\s*)?(?:(?:also|again|once\\s+again|personally)\\s+)?"
            + "(?:visited|inspected|toured|(?:gave|provided)\\s+(?:field|on-the-spot|on-site)\\s+guidance\\s+(?:to|at|over|in))(?![\\p{L}])");

    /** Who led the DPRK in the year of the date, or null (no date, or before 1948). */
    static String reigningLeader(LocalDate published) {
        if (published == null) return null;
        for (Reign reign : REIGNS) if (published.isAfter(reign.after())) return reign.leader();
        return null;
    }

    /** An occasion being read, before it is known whether the leader was at it. */
    private static final class Draft {
        final int id;
        String kind;
        LocalDate start;
        String wording;
        String place;
        boolean led;
        final Evidence evidence;

        Draft(int id, String kind, LocalDate start, String wording, String place, Evidence evidence) {
            this.id = id;
            this.kind = kind;
            this.start = start;
            this.wording = wording;
            this.place = place;
            this.evidence = evidence;
        }
    }

    private record Role(String person, Draft event, String role, Evidence evidence) {}

    private static final class Run {
        final Extraction x;
        final DocumentMetadata meta;
        final String leader;
        final String headlineKind;
        final String headlinePlace;
        /** A headline that is itself a place's name ("Ryongak Glass Factory" over an anecdote of his visit there): what "the factory" is. */
        final String headlineName;
        final List<Draft> drafts = new ArrayList<>();
        final List<Role> roles = new ArrayList<>();
        final List<Role> pendingAccompanied = new ArrayList<>();
        /** The headline reports his inspection or visit ("... Inspects X"): the occasion, if the body names it no other way. */
        final boolean headlineOccasion;
        /** The headline says he sent something ("Sends Gifts to ..."): occasions reported without him were not his. */
        final boolean headlineSent;
        Draft current;
        /** The sentence the occasion in hand was last spoken of in; lists far from it are about something else. */
        int currentAt = -1;
        /** The last sentence since the occasion in hand that names an occasion of another kind (a meeting, a rally, a show): the text has moved on. */
        int otherOccasionAt = -1;
        int sentenceAt;
        /** Since a sentence said another acted upon his authorization: "he" is that deputy until the leader is named again. */
        boolean heIsDeputy;
        /**
         * The article named him "President X" and no one else a president by name: its later "the President" is he (older
         * copy's way of referring back). Another president named makes the bare title no one's for the rest of the article.
         */
        boolean presidentIsLeader;
        boolean otherPresident;
        /** The place the article's opening names ("Farmers at the X Farm in Y County have moved ..."), for a ceremony held "on the spot". */
        String openingPlace;
        /** Body sentences read for the opening place: the first two. */
        int openingRead;
        /** The day that opening gives, if any, for a ceremony named only in the list of those present at it. */
        LocalDate openingDate;
        String openingDateWording;
        /** The day of an occasion reported as taking place with no kind these rules read (a meeting with a group), and where. */
        DateExpressions.Reading unnamedOccasionDate;
        int unnamedOccasionAt = -1;
        /** The last sentence read (its dateline blanked) and its index, for {@link #previousSentenceDate}. */
        String previousText;
        int previousAt = -2;
        /** A press review or news digest: its items retell other reports, which are read there. */
        final boolean digest;
        /** The verbs of occasions, also where the page glued them to the leader's name ("Kim Jong Unvisited"). */
        final Pattern trigger;
        /** Whether the patterns are gated by their RequiredText. */
        final boolean gated;

        Run(Extraction x, String leader, Pattern trigger, boolean gated) {
            this.trigger = trigger;
            this.gated = gated;
            this.x = x;
            this.meta = x.metadata();
            this.leader = leader;
            String headline = meta.headline() == null ? "" : meta.headline().strip();
            Matcher k = HEADLINE_KIND.matcher(headline);
            this.headlineKind = k.find() ? (k.group("inspection") != null ? "inspection" : "visit") : null;
            Matcher p = HEADLINE_PLACE.matcher(headline);
            // A headline glued to its sub-heading ("... under ConstructionHe Takes ...") ends at the glue.
            // "X Catfish Farm in DPRK": the wire's suffix of country is no part of the name.
            String named = COUNTRY_SUFFIX.matcher(headline).replaceFirst("");
            this.headlineName = HEADLINE_NAME.matcher(named).matches() && PLACE_NOUN.matcher(named).find() ? named : null;
            this.headlinePlace = p.find()
                    ? OVER_PREPARATIONS.matcher(GLUED_SUBHEADING.matcher(p.group(1).strip()).replaceFirst("")).replaceFirst("") : null;
            // "Tenth Anniversary of His Field Guidance at X Marked": the headline's occasion is a commemoration of it, not his.
            this.headlineOccasion = leader != null && headlineKind != null && namesHim(headline, leader)
                    && !ANNIVERSARY_OF.matcher(headline).find();
            this.headlineSent = SENT.matcher(headline).find();
            this.digest = PressReview.is(x.document().text(), meta.headline());
        }

        void sentence(Sentence s, List<NameMention> names) {
            String text = ArticleReading.blankDateline(s.text()); // one dateline pattern for every rule family
            if (!ArticleReading.endsSentence(text.strip())) return; // a headline or a caption: the body reports the acts
            if (DIGEST_BULLET.matcher(text).lookingAt()) return;
            String lower = lower(text);
            if (leader != null) deputy(text, lower, names);
            if (leader != null && !otherPresident && text.contains("President ")) presidents(text);
            Evidence evidence = Evidence.of(s);
            sentenceAt = s.index();
            Draft before = current;
            // Where he is mentioned, found once: nothing below changes it before the test after the occasion.
            int leaderAt = leaderAt(text, lower);
            boolean acted = trigger(s, text, lower, leaderAt, names, evidence);
            if (!acted && leaderAt >= 0) acted = talksBetween(s, text, lower, names, evidence);
            if (!acted) occasion(text, lower, evidence);
            // The occasion stays in hand while the text goes on speaking of him.
            if (acted || current != before || current != null && leaderAt >= 0) currentAt = s.index();
            if (current != null && currentAt != sentenceAt && OTHER_OCCASION_TEXT.admits(lower) && OTHER_OCCASION.matcher(text).find()) otherOccasionAt = sentenceAt;
            heldAt(text, lower);
            // "He observed the launch from the X Observation Post": where he watched the test in hand from.
            if (current != null && current.place == null && leaderAt >= 0 && text.contains(" from ")) current.place = watchedFrom(current.kind, text);
            if (openingPlace == null && current == null && ++openingRead <= 2) openingPlace = openingPlace(text);
            if (CEREMONY_TEXT.admits(lower) && PRESENT_AT_CEREMONY.matcher(text).find() && (current == null || !current.kind.equals("ceremony") || sentenceAt - currentAt > MAX_LIST_DISTANCE)) {
                // "Present at the ceremony for X were A, B": the ceremony is named only in the list of those at it.
                Draft named = occasion("ceremony", text, null, evidence, false);
                if (named.start == null && named.place == null && openingDate != null) {
                    named.start = openingDate;
                    named.wording = openingDateWording;
                }
                currentAt = s.index();
            }
            lists(s, text, lower, names, evidence);
            actors(s, text, names, evidence);
            previousText = text;
            previousAt = sentenceAt;
        }

        /**
         * "A dialogue took place in X on May 3. Prior to it, the ministers attended a ceremony held at Y": the day the sentence
         * just before gives, for an occasion that has none of its own and no occasion in hand to share one with. Read only
         * when asked (no date is looked for in every sentence), and only a day near the article's: a day long before it
         * ("arrived there on May 3, 1950") is history the sentence recalls, not the day of what is reported.
         */
        DateExpressions.Reading previousSentenceDate() {
            if (previousText == null || previousAt != sentenceAt - 1 || meta.published() == null) return null;
            DateExpressions.Reading date = DateExpressions.find(GLUED_DIGIT.matcher(previousText).replaceAll("$1 $2"), meta.published());
            if (date == null || date.start() == null) return null;
            LocalDate day = date.start();
            return day.isAfter(meta.published().plusDays(1)) || day.isBefore(meta.published().minusDays(PREVIOUS_DATE_DAYS)) ? null : date;
        }

        /** The text lower-cased for the gates, or null when ungated (every gate admits). */
        String lower(String text) {
            return gated ? text.toLowerCase(Locale.ROOT) : null;
        }

        /** "Upon authorization of the leader, A B received ...": the next "he" is A B, not the leader. */
        void deputy(String text, String lower, List<NameMention> names) {
            if (DEPUTED_TEXT.admits(lower) && DEPUTED.matcher(text).find()) {
                for (NameMention n : names) {
                    if (!n.name().equals(leader) && !sameName(n.name(), leader)) {
                        heIsDeputy = true;
                        return;
                    }
                }
            }
            if (leader != null && text.contains(leader)) heIsDeputy = false;
        }

        /** "President X" names: the leader's makes "the President" his, anyone else's makes it no one's. */
        void presidents(String text) {
            Matcher p = PRESIDENT_NAMED.matcher(text);
            while (p.find()) {
                if (text.startsWith(leader, p.end())) presidentIsLeader = true;
                else {
                    otherPresident = true;
                    presidentIsLeader = false;
                    return;
                }
            }
        }

        /** Where the leader is mentioned in the sentence (as named, glued or not, as "he" or by title); -1 if nowhere. */
        int leaderAt(String text, String lower) {
            if (leader == null) return -1;
            int at = text.indexOf(leader);
            int he = heIsDeputy ? -1 : firstHe(text);
            if (he >= 0 && (at < 0 || he < at)) at = he;
            Matcher title = LEADER_WORDS.matcher(text);
            if (LEADER_WORDS_TEXT.admits(lower) && title.find() && (at < 0 || title.start() < at)) at = title.start();
            if (presidentIsLeader && text.contains("he President")) {
                Matcher president = THE_PRESIDENT.matcher(text);
                if (president.find() && (at < 0 || president.start() < at)) at = president.start();
            }
            return at;
        }

        /** Where the mention of him nearest before {@code end} starts (as named, "he" or by title). */
        int lastLeaderBefore(String text, int end) {
            int at = text.lastIndexOf(leader, end);
            Matcher he = HE.matcher(text).region(0, end);
            while (he.find()) at = Math.max(at, he.start());
            Matcher title = LEADER_WORDS.matcher(text).region(0, end);
            while (title.find()) at = Math.max(at, title.start());
            if (presidentIsLeader) {
                Matcher president = THE_PRESIDENT.matcher(text).region(0, end);
                while (president.find()) at = Math.max(at, president.start());
            }
            return Math.max(at, 0);
        }

        // ---- occasions ---------------------------------------------------------------------

        boolean trigger(Sentence s, String text, String lower, int leaderAt, List<NameMention> names, Evidence evidence) {
            if (leaderAt < 0 || !TRIGGER_TEXT.admits(lower)) return false;
            // Gated, the trigger is tried only where one of its first words begins (or right after the leader's name).
            WordStarts.Scan scan = gated ? TRIGGER_STARTS.scan(trigger, text, leader) : null;
            Matcher t = scan != null ? scan.matcher() : trigger.matcher(text);
            while (scan != null ? scan.find() : t.find()) {
                if (t.start() < leaderAt) continue;
                // "the lecture he gave when he visited X", "noted that he visited X": an occasion referred to, not reported.
                int named = text.lastIndexOf(leader, t.start());
                // "When he appeared at the venue of the ceremony, all cheered": his arrival at the occasion in hand, not one referred to.
                boolean arrivedAtCurrent = t.group("join") != null && current != null && sentenceAt - currentAt <= MAX_LIST_DISTANCE
                        && VENUE_KINDS.contains(current.kind) && AT_THE_VENUE.matcher(text.substring(t.end())).lookingAt();
                if (!arrivedAtCurrent && (REFERRED.matcher(text.substring(0, lastLeaderBefore(text, t.start()))).find()
                        || named >= 0 && REFERRED.matcher(text.substring(0, named)).find()
                        || named >= 0 && named + leader.length() <= t.start()
                                && WHO_AFTER.matcher(text.substring(named + leader.length(), t.start())).matches())) {
                    continue;
                }
                if (NO_ONE_OCCASION.matcher(text.substring(Math.max(0, t.start() - 25), Math.min(text.length(), t.end() + 200))).find()) continue;
                // "the task he advanced while giving field guidance at X": the guidance of a clause about something else, referred to.
                if (WHILE_DOING.matcher(text.substring(Math.max(0, t.start() - 12), t.start())).find() && t.group().matches("(?i)\\w+ing\\b.*")) continue;
                String group = null;
                for (String g : TRIGGER_GROUPS) if (t.group(g) != null) group = g;
                String after = text.substring(t.end());
                List<NameMention> jointGuests = List.of();
                DateExpressions.Reading metGroupDate = null;
                String kind;
                String place = null;
                switch (group) {
                    case "inspection", "visit" -> {
                        kind = group;
                        place = objectPlace(after);
                        // "guided the shipbuilding on the spot": what he guided is not always a place.
                        if (place != null && t.group().toLowerCase(Locale.ROOT).startsWith("guided") && !hasCapital(place)
                                && !PLACE_NOUN.matcher(place).find()) {
                            place = null;
                        }
                        // "visited an exhibition of machines held at the X Hall": a show in common words is where it is held.
                        if (place != null && !hasCapital(place) && SHOW.matcher(place).lookingAt()) {
                            String venue = atPlace(after);
                            if (venue != null && hasCapital(venue)) place = venue;
                        }
                    }
                    case "tour" -> {
                        // "He went round the workshops": a further stop of the occasion of his in hand, whatever it names.
                        kind = "visit";
                        place = objectPlace(after);
                        // "He then dropped in at the X Farm": a stop at a named place of its own is another occasion.
                        boolean anotherStop = place != null && hasCapital(place) && PLACE_NOUN.matcher(place).find()
                                && t.group("tour").toLowerCase(Locale.ROOT).matches("(?:dropped|stopped)\\b.*")
                                && (current == null || current.place == null || !similar(place, current.place));
                        if (!anotherStop && current != null && current.led && sentenceAt - currentAt <= MAX_LIST_DISTANCE) {
                            adoptDate(current, text);
                            return true;
                        }
                        // "looked round the packing shop at the X Mill": the named place is where the shop is.
                        if (place != null && !Character.isUpperCase(place.charAt(0))) {
                            String at = atPlace(" " + place);
                            if (at != null && hasCapital(at)) place = at;
                        }
                    }
                    case "homage" -> {
                        // "paid homage to the leaders at the X Palace": the place is where; "paid homage at the X": its object.
                        kind = "visit";
                        place = atPlace(after);
                    }
                    case "wreath" -> {
                        kind = "visit";
                        Matcher at = WREATH_AT.matcher(after);
                        place = at.find() ? cutPlace(after.substring(at.end())) : null;
                    }
                    case "watch" -> {
                        kind = objectKind(after);
                        String verb = t.group("watch").toLowerCase(Locale.ROOT);
                        if (kind == null && verb.startsWith("oversaw") || kind == null && verb.startsWith("oversee")) kind = "inspection";
                        if (kind == null) continue;
                        place = atPlace(after);
                        if (place == null && kind.equals("drill")) place = organizationOf(after);
                        if (place == null) place = watchedFrom(kind, after);
                    }
                    case "reception" -> {
                        if (RECEIVED_THING.matcher(after).lookingAt()) continue;
                        // "In the message he congratulated the athletes": congratulations sent are no occasion.
                        // "He congratulated the participants" in a report of gifts he sent is the one who conveyed them: he is named.
                        if (t.group("reception").toLowerCase(Locale.ROOT).startsWith("congratulat")
                                && (CORRESPONDENCE.matcher(text).find() || headlineSent || !text.contains(leader) && !LEADER_WORDS.matcher(text).find())) {
                            continue;
                        }
                        if (guestNamed(names, s, t.end()) || RECEIVED_GUEST.matcher(after).lookingAt()) {
                            kind = "reception";
                        } else if (MET_GROUP.matcher(after).lookingAt()) {
                            // "arrived at the X Stadium and met war veterans who worked at ...": the place is where he arrived.
                            String arrived = atPlace(" " + text.substring(leaderAt, t.start()));
                            if (arrived != null) after = " at " + arrived + ".";
                            // Meeting the workers or soldiers of the place he is visiting is part of that visit.
                            if (current != null) {
                                current.led = true;
                                adoptDate(current, text);
                                return true;
                            }
                            kind = "other";
                            // "A meeting with the veterans took place on July 27 ... He met the veterans": that day.
                            if (unnamedOccasionDate != null && sentenceAt - unnamedOccasionAt <= MAX_LIST_DISTANCE) metGroupDate = unnamedOccasionDate;
                        } else {
                            continue;
                        }
                        place = atPlace(after);
                    }
                    case "join" -> {
                        // "appeared at the venue", "arrived at the firing ground": he is at the occasion in hand.
                        if (current != null) {
                            current.led = true;
                            adoptDate(current, text);
                            spouse(names, s, text, current, evidence);
                            return true;
                        }
                        kind = objectKind(after);
                        if (kind == null) continue;
                        place = atPlace(after);
                    }
                    case "talks" -> {
                        // Talks with a named visitor or a delegation; a talk with the officials accompanying him is no occasion.
                        Matcher with = TALKS_WITH.matcher(after);
                        int from = with.find() ? t.end() + with.end() : t.end();
                        // "He and B, president of X, held talks": the visitor is named with him as its subject.
                        if (!guestNamed(names, s, from)) jointGuests = cosubjects(names, s, leaderAt, t.start());
                        if (!guestNamed(names, s, from) && !RECEIVED_GUEST.matcher(text.substring(from)).lookingAt() && jointGuests.isEmpty()) continue;
                        kind = "talks";
                        place = atPlace(after);
                    }
                    case "welcome", "farewell" -> {
                        // A visitor welcomed or seen off in person: a named one or one by office ("the president of X").
                        if (!guestNamed(names, s, t.end()) && !RECEIVED_GUEST.matcher(after).lookingAt()) continue;
                        kind = group.equals("welcome") ? "reception" : "other";
                        place = atPlace(after);
                    }
                    case "photo" -> {
                        // A photo session at the end of a visit or an inspection is part of it; one recalled without a day
                        // (a feature's "on his way to the front he had a photo session with them") is no occasion reported.
                        if (current != null || DateExpressions.find(text, meta.published()) == null) continue;
                        kind = "other";
                        place = atPlace(after);
                    }
                    case "other" -> {
                        kind = "other";
                        place = atPlace(after);
                    }
                    default -> {
                        String k = objectKind(t.group("ceremony"));
                        kind = "performance".equals(k) ? "performance" : "ceremony";
                        place = atPlace(after);
                        // "cut the tape at the inauguration of the X Street": the place is X, not the occasion.
                        if (place != null) place = OCCASION_OF.matcher(place).replaceFirst("");
                        if (place != null && place.isBlank()) place = null;
                    }
                }
                Draft event = occasion(kind, text, place, evidence, true);
                if (metGroupDate != null && event.start == null) {
                    event.start = metGroupDate.start();
                    event.wording = metGroupDate.wording();
                }
                spouse(names, s, text, event, evidence);
                // The foreign visitors received or talked with are guests.
                if (group.equals("reception") || group.equals("talks") || group.equals("welcome") || group.equals("farewell")) {
                    for (NameMention n : jointGuests) role(n.name(), event, "guest", evidence);
                    for (NameMention n : guestsAfter(names, s, t.end())) role(n.name(), event, "guest", evidence);
                }
                return true;
            }
            return false;
        }

        /**
         * "Talks between him and B, prime minister of X, took place at Y": his talks, reported with the occasion as subject; the
         * others named between "between" and the verb are the guests.
         */
        boolean talksBetween(Sentence s, String text, String lower, List<NameMention> names, Evidence evidence) {
            if (!BETWEEN_TEXT.admits(lower)) return false;
            Matcher between = TALKS_BETWEEN.matcher(text);
            if (!between.find()) return false;
            Matcher held = OCCASION.matcher(text);
            if (!held.find(between.end())) return false;
            String parties = text.substring(between.end(), held.start());
            if (!parties.contains(leader) && !HE.matcher(parties).find() && !LEADER_WORDS.matcher(parties).find()) return false;
            Draft event = occasion("talks", text, atPlace(text.substring(held.end())), evidence, true);
            for (NameMention n : names) {
                int at = n.start() - s.start();
                if (at >= between.end() && at < held.start()) role(n.name(), event, "guest", evidence);
            }
            return true;
        }

        /**
         * The day a sentence gives for the occasion in hand, when it had none: "met and congratulated the cadres on
         * September 9" after an opening that named the meeting without its day.
         */
        void adoptDate(Draft d, String text) {
            if (d.start != null) return;
            DateExpressions.Reading date = DateExpressions.find(GLUED_DIGIT.matcher(text).replaceAll("$1 $2"), meta.published());
            if (date == null || date.start() == null) return;
            d.start = date.start();
            d.wording = date.wording();
        }

        /** "He and his wife B watched ...", "together with his wife B": she is with him at it. */
        void spouse(List<NameMention> names, Sentence s, String text, Draft event, Evidence evidence) {
            for (NameMention n : names) {
                int at = n.start() - s.start();
                if (SPOUSE_BEFORE.matcher(text.substring(Math.max(0, at - 24), at)).find()) role(n.name(), event, "accompanied", evidence);
            }
        }

        /** The others named with him as the verb's subject, joined by "and": "A, TITLE, and B, TITLE, held talks". */
        List<NameMention> cosubjects(List<NameMention> names, Sentence s, int leaderAt, int verbAt) {
            List<NameMention> others = new ArrayList<>();
            // A visitor named with his title earlier and here without it ("He and President B held talks") is still named.
            List<NameMention> all = new ArrayList<>(names);
            Set<String> here = new HashSet<>();
            for (NameMention n : names) here.add(n.name());
            for (NameMention known : x.persons()) {
                if (here.contains(known.name()) || known.name().equals(leader) || known.name().indexOf(' ') < 0) continue;
                int at = s.text().indexOf(known.name(), leaderAt);
                if (at > leaderAt && at < verbAt) {
                    all.add(new NameMention(known.name(), s.start() + at, s.start() + at + known.name().length(), s.index()));
                    here.add(known.name());
                }
            }
            all.sort(java.util.Comparator.comparingInt(NameMention::start));
            for (NameMention n : all) {
                int at = n.start() - s.start();
                if (at <= leaderAt || at >= verbAt || n.name().equals(leader) || sameName(n.name(), leader)) continue;
                String between = s.text().substring(leaderAt, at);
                // Not those accompanying him ("accompanied by B, held talks") nor a clause of its own.
                if (!between.matches("(?s).*\\band\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}$") && others.isEmpty() || ACCOMPANIED_ACTIVE.matcher(between).find()
                        || between.toLowerCase(Locale.ROOT).contains("accompan") || between.contains(";")) {
                    continue;
                }
                others.add(n);
            }
            return others;
        }

        /** A person's name follows the verb directly (give or take "again"). */
        boolean guestNamed(List<NameMention> names, Sentence s, int offset) {
            List<NameMention> following = after(names, s, offset);
            return !following.isEmpty() && following.get(0).start() - s.start() - offset < 14;
        }

        /** "The X conducted test-fires ... on Wednesday", "A performance was given at Y": an occasion he may be said to be at. */
        void occasion(String text, String lower, Evidence evidence) {
            Matcher o = OCCASION.matcher(text);
            if (!OCCASION_TEXT.admits(lower) || !o.find()) {
                // "A B, as special envoy, attended the inaugural ceremony held at X": the ceremony, whoever attended it.
                Matcher attended = ATTENDED_ACT.matcher(text);
                if (CEREMONY_TEXT.admits(lower) && attended.find() && !REFERRED_CEREMONY.matcher(text).find() && CEREMONY_WORD.matcher(attended.group()).find()) {
                    String place = atPlace(text.substring(attended.end()));
                    occasion("ceremony", text, place, evidence, false);
                }
                return;
            }
            Matcher k = OBJECT_KIND.matcher(text);
            String kind = null;
            int best = Integer.MAX_VALUE;
            while (k.find()) {
                String found = k.group("test") != null ? "test" : k.group("drill") != null ? "drill"
                        : k.group("performance") != null ? "performance" : k.group("other") != null ? "other" : "ceremony";
                if (found.equals("drill") && k.group().toLowerCase(Locale.ROOT).startsWith("train")) continue;
                if (!HEAD_FOLLOWS.matcher(text.substring(k.end())).lookingAt()) continue;
                int distance = Math.abs(k.start() - o.start());
                // "A departure ceremony of the X brigade to be dispatched to ... took place": the kind heads a long subject.
                boolean heads = k.start() < o.start() && o.start() - k.start() < 300 && !text.substring(k.end(), o.start()).matches("(?s).*[,;:].*");
                if (distance < best && (distance < 120 || heads)) {
                    best = distance;
                    kind = found;
                }
            }
            if (kind == null) {
                // "A meeting with the veterans took place on July 27": no occasion of a kind read here, but its day, for meeting them.
                DateExpressions.Reading date = DateExpressions.find(GLUED_DIGIT.matcher(text).replaceAll("$1 $2"), meta.published());
                if (date != null && date.start() != null) {
                    unnamedOccasionDate = date;
                    unnamedOccasionAt = sentenceAt;
                }
                return;
            }
            // Reported with no leader of the article, only a ceremony by that name is an occasion ("a rally took place" is not).
            // Another occasion ("performances were given in X") ends the ceremony in hand: its place and lists are not the ceremony's.
            if (leader == null && (!kind.equals("ceremony") || !CEREMONY_WORD.matcher(text).find())) {
                current = null;
                return;
            }
            // "... since the first ceremony was held at X in February": a ceremony referred to, not reported.
            if (kind.equals("ceremony") && REFERRED_CEREMONY.matcher(text).find()) return;
            String place = atPlace(text.substring(o.start()));
            // A ceremony held during a visit is held where he is.
            if (place == null && kind.equals("ceremony") && current != null) place = current.place;
            occasion(kind, text, place, evidence, false);
            // The occasion spoken of again ("Then followed the closing ceremony") is in hand from here on, for its lists.
            currentAt = sentenceAt;
        }

        /** A new occasion, or the one already read that this sentence speaks of again. */
        Draft occasion(String kind, String text, String place, Evidence evidence, boolean led) {
            if (place == null && kind.equals("ceremony") && CEREMONY_TEXT.admits(lower(text))) {
                Matcher forPlace = CEREMONY_FOR.matcher(text);
                if (forPlace.find()) {
                    String named = cutPlace(text.substring(forPlace.end()));
                    if (named != null && hasCapital(named) && PLACE_NOUN.matcher(named).find()) place = named;
                }
                Matcher toUnit = place == null ? CEREMONY_TO_UNIT.matcher(text) : null;
                if (toUnit != null && toUnit.find()) {
                    String unit = cutPlace(text.substring(toUnit.end()));
                    if (unit != null && hasCapital(unit) && UNIT_NAME.matcher(unit).find()) place = unit;
                }
            }
            // "On August 4Kim Jong Un": a date glued to the name is still a date.
            DateExpressions.Reading date = DateExpressions.find(GLUED_DIGIT.matcher(text).replaceAll("$1 $2"), meta.published());
            LocalDate start = date == null ? null : date.start();
            String wording = date == null ? null : date.wording();
            // "met the guest at the X Hall today" (the older wire's style): the day of the dateline, or the day before it.
            Matcher today = date == null && meta.published() != null ? TODAY.matcher(text) : null;
            if (today != null && today.find()) {
                start = today.group().equalsIgnoreCase("yesterday") ? meta.published().minusDays(1) : meta.published();
                wording = today.group() + " (the dateline's day)";
            }
            if (start == null && current != null && SAME_DAY.matcher(text).find()) {
                start = NEXT_DAY.matcher(text).find() && current.start != null ? current.start.plusDays(1) : current.start;
                wording = "the day of the occasion reported before (\"" + firstMatch(SAME_DAY, text) + "\")";
            } else if (start == null && current != null) {
                start = current.start;
                wording = current.wording;
            }
            if (start == null && date == null && current == null) {
                DateExpressions.Reading before = previousSentenceDate();
                // "... was held from May 3 to 4. Prior to the meeting, he inspected X": before the first day, not on it.
                if (before != null && before.end() != null && BEFORE_IT.matcher(text).find()) before = null;
                if (before != null) {
                    start = before.start();
                    wording = before.wording() + " (the sentence before)";
                }
            }
            // A further stop of the same visit ("visited the tents of ...", "called at their homes"), with no
            // day or name of its own, is part of the occasion reported before.
            boolean people = place != null && MET_GROUP.matcher(" " + place).lookingAt();
            if (led && current != null && (kind.equals("visit") || kind.equals("inspection"))) {
                if (date == null && (place == null || !hasCapital(place) || people)) {
                    current.led = true;
                    return current;
                }
                // "visited again the flood victims of X on May 3": people, not a place, seen on a day already reported.
                for (Draft d : drafts) {
                    if (people && java.util.Objects.equals(d.start, start)) {
                        d.led = true;
                        current = d;
                        return d;
                    }
                }
            }
            Draft same = find(kind, start, place);
            if (same == null && start != null) {
                // "A ceremony ... took place in the capital", then "The ceremony ... took place on May 4": one ceremony, now dated.
                same = find(kind, null, place);
                if (same != null) {
                    same.start = start;
                    same.wording = wording;
                }
            }
            Draft event;
            if (same != null) {
                event = same;
                if (event.place == null) event.place = place;
                event.led |= led;
            } else {
                event = new Draft(drafts.size() + 1, kind, start, wording, place, evidence);
                event.led = led;
                drafts.add(event);
            }
            current = event;
            // "on May 3 and 4": one occasion each day, the same place and kind.
            Matcher two = TWO_DAYS.matcher(text);
            if (date != null && two.find() && date.start() != null) {
                try {
                    LocalDate second = date.start().withDayOfMonth(Integer.parseInt(two.group(3)));
                    if (second.isAfter(date.start()) && find(kind, second, place) == null) {
                        Draft next = new Draft(drafts.size() + 1, kind, second, two.group(), place, evidence);
                        next.led = led;
                        drafts.add(next);
                    }
                } catch (java.time.DateTimeException | NumberFormatException e) {
                    // Not a day of that month: the second day is not read.
                }
            }
            return event;
        }

        /** The occasion of that kind (a talk is part of a reception) on that day, at a place not plainly another. */
        Draft find(String kind, LocalDate start, String place) {
            for (Draft d : drafts) {
                boolean sameKind = d.kind.equals(kind) || kind.equals("talks") && d.kind.equals("reception")
                        || kind.equals("reception") && d.kind.equals("talks");
                if (!sameKind || !java.util.Objects.equals(d.start, start)) continue;
                if (place == null || d.place == null || similar(place, d.place)) return d;
            }
            return null;
        }

        /**
         * "watched the test-fire from the X Observation Post", "observed the launch from Y": the named place a test or drill was
         * watched from, or null (not for other kinds: "a performance by artists from the Z Troupe" names where they came from).
         */
        static String watchedFrom(String kind, String text) {
            if (!kind.equals("test") && !kind.equals("drill") || !text.contains(" from ")) return null;
            Matcher from = WATCHED_FROM.matcher(text);
            if (!from.find()) return null;
            String place = cutPlace(text.substring(from.end()));
            return place != null && hasCapital(place) ? place : null;
        }

        /** "The talk took place at the X building": the place of the occasion in hand when it has none. */
        void heldAt(String text, String lower) {
            // The occasion in hand is tested first: without one lacking a place or a day, the pattern's answer is not needed.
            if (current == null || current.place != null && current.start != null || !HELD_AT_TEXT.admits(lower)) return;
            Matcher m = HELD_AT.matcher(text);
            if (!m.find()) return;
            // "It was organized at the X airfield on May 8": the day of the occasion in hand, as its place.
            adoptDate(current, text);
            if (current.place != null) return;
            String place = cutPlace(text.substring(m.end()));
            if (place != null && (hasCapital(place) || PLACE_NOUN.matcher(place).find())) current.place = place;
        }

        // ---- who ---------------------------------------------------------------------------

        void lists(Sentence s, String text, String lower, List<NameMention> names, Evidence evidence) {
            // Without him, no one accompanies or greets him: only those present at a ceremony are read.
            if (leader == null) {
                present(s, text, lower, names, "attended", evidence);
                return;
            }
            Matcher accompanied = ACCOMPANIED.matcher(text);
            boolean accompaniment = ACCOMPANIED_TEXT.admits(lower);
            if (accompaniment && accompanied.find()) {
                if (drafts.isEmpty() && headlineOccasion) fromHeadline(evidence);
                for (NameMention n : after(names, s, accompanied.end())) {
                    if (drafts.isEmpty()) pendingAccompanied.add(new Role(n.name(), null, "accompanied", evidence));
                    else role(n.name(), main(), "accompanied", evidence);
                }
                return;
            }
            Matcher active = ACCOMPANIED_ACTIVE.matcher(text);
            if (accompaniment && active.find() && !drafts.isEmpty()) {
                for (NameMention n : names) if (n.start() - s.start() < active.start()) role(n.name(), main(), "accompanied", evidence);
                return;
            }
            Matcher greeted = GREETED.matcher(text);
            boolean greetings = GREETED_TEXT.admits(lower) && greeted.find();
            if (!greetings && presence(text, lower) == null) return;
            if (current == null && headlineOccasion && drafts.isEmpty()) fromHeadline(evidence);
            // "Present there were ..." many sentences after the occasion (a rally, a meeting the article goes on to) is not about it.
            if (current == null || sentenceAt - currentAt > MAX_LIST_DISTANCE) return;
            if (greetings) {
                for (NameMention n : after(names, s, greeted.end())) role(n.name(), current, "greeted", evidence);
                return;
            }
            present(s, text, lower, names, INVITED.matcher(text).find() ? "guest" : "attended", evidence);
        }

        /**
         * "Present there were A, B ...", "A and B were present", "took place with the attendance of A, B": those named were at the
         * occasion in hand, in the role given.
         */
        void present(Sentence s, String text, String lower, List<NameMention> names, String role, Evidence evidence) {
            if (current == null || sentenceAt - currentAt > MAX_LIST_DISTANCE) return;
            Matcher found = presence(text, lower);
            if (found == null) return;
            if (found.pattern() == PRESENT_AFTER) {
                for (NameMention n : names) if (n.start() - s.start() < found.start()) role(n.name(), current, role, evidence);
            } else {
                for (NameMention n : after(names, s, found.end())) role(n.name(), current, role, evidence);
            }
        }

        /** The words that say who was present (a list after them, or, for "were present", the names before), or null. */
        Matcher presence(String text, String lower) {
            Matcher list = PRESENT_LIST.matcher(text);
            if (list.find()) return list;
            Matcher with = WITH_ATTENDANCE.matcher(text);
            if (ATTENDANCE_TEXT.admits(lower) && with.find()) return with;
            Matcher present = PRESENT_AFTER.matcher(text);
            if (PRESENT_TEXT.admits(lower) && present.find()) return present;
            return null;
        }

        /** "A B read out the decree ...", "When he approved, C D gave an order to the unit": they attended the occasion in hand. */
        void actors(Sentence s, String text, List<NameMention> names, Evidence evidence) {
            if (current == null || names.isEmpty()) return;
            // A closing address ends the occasion it closes however long the report of it: far from its last mention, a speech
            // is still the occasion's while the text has named no other occasion since; decrees and orders are read near it.
            boolean near = sentenceAt - currentAt <= MAX_LIST_DISTANCE;
            if (!near && (otherOccasionAt > currentAt || !SPEECH_KINDS.contains(current.kind) || !CLOSING_TEXT.admits(lower(text))
                    || !CLOSING_SPEECH.matcher(text).find())) return;
            // Decrees are read out and orders to fire given at ceremonies, tests and drills, not on a tour of a farm;
            // speeches are made at ceremonies and banquets.
            if (!ACTOR_KINDS.contains(current.kind) && !SPEECH_KINDS.contains(current.kind)) return;
            Matcher act = ACTOR_ACT.matcher(text);
            if (!near || !ACTOR_KINDS.contains(current.kind) || !act.find()) {
                // "A B, TITLE, made a congratulatory address at the ceremony", "... a speech at the banquet": the speaker attended it.
                if (!SPEECH_KINDS.contains(current.kind)) return;
                act = SPEECH_ACT.matcher(text);
                boolean found = act.find();
                if (!found) {
                    act = ATTENDED_ACT.matcher(text);
                    found = act.find();
                }
                if (!found) {
                    Matcher by = SPEECH_BY.matcher(text);
                    if (by.find()) for (NameMention n : after(names, s, by.end())) role(n.name(), current, "attended", evidence);
                    return;
                }
            }
            // The subject of the act: the name whose clause the verb ends, not one named in a clause before it.
            NameMention subject = null;
            for (NameMention n : names) {
                int at = n.start() - s.start();
                if (at >= act.start()) break;
                String between = text.substring(n.end() - s.start(), act.start());
                // "A B, TITLE OF ORG, read out": an apposition may come between; a verb of his own may not.
                if (between.matches("(?s)\\s*(?:,[^;:]*,)?\\s*(?:then\\s+|also\\s+)?")) subject = n;
            }
            // "He made a speech at the ceremony": the leader's own speech there says he was at it.
            if (subject != null && leader != null && (subject.name().equals(leader) || sameName(subject.name(), leader))) current.led = true;
            if (subject == null) return;
            // "A, TITLE, and B, TITLE, made oath-taking speeches": a plural act has all the names listed before it as its subject.
            int first = names.indexOf(subject);
            if (PLURAL_ACT.matcher(act.group()).find()) {
                while (first > 0 && LISTED_BEFORE.matcher(
                        text.substring(names.get(first - 1).end() - s.start(), names.get(first).start() - s.start())).matches()) first--;
            }
            for (NameMention n : names.subList(first, names.indexOf(subject) + 1)) role(n.name(), current, "attended", evidence);
        }

        /** The occasion the article reports first, which the lists of those accompanying him belong to. */
        Draft main() {
            for (Draft d : drafts) if (d.led) return d;
            return drafts.get(0);
        }

        void role(String person, Draft event, String role, Evidence evidence) {
            if (leader != null && (person.equals(leader) || sameName(person, leader))) return;
            roles.add(new Role(person, event, role, evidence));
        }

        /** Names after an offset, without the names that only qualify an item ("the statue of President X"). */
        List<NameMention> after(List<NameMention> names, Sentence s, int offset) {
            List<NameMention> result = new ArrayList<>();
            int previousEnd = offset;
            for (NameMention n : names) {
                int at = n.start() - s.start();
                if (at < offset) continue;
                String between = s.text().substring(Math.max(offset, Math.min(previousEnd, at)), at);
                previousEnd = n.end() - s.start();
                if (QUALIFYING.matcher(between).find() && !between.isBlank()) continue;
                result.add(n);
            }
            return result;
        }

        /** The persons received or talked with: directly after the verb, "led by X", "with X". */
        List<NameMention> guestsAfter(List<NameMention> names, Sentence s, int offset) {
            List<NameMention> guests = new ArrayList<>();
            String text = s.text();
            for (NameMention n : names) {
                int at = n.start() - s.start();
                if (at < offset) continue;
                String before = text.substring(offset, at);
                boolean direct = before.strip().isEmpty() || before.strip().matches("(?i)again|also");
                boolean ledBy = LED_BY.matcher(before).find() && before.length() - lastEnd(LED_BY, before) < 80;
                boolean with = TALK_WITH.matcher(before).find();
                boolean andNext = !guests.isEmpty() && before.matches("(?s).*(?:,|\\band)\\s*$") && !before.contains(".");
                if (direct || ledBy || with || andNext) guests.add(n);
                else if (!guests.isEmpty()) break;
            }
            return guests;
        }

        /**
         * Whether the headline names the leader himself: his name, not an institution named after him ("Speech at
         * Congratulatory Visit to X University" under his name is the text of a speech, not a report of the visit).
         */
        static boolean namesHim(String headline, String leader) {
            return NAMED_AFTER.matcher(headline.replace(leader, "\u0000")).replaceAll("").indexOf('\u0000') >= 0;
        }

        /** The occasion the headline reports, where the body names it in no form these rules read. */
        void fromHeadline(Evidence evidence) {
            Draft d = new Draft(drafts.size() + 1, headlineKind, null, null, headlinePlace, evidence);
            d.led = true;
            drafts.add(d);
            current = d;
            currentAt = sentenceAt;
        }

        Extraction finish() {
            if (drafts.isEmpty() && headlineOccasion) {
                String headline = meta.headline().strip();
                int at = Math.max(0, x.document().text().indexOf(headline));
                fromHeadline(new Evidence(at, Math.min(x.document().text().length(), at + headline.length()), headline));
            }
            boolean anyLed = drafts.stream().anyMatch(d -> d.led);
            if (!anyLed) return withoutHim(x);
            // The first occasion of the article: where the headline names it an inspection or a visit, that is its kind.
            Draft first = main();
            if (headlineKind != null && (first.kind.equals("visit") || first.kind.equals("inspection"))) first.kind = headlineKind;
            List<EventClaim> events = new ArrayList<>();
            List<AppearanceClaim> appearances = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Map<Integer, Integer> ranks = new HashMap<>();
            for (Role r : pendingAccompanied) roles.add(0, new Role(r.person(), first, r.role(), r.evidence()));
            Set<Integer> kept = new HashSet<>();
            Map<Integer, List<Integer>> idsOf = new HashMap<>();
            int extraIds = 0;
            for (Draft d : drafts) {
                // An occasion reported in an article of his activities is one he was at, unless the headline
                // says he sent something there (gifts, a wreath, a message: a ceremony of conveying them).
                if (!d.led && headlineSent) {
                    // The ceremony of conveying them is an occasion all the same, one he was not at.
                    if (ceremonyWithoutHim(d)) {
                        kept.add(d.id);
                        events.add(new EventClaim(d.id, d.kind, d.start, d.wording, d.place, d.evidence));
                    }
                    continue;
                }
                kept.add(d.id);
                // "inspected KPA Unit A and KPA Unit B": one occasion per named place, the same day and kind, the
                // company of the sentence at each; the numbers after the article's drafts are the further places'.
                List<String> places = PlaceConjuncts.of(d.place);
                List<Integer> ids = new ArrayList<>(places.size());
                for (int i = 0; i < places.size(); i++) {
                    int id = i == 0 ? d.id : drafts.size() + (++extraIds);
                    ids.add(id);
                    events.add(new EventClaim(id, d.kind, d.start, d.wording, places.get(i), d.evidence));
                    appearances.add(new AppearanceClaim(leader, id, "led", null, d.evidence));
                }
                idsOf.put(d.id, ids);
            }
            for (Role r : roles) {
                if (!kept.contains(r.event().id)) continue;
                for (int id : idsOf.getOrDefault(r.event().id, List.of(r.event().id))) {
                    if (!seen.add(r.person() + "\u0000" + id)) continue;
                    Integer rank = null;
                    if (r.role().equals("accompanied")) rank = ranks.merge(id, 1, Integer::sum);
                    appearances.add(new AppearanceClaim(r.person(), id, r.role(), rank, r.evidence()));
                }
            }
            return x.withActivities(events, appearances);
        }

        /** A capitalised place after "at" or "in" in the article's opening lines. */
        String openingPlace(String text) {
            // "The X Exhibition in the Field of Y opened at the Z Hall": "at" names the place before "in" does.
            Matcher at = SPACED_AT.matcher(text);
            String place = at.find() ? atPlace(text.substring(at.start())) : null;
            // "Farmers of the X Farm in Y County have moved ...": the farm, not the county.
            if (place == null || !hasCapital(place)) place = organizationOf(text);
            // "Staff members of the X embassy laid a wreath before the Y Tower on Thursday": the wreath-laying ceremony's place.
            Matcher laid = place == null || !hasCapital(place) ? WREATH_LAID_BEFORE.matcher(text) : null;
            if (laid != null && laid.find()) place = cutPlace(text.substring(laid.end()));
            if (place == null || !hasCapital(place)) place = atPlace(text);
            if (place == null || !hasCapital(place)) return null;
            // "New houses have been built at several villages of the X Farm": the ceremony is the farm's.
            Matcher partOf = PART_OF_NAMED_PLACE.matcher(place);
            if (partOf.matches()) place = partOf.group(1);
            DateExpressions.Reading date = DateExpressions.find(GLUED_DIGIT.matcher(text).replaceAll("$1 $2"), meta.published());
            openingDate = date == null ? null : date.start();
            openingDateWording = date == null ? null : date.wording();
            return place;
        }

        /** A ceremony the article reports without him: kept when a digest does not retell it and it has a day or a place. */
        boolean ceremonyWithoutHim(Draft d) {
            // "took place on the spot", "at the farm": the place the article opened with, where it has that word or none.
            if (d.kind.equals("ceremony") && openingPlace != null && (d.place == null || !hasCapital(d.place) && SPACES.split(d.place).length <= 3
                    && openingPlace.toLowerCase(Locale.ROOT).contains(d.place.substring(d.place.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)))) {
                d.place = openingPlace;
            }
            if (d.kind.equals("ceremony") && d.place != null && !hasCapital(d.place)) d.place = null;
            return d.kind.equals("ceremony") && !digest && (d.start != null || d.place != null)
                    && d.evidence.quote() != null && CEREMONY_WORD.matcher(d.evidence.quote()).find();
        }

        /**
         * The article's ceremonies where no occasion is his (or it names no leader): "A ground-breaking ceremony
         * took place at X on May 3", with those present and its speakers as attending; no one led it.
         */
        Extraction withoutHim(Extraction x) {
            List<EventClaim> events = new ArrayList<>();
            List<AppearanceClaim> appearances = new ArrayList<>();
            Set<Integer> kept = new HashSet<>();
            for (Draft d : drafts) {
                if (!ceremonyWithoutHim(d)) continue;
                kept.add(d.id);
                events.add(new EventClaim(d.id, d.kind, d.start, d.wording, d.place, d.evidence));
            }
            if (events.isEmpty()) return x;
            Set<String> seen = new HashSet<>();
            for (Role r : roles) {
                if (r.event() == null || !kept.contains(r.event().id) || !r.role().equals("attended")) continue;
                if (seen.add(r.person() + "\u0000" + r.event().id)) appearances.add(new AppearanceClaim(r.person(), r.event().id, r.role(), null, r.evidence()));
            }
            return x.withActivities(events, appearances);
        }

        // ---- places ------------------------------------------------------------------------

        /** The place or unit that is the object of a verb of visiting or inspecting. */
        String objectPlace(String after) {
            String object = OVER_PREPARATIONS.matcher(LEADING_ADVERB.matcher(after.strip()).replaceFirst("")).replaceFirst("");
            // "inspected the X Farm, the Y Farm and the Z Farm": the list whole, each place an occasion of its own (PlaceConjuncts).
            String listed = PlaceConjuncts.listAt(object);
            if (listed != null) return listed;
            // "visited it" under a headline that is a place's name: that place.
            if (headlineName != null && current == null && IT.matcher(object).lookingAt()) return headlineName;
            // "visited a factory and looked round ...": a place nothing names is none (an anecdote's unnamed factory is no place to count).
            if (UNNAMED_PLACE.matcher(object).lookingAt()) return null;
            return anaphor(cutPlace(object));
        }

        /** {@link #anaphor}'s head words as whole words, compiled once an article. */
        private final Map<String, Pattern> wordPatterns = new HashMap<>();

        /** "the university", "the base": the place of the occasion in hand or of the headline that has that word, else as written. */
        String anaphor(String place) {
            if (place == null || hasCapital(place) || SPACES.split(place).length > 3) return place;
            String head = place.substring(place.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            for (String named : new String[] {current == null ? null : current.place, headlinePlace, headlineName}) {
                if (named != null && !named.equalsIgnoreCase(place)
                        && wordPatterns.computeIfAbsent(head, h -> Pattern.compile("(?i)\\b" + Pattern.quote(h) + "\\b")).matcher(named).find()) {
                    return named;
                }
            }
            return place;
        }

        /** "at the X", "in the Y": a place named after the verb of watching or receiving. */
        String atPlace(String after) {
            // "met veterans who had worked at important posts": a place inside a relative clause is not the occasion's.
            Matcher relative = RELATIVE_CLAUSE.matcher(after);
            if (relative.find()) after = after.substring(0, relative.start());
            Matcher at = AT_PLACE.matcher(after);
            while (at.find()) {
                String place = cutPlace(after.substring(at.end()));
                if (place != null && (hasCapital(place) || PLACE_NOUN.matcher(place).find())
                        && !place.matches("(?i)(?:order|time|any|all|last|first|least|once|[a-z]+ing)\\b.*")) {
                    return anaphor(place);
                }
            }
            return null;
        }

        static String organizationOf(String after) {
            Matcher org = ORGANIZATION_OF.matcher(cutClause(after));
            return org.find() ? org.group(1).strip() : null;
        }

        static String cutClause(String text) {
            int stop = text.indexOf('.');
            return stop >= 0 ? text.substring(0, stop) : text;
        }

        static String cutPlace(String text) {
            String place = LEADING_ARTICLE.matcher(text.strip()).replaceFirst("");
            Matcher end = PLACE_END.matcher(place);
            if (end.find()) place = place.substring(0, end.start());
            Matcher glued = GLUED_WORDS.matcher(place);
            if (glued.find()) place = place.substring(0, glued.start());
            place = DANGLING_END.matcher(place.strip()).replaceFirst("");
            // "the newly built X Factory", "the X Farm under construction": the state of the works is no part of a named place.
            String named = WORKS_STATE_AFTER.matcher(WORKS_STATE_BEFORE.matcher(place.strip()).replaceFirst("")).replaceFirst("");
            if (!named.isEmpty() && Character.isUpperCase(named.charAt(0))) place = named;
            place = place.strip();
            // "X Farm in Y City": a proper name does not need its town.
            Matcher in = PROPER_IN.matcher(place);
            if (in.matches()) place = in.group(1);
            // "the green zone park of the X Training School of the Y": too long as written, the named institution it is part of.
            if (SPACES.split(place).length > MAX_PLACE_WORDS) {
                Matcher partOf = PART_OF_NAMED.matcher(place);
                if (partOf.matches()) place = partOf.group(1);
            }
            if (place.isEmpty() || SPACES.split(place).length > MAX_PLACE_WORDS) return null;
            if (PRONOUN_PLACE.matcher(place).matches()) return null;
            return place;
        }

        static boolean hasCapital(String place) {
            for (String w : SPACES.split(place)) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) return true;
            return false;
        }

        /** Kind of the thing watched or overseen, from the words just after the verb. */
        static String objectKind(String after) {
            String window = cutClause(after);
            if (window.length() > 120) window = window.substring(0, 120);
            Matcher k = OBJECT_KIND.matcher(window);
            while (k.find()) {
                // The kind word must head its phrase: "firing drill of" is a drill, "drill lectures" are not.
                if (!HEAD_FOLLOWS.matcher(window.substring(k.end())).lookingAt()) continue;
                if (k.group("test") != null) return "test";
                if (k.group("drill") != null) return "drill";
                if (k.group("performance") != null) return "performance";
                if (k.group("other") != null) return "other";
                return "ceremony";
            }
            return null;
        }

        static boolean similar(String a, String b) {
            Set<String> wa = words(a), wb = words(b);
            if (wa.isEmpty() || wb.isEmpty()) return false;
            Set<String> inter = new HashSet<>(wa);
            inter.retainAll(wb);
            Set<String> union = new HashSet<>(wa);
            union.addAll(wb);
            return inter.size() * 2 >= union.size();
        }

        static Set<String> words(String text) {
            Set<String> w = new HashSet<>();
            for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
                if (!t.isEmpty() && !Set.of("the", "of", "a", "an", "in", "at", "on", "and").contains(t)) w.add(t);
            }
            return w;
        }

        static boolean sameName(String a, String b) {
            return a.replaceAll("[\\s-]+", " ").equalsIgnoreCase(b.replaceAll("[\\s-]+", " "));
        }

        static String firstMatch(Pattern p, String text) {
            Matcher m = p.matcher(text);
            return m.find() ? m.group() : "";
        }

        static int lastEnd(Pattern p, String text) {
            Matcher m = p.matcher(text);
            int end = -1;
            while (m.find()) end = m.end();
            return end;
        }
    }
}
