package org.dais.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dais.nlp.NameMention;
import org.dais.nlp.NameMentionFilter;
import org.dais.nlp.Sentence;

/**
 * Offices: appositive name lists ("A, TITLE of ORG, B and C, TITLEs of ORG"), prefixed titles
 * ("Premier A") and ranks ("Marshal A"), elections and appointments, funeral committees.
 */
final class OfficeRules implements RuleFamily {
    private static final Pattern DANGLING_AND = Pattern.compile("(?:[,;]\\s*(?:and\\s*)?|\\s+and\\s*)$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,]+\\s*$");
    private static final Pattern OF_AND_REST = Pattern.compile("\\s+of\\s+.*$");
    private static final Pattern LEADING_OF = Pattern.compile("^\\s+of\\s+");
    private static final Pattern LEAD = Pattern.compile("^\\s*[,;]\\s*");
    private static final Pattern APPOINTMENT_WORD = Pattern.compile(
            "(?i)\\b(?:elected|appointed|promoted|by-elected|reelected|re-elected|named|transferred|relieved|dismissed|recalled|released)\\b");
    /**
     * "minister of Energy, Mining and Water Resources": right after "of", capitalised fields listed with commas and ending
     * in "and" + a capitalised word are one portfolio's name, not a new item (a negative lookahead, after the comma; the
     * lookbehind is spelled out word by word because Java refuses a bounded repeat inside a repeated group there).
     */
    private static final String FIELD_LIST_GOES_ON = "(?!(?<=\\bof [A-Z][\\w'’-]{0,20}(?: [A-Z][\\w'’-]{0,20})?(?: [A-Z][\\w'’-]{0,20})?,\\s{1,3})"
            + "[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?(?:,\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?)*,?\\s+and\\s+[A-Z])";
    private static final String CLAUSE_VERBS = "made|makes|delivered|gave|give|was|were|is|are|said|says|appeared|guided|guides|"
            + "presided|took|came|analyzed|analysed|referred|noted|stressed|expressed|called|attended|spoke|visited|who|which|"
            + "declared|opened|read|announced|conveyed|praised|laid|paid|watched|underlined|emphasized|pointed|hoped|added";
    private static final Pattern CLAUSE_END = Pattern.compile(
            ",\\s+(?=[a-z])(?!(?:and\\s+)?(?:the\\s+)?" + Titles.TITLE + "\\b)(?!(?:of|at|in|to)\\b)(?!and\\s*$)"
            // The verbs regrouped by initial: a space is tried against one group, not all forty words.
            + "|\\s+(?=" + org.dais.nlp.Alternations.byInitial("(?:" + CLAUSE_VERBS + ")") + "\\b)|\\s+in\\s+(?:their|his|her|a|the)\\s+(?:speech|speeches|address|report|eulogy)"
            + "|\\s+(?:--|—|–)\\s+|;"
            // "greetings from A, president of X, to President B" / "..., to the leader": the addressee is no part of the title.
            + "|,\\s+to\\s+(?=[A-Z]|(?:the|his|her|their)\\s)"
            // "secretary of X on a visit to Y", "director of X, at the meeting of X": a visit or an occasion is no part of X.
            + "|\\s+on\\s+(?:a|an|the|his|her|their)\\s+(?:[\\w-]+\\s+)?(?:visit|tour|trip|mission|stay)\\b"
            + "|,\\s+(?:at|during|in)\\s+(?:the|a|an|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:meeting|session|conference|congress|ceremony|reception|talks?|rally|banquet|statement|interview|article|message|letter|commentary)\\b"
            // "A was elected member of X by the session", "... of X at the plenary meeting": the meeting that elected A is no part of X.
            + "|\\s+(?:by|at)\\s+the\\s+(?:[\\w-]+\\s+){0,2}?(?:session|meeting|plenum|congress|conference|sitting)\\b"
            // "... premier of the Cabinet and recalled B from ...": a second verb ends the title.
            + "|\\s+and\\s+(?=[a-z]+ed\\b)"
            // ", Party officials and ...": a capitalised word then a lower-case one begins a new (generic) item.
            + "|,\\s+(?=[A-Z][\\w'’]*\\s+[a-z])(?!(?i:(?:and\\s+)?(?:the\\s+)?" + Titles.TITLE + ")\\b)" + FIELD_LIST_GOES_ON + "(?!(?:Party|WPK)\\s+(?:committee|Central))(?!(?:WPK|DPRK|SPA|KPA|CMC)\\b)"
            // "president of X, in June", "..., in Kremlin, Moscow on May 4": when or where it happened, not X's name.
            + "|,\\s+in\\s+(?:the\\s+)?(?=(?:" + org.dais.ingest.Months.PATTERN + ")(?:\\s|[.,]|$)|[A-Z][\\w'’-]*(?:\\s*[,.]|\\s*$|\\s+on\\s))"
            // "director of X, Army Colonel General B, vice-minister of Y": a rank before the next name begins the next item.
            + "|,\\s+(?=(?:(?:KPA|Army|Navy|Air\\s+Force)\\s+)?(?:(?:Vice[- ])?Marshal|(?:Colonel |Lieutenant |Major )?General|(?:Vice |Rear )?Admiral)\\s+[A-Z])"
            // "vice-chairwoman of X and concurrently chairwoman of Y": X's office; Y's is not read as X's part (nor as an organ of X).
            // (A space first: the lookbehind, up to 41 characters back, is tried only where the match can begin.)
            + "|(?=\\s)(?<=[A-Z][\\w'’)-]{0,40})\\s+and\\s+concurrently\\s+(?=[a-z])"
            // "greetings of A, president of X, to B C" with the addressee's name next: a gap that ends in ", to" or ", in".
            + "|,\\s+(?:to|in)\\s*$"
            // "chairman of X, Wang Lifei, managing director of Y": a name the finder missed, then its own title.
            + "|,\\s+(?=[A-Z][a-z]+\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?,\\s+[a-z])(?![A-Z][a-z]+\\s+(?:[A-Z][a-z]+\\s+)?(?:Province|County|City|District|Region|Prefecture|State)\\b)");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[,;]\\s*(?:and\\s+)?|and\\s+)$");
    private static final Pattern FUNERAL_COMMITTEE_FORMED = Pattern.compile(
            "(?i)\\b((?:state|national)\\s+)?funeral\\s+committee\\b[^.]{0,40}?\\b(?:is|was|has\\s+been)\\s+(?:formed|composed|made\\s+up)\\s+(?:with|of)\\b");
    // Gate (Triggers): words every match of a rule's patterns holds; change them with the patterns.
    /** THE_LATE and FUNERAL_COMMITTEE_FORMED (committee): "the late", "funeral (committee) for/of", "death of". */
    static final Triggers COMMITTEE = Triggers.anyOf("late", "funeral", "death");
    /** APPOINTMENT_WORD (appointments); "by-elected" and "re-elected" hold the word "elected". */
    static final Triggers APPOINTMENTS = Triggers.anyOf("elected", "appointed", "promoted", "reelected", "named", "transferred",
            "relieved", "dismissed", "recalled", "released");
    private static final Pattern AS_ITS = Pattern.compile("(?i)^\\s+as\\s+its\\s+(" + Titles.TITLE + ")\\b");
    private static final Pattern THE_LATE = Pattern.compile("(?i)\\b(?:the\\s+late|funeral\\s+(?:committee\\s+)?for|funeral\\s+of|death\\s+of)\\s+$");
    private static final String APPOINTED = "(?:newly\\s+)?(?:elected|appointed|promoted|by-elected|reelected|re-elected|named|transferred)";
    /** "A and B were elected members of X", "A was appointed (as) premier of the Cabinet". */
    private static final Pattern PASSIVE_APPOINTMENT = Pattern.compile(
            "(?i)^\\s*(?:,\\s*[^,]*?,\\s*)?(?:was|were)\\s+" + APPOINTED + "\\s+(?:as\\s+|to\\s+(?:the\\s+(?:post|posts|office)\\s+of\\s+)?)?(?:an?\\s+|the\\s+)?(?=" + Titles.TITLE + "\\b)");
    /** "The session elected A as president of X", "appointed A, B and C as ...". */
    private static final Pattern ACTIVE_APPOINTMENT = Pattern.compile("(?i)\\b" + APPOINTED + "\\s+$");
    /**
     * " as TITLE", also after the person's own office in commas ("appointed A, minister of X, as premier of Y"): reports of
     * organizational matters name what each one was before the new post. One comma-free appositive only, so a list's
     * next name is never read as one.
     */
    private static final Pattern AS_TITLE = Pattern.compile(
            "(?i)^(?:\\s*,\\s*(?:former\\s+|then\\s+)?(?=" + Titles.TITLE + "\\b)[^,]{1,160},)?\\s+(?:as\\s+|to\\s+(?:the\\s+(?:post|posts|office)\\s+of\\s+)?)(?:an?\\s+|the\\s+)?(?=" + Titles.TITLE + "\\b)");
    /** "by-elected A and B members of X", "appointed A premier": the title right after the names, without "as". */
    private static final Pattern BARE_TITLE = Pattern.compile("(?i)^\\s+(?:an?\\s+|the\\s+)?(?=" + Titles.TITLE + "\\s+of\\b)");
    /** "recalled A from his post as TITLE of X", "relieved A of his duties as ...": the office a later "to the post" means. */
    private static final Pattern FROM_POST = Pattern.compile(
            "(?i)\\b(?:from|of)\\s+(?:his|her|their|the)\\s+(?:posts?|duties|duty|office)\\s+(?:as|of)\\s+(?:an?\\s+|the\\s+)?(?=" + Titles.TITLE + "\\b)");
    /**
     * "A was relieved of his post as TITLE of X", "It recalled A from his duties as ...": A held that office until then (a
     * position fact is an office the article reports held, not only one taken up).
     */
    private static final String REMOVED = "(?:relieved|dismissed|recalled|released)";
    private static final String FROM_HIS_POST = "\\s+(?:of|from)\\s+(?:his|her|their|the)\\s+(?:posts?|duties|duty|office|offices)\\s+(?:as|of)\\s+(?:an?\\s+|the\\s+)?(?=" + Titles.TITLE + "\\b)";
    private static final Pattern PASSIVE_REMOVAL = Pattern.compile("(?i)^\\s*(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+" + REMOVED + FROM_HIS_POST);
    private static final Pattern ACTIVE_REMOVAL = Pattern.compile("(?i)\\b" + REMOVED + "\\s+$");
    private static final Pattern REMOVED_FROM = Pattern.compile("(?i)^" + FROM_HIS_POST);
    /** "... and elected B to the post", "appointed B to it": the office named before in the sentence. */
    private static final Pattern TO_THE_POST = Pattern.compile("(?i)^\\s+to\\s+(?:(?:the|that|this)\\s+(?:post|office)|it)\\b");
    /** "was promoted to the rank of colonel general" (group 1 the passive), "promoted A to the (military) rank of general". */
    private static final Pattern PROMOTED_TO_RANK = Pattern.compile(
            "(?i)^\\s*(?:,\\s*[^,]*?,\\s*)?((?:was|were|has\\s+been|have\\s+been)\\s+promoted\\s+)?to\\s+(?:the\\s+)?(?:military\\s+)?rank\\s+of\\s+(?:an?\\s+)?"
            + "(?:(?:KPA|army|navy|air\\s+force)\\s+)?((?:vice[- ])?marshal|(?:colonel |lieutenant |major )?general|(?:vice |rear )?admiral"
            + "|(?:senior |lieutenant )?colonel|major|captain)\\b");
    private static final Pattern ACTIVE_PROMOTION = Pattern.compile("(?i)\\bpromoted\\s+$");

    /** "colonel general" as a rank is printed: "Colonel General", "Vice Marshal". */
    private static String capitalisedRank(String printed) {
        return capitalised(printed.toLowerCase(Locale.ROOT).replace('-', ' ').strip().replaceAll("\\s+", " "));
    }

    /** "A was relieved of his post as TITLE of X and B was appointed to the post": B's office is that TITLE of X. */
    private static final Pattern PASSIVE_TO_THE_POST = Pattern.compile(
            "(?i)^\\s*(?:was|were|has\\s+been|have\\s+been)\\s+" + APPOINTED + "\\s+to\\s+(?:(?:the|that|this)\\s+(?:post|office)|it)\\b(?!\\s+of\\b)");
    /** "It elected A as X, and B as Y": a later list of the same verb, after "and" or a comma. */
    private static final Pattern NEXT_OBJECT = Pattern.compile("(?:,\\s*(?:and\\s+)?|\\s+and\\s+)$");
    /** "Elected members of the Political Bureau were A, B and C." */
    private static final Pattern ELECTED_WERE = Pattern.compile(
            "(?i)^\\W*(?:newly\\s+)?(?:elected|appointed|by-elected)\\s+(?:as\\s+)?((?:" + Titles.TITLE + ")\\b.*?)\\s+(?:were|was)\\s*$");
    private static final Pattern TRAILING_PREFIX = Pattern.compile(
            "(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:KPA|Army|Navy|Air\\s+Force)\\s+)?(?:(?:Vice[- ])?Marshal|(?:Colonel |Lieutenant |Major )?General|(?:Vice |Rear )?Admiral|"
            + "Premier|Deputy|General Secretary|First Secretary|Comrade|Dr\\.?|Professor|Vice[- ]Premiers?|Presidium [Mm]embers|Deputies"
            // "A, vice-premier of the Cabinet, Chairwoman B of X": a capitalised head title is the next name's (a body's
            // own words are a name's: "Chairman" ends no "X Committee").
            + "|(?:(?:First|Executive|Senior|Deputy|Vice)[- ])*(?:Chairman|Chairwoman|Chairperson|President|Director|Minister|Secretary|Manager|Ambassador))\\s*$");
    /** A plural title printed before a list of names: "Vice-Premiers A and B", "Presidium members A, B and C". */
    private static final Pattern PREFIX_PLURAL = Pattern.compile(
            "(?:^|[\\s,(“\"])(Vice[- ]Premiers|Presidium [Mm]embers|Deputies|Vice[- ]Chairm[ae]n)"
            // On one line, and not "Respected Comrade": capitalised words of the body's name only.
            + "(?: of (?:the )?((?:WPK|DPRK|Workers' Party of Korea|Workers’ Party of Korea|(?!Respected|Comrade|Dear)[A-Z][\\w'’]*)"
            + "(?: (?:of (?:the )?)?(?!Respected|Comrade|Dear)[A-Z][\\w'’]*){0,6}))?"
            + " +$");
    /**
     * A capitalised title printed between two names and running into the second: "Vice-Premier A,
     * Minister of Public Health B and Minister of Fisheries C" (each title is the next name's).
     */
    private static final Pattern TITLE_BEFORE_NEXT = Pattern.compile("^\\s*(?:[,;]\\s*)?(?:and\\s+)?((?=[A-Z])(?:[^,;]+?\\b)?[A-Z][\\w'’.-]*)\\s+$");
    /** Where a title phrase turns to unnamed others: "..., the chairman of the county committee", "... and other officials". */
    private static final Pattern OTHERS = Pattern.compile("(?i)(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:other\\b|the\\s+(?=" + Titles.TITLE + "\\b))");
    /** Where a person's title phrase turns to a group of people: "A, vice-chairman of X, members of the Y and ...". */
    private static final Pattern NEXT_ITEM = Pattern.compile("(?i),\\s+(?:and\\s+)?(?:other\\s+)?(?=(?:the\\s+)?" + Titles.TITLE + "\\b)");
    private static final Pattern PREFIX_TITLE = Pattern.compile(
            "(?:^|[\\s,(“\"])((?:General Secretary|First Secretary|Premier|Vice-Premier|Vice Premier|Deputy|(?:Vice[- ])?Chair(?:man|woman|person)"
            // "Minister of Forestry A", "Department Director of the WPK Central Committee A": a Korean's office printed before the name.
            + "|(?:First )?(?:Vice[- ])?Minister|(?:First )?(?:Vice[- ])?Foreign Minister|(?:(?:First )?Vice )?Department [Dd]irector|General Director|Director[- ]General)"
            + "(?:\\s+of\\s+(?:the\\s+)?(?:WPK|DPRK|Workers' Party of Korea|Workers’ Party of Korea|[A-Z][\\w'’]*(?:\\s+[A-Z][\\w'’]*){0,5}))?)"
            + "\\s+(?:(?:respected|dear)\\s+)?(?:Comrade\\s+)?$");
    static final Pattern PREFIX_RANK = Pattern.compile(
            "(?:^|[\\s,(])((?:Vice[- ])?Marshal|(?:Colonel |Lieutenant |Major )?General|(?:Vice |Rear )?Admiral)\\s+$");

    /** "the academy", "of the university": a body the article has named, referred to by its head word. */
    private static final String DEFINITE_HEADS = "academy|university|school|college|institute|farm|factory|complex|mine|company|hospital|museum|"
            + "enterprise|works|plant|mill|combine";
    private static final Pattern DEFINITE_BODY = Pattern.compile(
            "\\b(of|at|in) the (" + DEFINITE_HEADS + ")\\b(?!\\s+(?:of|for)\\b)(?!['’])");
    /** "director of its Political Department": the body of the title before it in the sentence. */
    private static final Pattern OF_ITS_BODY = Pattern.compile("^((?:" + Titles.TITLE + ")) of its ([A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,4})$");
    /** "Russian ambassador to the DPRK", "the Chinese premier": a foreign state's office, led by its nationality. */
    private static final Pattern NATIONAL_TITLE = Pattern.compile(
            "^(?:the\\s+)?(" + org.dais.nlp.ForeignNameFinder.NATIONALITY + ")\\s+(?=(?:" + Titles.TITLE + ")\\b)");
    private static final Pattern AMBASSADOR_TO = Pattern.compile(
            "^((?i:(?:vice-|deputy )?ambassador))(?:\\s+(to (?:the )?[A-Z][\\w'’.-]*(?: (?:of )?(?:the )?[A-Z][\\w'’-]*)*))?");
    /**
     * A foreign state's office printed before a name: "Russian President A B", "Vice-Minister of Defence A B",
     * "Prime Minister of the Republic of X A B". Group 1 the nationality, 2 the title, 3 the country.
     */
    private static final Pattern FOREIGN_PREFIX = Pattern.compile(
            "(?:^|[\\s,(“\"])(?:(" + org.dais.nlp.ForeignNameFinder.NATIONALITY + ")\\s+)?"
            + "((?:First |Deputy )?(?:Vice-|Vice )?(?:President|Premier|Prime Minister|Foreign Minister|Defen[cs]e Minister|Speaker|Ambassador"
            // A monarch is the head of his state as a president is: "King A B of X", "Emir A B".
            + "|King|Queen|Emir|Amir|Sultan|Grand Duke|Grand Duchess"
            + "|(?<=Vice-)minister|Minister(?: of (?!the\\b)[A-Z][\\w'’]*(?: (?:and )?[A-Z][\\w'’]*){0,3})?))"
            + "(?: of (?:the )?(" + org.dais.nlp.ForeignNameFinder.COUNTRY + "))?\\s+$");
    /** Between a name and a country: "of", or other names and titles of the same country ("A B and Vice-President C D of"). */
    private static final Pattern OF_RIGHT_AFTER = Pattern.compile("(?:\\s*(?:,|and|the|of|\\p{Lu}[\\p{L}'’.-]*))*?\\s+of\\s+(?:the\\s+)?");
    private static final Pattern FOREIGN_COUNTRY = Pattern.compile(
            "(?<![\\p{L}])(?:the )?(" + org.dais.nlp.ForeignNameFinder.COUNTRY + ")(?![\\p{L}])");

    /**
     * A state's ministry or organ named bare ("Ministry of Foreign Affairs", "Cabinet", "Foreign Ministry"): the DPRK's, as
     * these reports print its own bodies. No owner after it ("of the X Administration", "of Y") and no country in it.
     */
    private static final Pattern BARE_STATE_ORGAN = Pattern.compile(
            "^(?:the )?(?:(?:Foreign )?Ministry(?: of (?:(?! of ).)+)?|Cabinet(?: of the DPRK)?|State Affairs Commission|Foreign Ministry)$");
    private static final Pattern COUNTRY_IN_NAME = Pattern.compile(
            "(?<![\\p{L}])(?:" + org.dais.nlp.ForeignNameFinder.COUNTRY + "|" + org.dais.nlp.ForeignNameFinder.NATIONALITY + ")(?![\\p{L}])");

    /**
     * "A B, minister of Foreign Affairs, said" of a foreigner whose country the sentence does not name: read bare, the office
     * is the DPRK's ministry, which no foreigner holds. Such a claim is left out rather than made wrong (FACTS.md records a
     * foreign office with its state: "Ministry of Foreign Affairs of the Republic of X").
     */
    static boolean foreignerInDprkOffice(OfficeClaim claim) {
        String org = claim.office().organization();
        if (org == null || NameMentionFilter.koreanShaped(claim.person())) return false;
        return BARE_STATE_ORGAN.matcher(org).matches() && !COUNTRY_IN_NAME.matcher(org).find();
    }

    @Override
    public String name() { return "offices"; }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("appositive title", "NAME, TITLE of ORGANIZATION",
                        RuleExample.of("Pak Sung Chol, secretary of the Central Committee of the Workers' Party of Korea, was present.",
                                "office: Pak Sung Chol | secretary | WPK Central Committee")),
                Rule.of("title shared by the names before it", "A and B, TITLEs of ORGANIZATION",
                        RuleExample.of("Kang Myong Dok and Yun Chol Sam, vice-premiers of the Cabinet, were present.",
                                "office: Kang Myong Dok | vice-premier | Cabinet of the DPRK",
                                "office: Yun Chol Sam | vice-premier | Cabinet of the DPRK")),
                Rule.of("prefixed title", "Premier A, General Secretary A",
                        RuleExample.of("Premier Jon Tae Ryong inspected a textile mill.",
                                "office: Jon Tae Ryong | premier | Cabinet of the DPRK")),
                Rule.of("the head of a body's delegation", "a delegation of X headed by TITLE A / by its TITLE A: A is X's TITLE",
                        RuleExample.of("A delegation of the Ministry of Crop Farming headed by Vice-Minister Tak Song Il left here by air.",
                                "office: Tak Song Il | vice-minister | Ministry of Crop Farming"),
                        RuleExample.of("A delegation of the DPRK Ministry of Fisheries led by Minister Tak Song Il returned home.",
                                "office: Tak Song Il | minister | Ministry of Fisheries"),
                        RuleExample.of("A delegation of the Sokhu Friendship Association headed by its chairman Kye Sung Taek arrived here.",
                                "office: Kye Sung Taek | chairman | Sokhu Friendship Association"),
                        RuleExample.of("A delegation of the DPRK Foreign Ministry led by Vice-Minister Tak Song Il left here.",
                                "office: Tak Song Il | vice-minister | Ministry of Foreign Affairs"),
                        RuleExample.of("A delegation of the Ministry of Crop Farming headed by Tak Song Il left here by air.",
                                "not office: Tak Song Il | vice-minister | Ministry of Crop Farming"),
                        RuleExample.of("A delegation headed by Vice-Minister Tak Song Il left here by air.",
                                "not office: Tak Song Il | vice-minister | delegation")),
                Rule.of("a local body named by its kind", "the X Provincial People's Committee ... elected A as vice-chairman of the provincial people's committee: X's",
                        RuleExample.of("Kye Sung Taek, chairman of the Sokhu Provincial People's Committee, was present.\n"
                                        + "It elected Ok Myong Hui as a vice-chairwoman of the provincial people's committee.",
                                "office: Ok Myong Hui | vice-chairwoman | Sokhu Provincial People's Committee"),
                        RuleExample.of("It elected Ok Myong Hui as a vice-chairwoman of the provincial people's committee.",
                                "not office: Ok Myong Hui | vice-chairwoman | Sokhu Provincial People's Committee")),
                Rule.of("deputies of a local assembly", "at a session of the X Provincial People's Assembly, Deputies A and B / Deputy A: X's deputies",
                        RuleExample.of("The 6th Session of the 15th Sokhu Provincial People's Assembly took place on Sunday.\nDeputies Kye Sung Taek and Ok Myong Hui spoke.",
                                "office: Kye Sung Taek | deputy | Sokhu Provincial People's Assembly",
                                "not office: Kye Sung Taek | deputy | Supreme People's Assembly"),
                        RuleExample.of("The 6th Session of the 15th Supreme People's Assembly took place on Sunday.\nDeputy Kye Sung Taek made a speech.",
                                "office: Kye Sung Taek | deputy | Supreme People's Assembly")),
                Rule.of("prefixed rank", "Marshal A, Colonel General A (a rank, not an office)",
                        RuleExample.of("Vice Marshal Chae Hyon Gil inspected a unit.",
                                "rank: Chae Hyon Gil | Vice Marshal")),
                Rule.of("passive appointment", "A was elected/appointed (as) TITLE of ORGANIZATION",
                        RuleExample.of("Ko Yong Sik was elected a member of the Political Bureau of the Central Committee of the Workers' Party of Korea.",
                                "office: Ko Yong Sik | member | Political Bureau of the WPK Central Committee"),
                        // The meeting that elected A closes the phrase: "by the session", "at the plenary meeting".
                        RuleExample.of("Sin Chol Ung was elected vice-chairman of the State Affairs Commission by the session.",
                                "office: Sin Chol Ung | vice-chairman | State Affairs Commission",
                                "not office: Sin Chol Ung | vice-chairman | State Affairs Commission by the session"),
                        RuleExample.of("Yun Pok Sil was elected an alternate member of the Political Bureau of the WPK Central Committee at the enlarged plenary meeting.",
                                "office: Yun Pok Sil | alternate member | Political Bureau of the WPK Central Committee",
                                "not office: Yun Pok Sil | alternate member | Political Bureau of the WPK Central Committee at the enlarged plenary meeting")),
                Rule.of("active appointment", "The session appointed A as TITLE of ORGANIZATION",
                        RuleExample.of("The session appointed Mun Hak Rim as premier of the Cabinet.",
                                "office: Mun Hak Rim | premier | Cabinet of the DPRK"),
                        // Each one's office before the new post stands in commas between the name and "as".
                        RuleExample.of("The plenum appointed Tak Chun Gil, former vice-chairman of the Sokhu Provincial People's Committee, as chief secretary of "
                                        + "the Sokhu Provincial Committee of the WPK, Yom Sun Hwa, chief secretary of the Sokhu Provincial Committee of the WPK, "
                                        + "as minister of Fisheries and Pae Ung Nam, director of the Taeryong Machine Factory, as chairman of the State Commission of Science.",
                                "office: Tak Chun Gil | chief secretary | Sokhu Provincial Committee of the Workers' Party of Korea",
                                "office: Yom Sun Hwa | minister | Ministry of Fisheries",
                                "office: Yom Sun Hwa | chief secretary | Sokhu Provincial Committee of the Workers' Party of Korea",
                                "office: Pae Ung Nam | chairman | State Commission of Science",
                                "not office: Pae Ung Nam | chief secretary | Sokhu Provincial Committee of the Workers' Party of Korea")),
                Rule.of("active appointment without 'as', and its further objects", "It by-elected A and B members of X, and C an alternate member of Y",
                        RuleExample.of("The plenary meeting by-elected Kye Sung Taek and Ok Myong Hui members of the Political Bureau of the WPK Central Committee, "
                                        + "and Pyon Il Gwang an alternate member of the Political Bureau.",
                                "office: Kye Sung Taek | member | Political Bureau of the WPK Central Committee",
                                "office: Ok Myong Hui | member | Political Bureau of the WPK Central Committee",
                                "office: Pyon Il Gwang | alternate member | Political Bureau of the WPK Central Committee"),
                        RuleExample.of("The conference elected Kye Sung Taek as chairman of the Sokhu Provincial Committee of the Union, and Ok Myong Hui as its vice-chairwoman.",
                                "office: Kye Sung Taek | chairman | Sokhu Provincial Committee of the Union"),
                        RuleExample.of("The delegates elected Kye Sung Taek, who thanked them for the trust, and cheered the members of the committee.",
                                "not office: Kye Sung Taek | member | committee"),
                        RuleExample.of("It recalled Kye Sung Taek from his post as vice-chairman of the Sokhu Provincial People's Committee and elected Ok Myong Hui to the post.",
                                "office: Ok Myong Hui | vice-chairman | Sokhu Provincial People's Committee"),
                        RuleExample.of("It relieved Kye Sung Taek of his duties as minister of Coal Industry and appointed Ok Myong Hui to it.",
                                "office: Ok Myong Hui | minister | Ministry of Coal Industry"),
                        RuleExample.of("The conference elected Ok Myong Hui to the post of honour in the hall of fame.",
                                "not office: Ok Myong Hui | honour | hall of fame")),
                Rule.of("elected ... were", "Elected TITLEs of ORGANIZATION were A, B and C",
                        RuleExample.of("Elected members of the Political Bureau of the Central Committee of the Workers' Party of Korea were Ryu Kyong Sop and Han Tok Chun.",
                                "office: Ryu Kyong Sop | member | Political Bureau of the WPK Central Committee",
                                "office: Han Tok Chun | member | Political Bureau of the WPK Central Committee")),
                Rule.of("plural title shared by a list, two offices", "A, B and C, TITLEs of X and TITLEs of its Y",
                        RuleExample.of("Ju Tong Sop, Han Pong Ryol and Kye Sun Ok, vice-chairmen of the Central Committee of the Workers' Party of Korea and members of its Secretariat, were present.",
                                "office: Ju Tong Sop | vice-chairman | WPK Central Committee",
                                "office: Kye Sun Ok | vice-chairman | WPK Central Committee",
                                "office: Han Pong Ryol | member | Secretariat of the WPK Central Committee",
                                "office: Kye Sun Ok | member | Secretariat of the WPK Central Committee"),
                        RuleExample.of("So Yong Nam, Ki Chol Hyok and Pang Un Gyong, deputies to the Supreme People's Assembly, were present.",
                                "office: So Yong Nam | deputy | Supreme People's Assembly",
                                "office: Pang Un Gyong | deputy | Supreme People's Assembly"),
                        RuleExample.of("Yo Kum Sil and Ok Chang Bom, vice-chairpersons of the Standing Committee of the Supreme People's Assembly, were present.",
                                "office: Yo Kum Sil | vice-chairperson | Standing Committee of the Supreme People's Assembly",
                                "office: Ok Chang Bom | vice-chairperson | Standing Committee of the Supreme People's Assembly")),
                Rule.of("singular title is the last name's", "A, B, TITLE of X (B only)",
                        RuleExample.of("The speakers were Pae Il Gwon, Tak Yong Su, director of the Sindong Fertilizer Complex, and others.",
                                "office: Tak Yong Su | director | Sindong Fertilizer Complex",
                                "not office: Pae Il Gwon | director | Sindong Fertilizer Complex")),
                Rule.of("a title with a body of its own", "A, vice-premier and chairman of X (vice-premier of the Cabinet)",
                        RuleExample.of("Kil Song Ho, vice-premier and chairman of the State Construction Commission, attended.",
                                "office: Kil Song Ho | vice-premier | Cabinet of the DPRK",
                                "office: Kil Song Ho | chairman | State Construction Commission",
                                "not office: Kil Song Ho | vice-premier | State Construction Commission")),
                Rule.of("titles sharing one body", "A, TITLE and TITLE of X",
                        RuleExample.of("Om Kwang Il, director-general and editor-in-chief of the Foreign Languages Publishing House, spoke.",
                                "office: Om Kwang Il | director-general | Foreign Languages Publishing House",
                                "office: Om Kwang Il | editor-in-chief | Foreign Languages Publishing House")),
                Rule.of("a group after one person's title", "A, TITLE of X, members of Y and officials (members are others)",
                        RuleExample.of("Present there were Ryom Chol Gu, chairman of the Central Committee of the Youth League, members of the Political Bureau of the Central Committee of the Workers' Party of Korea and officials.",
                                "office: Ryom Chol Gu | chairman | Central Committee of the Youth League",
                                "not office: Ryom Chol Gu | member | Political Bureau of the WPK Central Committee")),
                Rule.of("unnamed others after a title", "A, TITLE of X, the TITLE of Y and ...; A, TITLE of X and other officials",
                        RuleExample.of("Wi Chang Bom was met by Om Kwang Il, chief secretary of the Sindong County Committee of the Workers' Party of Korea, the chairman of the county people's committee and the manager of the farm.",
                                "office: Om Kwang Il | chief secretary | Sindong County Committee of the Workers' Party of Korea",
                                "not office: Om Kwang Il | chairman | County people's committee"),
                        RuleExample.of("Present there were Kil Song Ho, minister of Public Health and other officials of the ministry.",
                                "office: Kil Song Ho | minister | Ministry of Public Health")),
                Rule.of("plural title before a list", "Vice-Premiers A and B, Presidium members A and B",
                        RuleExample.of("Vice-Premiers Tak Song Il and Wi Chang Bom inspected the site.",
                                "office: Tak Song Il | vice-premier | Cabinet of the DPRK",
                                "office: Wi Chang Bom | vice-premier | Cabinet of the DPRK"),
                        RuleExample.of("Presidium members Sol Kyong Ho and Pyo Jin Sok visited the plant.",
                                "office: Sol Kyong Ho | member | Presidium of the Political Bureau of the WPK Central Committee",
                                "office: Pyo Jin Sok | member | Presidium of the Political Bureau of the WPK Central Committee")),
                Rule.of("titles printed before each name", "Vice-Premier of the DPRK A, Minister of X B and Minister of Y C",
                        RuleExample.of("Vice-Premier of the DPRK Sol Kyong Ho, Minister of Public Health Om Kwang Il and Minister of Fisheries Tak Song Il were at the airport.",
                                "office: Sol Kyong Ho | vice-premier | Cabinet of the DPRK",
                                "office: Om Kwang Il | minister | Ministry of Public Health",
                                "office: Tak Song Il | minister | Ministry of Fisheries",
                                "not office: Sol Kyong Ho | minister | Ministry of Public Health",
                                "not office: Om Kwang Il | minister | Ministry of Fisheries")),
                Rule.of("a title ends before its addressee", "greetings from A, TITLE of X, to President B",
                        RuleExample.of("The envoy conveyed the greetings from Wi Chang Bom, chairman of the State Construction Commission, to President Om Kwang Il.",
                                "office: Wi Chang Bom | chairman | State Construction Commission"),
                        RuleExample.of("A message of Pyo Jin Sok, chairman of the General Federation of Fishermen, to the premier arrived.",
                                "office: Pyo Jin Sok | chairman | General Federation of Fishermen",
                                "not office: Pyo Jin Sok | chairman | General Federation of Fishermen, to the premier")),
                Rule.of("a prefixed title stays with its name", "A, TITLE of X, and Premier B",
                        RuleExample.of("Present there were Wi Chang Bom, chairman of the State Construction Commission, and Vice-Premier Tak Song Il.",
                                "office: Tak Song Il | vice-premier | Cabinet of the DPRK",
                                "not office: Wi Chang Bom | vice-premier | Cabinet of the DPRK")),
                Rule.of("a body referred to by its head word", "A, headmaster of the academy (the academy the article named)",
                        RuleExample.of("Pak Sung Chol toured the Ryongmun Textile Academy.\n"
                                + "He was met by Ju Tong Sop, headmaster of the academy, and Yo Kum Sil, director of its Cadres Department.",
                                "office: Ju Tong Sop | headmaster | Ryongmun Textile Academy",
                                "office: Yo Kum Sil | director | Cadres Department of the Ryongmun Textile Academy",
                                "not office: Yo Kum Sil | director | Cadres Department")),
                Rule.of("an army body named bare", "A, commander of the Navy (the KPA's)",
                        RuleExample.of("Present were Wi Chang Bom, commander of the Air Force, and Pyo Jin Sok, deputy chief of the General Staff and director of the Operations Bureau of the KPA.",
                                "office: Wi Chang Bom | commander | Air Force of the Korean People's Army",
                                "office: Pyo Jin Sok | deputy chief | General Staff of the Korean People's Army",
                                "office: Pyo Jin Sok | director | Operations Bureau of the Korean People's Army",
                                "not office: Wi Chang Bom | commander | Air Force")),
                Rule.of("an election ends before the next one", "A was reelected as chairman of X and B was elected as chairman of its Y: X is A's body, not 'X and B'",
                        RuleExample.of("At the meeting, Ju Yong Gap was reelected as the chairman of the Sokhu Growers Union and O Chang Bom was elected as the chairman of its standing board.",
                                "office: Ju Yong Gap | chairman | Sokhu Growers Union",
                                "not office: Ju Yong Gap | chairman | Sokhu Growers Union and O Chang Bom"),
                        RuleExample.of("Deputy Tak Song Il was by-elected as chairman of the Budget Committee of the SPA.",
                                "office: Tak Song Il | chairman | Budget Committee of the Supreme People's Assembly")),
                Rule.of("a body ends before the next item", "A, TITLE of X, in June; A, TITLE of X, Army Colonel General B; A, TITLE of X and concurrently TITLE of Y "
                                + "(not 'TITLE and concurrently TITLE of X', one body); "
                                + "A, TITLE of X, B C, TITLE of Y (a name the finder missed); greetings of A, TITLE of X, to B",
                        RuleExample.of("They discussed the visit of Oleg Markin, president of the Federation of Sokhu, in June.",
                                "office: Oleg Markin | president | Federation of Sokhu", "not office: Oleg Markin | president | Federation of Sokhu, in June"),
                        RuleExample.of("The minister met Oleg Markin, president of the Federation of Sokhu, in Kremlin, Moscow on May 4.",
                                "office: Oleg Markin | president | Federation of Sokhu", "not office: Oleg Markin | president | Federation of Sokhu, in Kremlin"),
                        RuleExample.of("Among them were Tak Song Il, vice department director of the Central Committee of the WPK, Army Colonel General Pyo Jin Sok, vice-minister of National Defence.",
                                "office: Tak Song Il | vice department director | WPK Central Committee",
                                "not office: Tak Song Il | vice department director | WPK Central Committee, Army Colonel General",
                                "rank: Pyo Jin Sok | Colonel General"),
                        RuleExample.of("Present there were Yo Kum Sil, vice-chairwoman of the Sokhu Central Standing Committee and concurrently chairwoman of the Central Committee of the Union of Sokhu Women, and others.",
                                "office: Yo Kum Sil | vice-chairwoman | Sokhu Central Standing Committee",
                                "office: Yo Kum Sil | chairwoman | Central Committee of the Union of Sokhu Women",
                                "not office: Yo Kum Sil | vice-chairwoman | Sokhu Central Standing Committee and concurrently chairwoman of the Central Committee of the Union of Sokhu Women"),
                        RuleExample.of("Present there were Yo Kum Sil, first vice-chairwoman and concurrently director of the Cadres Department of the Sokhu Central Standing Committee, and others.",
                                "office: Yo Kum Sil | director | Cadres Department of the Sokhu Central Standing Committee",
                                "office: Yo Kum Sil | first vice-chairwoman | Sokhu Central Standing Committee",
                                "not office: Yo Kum Sil | first vice-chairwoman and concurrently director | Cadres Department of the Sokhu Central Standing Committee")),
                Rule.of("two offices held concurrently", "A, TITLE and concurrently TITLE of X; A, TITLE of X and concurrently TITLE of Y: each office read, "
                                + "the first title's body its own (a vice-premier's Cabinet) or the parent of the second's organ",
                        RuleExample.of("Speeches were made by Tong Pyol Su, vice-premier and concurrently minister of Mining Equipment, and others.",
                                "office: Tong Pyol Su | vice-premier | Cabinet of the DPRK",
                                "office: Tong Pyol Su | minister | Ministry of Mining Equipment",
                                "not office: Tong Pyol Su | vice-premier and concurrently minister | Mining Equipment"),
                        RuleExample.of("The premier met Hana Lindqvist, deputy prime minister and concurrently minister of Trade and Industry of the Republic of Ostmark.",
                                "not office: Hana Lindqvist | deputy prime minister | Ministry of Trade and Industry of the Republic of Ostmark"),
                        RuleExample.of("Also present was Mun Tae Gyong, vice-chairman of the Kangso County People's Committee and concurrently chairman of the county rural economy committee, and officials.",
                                "office: Mun Tae Gyong | vice-chairman | Kangso County People's Committee",
                                "not office: Mun Tae Gyong | vice-chairman | Kangso County People's Committee and concurrently chairman of the county rural economy committee"),
                        RuleExample.of("They include Peter Wendt, chairman of the Peace Forum of Austria, Zhang Weiming, managing director of a trading company.",
                                "office: Peter Wendt | chairman | Peace Forum of Austria", "not office: Peter Wendt | chairman | Peace Forum of Austria, Zhang Weiming"),
                        RuleExample.of("Present were Peter Wendt, chairman of the Committee of Sokhu, South Tongbong Province, and others.",
                                "not office: Peter Wendt | chairman | Committee of Sokhu"),
                        RuleExample.of("The envoy conveyed the greetings of Wi Chang Bom, general secretary of the Workers' Party of Korea and president of the State Affairs of the Democratic People's Republic of Korea, to To Quang Huy, president of the country.",
                                "office: Wi Chang Bom | president of the State Affairs | Democratic People's Republic of Korea",
                                "not office: Wi Chang Bom | president of the State Affairs | Democratic People's Republic of Korea, to of Workers' Party of Korea"),
                        RuleExample.of("Ju Yong Gap and Tak Song Il, members of the Presidium of the Political Bureau of the C.C., Workers' Party of Korea, visited the site.",
                                "office: Tak Song Il | member | Presidium of the Political Bureau of the WPK Central Committee")),
                Rule.of("a title ends before a visit or an occasion", "A, secretary of X on a visit to Y; A, director of X, at the meeting of Z",
                        RuleExample.of("The premier received Oleg Markin, deputy head of the Federal Customs Service of the Russian Federation on a visit to the DPRK.",
                                "office: Oleg Markin | deputy head | Federal Customs Service of the Russian Federation",
                                "not office: Oleg Markin | deputy head | Federal Customs Service of the Russian Federation on a visit to the Democratic People's Republic of Korea"),
                        RuleExample.of("A speech was made by Ju Tong Sop, director of the Cadres Bureau of the Railway Guards, at the meeting of the guards.",
                                "office: Ju Tong Sop | director | Cadres Bureau of the Railway Guards")),
                Rule.of("a foreign office led by its nationality", "A, Russian ambassador to the DPRK; Chinese President A",
                        RuleExample.of("Present there were Ivan Petrov, Russian ambassador to the DPRK, and embassy members.",
                                "office: Ivan Petrov | ambassador to the DPRK | Russian Federation"),
                        RuleExample.of("The delegation conveyed greetings from Vietnamese President Nguyen Van Long.",
                                "office: Nguyen Van Long | president | Socialist Republic of Viet Nam")),
                Rule.of("a foreign office printed before the name", "a delegation of COUNTRY led by Vice-Minister of X A",
                        RuleExample.of("He received a delegation of the Russian Federation led by Vice-Minister of Transport Pavel Orlov.",
                                "office: Pavel Orlov | vice-minister | Ministry of Transport of the Russian Federation"),
                        RuleExample.of("Vice-Premier Tak Song Il met the delegation.",
                                "office: Tak Song Il | vice-premier | Cabinet of the DPRK",
                                "not office: Tak Song Il | vice-premier | Russian Federation")),
                Rule.of("an abbreviation the article spells out", "the Korean X Y Forces ... director of Z of the KXYF",
                        RuleExample.of("Servicepersons of the Korean Coastal Rescue Forces met.\n"
                                + "A speech was made by Yo Kum Sil, director of the Political Bureau of the KCRF, at the meeting.",
                                "office: Yo Kum Sil | director | Political Bureau of the Korean Coastal Rescue Forces",
                                "not office: Yo Kum Sil | director | Political Bureau of the KCRF")),
                Rule.of("a body named as another's organ names the other too", "the Party Committee of the Ministry of X",
                        RuleExample.of("Delegates of the Party Committee of the Ministry of Forestry attended the meeting.",
                                "organization: Party Committee of the Ministry of Forestry",
                                "organization: Ministry of Forestry"),
                        RuleExample.of("Officials of the Secretariat of the Cabinet were present.",
                                "organization: Secretariat of the Cabinet")),
                Rule.of("a foreign country's army by its nationality is no named body", "the Japanese Army, British Forces (capitalised); not the Imperial X Army",
                        RuleExample.of("The book exposes the massacres committed by the Japanese Army and the British Forces in their colonies.",
                                "not organization: Japanese Army", "not organization: British Forces"),
                        RuleExample.of("Documents of the Imperial Ostrian Army were found in the archive.",
                                "organization: Imperial Ostrian Army")),
                Rule.of("a newspaper cited as the source", "according to X Sinmun Monday",
                        RuleExample.of("Farmers are stepping up weeding, according to Minchong Sinmun Monday.",
                                "organization: Minchong Sinmun")),
                Rule.of("a body's name goes on past \"and\" inside it", "the Ministry of X and Y",
                        RuleExample.of("Officials of the Ministry of Land and Coastal Protection attended the talks.",
                                "organization: Ministry of Land and Coastal Protection",
                                "not organization: Ministry of Land"),
                        RuleExample.of("Officials of the Ministry of Fisheries and Pak Chol Jun attended the talks.",
                                "organization: Ministry of Fisheries",
                                "not organization: Ministry of Fisheries and Pak Chol Jun"),
                        RuleExample.of("He is chairman of the Fisheries Commission and Chief Inspector of the fleet.",
                                "not organization: Fisheries Commission and Chief Inspector")),
                Rule.of("\"in\" a country names a compatriots' body", "the Federation of Korean Xs in COUNTRY",
                        RuleExample.of("A letter came from the Federation of Korean Traders in Brazil.",
                                "organization: Federation of Korean Traders in Brazil",
                                "not organization: Federation of Korean Traders"),
                        RuleExample.of("A delegation of the State Forestry Commission in Mongolia held talks.",
                                "organization: State Forestry Commission",
                                "not organization: State Forestry Commission in Mongolia")),
                Rule.of("a date numeral opens an enterprise's name", "the October 12 X Complex",
                        RuleExample.of("Workers of the October 12 Fertilizer Complex fulfilled the plan.",
                                "organization: October 12 Fertilizer Complex",
                                "not organization: Fertilizer Complex"),
                        RuleExample.of("On October 12 Fertilizer Complex workers fulfilled the plan.",
                                "not organization: October 12 Fertilizer Complex")),
                Rule.of("a nationality adjective as the body is the state it names", "president of Belarusian (a misprint)",
                        RuleExample.of("The premier received a message from Pavel Lebedev, president of Belarusian, on May 2.",
                                "office: Pavel Lebedev | president | Republic of Belarus",
                                "not office: Pavel Lebedev | president | Belarusian")),
                Rule.of("a title's body ends before \"and\" and a plural common noun", "vice-chairmen of the X Committee and officials, ...",
                        RuleExample.of("Kim Chol Su and Ri Yong Nam, vice-chairmen of the Tongrim County People's Committee and officials, farmers and teachers were present.",
                                "office: Ri Yong Nam | vice-chairman | Tongrim County People's Committee",
                                "not office: Ri Yong Nam | vice-chairman | Tongrim County People's Committee and officials")),
                Rule.of("an ordinal in a body's own name", "the Third X Commission is so named; the Eighth Central Committee is the Central Committee",
                        RuleExample.of("Goods came from enterprises under the Third Machine Industry Commission.",
                                "organization: Third Machine Industry Commission", "not organization: Machine Industry Commission"),
                        RuleExample.of("The draft went to the Third Committee of the Kalmaru Assembly.",
                                "not organization: Third Committee")),
                Rule.of("a promotion in rank", "A and B were promoted to the rank of colonel general; the order promoted C to the rank of general (ranks, no offices)",
                        RuleExample.of("Ryom Tae Gun and Ho Song Ae were promoted to the rank of colonel general.",
                                "rank: Ryom Tae Gun | Colonel General", "rank: Ho Song Ae | Colonel General",
                                "not office: Ryom Tae Gun | general | rank"),
                        RuleExample.of("The order promoted Ryom Tae Gun to the military rank of vice-marshal of the KPA.",
                                "rank: Ryom Tae Gun | Vice Marshal"),
                        RuleExample.of("Ryom Tae Gun spoke to the rank and file of the unit.",
                                "not rank: Ryom Tae Gun | General")),
                Rule.of("a local body by its kind alone", "vice-chairman of the provincial people's committee: the province the article named (by its Party "
                                + "committee too, or as the place it reports from), else no office",
                        RuleExample.of("New houses were built at the Sambong Farm in Unhwa County, Kumgol Province.\n"
                                        + "Present were Ryom Tae Gun, secretary of the provincial committee of the WPK, and Ho Song Ae, vice-chairwoman of the "
                                        + "provincial people's committee, and Kye Sung Taek, chairman of the county people's committee.",
                                "office: Ryom Tae Gun | secretary | Kumgol Provincial Committee of the Workers' Party of Korea",
                                "office: Ho Song Ae | vice-chairwoman | Kumgol Provincial People's Committee",
                                "office: Kye Sung Taek | chairman | Unhwa County People's Committee"),
                        RuleExample.of("Teams of Kumgol Province and Sokhu Province met at the stadium.\n"
                                        + "Ho Song Ae, vice-chairwoman of the provincial people's committee, spoke.",
                                "not office: Ho Song Ae | vice-chairwoman | Kumgol Provincial People's Committee",
                                "not office: Ho Song Ae | vice-chairwoman | Sokhu Provincial People's Committee"),
                        RuleExample.of("Present were Ryom Tae Gun, secretary of the Kumgol Provincial Committee of the WPK, and Ho Song Ae, vice-chairwoman of the Provincial People's Committee.",
                                "office: Ho Song Ae | vice-chairwoman | Kumgol Provincial People's Committee"),
                        RuleExample.of("Kim Chol Su and Ri Yong Nam, vice-chairmen of the County People's Committee, were present.",
                                "not office: Ri Yong Nam | vice-chairman | County People's Committee"),
                        RuleExample.of("Present was Ryom Tae Gun, secretary of the provincial committee of the Workers' Party of Korea.",
                                "not office: Ryom Tae Gun | secretary of the provincial committee | Workers' Party of Korea")),
                Rule.of("an unnamed unit of a body", "director of a department of X: X's department director; head of a section of Y",
                        RuleExample.of("Ho Song Ae, director of a department of the WPK Central Committee, and Ryom Tae Gun, first vice-director of a department of the Cabinet, spoke.",
                                "office: Ho Song Ae | department director | WPK Central Committee",
                                "office: Ryom Tae Gun | first vice department director | Cabinet of the DPRK",
                                "not office: Ho Song Ae | director of a department | WPK Central Committee")),
                Rule.of("a bare title before a name, the body of its others", "Chairwoman A and other officials of X: A is X's chairwoman",
                        RuleExample.of("Chairwoman Ho Song Ae and other officials of the Central Committee of the Tongrim Weavers Union met the guests.",
                                "office: Ho Song Ae | chairwoman | Central Committee of the Tongrim Weavers Union"),
                        RuleExample.of("Director Ryom Tae Gun and other staff members of the Kumgol Folk Museum guided them round.",
                                "office: Ryom Tae Gun | director | Kumgol Folk Museum"),
                        RuleExample.of("Chairwoman Ho Song Ae and officials of the union met the guests.",
                                "not office: Ho Song Ae | chairwoman | union")),
                Rule.of("a capitalised title between two names is the second's", "A, TITLE of X, Chairwoman B of Y: B is Y's, A not X's chairwoman",
                        RuleExample.of("Present were Ryom Tae Gun, vice-premier of the Cabinet, Chairwoman Ho Song Ae of the Tongrim Weavers Union, and others.",
                                "office: Ryom Tae Gun | vice-premier | Cabinet of the DPRK",
                                "office: Ho Song Ae | chairwoman | Tongrim Weavers Union",
                                "not office: Ryom Tae Gun | chairwoman | Cabinet of the DPRK")),
                Rule.of("a Korean minister or department director printed before the name", "Minister of X A; Department Director of the WPK Central Committee B",
                        RuleExample.of("Minister of Inland Fisheries Ryom Tae Gun and Department Director of the WPK Central Committee Ho Song Ae toured the hatchery.",
                                "office: Ryom Tae Gun | minister | Ministry of Inland Fisheries",
                                "office: Ho Song Ae | department director | WPK Central Committee"),
                        RuleExample.of("The talks were held with Minister of Culture Ilona Varga of the Republic of Tessaly.",
                                "not office: Ilona Varga | minister | Ministry of Culture")),
                Rule.of("appointed to the post one was relieved of", "A was relieved of his post as TITLE of X and B was appointed to the post",
                        RuleExample.of("Ryom Tae Gun was relieved of his post as minister of Inland Fisheries, and Ho Song Ae was appointed to the post.",
                                "office: Ryom Tae Gun | minister | Ministry of Inland Fisheries",
                                "office: Ho Song Ae | minister | Ministry of Inland Fisheries"),
                        RuleExample.of("Ho Song Ae was appointed to the post of honour.",
                                "not office: Ho Song Ae | honour | post")),
                Rule.of("a prime minister and deputy prime minister", "A, deputy prime minister and concurrently minister of X of the Republic of Y: both, Y's",
                        RuleExample.of("He received a message from Ilona Varga, deputy prime minister and concurrently minister of Foreign Affairs of the Republic of Tessaly.",
                                "office: Ilona Varga | deputy prime minister | Republic of Tessaly",
                                "office: Ilona Varga | minister | Ministry of Foreign Affairs of the Republic of Tessaly",
                                "not office: Ilona Varga | deputy prime minister and concurrently minister | Foreign Affairs of the Republic of Tessaly")),
                Rule.of("a Central Committee of one term is the Central Committee", "member of the Political Bureau of the Ninth WPK Central Committee",
                        RuleExample.of("Wi Chang Bom, member of the Political Bureau of the Ninth Central Committee of the WPK, attended.",
                                "office: Wi Chang Bom | member | Political Bureau of the WPK Central Committee")),
                Rule.of("a sentence's capital \"The\" is no part of a body's name", "The X Complex did ...",
                        RuleExample.of("The Ryongsong Glass Factory overfulfilled its yearly plan.",
                                "organization: Ryongsong Glass Factory",
                                "not organization: The Ryongsong Glass Factory"),
                        RuleExample.of("The Central Committee met.", "not organization: Central Committee")),
                Rule.of("words before an \"X and Y\" name are part of it", "the CITY Power Transmission and Distribution Station",
                        RuleExample.of("Workers of the Kumsan Provincial Power Transmission and Distribution Station repaired the lines.",
                                "organization: Kumsan Provincial Power Transmission and Distribution Station",
                                "not organization: Transmission and Distribution Station"),
                        RuleExample.of("Delegates of the Ryusong Tyre Association and Kangbok Glass Factory met.",
                                "organization: Ryusong Tyre Association",
                                "organization: Kangbok Glass Factory"),
                        RuleExample.of("Officials of the Norway-Korea Friendship and Solidarity Committee arrived.",
                                "organization: Norway-Korea Friendship and Solidarity Committee",
                                "not organization: Friendship and Solidarity Committee")),
                Rule.of("a ministry printed with its country keeps one \"Ministry\"", "vice-minister of the DPRK X Ministry",
                        RuleExample.of("The guests were seen off by Pyon Sok Ju, vice-minister of the DPRK Railway Ministry.",
                                "office: Pyon Sok Ju | vice-minister | Railway Ministry",
                                "not office: Pyon Sok Ju | vice-minister | Ministry of Democratic People's Republic of Korea Railway Ministry")),
                Rule.of("a name the finder missed ends a body and takes the titles after it", "A, TITLE of X Co. Ltd., Wu Peiqiao, TITLE of Y",
                        RuleExample.of("Present were Tak Myong Gil, manager of the Sinhae Shipping Co. Ltd. in Kalmaru, Wu Peiqiao, manager of the Jinan Freight Co. Ltd., and others.",
                                "office: Tak Myong Gil | manager | Sinhae Shipping Co. Ltd. in Kalmaru",
                                "not office: Tak Myong Gil | manager | Jinan Freight Co. Ltd.",
                                "not office: Tak Myong Gil | manager | Sinhae Shipping Co. Ltd. in Kalmaru, Wu Peiqiao"),
                        RuleExample.of("Kye Sun Ok, secretary of the C.C., Workers' Party of Ruritania, international secretary of its Youth League, arrived.",
                                // Not a name: a body's words ("Party") keep the tail in the body.
                                "office: Kye Sun Ok | secretary | Central Committee of the Workers' Party of Ruritania")),
                Rule.of("a day after the body is the act's, not the body's", "a message to A, TITLE of X on May 3",
                        RuleExample.of("He sent a message of sympathy to Kye Chol Man, chairman of the Central Committee of the Ruritanian Labour Party on May 3.",
                                "office: Kye Chol Man | chairman | Central Committee of the Ruritanian Labour Party",
                                "not office: Kye Chol Man | chairman | Central Committee of the Ruritanian Labour Party on May 3"),
                        RuleExample.of("A reception was given for Ri Tok Hyon, chairman of the Osaka Headquarters of the Chongryon, in a warm atmosphere at the Rakwon Hall.",
                                "office: Ri Tok Hyon | chairman | Osaka Headquarters of the Chongryon",
                                "not office: Ri Tok Hyon | chairman | Osaka Headquarters of the Chongryon, in a warm atmosphere at the Rakwon Hall")),
                Rule.of("the country is no part of its bodies' names", "the DPRK Ministry of X, the Ministry of X of the DPRK, the DPRK Y Commission: "
                                + "one body with the bare name (not the state's government, armed forces or missions)",
                        RuleExample.of("A spokesman for the DPRK Ministry of Coastal Works issued a statement.",
                                "organization: Ministry of Coastal Works",
                                "not organization: Democratic People's Republic of Korea Ministry of Coastal Works"),
                        RuleExample.of("Ju Pyong Gap, vice-minister of Coastal Works of the DPRK, met the guests.",
                                "office: Ju Pyong Gap | vice-minister | Ministry of Coastal Works"),
                        RuleExample.of("Sol Ho Nam, chairman of the DPRK National Water Commission, spoke.",
                                "office: Sol Ho Nam | chairman | National Water Commission"),
                        RuleExample.of("A director of the Bureau of Treaties of the Foreign Ministry of the DPRK, Ju Pyong Gap, spoke.",
                                "not organization: Bureau of Treaties of the Foreign Ministry of the Democratic People's Republic of Korea"),
                        RuleExample.of("The Government of the DPRK issued a statement.",
                                "not organization: Government")),
                Rule.of("the wire's sign-off ends the last body", "..., chairman of the X Commission -0-",
                        RuleExample.of("Tak Ha Sun was appointed as chairman of the State Commission of Tideland Reclamation -0-",
                                "office: Tak Ha Sun | chairman | State Commission of Tideland Reclamation",
                                "not office: Tak Ha Sun | chairman | State Commission of Tideland Reclamation -0-")),
                Rule.of("an association \"in\" a country is its compatriots'", "the X Association in COUNTRY (not a commission in it)",
                        RuleExample.of("The forum took place under the sponsorship of the Korean Florists Association in Japan.",
                                "organization: Korean Florists Association in Japan",
                                "not organization: Korean Florists Association")),
                Rule.of("institution words end a body's name", "the X Locomotive Depot, Y Textile Mill, Z Thermal Power Plant, the W Art Troupe",
                        RuleExample.of("Workers of the Kumgol Locomotive Depot and the Ansan Silk Mill overfulfilled their plans.",
                                "organization: Kumgol Locomotive Depot",
                                "organization: Ansan Silk Mill"),
                        RuleExample.of("The Ansan Thermal Power Plant and the Kumgol Provincial Art Troupe marked the day.",
                                "organization: Ansan Thermal Power Plant",
                                "organization: Kumgol Provincial Art Troupe"),
                        RuleExample.of("The mill workers went to the depot.",
                                "not organization: mill workers")),
                Rule.of("the province's Party committee named by its kind", "A, chairman of the X Provincial People's Committee, B, secretary of the provincial committee of the WPK: X's",
                        RuleExample.of("Present were Tak Ha Sun, chairman of the Kumgol Provincial People's Committee, and Ju Pyong Gap and Sol Ho Nam, "
                                        + "secretaries of the provincial committee of the Workers' Party of Korea.",
                                "office: Ju Pyong Gap | secretary | Kumgol Provincial Committee of the Workers' Party of Korea",
                                "office: Sol Ho Nam | secretary | Kumgol Provincial Committee of the Workers' Party of Korea",
                                "not office: Sol Ho Nam | secretaries of the provincial committee | Workers' Party of Korea"),
                        RuleExample.of("Ju Pyong Gap, secretary of the provincial committee of the Workers' Party of Korea, was present.",
                                "not office: Ju Pyong Gap | secretary | Kumgol Provincial Committee of the Workers' Party of Korea")),
                Rule.of("an office someone is relieved of was held", "A was relieved of his post as TITLE of X; It dismissed A from his duties as TITLE of X",
                        RuleExample.of("Tak Ha Sun was relieved of his post as minister of Inland Fisheries.",
                                "office: Tak Ha Sun | minister | Ministry of Inland Fisheries"),
                        RuleExample.of("The meeting dismissed Sol Ho Nam from her duties as chairwoman of the Kumgol Provincial People's Committee.",
                                "office: Sol Ho Nam | chairwoman | Kumgol Provincial People's Committee"),
                        RuleExample.of("Tak Ha Sun was relieved to hear of his post as a minister.",
                                "not office: Tak Ha Sun | minister | Ministry of Inland Fisheries")),
                Rule.of("a president of the bare Presidium is the SPA Presidium's", "A, vice-president of the Presidium (the Political Bureau's has members only)",
                        RuleExample.of("The guests were met by Ju Pyong Gap, vice-president of the Presidium, and others.",
                                "office: Ju Pyong Gap | vice-president | Presidium of the Supreme People's Assembly",
                                "not office: Ju Pyong Gap | vice-president | Presidium"),
                        RuleExample.of("Sol Ho Nam, member of the Presidium of the Political Bureau of the WPK Central Committee, was present.",
                                "office: Sol Ho Nam | member | Presidium of the Political Bureau of the WPK Central Committee")),
                Rule.of("a place after the body is where it happened", "A, president of X, at the Y Airport; A, vice-president of the Presidium at the Z Hall",
                        RuleExample.of("He welcomed Marek Dolansky, president of the Republic of Tessaly, at the Kalmaru International Airport.",
                                "office: Marek Dolansky | president | Republic of Tessaly",
                                "not office: Marek Dolansky | president | Republic of Tessaly, at the Kalmaru International Airport"),
                        RuleExample.of("They were greeted by Ju Pyong Gap, vice-chairman of the Kumgol City People's Committee at the Ryonhwa Hall.",
                                "office: Ju Pyong Gap | vice-chairman | Kumgol City People's Committee")),
                Rule.of("a foreigner's bare ministry is no DPRK office", "A B, minister of Foreign Affairs (no state named): left out; "
                        + "Prime Minister A B visited COUNTRY: no office of COUNTRY",
                        RuleExample.of("Present were Greta Holmlund, minister of Foreign Affairs, and Ari Vantanen, vice-minister of Foreign Affairs.",
                                "not office: Greta Holmlund | minister | Ministry of Foreign Affairs",
                                "not office: Ari Vantanen | vice-minister | Ministry of Foreign Affairs"),
                        RuleExample.of("Prime Minister Halvar Ostby visited Tanzania and had talks there.",
                                "not office: Halvar Ostby | prime minister | United Republic of Tanzania",
                                "not office: Halvar Ostby | prime minister | Tanzania"),
                        RuleExample.of("A message came from President Halvar Ostby and Vice-President Mira Lund of the Republic of Tessaly.",
                                "office: Halvar Ostby | president | Republic of Tessaly")),
                Rule.of("a foreign delegation's head named without a title", "a delegation of COUNTRY led by A B arrived; A B named again bare",
                        RuleExample.of("A delegation of the Republic of Tessaly led by Marek Dolansky arrived here on Monday.\nMarek Dolansky laid a wreath.",
                                "name: Marek Dolansky"),
                        RuleExample.of("A delegation of the Republic of Tessaly led by Vice-Chairman Ju Pyong Gap arrived here.",
                                "not name: Vice-Chairman Ju Pyong Gap"),
                        RuleExample.of("A delegation led by Sunny Days Ahead arrived here.",
                                "not name: Sunny Days Ahead")),
                Rule.of("a headline's state without its article is the state", "Secretary of Security Council of Russian Federation (a headline) = ... of the Russian Federation",
                        RuleExample.of("Vladimir Ostrov, secretary of the Security Council of Russian Federation, arrived.",
                                "office: Vladimir Ostrov | secretary | Security Council of the Russian Federation")),
                Rule.of("a minister's portfolio is not the other title's body", "A, deputy prime minister and minister of Education of X: no 'deputy prime minister of Education'",
                        RuleExample.of("A delegation of the Republic of Tessaly led by Ilona Varga, deputy prime minister and minister of Culture of the Tessaly Regional Administration, arrived.",
                                "office: Ilona Varga | minister | Ministry of Culture of the Tessaly Regional Administration",
                                "not office: Ilona Varga | deputy prime minister | Culture of the Tessaly Regional Administration")),
                Rule.of("titles printed before names, the body after the last", "Chairman A, First Vice-Chairman and concurrently Director of the X Department B "
                                + "and Vice-Chairman C of the Y Committee: each of Y (a department's of Y)",
                        RuleExample.of("Present there were Chairman Tak Ha Sun, First Vice-Chairman and concurrently Director of the Cadres Department Sol Ho Nam "
                                        + "and Vice-Chairwoman Ju Pyong Gap of the Sokhu Central Standing Committee and others.",
                                "office: Tak Ha Sun | chairman | Sokhu Central Standing Committee",
                                "office: Sol Ho Nam | first vice-chairman | Sokhu Central Standing Committee",
                                "office: Sol Ho Nam | director | Cadres Department of the Sokhu Central Standing Committee",
                                "office: Ju Pyong Gap | vice-chairwoman | Sokhu Central Standing Committee",
                                "not office: Sol Ho Nam | first vice-chairman and concurrently director | Cadres Department",
                                "not office: Sol Ho Nam | director | Cadres Department"),
                        RuleExample.of("The letter was signed by Chairman Tak Ha Sun of the Kalmaru Growers Union.",
                                "office: Tak Ha Sun | chairman | Kalmaru Growers Union"),
                        RuleExample.of("Chairman Tak Ha Sun thanked the members of the Kalmaru Growers Union.",
                                "not office: Tak Ha Sun | chairman | Kalmaru Growers Union")),
                Rule.of("a party or a front is a body by its own name", "the Socialist Party of X, the Y Popular Front, a Teachers Training College; "
                                + "not the Party of Juche, Senior Party officials, the December Party plenary meeting",
                        RuleExample.of("Greetings came from the Agrarian Socialist Party of Ostmark and the Tessaly Popular Liberation Front.",
                                "organization: Agrarian Socialist Party of Ostmark",
                                "organization: Tessaly Popular Liberation Front"),
                        RuleExample.of("Graduates of the Kalmaru Teachers Training College went to island schools.",
                                "organization: Kalmaru Teachers Training College"),
                        RuleExample.of("They praised the Party of Juche and the great Party of Comrades in arms.",
                                "not organization: Party of Juche", "not organization: Party of Comrades"),
                        RuleExample.of("Senior Party and government officials were present before the December Party plenary meeting.",
                                "not organization: Senior Party", "not organization: December Party")),
                Rule.of("a foreign party's officer", "A B, chairman of the X Party (a foreign country named in the sentence); "
                                + "TITLE of the C.C., X Party and president of the Y Republic: two bodies; not 'secretary of X's Y Socialist Party' as a name",
                        RuleExample.of("The message thanked Oskar Lindqvist Berg, chairman of the Tessaly Russia Friendship Party, for his greetings.",
                                "name: Oskar Lindqvist Berg",
                                "office: Oskar Lindqvist Berg | chairman | Tessaly Russia Friendship Party"),
                        RuleExample.of("He sent a message to Marek Dolansky, general secretary of the C.C., Ostmark People's Revolutionary Party and president of the Republic of Ostmark.",
                                "office: Marek Dolansky | general secretary | Central Committee of the Ostmark People's Revolutionary Party",
                                "office: Marek Dolansky | president | Republic of Ostmark",
                                "not office: Marek Dolansky | president | Republic of Ostmark of Central Committee of the Ostmark People's Revolutionary Party"),
                        RuleExample.of("Letters came from the deputy general secretary of Syria's Ostmark Unionist Socialist Party.",
                                "not name: Ostmark Unionist")),
                Rule.of("the DPRK's envoy named bare after the article said where he serves", "The DPRK ambassador to X paid a call ... Ambassador A conveyed ...; "
                                + "Ambassador A of the DPRK to X",
                        RuleExample.of("The DPRK ambassador to the Republic of Tessaly paid a farewell call on its president on Monday.\n"
                                        + "Ambassador Pom Chol Su conveyed greetings to the president.",
                                "office: Pom Chol Su | ambassador to the Republic of Tessaly | Democratic People's Republic of Korea"),
                        RuleExample.of("The DPRK ambassador presented his credentials to the king of Ostmark on May 3.\nAmbassador Pom Chol Su had a talk with him.",
                                "office: Pom Chol Su | ambassador to Ostmark | Democratic People's Republic of Korea"),
                        RuleExample.of("Ambassador Yun Hye Gyong of the DPRK to Ostmark visited a school there.",
                                "office: Yun Hye Gyong | ambassador to Ostmark | Democratic People's Republic of Korea"),
                        RuleExample.of("Ambassador Pom Chol Su laid a wreath at the monument.",
                                "not office: Pom Chol Su | ambassador to the DPRK | Democratic People's Republic of Korea"),
                        RuleExample.of("The DPRK ambassador to Ostmark hosted a reception on Friday.\nTessalian Ambassador Pom Chol Su was present.",
                                "not office: Pom Chol Su | ambassador to Ostmark | Democratic People's Republic of Korea")),
                Rule.of("a secretary's office printed before the name", "Secretary of the WPK Central Committee A; Chief Secretary of the X Provincial Committee of the WPK B",
                        RuleExample.of("Present were Secretary of the WPK Central Committee Ryom Tae Gun and Chief Secretary of the Kumgol Provincial Committee of the WPK Ho Song Ae.",
                                "office: Ryom Tae Gun | secretary | WPK Central Committee",
                                "office: Ho Song Ae | chief secretary | Kumgol Provincial Committee of the Workers' Party of Korea",
                                "organization: Kumgol Provincial Committee of the Workers' Party of Korea",
                                "not organization: Kumgol Provincial Committee of the Workers' Party of Korea Ho Song Ae"),
                        RuleExample.of("He was greeted by General Secretary of the Ostmark Labour Party Marek Dolansky.",
                                "not office: Marek Dolansky | secretary | Ostmark Labour Party"),
                        RuleExample.of("Baskets came from Chairman of the Central Committee of the Kalmaru Growers Union Ho Song Ae.",
                                "office: Ho Song Ae | chairman | Central Committee of the Kalmaru Growers Union")),
                Rule.of("a monarch's office after the name", "A B, king of the Kingdom of X; C D, queen of Y",
                        RuleExample.of("A message came from Letsie Mohato, king of the Kingdom of Ostmark, on May 4.",
                                "office: Letsie Mohato | king | Kingdom of Ostmark"),
                        RuleExample.of("They praised the king of the Kingdom of Ostmark and his people.",
                                "not office: Ostmark | king | Kingdom of Ostmark")),
                Rule.of("a bare vice-minister after a minister of X", "Minister of X A and Vice-Minister B: B is X's vice-minister",
                        RuleExample.of("Present were Minister of Coastal Works Ryom Tae Gun and Vice-Minister Ho Song Ae.",
                                "office: Ho Song Ae | vice-minister | Ministry of Coastal Works"),
                        RuleExample.of("Present were Minister of Coastal Works Ryom Tae Gun, officials of the ministry, and Vice-Minister Ho Song Ae.",
                                "not office: Ho Song Ae | vice-minister | Ministry of Coastal Works")),
                Rule.of("funeral committee", "The funeral committee is formed with A as its chairman and B, C",
                        RuleExample.of("An obituary said that the late Chong Ui Hwan would be accorded a state funeral.\n"
                                + "The state funeral committee is formed with Sin Pyong Ho as its chairman and Ma Jin Sok.",
                                "office: Sin Pyong Ho | chairman | State Funeral Committee for Chong Ui Hwan",
                                "office: Ma Jin Sok | member | State Funeral Committee for Chong Ui Hwan")));
    }

    /**
     * Appositive offices; returns the name chains of the sentence as [first, last] index
     * pairs into {@code names}: a chain is a list of names joined by separators and title
     * phrases, ending where a clause begins.
     */
    /** A capitalised title printed just before a name: "Vice-Chairman ", ", Director of the X Department ", " and Chairman ". */
    private static final Pattern CAPITAL_TITLE_BEFORE = Pattern.compile(
            "(?:^|[,;]\\s*(?:and\\s+)?|\\s+and\\s+|\\bwere\\s+|\\bby\\s+)((?:(?:First|Executive|Senior|Deputy|Vice)[- ])*"
            + "(?:Chairman|Chairwoman|Chairperson|President|Director|Secretary|Secretary General|Chief|Head|Member|Manager)"
            + "(?:\\s+and\\s+(?:concurrently\\s+)?(?:(?:First|Deputy|Vice)[- ])*(?:Chairman|Chairwoman|Chairperson|Director|Secretary|Chief|Head))?"
            + "(?:\\s+of\\s+the\\s+(?:[A-Z][\\w'’-]*\\s+(?:and\\s+)?)+(?:Department|Bureau|Section|Division))?)\\s+$");
    /** The body after the last name of such a list: "... and Director Z of the X Committee of the Y". */
    private static final Pattern OF_THE_BODY_AFTER = Pattern.compile(
            "^\\s+of\\s+(the\\s+(?:[A-Z][\\w'’.-]*|of|the|in|for|and)(?:\\s+(?:[A-Z][\\w'’.-]*|of|the|in|for))*)(?=\\s*[,.;(]|\\s+and\\s+[a-z]|\\s*$)");

    /**
     * "Chairman A, First Vice-Chairman and concurrently Director of the Cadres Department B, Vice-Chairman C and
     * Director of the Finance Department D of the X Committee": each title printed before its name is of the body
     * named after the last (a department's, of that body).
     */
    private java.util.Set<Integer> titlesBeforeNamesOfOneBody(ArticleReading r, Sentence s, List<NameMention> names, Evidence evidence) {
        java.util.Set<Integer> read = new java.util.HashSet<>();
        String text = s.text();
        int runStart = -1;
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            NameMention n = names.get(i);
            int from = i == 0 || runStart < 0 ? Math.max(0, n.start() - s.start() - 160) : names.get(i - 1).end() - s.start();
            Matcher title = CAPITAL_TITLE_BEFORE.matcher(text.substring(Math.max(0, from), n.start() - s.start()));
            if (!title.find()) {
                runStart = -1;
                titles.clear();
                continue;
            }
            if (runStart < 0) runStart = i;
            titles.add(title.group(1));
            Matcher body = OF_THE_BODY_AFTER.matcher(text.substring(n.end() - s.start()));
            if (!body.find()) continue;
            String organization = body.group(1);
            for (int k = runStart, end = i + 1; k < end; k++) {
                String printed = titles.get(k - runStart);
                for (Office office : Titles.parse(printed.toLowerCase(Locale.ROOT).replaceFirst(" of the (.*)$", "") + (printed.contains(" of the ")
                        ? " of the " + printed.substring(printed.indexOf(" of the ") + 8) + " of " + organization : " of " + organization))) {
                    r.offices.add(new OfficeClaim(names.get(k).name(), office, evidence));
                }
                read.add(k);
            }
            runStart = -1;
            titles.clear();
        }
        return read;
    }

    List<int[]> appositives(ArticleReading r, Sentence s, List<NameMention> names, Evidence evidence) {
        String text = s.text();
        if (text.contains("DPRK ambassador")) rememberEnvoy(r, text);
        // Names whose printed titles were read with the body after the list: not again without it.
        java.util.Set<Integer> ofOneBody = text.contains(" of the ") ? titlesBeforeNamesOfOneBody(r, s, names, evidence) : java.util.Set.of();
        List<int[]> chains = new ArrayList<>();
        List<NameMention> pending = new ArrayList<>();
        List<Office> listTitle = List.of();
        List<Office> printedBefore = List.of();
        String lastBody = null;
        int chainStart = -1;
        for (int i = 0; i < names.size(); i++) {
            NameMention n = names.get(i);
            if (chainStart < 0) {
                chainStart = i;
                listTitle = pluralPrefix(r, s, n);
            }
            int nameEnd = n.end() - s.start();
            prefixed(r, s, n, evidence);
            for (Office office : listTitle) r.offices.add(new OfficeClaim(n.name(), office, evidence));
            if (!ofOneBody.contains(i)) for (Office office : printedBefore) r.offices.add(new OfficeClaim(n.name(), office, evidence));
            printedBefore = List.of();
            int gapEnd = i + 1 < names.size() ? names.get(i + 1).start() - s.start() : text.length();
            String gap = text.substring(Math.min(nameEnd, gapEnd), gapEnd);
            if (gap.startsWith("'s") || gap.startsWith("’s")) gap = gap.substring(2);
            boolean more = i + 1 < names.size();
            if (more && SEPARATOR.matcher(gap).matches()) {
                pending.add(n);
                continue;
            }
            Matcher titleBeforeNext = TITLE_BEFORE_NEXT.matcher(gap);
            if (more && titleBeforeNext.lookingAt() && Titles.startsWithTitle(titleBeforeNext.group(1))) {
                // The title is the next name's, printed before it; this name's list goes on.
                printedBefore = Titles.parse(titleBeforeNext.group(1));
                pending.clear();
                listTitle = List.of();
                continue;
            }
            Matcher lead = LEAD.matcher(gap);
            boolean led = lead.lookingAt(); // anchored patterns (TITLE_BEFORE_NEXT, LEAD, NATIONAL_TITLE): lookingAt, not a find() that fails at every later position
            String state = null;
            Office envoy = led ? dprkAmbassador(gap.substring(lead.end()), false) : null;
            if (envoy != null) {
                // "A, DPRK ambassador to X": the state's envoy abroad (the title phrase is no body's).
                r.offices.add(new OfficeClaim(n.name(), envoy, evidence));
                pending.clear();
                chains.add(new int[] {chainStart, i});
                chainStart = -1;
                continue;
            }
            if (led) {
                Matcher national = NATIONAL_TITLE.matcher(gap.substring(lead.end()));
                if (national.lookingAt() && (state = Organizations.stateOf(national.group(1))) != null) {
                    gap = gap.substring(0, lead.end()) + gap.substring(lead.end() + national.end());
                }
            }
            if (led && Titles.startsWithTitle(gap.substring(lead.end()))) {
                String phrase = gap.substring(lead.end());
                Matcher clause = CLAUSE_END.matcher(phrase);
                boolean clauseEnds = clause.find();
                // "TITLE of X and concurrently TITLE of Y": Y's office is the person's second, read after X's.
                String concurrent = clauseEnds && clause.group().contains("concurrently") ? concurrentOffice(phrase.substring(clause.end())) : null;
                phrase = ownPhrase(phrase);
                listTitle = List.of();
                boolean plural = Titles.startsWithPluralTitle(phrase);
                if (!plural) {
                    // One person's title: a plural title after a comma is a group of others ("members of ...").
                    Matcher item = NEXT_ITEM.matcher(phrase);
                    while (item.find()) {
                        if (Titles.startsWithPluralTitle(phrase.substring(item.end()))) {
                            phrase = phrase.substring(0, item.start()).strip();
                            break;
                        }
                    }
                    // "A, B, director of X": a singular title is the last name's only, not the list's.
                    pending.clear();
                }
                pending.add(n);
                for (Office office : state != null ? stateOffices(phrase, state) : Titles.parse(references(r, phrase, lastBody))) {
                    for (NameMention p : pending) r.offices.add(new OfficeClaim(p.name(), office, evidence));
                    lastBody = office.organization();
                    remember(r, office.organization());
                }
                if (concurrent != null && state == null && Titles.startsWithTitle(concurrent)) {
                    for (Office office : Titles.parse(concurrent)) {
                        for (NameMention p : pending) r.offices.add(new OfficeClaim(p.name(), office, evidence));
                        remember(r, office.organization());
                    }
                }
                pending.clear();
                if (clauseEnds || !more) {
                    chains.add(new int[] {chainStart, i});
                    chainStart = -1;
                }
                continue;
            }
            pending.clear();
            listTitle = List.of();
            chains.add(new int[] {chainStart, i});
            chainStart = -1;
        }
        if (chainStart >= 0) chains.add(new int[] {chainStart, names.size() - 1});
        return chains;
    }

    /** The office someone was recalled or relieved from earlier in the text ("from his post as TITLE of X"), or null. */
    private static String postNamedBefore(String head) {
        Matcher from = FROM_POST.matcher(head);
        String post = null;
        while (from.find()) post = head.substring(from.end());
        return post == null ? null : clausePhrase(post);
    }

    /** The office after "and concurrently", to where its own phrase ends (the next item, clause or name). */
    private static String concurrentOffice(String rest) {
        return TRAILING_PUNCTUATION.matcher(ownPhrase(rest)).replaceAll("").strip();
    }

    /**
     * A person's title phrase, to where it ends: a clause, a rank or title printed before the next name (that person's),
     * or unnamed others ("..., the chairman of the county committee").
     */
    private static String ownPhrase(String printed) {
        Matcher clause = CLAUSE_END.matcher(printed);
        String phrase = clause.find() ? printed.substring(0, clause.start()) : printed;
        phrase = DANGLING_AND.matcher(phrase).replaceAll("").strip();
        phrase = TRAILING_PREFIX.matcher(phrase).replaceFirst("").strip();
        Matcher others = OTHERS.matcher(phrase);
        return others.find() ? phrase.substring(0, others.start()).strip() : phrase;
    }

    /** An office phrase of an election or removal, to the end of its clause. */
    private static String clausePhrase(String printed) {
        Matcher clause = CLAUSE_END.matcher(printed);
        String phrase = clause.find() ? printed.substring(0, clause.start()) : printed;
        return TRAILING_PUNCTUATION.matcher(DANGLING_AND.matcher(phrase.strip()).replaceAll("")).replaceAll("").strip();
    }

    /**
     * Organizational matters: elections and appointments are dated changes of office, read
     * as offices attested by the article ("A was elected member of X", "The session appointed
     * A as premier of the Cabinet", "Elected members of X were A, B and C").
     */
    void appointments(ArticleReading r, Sentence s, String text, List<NameMention> names, List<int[]> chains, Evidence evidence) {
        if (names.isEmpty() || !APPOINTMENT_WORD.matcher(text).find()) return;
        boolean activeBefore = false;
        int activeEnd = 0;
        for (int[] chain : chains) {
            NameMention last = names.get(chain[1]);
            // "A was reelected as chairman of X and B was elected as ...": A's phrase ends where the next name begins.
            int tailEnd = chain[1] + 1 < names.size() ? Math.max(last.end(), names.get(chain[1] + 1).start()) - s.start() : text.length();
            String tail = text.substring(last.end() - s.start(), Math.min(text.length(), tailEnd));
            String head = text.substring(0, names.get(chain[0]).start() - s.start());
            String phrase = null;
            // "A and B were promoted to the rank of colonel general", "The order promoted A to the rank of general".
            Matcher promoted = PROMOTED_TO_RANK.matcher(tail);
            if (promoted.find() && (promoted.group(1) != null || ACTIVE_PROMOTION.matcher(head).find())) {
                String rank = capitalisedRank(promoted.group(2));
                for (int i = chain[0], end = chain[1] + 1; i < end; i++) r.ranks.add(new RankClaim(names.get(i).name(), rank, evidence));
            }
            Matcher passive = PASSIVE_APPOINTMENT.matcher(tail);
            Matcher active = ACTIVE_APPOINTMENT.matcher(head);
            Matcher as = AS_TITLE.matcher(tail);
            Matcher were = ELECTED_WERE.matcher(head);
            Matcher bare = BARE_TITLE.matcher(tail);
            // A chain right after the verb, or after one read so ("... and B an alternate member of X").
            boolean object = active.find() || activeBefore && NEXT_OBJECT.matcher(head).find() && head.length() - activeEnd < 200;
            Matcher removed = PASSIVE_REMOVAL.matcher(tail), removedFrom = REMOVED_FROM.matcher(tail);
            if (passive.find()) phrase = tail.substring(passive.end());
            else if (removed.find()) phrase = tail.substring(removed.end());
            else if (ACTIVE_REMOVAL.matcher(head).find() && removedFrom.find()) phrase = tail.substring(removedFrom.end());
            else if (object && as.find()) phrase = tail.substring(as.end());
            else if (object && bare.find()) phrase = tail.substring(bare.end());
            else if (were.find()) phrase = were.group(1);
            else if (object && TO_THE_POST.matcher(tail).lookingAt()) phrase = postNamedBefore(head);
            else if (PASSIVE_TO_THE_POST.matcher(tail).lookingAt()) phrase = postNamedBefore(head);
            if (phrase == null) {
                activeBefore = false;
                continue;
            }
            if (object) {
                activeBefore = true;
                activeEnd = last.end() - s.start();
            }
            phrase = clausePhrase(phrase);
            for (Office office : Titles.parse(references(r, phrase, null))) {
                for (int i = chain[0], end = chain[1] + 1; i < end; i++) r.offices.add(new OfficeClaim(names.get(i).name(), office, evidence));
            }
        }
    }

    /**
     * "The state funeral committee is formed with A as its chairman and B, C, ...": a ranked
     * committee named for the deceased; each listed person is a member in list order.
     */
    void committee(ArticleReading r, Sentence s, String text, List<NameMention> names, Evidence evidence) {
        for (NameMention n : names) {
            if (r.deceased != null) break;
            // "the late" stands just before the name: matching the whole text before each name
            // was quadratic in a sentence's length (8 s of a 10 MB line's 30). Transparent bounds
            // let \b see the character before the window, so the result is the same.
            int at = n.start() - s.start();
            if (THE_LATE.matcher(text).region(Math.max(0, at - 120), at).useTransparentBounds(true).find()) r.deceased = n.name();
        }
        Matcher formed = FUNERAL_COMMITTEE_FORMED.matcher(text);
        if (!formed.find() || r.deceased == null) return;
        String committee = (formed.group(1) != null ? "State " : "") + "Funeral Committee for " + r.deceased;
        for (NameMention n : r.after(names, s, formed.end())) {
            if (n.name().equals(r.deceased)) continue;
            Matcher role = AS_ITS.matcher(text.substring(n.end() - s.start()));
            String title = role.find() ? Titles.normalizeTitle(role.group(1)) : "member";
            r.offices.add(new OfficeClaim(n.name(), new Office(title, committee, null), evidence));
        }
    }

    /** A body named in the article, under each of its head words, for a later "the academy" or "the farm". */
    /** "the provincial people's committee" after the article named the "X Provincial People's Committee": that one. */
    private static final Pattern DEFINITE_LOCAL_BODY = Pattern.compile(
            "\\b(of|at|in) the ((?i:(provincial|city|county|municipal|district) (?:people's committee|people's assembly|party committee|rural economy committee)))\\b(?!\\s+of\\b)");

    /** "provincial people's committee" as a body's name: "Provincial People's Committee". */
    private static String capitalised(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        return out.toString();
    }
    private static final Pattern LOCAL_BODY = Pattern.compile(
            "^[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*)? (Provincial|City|County|Municipal|District) (People's Committee|People's Assembly|Party Committee|Rural Economy Committee)$");

    /**
     * "secretary of the provincial committee of the WPK" after the article named the province's people's committee (or
     * Party committee): the Party committee of that province, which reports name in full only once, or never.
     */
    private static final Pattern DEFINITE_LOCAL_PARTY = Pattern.compile(
            "\\b(of|at|in) the (provincial|city|county|municipal|district) (?:party )?committee of the (?:Workers' Party of Korea|WPK|Party)\\b");
    private static final Pattern LOCAL_PLACE = Pattern.compile(
            "^((?:[A-Z][\\w'’-]* )?[A-Z][\\w'’-]*) (Provincial|City|County|Municipal|District) (?:People's Committee|People's Assembly|Party Committee|"
            + "Committee of the Workers' Party of Korea|Rural Economy Committee)$");
    private static final String PLACE_OF = "place of ";
    /**
     * "a farm in Y County, X Province": the places a local report is about, by level. A later "the provincial committee"
     * the article names no other way is X's; two provinces named leave it open (the empty name).
     */
    private static final Pattern PLACE_NAMED = Pattern.compile(
            "(?<![\\p{L}'’-])((?:(?:North|South|East|West) )?(?!(?:The|A|An|This|That|Each|Every|Its|Their|Our)\\b)[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?) "
            + "(Province|County|City|Municipality|District)\\b(?![ -]+[A-Z])(?!['’]s\\b)");
    private static final String NAMED_PLACE_OF = "named place of ";
    private static final Map<String, String> LEVEL_OF_PLACE = Map.of("Province", "provincial", "County", "county", "City", "city",
            "Municipality", "municipal", "District", "district");

    static void rememberPlaces(ArticleReading r, String text) {
        if (!text.contains("Province") && !text.contains("County") && !text.contains("City") && !text.contains("Municipality")
                && !text.contains("District")) return;
        Matcher m = PLACE_NAMED.matcher(text);
        while (m.find()) {
            String key = NAMED_PLACE_OF + LEVEL_OF_PLACE.get(m.group(2));
            String before = r.namedByHead.putIfAbsent(key, m.group(1));
            if (before != null && !before.equals(m.group(1))) r.namedByHead.put(key, "");
        }
    }

    /** The place of a local body named by its level alone: the one its own body's name gave, else the one place the article named at that level. */
    private static String placeOf(ArticleReading r, String level) {
        String named = r.namedByHead.get(PLACE_OF + level);
        if (named != null) return named;
        String place = r.namedByHead.get(NAMED_PLACE_OF + level);
        return place == null || place.isEmpty() ? null : place;
    }

    static void remember(ArticleReading r, String organization) {
        if (organization == null) return;
        Matcher local = LOCAL_BODY.matcher(organization);
        if (local.matches()) r.namedByHead.put((local.group(1) + " " + local.group(2)).toLowerCase(Locale.ROOT), organization);
        Matcher place = LOCAL_PLACE.matcher(organization);
        if (place.matches()) r.namedByHead.put(PLACE_OF + place.group(2).toLowerCase(Locale.ROOT), place.group(1));
        for (String word : organization.split(" ")) {
            String head = word.toLowerCase(Locale.ROOT);
            if (DEFINITE_BODY.matcher("of the " + head).matches()) r.namedByHead.put(head, organization);
        }
    }

    /**
     * "headmaster of the academy" is the headmaster of the academy the article named; "director of its
     * Political Department" the director of that department of the body named just before.
     */
    /** "of the youth league" in lower case: the league the article names (see {@link ArticleReading#youthLeague}). */
    private static final Pattern THE_YOUTH_LEAGUE = Pattern.compile(
            // Not a unit's league committee ("secretary of the youth league committee of the X Bureau": the unit's post).
            "\\bthe youth league\\b(?!\\s+(?:committees?|organi[sz]ations?|cells?|branch(?:es)?|primary)\\b)");

    private static String references(ArticleReading r, String phrase, String lastBody) {
        if (r.youthLeague != null && phrase.contains("youth league")) phrase = THE_YOUTH_LEAGUE.matcher(phrase).replaceAll("the " + Matcher.quoteReplacement(r.youthLeague));
        Matcher its = OF_ITS_BODY.matcher(TRAILING_PUNCTUATION.matcher(phrase.strip()).replaceAll(""));
        if (its.matches() && lastBody != null) return its.group(1) + " of the " + its.group(2) + " of the " + lastBody;
        Matcher party = DEFINITE_LOCAL_PARTY.matcher(phrase);
        if (party.find() && placeOf(r, party.group(2)) != null) {
            String kind = party.group(2).substring(0, 1).toUpperCase(Locale.ROOT) + party.group(2).substring(1);
            return phrase.substring(0, party.start()) + party.group(1) + " the " + placeOf(r, party.group(2)) + " " + kind
                    + " Committee of the " + Organizations.WPK + phrase.substring(party.end());
        }
        // "secretary of the provincial committee of the WPK" with no province named: a kind of body, no office of one.
        if (party.find(0)) return phrase.substring(0, party.start());
        Matcher local = DEFINITE_LOCAL_BODY.matcher(phrase);
        if (local.find()) {
            String kind = local.group(2).toLowerCase(Locale.ROOT);
            String named = r.namedByHead.get(kind);
            String place = placeOf(r, local.group(3).toLowerCase(Locale.ROOT));
            // "vice-chairman of the provincial people's committee" after the article named the province's Party committee.
            if (named == null && place != null) named = place + " " + capitalised(kind);
            if (named != null) return phrase.substring(0, local.start()) + local.group(1) + " the " + named + phrase.substring(local.end());
            // "vice-chairmen of the Provincial People's Committee", no province named: no body to hold the office in.
            return phrase.substring(0, local.start());
        }
        Matcher definite = DEFINITE_BODY.matcher(phrase);
        if (!definite.find()) return phrase;
        String named = r.namedByHead.get(definite.group(2));
        if (named == null) return phrase;
        return phrase.substring(0, definite.start()) + definite.group(1) + " the " + named + phrase.substring(definite.end());
    }

    /** A foreign state's office: "ambassador to the DPRK" of the state, "president" of it, "minister of X" of its ministry. */
    private static List<Office> stateOffices(String phrase, String state) {
        Matcher ambassador = AMBASSADOR_TO.matcher(phrase.strip());
        if (ambassador.lookingAt()) {
            // A foreign ambassador named in these reports without "to X" is the one accredited here.
            String to = ambassador.group(2) != null ? TRAILING_PUNCTUATION.matcher(ambassador.group(2)).replaceAll("") : "to the DPRK";
            return List.of(new Office(Titles.normalizeTitle(ambassador.group(1)) + " " + to, Organizations.canonical(state), null));
        }
        return Titles.parse(phrase + " of the " + state);
    }

    /** "Russian President A B", "Vice-Minister of Defence A B" in a sentence about a foreign state. */
    private void foreignPrefixed(ArticleReading r, Sentence s, NameMention n, String before, Evidence evidence) {
        Matcher m = FOREIGN_PREFIX.matcher(before);
        if (!m.find()) return;
        String state = m.group(1) != null ? Organizations.stateOf(m.group(1)) : m.group(3) != null ? Organizations.stateOf(m.group(3)) : null;
        if (state == null) {
            // The one foreign country the sentence names ("a delegation of the Russian Federation led by ...") before the
            // name or just after it ("... A B of the Republic of X"): one after a verb is where the person went or whom
            // he met ("Prime Minister A visited Germany"), no office of his.
            Matcher country = FOREIGN_COUNTRY.matcher(s.text());
            java.util.Set<String> states = new java.util.LinkedHashSet<>();
            int nameEnd = n.end() - s.start();
            while (country.find()) {
                if (country.start() >= nameEnd && !OF_RIGHT_AFTER.matcher(s.text().substring(nameEnd, country.start())).matches()) continue;
                String found = Organizations.stateOf(country.group(1));
                if (found != null) states.add(found);
            }
            if (states.size() == 1) state = states.iterator().next();
        }
        String title = m.group(2).replaceFirst("^Vice ", "Vice-").toLowerCase(Locale.ROOT);
        // "Vice-Minister A and other officials of the Foreign Ministry of X": the body of the others.
        String others = title.contains("minister of") ? null : othersOf(r, s.text().substring(n.end() - s.start()));
        if (others != null) {
            for (Office o : Titles.parse(title + " of " + others)) r.offices.add(new OfficeClaim(n.name(), o, evidence));
            return;
        }
        if (state == null) return;
        String phrase = switch (title) {
            case "foreign minister" -> "minister of Foreign Affairs";
            case "defence minister", "defense minister" -> "minister of Defence";
            default -> title.startsWith("minister of ") || title.startsWith("vice-minister of ") ? m.group(2).replaceFirst("^Vice ", "Vice-") : title;
        };
        for (Office o : stateOffices(phrase.substring(0, 1).toLowerCase(Locale.ROOT) + phrase.substring(1), state)) {
            r.offices.add(new OfficeClaim(n.name(), o, evidence));
        }
    }

    /** "A delegation of the Ministry of X headed by Vice-Minister A", "... led by its chairman A": the body's and the title's. */
    private static final Pattern DELEGATION_HEADED = Pattern.compile(
            "(?i:delegation)\\s+of\\s+(?:the\\s+)?(?:DPRK\\s+)?([A-Z][\\w'’-]*(?:\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?[A-Z][\\w'’-]*){0,10})"
            + "\\s+(?:headed|led)\\s+by\\s+(?:its\\s+)?((?i:(?:first\\s+|executive\\s+)?(?:deputy\\s+)?(?:vice[- ])?(?:minister|chairman|chairwoman|chairperson|president|"
            + "director(?:-general)?|secretary(?:-general)?|general\\s+secretary|head|chief|rector|ambassador)))\\s+$");

    private void delegationHead(ArticleReading r, NameMention n, String before, Evidence evidence) {
        if (!before.contains(" by ")) return;
        Matcher m = DELEGATION_HEADED.matcher(before);
        if (!m.find()) return;
        for (Office o : Titles.parse(Titles.normalizeTitle(m.group(2).toLowerCase(Locale.ROOT)) + " of " + m.group(1))) {
            r.offices.add(new OfficeClaim(n.name(), o, evidence));
        }
    }

    /** "General Secretary Kim Jong Un", "Premier Ma Won Chol", "Marshal Ryu ..." before a name. */
    void prefixed(ArticleReading r, Sentence s, NameMention n, Evidence evidence) {
        // A title or rank stands just before the name: look no further back than a long title.
        int at = n.start() - s.start();
        String before = s.text().substring(Math.max(0, at - 120), at);
        delegationHead(r, n, before, evidence);
        Matcher rank = PREFIX_RANK.matcher(before);
        // PREFIX_RANK ends on one of three words: where none is printed, the 120 characters are not scanned.
        boolean rankWord = before.contains("Marshal") || before.contains("General") || before.contains("Admiral");
        if (rankWord && rank.find()) r.ranks.add(new RankClaim(n.name(), rank.group(1), evidence));
        if (!NameMentionFilter.koreanShaped(n.name())) foreignPrefixed(r, s, n, before, evidence);
        Office envoy = dprkAmbassador(before, true);
        if (envoy == null) envoy = ambassadorByCredentials(before, s.text().substring(n.end() - s.start()));
        if (envoy == null && before.endsWith(" ") && before.contains("mbassador")) envoy = bareEnvoy(r, n, before, s.text().substring(n.end() - s.start()));
        if (envoy != null) r.offices.add(new OfficeClaim(n.name(), envoy, evidence));
        Matcher m = PREFIX_TITLE.matcher(before);
        if (!m.find()) {
            if (before.contains("Secretary") || before.contains("Chair")) {
                Matcher secretary = PREFIX_SECRETARY.matcher(before);
                // "... Director of the Cadres Department A and ... B of the X Committee": a department's parent is named later.
                if (secretary.find() && !secretary.group(2).matches(".*\\b(?:Department|Bureau|Section|Division)")) {
                    for (Office o : Titles.parse(secretary.group(1).toLowerCase(Locale.ROOT) + " of " + secretary.group(2))) {
                        r.offices.add(new OfficeClaim(n.name(), o, evidence));
                    }
                    return;
                }
            }
            // "Director A and other staff members of X": a bare head title, read only with the body of the others.
            Matcher bare = BARE_HEAD_BEFORE.matcher(before);
            String org = mayHoldBareHead(before) && bare.find() ? othersOf(r, s.text().substring(n.end() - s.start())) : null;
            if (org != null) {
                for (Office o : Titles.parse(bare.group(1).toLowerCase(Locale.ROOT) + " of " + org)) r.offices.add(new OfficeClaim(n.name(), o, evidence));
            }
            return;
        }
        String phrase = m.group(1);
        String title = OF_AND_REST.matcher(phrase).replaceFirst("");
        // A foreign minister's title before the name is read with the state (foreignPrefixed).
        if (title.contains("Minister") && !NameMentionFilter.koreanShaped(n.name())) return;
        String org = phrase.length() > title.length() ? LEADING_OF.matcher(phrase.substring(title.length())).replaceFirst("") : null;
        // The DPRK bodies a bare title defaults to are a Korean's: a foreign vice-premier is not of the Cabinet of the DPRK.
        if (org == null && defaultOrganization(title) == null) org = othersOf(r, s.text().substring(n.end() - s.start()));
        if (org == null && NameMentionFilter.koreanShaped(n.name())) org = ministryJustNamed(r, title, before);
        if (org == null && NameMentionFilter.koreanShaped(n.name())) org = localAssembly(r, title);
        if (org == null && NameMentionFilter.koreanShaped(n.name())) org = defaultOrganization(r, title);
        // "DPRK Foreign Minister A": the title names its ministry.
        if (org == null && title.endsWith("Foreign Minister")) {
            for (Office o : Titles.parse(title.toLowerCase(Locale.ROOT))) r.offices.add(new OfficeClaim(n.name(), o, evidence));
        }
        if (org == null) return;
        for (Office o : Titles.parse(title.toLowerCase(Locale.ROOT) + " of " + org)) {
            r.offices.add(new OfficeClaim(n.name(), o, evidence));
        }
    }

    /** "DPRK ambassador to X" after a name, "DPRK Ambassador to X" before one: the country named after "to" (group 2). */
    private static final Pattern DPRK_AMBASSADOR_AFTER = Pattern.compile(
            "^(?:the\\s+)?DPRK\\s+((?i:(?:vice-|deputy\\s+)?ambassador))\\s+(to\\s+(?:the\\s+)?[A-Z][\\w'’.-]*(?:\\s+(?:of\\s+)?(?:the\\s+)?[A-Z][\\w'’-]*)*)");
    private static final Pattern DPRK_AMBASSADOR_BEFORE = Pattern.compile(
            "(?:^|[\\s,(“\"])(?:the\\s+)?DPRK\\s+((?i:(?:vice-|deputy\\s+)?ambassador))\\s+(to\\s+(?:the\\s+)?[A-Z][\\w'’.-]*(?:\\s+(?:of\\s+)?(?:the\\s+)?[A-Z][\\w'’-]*){0,4})\\s+$");

    /** "DPRK Ambassador A presented his credentials to the president of X": a bare title, its country in the act. */
    private static final Pattern BARE_DPRK_AMBASSADOR = Pattern.compile(
            "(?:^|[\\s,(“\"])(?:the\\s+)?DPRK\\s+((?i:(?:vice-|deputy\\s+)?ambassador))\\s+$");
    private static final Pattern CREDENTIALS_TO = Pattern.compile(
            "^(?:'s|’s)?,?\\s+(?:has\\s+|had\\s+)?presented\\s+(?:his|her|the)\\s+(?:letter\\s+of\\s+)?credentials?\\s+to\\s+(?:the\\s+)?"
            + "(?:[A-Z][a-z]+\\s+)?(?i:president|king|queen|emperor|emir|sultan|grand\\s+duke|prince|governor-general|head\\s+of\\s+state|chairman|prime\\s+minister)"
            + "\\s+of\\s+((?:the\\s+)?[A-Z][\\w'’.-]*(?:\\s+(?:of\\s+)?(?:the\\s+)?[A-Z][\\w'’-]*){0,4})");

    /** The DPRK's ambassador named bare before the name, accredited to the country whose head received the credentials. */
    private static Office ambassadorByCredentials(String before, String after) {
        if (!before.contains("DPRK") || !after.contains("credential")) return null;
        Matcher title = BARE_DPRK_AMBASSADOR.matcher(before);
        if (!title.find()) return null;
        Matcher to = CREDENTIALS_TO.matcher(after);
        if (!to.find()) return null;
        return new Office(Titles.normalizeTitle(title.group(1)) + " to " + TRAILING_PUNCTUATION.matcher(to.group(1)).replaceAll(""), Organizations.DPRK, null);
    }

    /**
     * "The DPRK ambassador to X paid a farewell call on ...", "The DPRK ambassador presented his credentials to the president of X":
     * the envoy the article goes on to name bare ("Ambassador A conveyed ..."); group 1 the country after "to".
     */
    private static final Pattern UNNAMED_ENVOY = Pattern.compile(
            "(?:^|[\\s,(“\"])(?i:the)\\s+DPRK\\s+ambassador(?:\\s+(to\\s+(?:the\\s+)?[A-Z][\\w'’.-]*(?:\\s+(?:of\\s+)?(?:the\\s+)?[A-Z][\\w'’-]*){0,4}))?(?=\\s+[a-z])");
    /** "Ambassador A of the DPRK to X": the title before the name, the state and the country after it (group 1 "to X"). */
    private static final Pattern OF_THE_DPRK_TO = Pattern.compile(
            "^\\s+of\\s+(?:the\\s+)?(?:DPRK|Democratic\\s+People's\\s+Republic\\s+of\\s+Korea)\\s+(to\\s+(?:the\\s+)?[A-Z][\\w'’.-]*(?:\\s+(?:of\\s+)?(?:the\\s+)?[A-Z][\\w'’-]*){0,4})");
    private static final Pattern BARE_AMBASSADOR = Pattern.compile("(?:^|[\\s,(“\"])((?:Vice-|Deputy )?Ambassador)\\s+$");

    private static void rememberEnvoy(ArticleReading r, String text) {
        Matcher m = UNNAMED_ENVOY.matcher(text);
        if (!m.find()) return;
        if (m.group(1) != null) {
            r.dprkEnvoyTo = TRAILING_PUNCTUATION.matcher(m.group(1)).replaceAll("");
            return;
        }
        Matcher to = CREDENTIALS_TO.matcher(text.substring(m.end()));
        if (to.find()) r.dprkEnvoyTo = "to " + TRAILING_PUNCTUATION.matcher(to.group(1)).replaceAll("");
    }

    /**
     * "Ambassador A of the DPRK to X"; a Korean "Ambassador A" with no country, where the article has said which country
     * the DPRK ambassador it reports on is accredited to ("The DPRK ambassador to X ... Ambassador A conveyed ..."); else null.
     */
    private static Office bareEnvoy(ArticleReading r, NameMention n, String before, String after) {
        Matcher title = BARE_AMBASSADOR.matcher(before);
        if (!title.find()) return null;
        String kind = Titles.normalizeTitle(title.group(1));
        Matcher of = OF_THE_DPRK_TO.matcher(after);
        if (of.find()) return new Office(kind + " " + TRAILING_PUNCTUATION.matcher(of.group(1)).replaceAll(""), Organizations.DPRK, null);
        // Only a bare title: "Russian Ambassador A", "Ambassador A of X" name another state's envoy.
        if (r.dprkEnvoyTo == null || !NameMentionFilter.koreanShaped(n.name()) || !before.substring(0, title.start(1)).isBlank()
                && !before.substring(0, title.start(1)).matches("(?s).*[.,;:]\\s*(?:and\\s+)?$") || after.matches("(?s)^\\s+of\\s.*")) return null;
        return new Office(kind + " " + r.dprkEnvoyTo, Organizations.DPRK, null);
    }

    /**
     * "Secretary of the WPK Central Committee A", "Chief Secretary of the X Provincial Committee of the WPK B": a secretary's
     * office printed before the name, its body running up to it (not "General Secretary", read as the leader's title).
     */
    private static final Pattern PREFIX_SECRETARY = Pattern.compile(
            "(?:^|(?<!General|Deputy General|Assistant)[\\s,(“\"])((?:Chief |Executive |First |Responsible )?Secretary(?: for [A-Z][a-z]+(?: [A-Z][a-z]+)? Affairs)?"
            // "Chairman of the Central Committee of the X Party A", "Director of the Y Bureau of the Z B": bodies with "of" inside.
            + "|(?:(?:First )?Vice[- ])?Chair(?:man|woman|person))"
            + " of (?:the )?((?:WPK|[A-Z][\\w'’-]*)(?: (?:of (?:the )?)?(?:WPK|[A-Z][\\w'’-]*)){0,8}?)\\s+(?:Comrade\\s+)?$");

    /** "Minister of X A and Vice-Minister B": a bare minister's rank right after a minister of X is of the same ministry. */
    private static final Pattern BARE_MINISTER_RANK = Pattern.compile("(?i)(?:first\\s+|executive\\s+)?(?:vice[- ]|deputy\\s+)minister");

    private static String ministryJustNamed(ArticleReading r, String title, String before) {
        if (!BARE_MINISTER_RANK.matcher(title.strip()).matches()) return null;
        for (int i = r.offices.size(); i-- > 0; ) {
            OfficeClaim last = r.offices.get(i);
            String org = last.office().organization();
            if (org == null || !org.startsWith("Ministry of ") || !last.office().title().equals("minister")) continue;
            // Only the minister named right before: "Minister of X A and Vice-Minister B", "..., A, Vice-Minister B".
            if (Pattern.compile(Pattern.quote(last.person()) + "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?" + Pattern.quote(title.strip()) + "\\s+$")
                    .matcher(before).find()) return org;
            return null;
        }
        return null;
    }

    /** The office of the DPRK's ambassador to a country, printed before the name or after it, or null. */
    private static Office dprkAmbassador(String printed, boolean beforeName) {
        if (!printed.contains("DPRK")) return null;
        Matcher m = (beforeName ? DPRK_AMBASSADOR_BEFORE : DPRK_AMBASSADOR_AFTER).matcher(printed);
        if (!m.find()) return null;
        return new Office(Titles.normalizeTitle(m.group(1)) + " " + m.group(2), Organizations.DPRK, null);
    }

    /** "Chairwoman A and other officials of X": the body of the others is the one her bare title is of. */
    private static final Pattern OTHERS_OF = Pattern.compile(
            "^,?\\s+and\\s+(?:other\\s+)?(?:[a-z]+\\s+)?(?:officials|members|staff\\s+members|functionaries|cadres)\\s+of\\s+(?:the\\s+)?"
            + "([A-Z][\\w'’.-]*(?:\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?[A-Z][\\w'’.-]*)*"
            // "the Association of Korean Traders in X": a country after "in" is the body's.
            + "(?:\\s+in\\s+(?:the\\s+)?" + org.dais.nlp.ForeignNameFinder.COUNTRY + "(?![\\p{L}]))?|(?:" + DEFINITE_HEADS + "))(?![\\p{L}])");

    static final Pattern BARE_HEAD_BEFORE = Pattern.compile(
            "(?:^|[\\s,(“\"])((?:(?:First|Executive|Deputy|Vice)[- ])?(?:President|Director|Director-General|Manager|Secretary General|Secretary|Chief|Head|Rector|Headmaster|Principal))\\s+$");

    /** A word each BARE_HEAD_BEFORE title holds ("Headmaster" holds "Head", "Director-General" "Director"). */
    static boolean mayHoldBareHead(String before) {
        for (String word : BARE_HEAD_WORDS) if (before.contains(word)) return true;
        return false;
    }

    private static final List<String> BARE_HEAD_WORDS = List.of("President", "Director", "Manager", "Secretary", "Chief", "Head", "Rector", "Principal");

    private static String othersOf(ArticleReading r, String after) {
        Matcher m = OTHERS_OF.matcher(after);
        if (!m.find()) return null;
        String body = m.group(1);
        // "... of the academy": the academy the article named, else none.
        return Character.isUpperCase(body.charAt(0)) ? body : r.namedByHead.get(body);
    }

    /** The offices of a plural title printed just before the first name of a list ("Vice-Premiers A and B"). */
    private List<Office> pluralPrefix(ArticleReading r, Sentence s, NameMention first) {
        int at = first.start() - s.start();
        Matcher m = PREFIX_PLURAL.matcher(s.text().substring(Math.max(0, at - 120), at));
        if (!m.find()) return List.of();
        String title = Titles.normalizeTitle(m.group(1));
        String org = m.group(2);
        if (title.equals("presidium member")) {
            title = "member";
            org = "Presidium of the Political Bureau of the " + (org == null ? Organizations.WPK_CC : org);
        }
        if (org == null) org = localAssembly(r, title);
        if (org == null) org = defaultOrganization(r, title);
        if (org == null) return List.of();
        return Titles.parse(title + " of " + org);
    }

    private static final Pattern LOCAL_ASSEMBLY = Pattern.compile("^(?!Supreme\\b).+ People's Assembly$");

    /**
     * "Deputies A and B spoke" at a session of a provincial, city or county people's assembly: the deputies are that
     * assembly's, not the Supreme People's Assembly's the bare title means elsewhere.
     */
    private static String localAssembly(ArticleReading r, String title) {
        if (!title.equalsIgnoreCase("deputy") || r.context == null || r.context.convenedBy() == null) return null;
        return LOCAL_ASSEMBLY.matcher(r.context.convenedBy()).matches() ? r.context.convenedBy() : null;
    }

    /** The day the 1998 constitution made the Administration Council the Cabinet again. */
    private static final java.time.LocalDate CABINET_RESTORED = java.time.LocalDate.of(1998, 9, 5);

    /** The body a bare prefixed title belongs to when the article was written: "Premier A" in 1994 heads the Administration Council. */
    private String defaultOrganization(ArticleReading r, String title) {
        String org = defaultOrganization(title);
        java.time.LocalDate published = r.metadata == null ? null : r.metadata.published();
        if ("Cabinet of the DPRK".equals(org) && published != null && published.isBefore(CABINET_RESTORED)
                && published.isAfter(java.time.LocalDate.of(1972, 12, 27))) return "Administration Council";
        return org;
    }

    /** The body a bare prefixed title belongs to in DPRK usage. */
    private String defaultOrganization(String title) {
        return switch (title.toLowerCase(Locale.ROOT)) {
            case "general secretary", "first secretary" -> Organizations.WPK;
            case "premier" -> "Cabinet of the DPRK";
            case "deputy" -> "Supreme People's Assembly";
            case "vice-premier", "vice premier" -> "Cabinet of the DPRK";
            default -> null;
        };
    }
}
