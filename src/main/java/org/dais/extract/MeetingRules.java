package org.dais.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dais.nlp.Sentence;

/**
 * Meetings: the meeting a sentence names or reports ("X was held", "X opened on ..."), the day
 * or sitting it reports, its dates, and anaphora ("the conference went on") to the reported one.
 */
final class MeetingRules implements RuleFamily {
    private static final Pattern CONTINUED = Pattern.compile("(?i)\\b(?:continued|went\\s+on)\\b");
    private static final Pattern THEN = Pattern.compile("(?i)^\\W*(?:(?:he|she|they)\\s+)?(?:then|later|afterwards|after\\s+that|on\\s+the\\s+same\\s+day)\\b");
    private static final Pattern THERE = Pattern.compile("(?i)\\s*there\\s");
    private static final Pattern ANAPHORA = Pattern.compile(
            // "The second-day sitting took place on May 4": a day of the meeting reported.
            "(?i)\\b(?:the|this|that|current)\\s+(?:(?:" + MeetingNames.ORDINAL + ")-day\\s+)?(?:(?:short\\s+)?course|conference|congress|plenary\\s+meeting|meeting|session|workshop|seminar|sitting|plenum)\\b");
    private static final Pattern HELD = Pattern.compile(
            "(?i)\\b(?:was\\s+held|were\\s+held|took\\s+place|opened|was\\s+opened|convened|was\\s+convened|was\\s+given|continued|began|closed|"
            // "The plenary meeting concluded on Sunday": said of the meeting as "closed" is.
            + "concluded|ended|"
            // "The 12th rally and march were staged in X on Saturday": a rally is staged as a meeting is held.
            + "was\\s+staged|were\\s+staged|"
            + "there\\s+was|there\\s+took\\s+place|held\\s+an?|held\\s+its|went\\s+on|met)\\b");
    /**
     * "A joint seminar titled \"X\" held by Y on May 3 to mark Z.": a lead without a finite verb (or with one after the
     * participle: "A symposium on X held in P on May 3 adopted ..."), the meeting its subject, reported by its participle.
     * Only after "a/an": "the meeting held on the occasion of X" speaks of one the article knows.
     */
    private static final Pattern PARTICIPLE_LEAD = Pattern.compile(
            "(?i)^\\W*an?\\s+(?:[\\w'’-]+\\s+){0,4}?(?:meeting|seminar|symposium|forum|conference|rally|lecture|session|congress|workshop|course|round-table\\s+talks?)"
            + "(?:\\s*,?\\s+(?:titled|entitled|called|dubbed|under\\s+the\\s+(?:theme|title|slogan))\\s*,?\\s+[\"“][^\"”]{2,160}[\"”]|\\s+(?:on|of|for|with)\\s+(?:[\\w'’-]+\\s+){0,8}?)?"
            + "\\s*(?:held|convened)\\s+(?:jointly\\s+)?(?:by|in|at|on|under|from|here)\\b");
    private static final Pattern SAME_DAY = Pattern.compile("(?i)\\bon\\s+the\\s+same\\s+day\\b");
    /** "Meetings of the mass organizations took place on May 3 ...": a sentence that sums up several meetings the next one names. */
    private static final Pattern SEVERAL_REPORTED = Pattern.compile(
            "(?i)^\\W*(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:meetings|rallies|sessions|conferences|seminars|symposiums|symposia)\\b[^.;]*?\\b(?:were\\s+held|took\\s+place)\\b");
    private static final Pattern AT_MEETING = Pattern.compile("(?i)^\\W*(?:also\\s+)?at\\s+(?:the\\s+)?");
    // Gate (Triggers): words every match of a rule's patterns holds; change them with the patterns.
    /** HELD: each form's last word ("was held", "took place", "went on", "met"), "there" of "there was" and "there took place". */
    static final Triggers HELD_WORDS = Triggers.anyOf("held", "place", "opened", "convened", "given", "continued", "began", "closed",
            "there", "went", "met", "concluded", "ended", "staged");
    /** "attended the Fourth X Forum held in P from May 2 to 4": a meeting dated by the participle after its name. */
    private static final Pattern HELD_AFTER = Pattern.compile("(?i)^\\s*,?\\s*(?:which\\s+(?:was|were)\\s+|that\\s+(?:was|were)\\s+)?(?:held|convened)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile(";|,\\s+(?:and|while|but|where|when)\\s|\\s+and\\s+(?:then\\s+)?(?:he|she|they|it)\\s");
    /** "Forum A and the Forum B held in P": the first shares the participle of the second. */
    private static final Pattern AND_THE = Pattern.compile("(?i)^\\s*,?\\s*and\\s+(?:the\\s+)?$");
    /** "The national exhibition of X and the 6th national symposium on Y took place": the meeting is the second subject. */
    /** "Amid X, a " before the meeting a sentence reports: the meeting is still its subject. */
    private static final Pattern LEAD_IN_SUBJECT = Pattern.compile("^\\W*" + MeetingNames.LEAD_IN.replaceFirst("\\)\\?$", ")") + "an?\\s+$");
    private static final Pattern CONJUNCT_SUBJECT = Pattern.compile("^\\W*(?:The|An?)\\s+[^,;()\"“”]{0,120}?\\s+and\\s+(?:the|an?)\\s+$");
    private static final Pattern VERB_AFTER_NAME = Pattern.compile("(?i)^\\s*(?:\\([^)]{1,12}\\)\\s*)?(?:took\\s+place|(?:was|were)\\s+(?:held|opened|convened|staged)|opened|closed)\\b");
    /** "The plenary meeting closed on December 31": the day it ended, said as a verb (not "a closed meeting"). */
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)\\b(?:closed|concluded|ended|wound\\s+up)(?=\\s+(?:on|after|with|in|at|here|yesterday|today|(?-i:[A-Z][a-z]+day))\\b)");
    /** "The conference, which opened on May 2, closed on May 4": the opening named before the close. */
    private static final Pattern OPENING = Pattern.compile("(?i)\\b(?:opened|began|was\\s+convened|convened|started)\\b");
    /** "... after a two-day session", "after its three-day deliberations": how many days the closing meeting sat. */
    private static final Pattern LASTED = Pattern.compile(
            "(?i)\\bafter\\s+(?:a|its|their)\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})-day\\s+(?:session|meeting|sitting|deliberations?|proceedings|work)\\b");
    private static final List<String> DAY_COUNTS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private static Integer lastedDays(String afterClose) {
        Matcher m = LASTED.matcher(afterClose);
        if (!m.find()) return null;
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : DAY_COUNTS.indexOf(n) + 2;
    }
    private static final Pattern NTH_DAY = Pattern.compile("(?i)\\b(" + MeetingNames.ORDINAL + ")-day\\s+(?:sitting|session|meeting)\\b");

    @Override
    public String name() { return "meetings"; }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("a lower-case name ends before its day, year or verb", "the third plenary meeting of the county committee on May 2; "
                        + "the 30th session of the X Assembly in 1975; the sixth short course for Xs visited ...",
                        RuleExample.of("Kye Sun Hwa attended the third enlarged plenary meeting of the provincial Party committee on May 2.",
                                "meeting: 3rd Enlarged Plenary Meeting of the provincial Party committee"),
                        RuleExample.of("The 31st session of the Regional Assembly of Nations in 1976 adopted a resolution.",
                                "meeting: 31st Session of the Regional Assembly of Nations"),
                        RuleExample.of("The participants in the sixth short course for chairmen of farm management committees visited the museum.",
                                "meeting: 6th Short Course for Chairmen of Farm Management Committees")),
                Rule.of("reported meeting", "MEETING was held / took place / opened / convened (the sentence's subject)",
                        RuleExample.of("The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held in the capital on March 2.",
                                "meeting: 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea"),
                        RuleExample.of("The Secretariat of the Sokhu Fishermen's Union held its enlarged meeting on March 2.\nTak Song Il made a speech.",
                                "meeting: Enlarged Meeting of the Secretariat of the Sokhu Fishermen's Union", "speech: Tak Song Il | speech"),
                        RuleExample.of("The Secretariat of the Sokhu Fishermen's Union held its ground in the talks on March 2.",
                                "not meeting: Ground of the Secretariat of the Sokhu Fishermen's Union"),
                        RuleExample.of("The 2nd Conference of the Sokhu Fishermen's Union concluded on March 2.\nTak Song Il made a speech.",
                                "meeting: 2nd Conference of the Sokhu Fishermen's Union", "speech: Tak Song Il | speech"),
                        RuleExample.of("The 31st torchlight rally and march were staged in the port city on Saturday.\nTak Song Il made a speech.",
                                "meeting: 31st Torchlight Rally", "speech: Tak Song Il | speech")),
                Rule.of("a cardinal printed for the term's ordinal", "the Nth Plenary Meeting of the Six Central Committee: the 6th Central Committee",
                        RuleExample.of("A county meeting took place on Monday to carry out the decisions of the 3rd Plenary Meeting of the Six Central Committee of the WPK.",
                                "meeting: 3rd Plenary Meeting of the 6th Central Committee of the Workers' Party of Korea",
                                "not meeting: 3rd Plenary Meeting of the Six Central Committee of the Workers' Party of Korea")),
                Rule.of("acts at the meeting opening the sentence", "Sessions of X were held. At the 3rd Session of the Y Assembly, A made a report: A's report is at Y's session",
                        RuleExample.of("Sessions of the city and county people's assemblies were held on May 6.\n"
                                + "At the 4th Session of the 16th Sokhu County People's Assembly, Om Sun Bok made a report on the county budget.",
                                "meeting: 4th Session of the 16th Sokhu County People's Assembly",
                                "speech: Om Sun Bok | report | 4th Session of the 16th Sokhu County People's Assembly",
                                "not speech: Om Sun Bok | report | Session of City and County People's Assemblies"),
                        RuleExample.of("At the 3rd Conference of the Korean Children's Union in 1998, the union set out its tasks.\n"
                                + "Om Sun Bok gave a lecture at a university on May 3.",
                                "not speech: Om Sun Bok | lecture | 3rd Conference of the Korean Children's Union")),
                Rule.of("a meeting named by its field", "A national symposium in the field of X took place / a seminar in the X sector: named by the field",
                        RuleExample.of("A national symposium in the field of paper industry took place at the hall on May 4.",
                                "meeting: National Symposium in Field of Paper Industry"),
                        RuleExample.of("A seminar in the fruit farming sector was held on Monday.",
                                "meeting: Seminar in Fruit Farming Sector"),
                        RuleExample.of("A seminar in the hall was held on Monday.", "not meeting: Seminar in Hall")),
                Rule.of("a meeting named by its title or theme", "A joint seminar titled \"X\" was held / An international symposium under the theme \"X\" took place: "
                                + "named by the title (the headline's name first, when it gives one); \"under the theme of X\" unquoted: on X",
                        RuleExample.of("A joint on-line seminar titled \"Friendship across the seas\" was held by groups of three countries on June 4.",
                                "meeting: Joint On-line Seminar \"Friendship across the seas\""),
                        RuleExample.of("An international symposium under the theme \"Rice, water and the future\" took place in a foreign capital on May 9.",
                                "meeting: International Symposium \"Rice, water and the future\""),
                        RuleExample.of("A regional forum under the theme of the protection of wetlands was held at the Mayang hall on Friday.",
                                "meeting: Regional Forum on Protection of Wetlands"),
                        RuleExample.of("A poster titled \"Friendship across the seas\" was put up at the hall on June 4.",
                                "not meeting: Poster \"Friendship across the seas\""),
                        RuleExample.of("The delegates spoke of a seminar titled \"Friendship across the seas\" in their letters.",
                                "not meeting: Seminar \"Friendship across the seas\"")),
                Rule.of("levels of one body listed", "Sessions of provincial, city and county people's assemblies took place: one meeting, the comma lists levels",
                        RuleExample.of("Sessions of provincial, city and county people's assemblies took place on May 2 and 3.",
                                "meeting: Session of Provincial, City and County People's Assemblies", "not meeting: Session of Provincial"),
                        RuleExample.of("A meeting of the provincial officials, the teachers and the pupils took place on Monday.",
                                "not meeting: Meeting of Provincial Officials, Teachers and Pupils")),
                Rule.of("a meeting that ended", "The conference ended on DAY: the day it ended (as 'closed'); its speeches at it",
                        RuleExample.of("A national conference of surveyors opened in the capital on May 2.\nThe conference ended on May 3.\nTak Song Il made a closing address.",
                                "meeting: National Conference of Surveyors", "speech: Tak Song Il | concluding speech")),
                Rule.of("a memorial service", "A memorial service for X took place: a meeting (its address a speech); a service only after 'memorial'",
                        RuleExample.of("A memorial service for the veteran Yun Tae Sop took place at the county cemetery on Tuesday.\nA memorial address was delivered by Sok Un Chol.",
                                "meeting: Memorial Service for Veteran Yun Tae Sop", "speech: Sok Un Chol | speech"),
                        RuleExample.of("A service for the repair of tractors was held at the farm on Tuesday.",
                                "not meeting: Service for Repair of Tractors")),
                Rule.of("a meeting reported by its participle", "A seminar titled \"X\" held by Y on May 3 to mark Z. (no finite verb) / A symposium on X held in P on May 3 adopted ...: "
                                + "the meeting the lead opens with is reported, on the day its participle gives; not after 'the', nor as an object",
                        RuleExample.of("A joint video seminar titled \"Bridges of friendship\" held by groups of two countries on June 4.",
                                "meeting: Joint Video Seminar \"Bridges of friendship\""),
                        RuleExample.of("A regional symposium on tidal flats held in a foreign port on June 4 adopted a letter to the union.",
                                "meeting: Regional Symposium on Tidal Flats"),
                        RuleExample.of("The delegation took part in a regional symposium on tidal flats held in a foreign port.",
                                "not meeting: Regional Symposium on Tidal Flats"),
                        RuleExample.of("The meeting with the veteran miners held on the occasion of the day marked a turn in the work.",
                                "not meeting: Meeting with Veteran Miners")),
                Rule.of("a body held its Nth meeting", "The 11th X Assembly held its third session / the Y Committee held its 2nd plenary meeting: the Nth meeting of that body",
                        RuleExample.of("The 11th Tongbong County People's Assembly held its third session at the county hall on Monday.\nDeputy Kil Un Hwa made a report on the first item on the agenda.",
                                "meeting: 3rd Session of the 11th Tongbong County People's Assembly",
                                "speech: Kil Un Hwa | report | 3rd Session of the 11th Tongbong County People's Assembly"),
                        RuleExample.of("The farm held its third harvest festival on Monday.", "not meeting: 3rd Harvest Festival of the Farm"),
                        RuleExample.of("The Central Military Commission of the Sokhu Fishermen's Union convened its 4th enlarged meeting on May 3.\nTak Song Il made a report.",
                                "meeting: 4th Enlarged Meeting of the Central Military Commission of the Sokhu Fishermen's Union",
                                "speech: Tak Song Il | report | 4th Enlarged Meeting of the Central Military Commission of the Sokhu Fishermen's Union",
                                "not meeting: 4th Enlarged Meeting on May 3")),
                Rule.of("a body met", "The Political Bureau of the Central Committee of X met on DATE: a meeting of that body, its name through 'of the'",
                        RuleExample.of("The Secretariat of the Central Committee of the Sokhu Fishermen's Union met on Monday, June 17, to discuss the catch.\nTak Song Il presided over the meeting.",
                                "meeting: Meeting of the Secretariat of the Central Committee of the Sokhu Fishermen's Union", "guided: Tak Song Il")),
                Rule.of("a meeting named by its month and year", "The June 2031 Plenary Meeting of X took place: the month and year name it, as printed",
                        RuleExample.of("The June 2031 Plenary Meeting of the Sokhu Provincial Committee of the WPK took place on Sunday.",
                                "meeting: June 2031 Plenary Meeting of the Sokhu Provincial Committee of the Workers' Party of Korea")),
                Rule.of("a meeting on the same day", "X was held on May 4. A meeting of Y was held on the same day: May 4 too (its date: MeetingArticlesTest)",
                        RuleExample.of("The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on March 2.\n"
                                + "A meeting of the scientists of the academy was held on the same day.",
                                "meeting: Meeting of Scientists of Academy")),
                Rule.of("a numbered general meeting", "the Nth (regular) general meeting of ORG was held: a meeting of ORG's series, 'regular' kept",
                        RuleExample.of("The 7th regular general meeting of the Federation of Korean Merchants Abroad was held in a foreign city on June 3.",
                                "meeting: 7th Regular General Meeting of the Federation of Korean Merchants Abroad"),
                        RuleExample.of("The 4th general meeting of the association of fruit growers took place on Monday.",
                                "meeting: 4th General Meeting of Association of Fruit Growers"),
                        RuleExample.of("The members spoke of a general meeting to come.", "not meeting: General Meeting")),
                Rule.of("a phrase before the reported meeting", "Amid X, a meeting took place ...; On May 3, a rally was held ...: the meeting is the subject",
                        RuleExample.of("Amid the joy of all the people greeting the harvest, a meeting and a banquet took place in the county town on May 3 to celebrate the Day of Farmers.\n"
                                + "Ri Sang Gol and Jon Myong Hui took their seats on the platform.",
                                "meeting: Meeting to Celebrate Day of Farmers", "platform: Ri Sang Gol | 1", "platform: Jon Myong Hui | 2"),
                        RuleExample.of("On May 3, a mass rally of the youth of the county was held at the square.",
                                "meeting: Mass Rally of Youth of County"),
                        RuleExample.of("He said that, a meeting of the youth being near, the plan must be done.",
                                "not meeting: Meeting of Youth Being Near")),
                Rule.of("reported meeting in a there-sentence", "There took place MEETING",
                        RuleExample.of("There took place the 3rd Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea on April 4.",
                                "meeting: 3rd Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea"),
                        RuleExample.of("There took place round-table talk of the association to celebrate the founding of the union.",
                                "meeting: Round-table Talk of Association to Celebrate Founding of Union")),
                Rule.of("day of a meeting", "the Nth-day sitting of MEETING was held",
                        RuleExample.of("The second-day sitting of the 5th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on June 6.",
                                "meeting: 5th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea"),
                        RuleExample.of("The 5th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea opened on June 5.\n"
                                + "The second-day sitting took place on June 6.\nTak Song Il made a speech.",
                                "meeting: 5th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea",
                                "speech: Tak Song Il | speech | 5th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea")),
                Rule.of("named meeting without an ordinal", "The X County Conference of the Agricultural Workers' Union took place",
                        RuleExample.of("The Tongbong County Conference of the Agricultural Workers' Union took place on Sunday.",
                                "meeting: Tongbong County Conference of the Agricultural Workers' Union")),
                Rule.of("a name reads as a name", "no clause, attendance list or adverb inside a meeting's name",
                        RuleExample.of("The meeting for moving into new houses with attendance of Ryom Tae Gun was held in a county.",
                                "not meeting: Meeting for Moving Into New Houses With Attendance of Ryom Tae Gun"),
                        RuleExample.of("The enlarged meeting of the Political Bureau was held again.",
                                "not meeting: Enlarged Meeting of Political Bureau Again")),
                Rule.of("a ceremony is no meeting", "There took place a ceremony of awarding X: an occasion (an event), not a meeting",
                        RuleExample.of("There took place a ceremony of awarding an order to the tunnel builders of a county.",
                                "not meeting: Ceremony of Awarding Order to Tunnel Builders of County"),
                        RuleExample.of("The inaugural ceremony of the new water works was held on Monday.",
                                "not meeting: Inaugural Ceremony of New Water Works")),
                Rule.of("a meeting convened during a visit", "On DATE, the leader visited X. He then convened a consultative meeting of officials concerned: "
                                + "the visit's day, the name from what it discussed, not from who attended it, the one who convened it guided it",
                        RuleExample.of("Kim Jong Un, general secretary of the Workers' Party of Korea, visited a county on May 3.\n"
                                + "He then convened a consultative meeting of officials concerned on the spot.\n"
                                + "The meeting discussed the issues arising in building the Tongbong Fish Farm into a model.",
                                "meeting: Consultative Meeting on the Construction of the Tongbong Fish Farm",
                                "not meeting: Consultative Meeting of Officials Concerned",
                                "guided: Kim Jong Un | 1")),
                Rule.of("a meeting named by its purpose and its unit", "A meeting was held to convey X to the workers and officials at the Y Works: "
                                + "the unit it was held for, after the purpose or the verb, names it too (not a hall, a day or a speaker's post)",
                        RuleExample.of("A meeting was held to convey a letter of thanks from the Central Committee of the Workers' Party of Korea to the miners, engineers and officials of the Sokhu Coal Mine.",
                                "meeting: Meeting to Convey A Letter of Thanks From Central Committee of Workers' Party of Korea to Miners of Sokhu Coal Mine",
                                "not meeting: Meeting to Convey Letter of Thanks"),
                        RuleExample.of("A meeting to mark the 30th anniversary of the founding of the plant took place at the Changsu Glass Works on Friday.",
                                "meeting: Meeting to Mark 30th Anniversary of Founding of Plant at Changsu Glass Works"),
                        RuleExample.of("A lecture was given to study the history of the railways at the Tongbong Railway College.",
                                "meeting: Lecture on History of Railways at Tongbong Railway College"),
                        RuleExample.of("A meeting was held to mark the 20th anniversary of the leader's visit at the Sokhu Tree Nursery.",
                                "meeting: Meeting to Mark 20th Anniversary of Leader's Visit at Sokhu Tree Nursery"),
                        RuleExample.of("A meeting to hear recollections of the peerlessly great men was held by the miners.",
                                "meeting: Meeting to Hear Recollections of Peerlessly Great Men", "not meeting: Meeting to Hear Recollections of Peerlessly Men"),
                        RuleExample.of("A symposium on soil science took place at the Tongbong Science Complex on Monday.",
                                "meeting: Symposium on Soil Science", "not meeting: Symposium on Soil Science at Tongbong Science Complex"),
                        RuleExample.of("A meeting was held at the People's Hall to convey the gifts.", "meeting: Meeting to Convey Gifts",
                                "not meeting: Meeting to Convey Gifts at People's Hall"),
                        RuleExample.of("A meeting to convey the gifts took place on Monday, and Yon Chang Il, manager of the Sokhu Tractor Factory, spoke.",
                                "meeting: Meeting to Convey Gifts", "not meeting: Meeting to Convey Gifts of Sokhu Tractor Factory")),
                Rule.of("a quoted title is named whole", "a seminar on the work \"X Is Y\": the title's verb and commas are its own",
                        RuleExample.of("A seminar was held on Tuesday to study the leader's work \"Forests Are a Treasure, and Planting Them Is Patriotism\" at the hall.",
                                "meeting: Seminar on Leader's Work \"Forests Are A Treasure, and Planting Them Is Patriotism\"",
                                "not meeting: Seminar on Leader's Work \"Forests")),
                Rule.of("a meeting named in quotes", "The \"Forum of X-2031\" took place: the organizers' name; the forum was held on the theme \"...\": no meeting named by a slogan",
                        RuleExample.of("The \"Festival of Young Growers-2031\" took place in a foreign city on May 3.\n"
                                + "The festival was held on the theme \"Let us grow more!\" with the participation of many.",
                                "meeting: Festival of Young Growers-2031",
                                "not meeting: Festival on Theme \"Let Us Grow More!\"")),
                Rule.of("a session of a body named by its kind", "The 4th session of the county people's assembly took place: named whole (not '4th Session of County'), one article's",
                        RuleExample.of("The 6th session of the county people's assembly took place on May 3.\nTak Song Il made a report at the session.",
                                "meeting: 6th Session of the county people's assembly",
                                "speech: Tak Song Il | report | 6th Session of the county people's assembly",
                                "not meeting: 6th Session of County")),
                Rule.of("a generic name is one article's", "Meeting to Convey Gifts in two articles: two meetings, each keyed by its article",
                        RuleExample.of("A meeting to convey the gifts took place at the county hall on Monday.", "meeting: Meeting to Convey Gifts")),
                Rule.of("a press review's item names no meeting of its own", "Following are major news items ...: - A meeting to X took place: "
                                + "the item sums up another article, and a name that is one article's would be an undated copy; numbered meetings stay",
                        RuleExample.of("Following are major news items and articles in leading newspapers on Friday:\n"
                                        + "- A meeting to convey the gifts took place at the county hall.\n"
                                        + "- The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held.",
                                "not meeting: Meeting to Convey Gifts", "meeting: 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea"),
                        RuleExample.of("The officials said that the following are the main items of the plan.\nA meeting to convey the gifts took place at the county hall.",
                                "meeting: Meeting to Convey Gifts")),
                Rule.of("a name ends before another body", "decisions of the 9th Plenary Meeting of the 8th Central Committee of the WPK and the Political Bureau of its Central Committee",
                        RuleExample.of("A county meeting took place on Monday to carry out the decisions of the 3rd Plenary Meeting of the 6th Central Committee of the WPK and the Political Bureau of its Central Committee.",
                                "meeting: 3rd Plenary Meeting of the 6th Central Committee of the Workers' Party of Korea")),
                Rule.of("no default owner for an owner unread", "the Ninth Congress of the youth league is no Party congress",
                        RuleExample.of("He attended the Seventh Congress of the farmers' union on May 4, 2011 to make a speech.",
                                "not meeting: 7th Congress of the Workers' Party of Korea")),
                Rule.of("occasions listed", "There took place celebration meetings, seminars and other events in several countries: no one meeting",
                        RuleExample.of("There took place celebration meetings, seminars, film shows and other events in four countries to celebrate the founding anniversary of the union.",
                                "not meeting: Celebration Meeting to Celebrate Founding Anniversary of Union"),
                        RuleExample.of("There took place meetings in three countries from May 2 to May 9 to celebrate the founding anniversary of the union.",
                                "not meeting: Meeting to May 9 to Celebrate Founding Anniversary of Union")),
                Rule.of("a body's meeting recalled", "..., and the X Committee met on DATE, days ago: a meeting of the X Committee, dated, not the one reported",
                        RuleExample.of("The state gave warnings before the season and the Tongbong Drought Control Committee met on June 2, just days ago.",
                                "meeting: Meeting of the Tongbong Drought Control Committee")),
                Rule.of("the Party's conference", "delegates to the WPK conference; the conference of the WPK: the Conference of the Party, no number",
                        RuleExample.of("The Sokhu Provincial and Changsu City Conferences of the Agricultural Workers' Union took place on Monday to elect delegates to the WPK conference.",
                                "meeting: Conference of the Workers' Party of Korea",
                                "meeting: Sokhu Provincial Conference of the Agricultural Workers' Union")),
                Rule.of("coordinated meetings", "The A Provincial, B Provincial and C City Conferences of ORG took place: one meeting each",
                        RuleExample.of("The Sokhu Provincial and Changsu City Conferences of the Agricultural Workers' Union took place on Monday.",
                                "meeting: Sokhu Provincial Conference of the Agricultural Workers' Union",
                                "meeting: Changsu City Conference of the Agricultural Workers' Union")),
                Rule.of("two meetings sharing a verb", "A meeting of X was held at P and a meeting of Y at Q; A, chairman of X's body, and B, of Y's, made reports at the meetings",
                        RuleExample.of("A meeting of miners and members of the Miners' Union of Korea (MUK) was held at a mine and a meeting of fishermen and members of the Fishermen's League of Korea (FLK) at a port.\n"
                                + "Sa Kum Ok, chairman of the MUK Central Committee, and Tong Hyon Chol, chairman of the FLK Central Committee, made reports at the meetings.",
                                "meeting: Meeting of Miners and Members of Miners' Union of Korea (MUK)",
                                "meeting: Meeting of Fishermen and Members of Fishermen's League of Korea (FLK)",
                                "speech: Sa Kum Ok | report | Meeting of Miners and Members of Miners' Union of Korea (MUK)",
                                "speech: Tong Hyon Chol | report | Meeting of Fishermen and Members of Fishermen's League of Korea (FLK)",
                                "not speech: Tong Hyon Chol | report | Meeting of Miners and Members of Miners' Union of Korea (MUK)")),
                Rule.of("meetings of several groups", "Meetings of X and of Y were held: one meeting each",
                        RuleExample.of("Meetings of the railway workers and of the miners were held at the club on Friday.",
                                "meeting: Meeting of Railway Workers", "meeting: Meeting of Miners")),
                Rule.of("meetings of a group per body", "Meetings of delegates of the A, the B and the ministries of C and D for PURPOSE took place: one per body",
                        RuleExample.of("Meetings of delegates of the State Planning Commission and the ministries of Fisheries and Forestry for election of delegates to the congress took place on Monday. "
                                + "Speeches were made by Sok Kwang Nam, chairman of the State Planning Commission, at the meeting of the commission, and Yon Chang Il, minister of Forestry, at the meeting of the ministry.",
                                "meeting: Meeting of Delegates of the State Planning Commission for Election of Delegates to Congress",
                                "meeting: Meeting of Delegates of the Ministry of Fisheries for Election of Delegates to Congress",
                                "meeting: Meeting of Delegates of the Ministry of Forestry for Election of Delegates to Congress",
                                "speech: Sok Kwang Nam | speech | Meeting of Delegates of the State Planning Commission for Election of Delegates to Congress",
                                "speech: Yon Chang Il | speech | Meeting of Delegates of the Ministry of Forestry for Election of Delegates to Congress")),
                Rule.of("a meeting an act is about", "delegates / observers / preparations to MEETING: mentioned, but acts stay with the reported meeting",
                        RuleExample.of("The Tongbong County Conference of the Agricultural Workers' Union took place on Sunday. "
                                + "There took place the election of delegates to the 10th Congress of the WPK. "
                                + "Pang Il Gyu made a speech on electing his comrade as delegate to the 10th Congress of the WPK.",
                                "meeting: 10th Congress of the Workers' Party of Korea",
                                "speech: Pang Il Gyu | speech | Tongbong County Conference of the Agricultural Workers' Union",
                                "not speech: Pang Il Gyu | speech | 10th Congress of the Workers' Party of Korea")),
                Rule.of("each speaker at their own meeting", "of meetings reported together, a speaker's is the one of the body the speaker heads, else the same place in a list said 'respectively'",
                        RuleExample.of("The Sokhu Provincial and Changsu City Conferences of the Agricultural Workers' Union took place on Monday. "
                                + "Pang Il Gyu, chief secretary of the Changsu City Committee of the Agricultural Workers' Union, made a report.",
                                "speech: Pang Il Gyu | report | Changsu City Conference of the Agricultural Workers' Union",
                                "not speech: Pang Il Gyu | report | Sokhu Provincial Conference of the Agricultural Workers' Union"),
                        RuleExample.of("Meetings of the railway workers and of the miners were held on Friday. "
                                + "Sa Kum Ok and Tong Hyon Chol made speeches there respectively.",
                                "speech: Sa Kum Ok | speech | Meeting of Railway Workers", "speech: Tong Hyon Chol | speech | Meeting of Miners")),
                Rule.of("a numbered meeting of a named series", "the Third Asian X Forum, the 9th national symposium on Y, the 12th candlelight rally: "
                                + "the series' words and 'national' stay in the name (dates: MeetingArticlesTest)",
                        RuleExample.of("Ma Chun Sik attended the Third Asian Orchard Growers' Forum and the Second Pacific Seed Forum held in a foreign city from June 2 to 5.",
                                "meeting: 3rd Asian Orchard Growers' Forum", "meeting: 2nd Pacific Seed Forum", "attended: Ma Chun Sik"),
                        RuleExample.of("Ma Chun Sik attended the Third Asian Orchard Growers' Forum held in a foreign city, and on May 9 he visited a farm.",
                                "meeting: 3rd Asian Orchard Growers' Forum"),
                        RuleExample.of("The 9th national symposium on soil chemistry took place at a hall on Monday.",
                                "meeting: 9th National Symposium on Soil Chemistry", "not meeting: 9th Symposium on Soil Chemistry"),
                        RuleExample.of("The 12th candlelight rally took place in a foreign city on Monday.", "meeting: 12th Candlelight Rally"),
                        RuleExample.of("The 4th Plenary Meeting was held on Monday.", "not meeting: 4th Plenary Meeting"),
                        RuleExample.of("The 3rd Plenary Meeting of the 6th Central Committee of the Sokhu Fishermen's Union took place on Monday.",
                                "meeting: 3rd Plenary Meeting of the 6th Central Committee of the Sokhu Fishermen's Union")),
                Rule.of("a meeting the second subject", "The national exhibition of X and the 9th national symposium on Y took place: the symposium is reported",
                        RuleExample.of("The third national exhibition of farm tools and the ninth national symposium on soil chemistry took place at a hall on Monday.\n"
                                + "Pae Ok Sun spoke at the symposium.",
                                "meeting: 9th National Symposium on Soil Chemistry", "speech: Pae Ok Sun | speech | 9th National Symposium on Soil Chemistry"),
                        RuleExample.of("The speakers of the farm and the ninth national symposium on soil chemistry were praised.",
                                "not speech: Pae Ok Sun | speech | 9th National Symposium on Soil Chemistry")),
                Rule.of("a meeting with a title of its own", "A meeting \"Evening of X\" of Y took place: the title is part of the name; not a slogan after 'on the theme'",
                        RuleExample.of("A meeting \"Night of Young Growers\" of the pupils of two countries took place at a camp on Monday.",
                                "meeting: Meeting \"Night of Young Growers\" of Pupils of Two Countries"),
                        RuleExample.of("A meeting of the pupils of two countries took place on the theme \"Let Us Grow More\" on Monday.",
                                "not meeting: Meeting \"Let Us Grow More\" of Pupils of Two Countries")),
                Rule.of("a meeting that closed", "X closed / concluded on DAY: that day ends it (its start only when the sentence names the opening too, MeetingArticlesTest); "
                                + "not 'a closed meeting'",
                        RuleExample.of("The 5th Plenary Meeting of the 3rd Central Committee of the Sokhu Fishermen's Union closed on Friday.\nTak Song Il made a concluding speech.",
                                "meeting: 5th Plenary Meeting of the 3rd Central Committee of the Sokhu Fishermen's Union",
                                "speech: Tak Song Il | concluding speech | 5th Plenary Meeting of the 3rd Central Committee of the Sokhu Fishermen's Union")));
    }

    /** "a consultative meeting of officials concerned": a meeting named only by who came to it. */
    private static final Pattern NAMED_BY_ATTENDEES = Pattern.compile(
            "(?i)^((?:Consultative|Enlarged|Joint|Emergency|Urgent|Special)\\s+)*(Meeting|Consultation|Conference|Session)\\s+of\\s+"
            + "(?:the\\s+)?(?:Senior\\s+|Leading\\s+|Relevant\\s+|Responsible\\s+)?(?:Officials|Cadres|Functionaries|Officers|Commanding\\s+Officers|Those|Participants)(?:\\s+Concerned)?(?:\\s+(?:to|for)\\s+.*)?$");
    /** What a meeting is on: the work named by a gerund or its noun ("building" X is the construction of X). */
    private static final java.util.Map<String, String> WORK = workNouns();

    private static java.util.Map<String, String> workNouns() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String[] pair : new String[][] {{"building", "Construction"}, {"constructing", "Construction"}, {"construction", "Construction"},
                {"developing", "Development"}, {"development", "Development"}, {"improving", "Improvement"}, {"improvement", "Improvement"},
                {"implementing", "Implementation"}, {"implementation", "Implementation"}, {"modernizing", "Modernization"},
                {"modernization", "Modernization"}, {"rehabilitating", "Rehabilitation"}, {"rehabilitation", "Rehabilitation"},
                {"restoring", "Restoration"}, {"restoration", "Restoration"}, {"reconstructing", "Reconstruction"},
                {"reconstruction", "Reconstruction"}, {"managing", "Management"}, {"management", "Management"},
                {"protecting", "Protection"}, {"protection", "Protection"}, {"preparing", "Preparation"}, {"preparation", "Preparation"}}) {
            m.put(pair[0], pair[1]);
        }
        return m;
    }

    /** "The meeting discussed the issues arising in building the X into ...": what a meeting was on. */
    private static final Pattern DISCUSSED = Pattern.compile(
            "(?i)\\b(?:meeting|consultation|conference|it)\\s+(?:discussed|dealt\\s+with|considered)\\s+(?:the\\s+)?(?:issues?|matters?|questions?|problems?|tasks?)\\s+"
            + "(?:arising\\s+in|of|related\\s+to|concerning|for|in|on)\\s+(?:the\\s+)?(" + String.join("|", WORK.keySet()) + ")\\s+(?:of\\s+)?(the\\s+)?"
            + "((?-i:[A-Z][\\w'’-]*)(?:\\s+(?:of\\s+(?:the\\s+)?)?(?-i:[A-Z0-9][\\w'’-]*)){0,7})");

    /**
     * What the article says its meeting discussed, as a name's subject ("the Construction of the
     * X Farm"), read before the sentences so a meeting named only by its attendees can be named by it.
     */
    void article(ArticleReading r, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            String text = s.text();
            if (!text.contains("discussed") && !text.contains("dealt") && !text.contains("considered")) continue;
            Matcher d = DISCUSSED.matcher(text);
            if (d.find()) {
                r.discussedTopic = "the " + WORK.get(d.group(1).toLowerCase(java.util.Locale.ROOT)) + " of " + (d.group(2) == null ? "" : "the ") + d.group(3).strip();
                return;
            }
        }
    }

    /** "a consultative meeting of officials concerned" that discussed X is the Consultative Meeting on X. */
    private static List<MeetingNames.Found> namedBySubject(ArticleReading r, List<MeetingNames.Found> reported) {
        List<MeetingNames.Found> out = new java.util.ArrayList<>();
        for (MeetingNames.Found f : reported) {
            Matcher people = NAMED_BY_ATTENDEES.matcher(f.name().canonical());
            if (!people.matches()) { out.add(f); continue; }
            if (r.discussedTopic == null) continue; // named by nobody but who came: no name to give it
            String kindWords = f.name().canonical().substring(0, people.start(2) + people.group(2).length());
            out.add(MeetingNames.unnumbered(kindWords + " on " + r.discussedTopic, f.name().kind(), f.start(), f.end()));
        }
        return out;
    }

    /**
     * "Meeting to Convey Gifts", "Meeting for Moving Into New Houses", "Meeting of Members of the
     * Women's Union": a purpose or a group, no number and no nation-wide body, names a local
     * meeting held in many places; such a name is one meeting per article, never merged across them.
     */
    private static final Pattern GENERIC_NAME = Pattern.compile(
            "^(?!(?:National|State|Central|Joint|Nationwide|Enlarged)\\b)(?:[A-Z][\\w-]*\\s+){0,2}(?:Meeting|Rally|Seminar|Symposium|Lecture|Forum|Round-table\\s+Talks)s?\\s+"
            + "(?:(?:to|for)\\s|of\\s+(?:the\\s+)?(?:Active\\s+|Exemplary\\s+|Young\\s+)?(?:Members|Workers|Officials|Youth|Women|Students|Teachers|Scientists|Employees|Working\\s+People|Vanguard)\\b)");

    private static final Pattern LOWERCASE_OWNER = Pattern.compile("\\bof\\s+the\\s+(?:county|city|provincial|district|municipal|ri|town|village|local)\\b");

    static MeetingNames.Found ofThisArticle(MeetingNames.Found f, String articleKey) {
        MeetingName n = f.name();
        // "the 4th session of the county people's assembly": a numbered meeting of a body named by its kind only is one county's, this article's.
        boolean ownerByKind = n.ordinal() != null && LOWERCASE_OWNER.matcher(n.canonical()).find();
        if (!ownerByKind && (n.ordinal() != null || !GENERIC_NAME.matcher(n.canonical()).lookingAt())) return f;
        String in = " in-" + articleKey;
        MeetingName keyed = new MeetingName(n.canonical(), n.key() + in, n.seriesName(), n.seriesKey() + in, null, n.kind(), n.enlarged(),
                n.convenedBy(), n.bodyTerm());
        return new MeetingNames.Found(keyed, f.start(), f.end(), f.surface());
    }

    /** "... and the National Flood Committee met on July 2, days ago": a body's meeting recalled inside a sentence. */
    private static final Pattern BODY_MET_INSIDE = Pattern.compile(
            "(?:,\\s+|\\band\\s+|\\bthat\\s+)the\\s+((?:[A-Z][\\w'’-]*\\s+){1,6}(?:Committee|Commission|Bureau|Council|Presidium|Secretariat))\\s+met\\s+on\\s+");
    /** "delegates to the WPK conference", "the conference of the WPK": the Party's conference, named by no number. */
    private static final Pattern PARTY_CONFERENCE = Pattern.compile(
            "\\b(?:to|of|for|at|before)\\s+the\\s+(?:WPK\\s+conference|conference\\s+of\\s+the\\s+(?:WPK|Workers['’]\\s+Party\\s+of\\s+Korea))\\b");

    /** Meetings a sentence recalls in passing, which it does not report and acts do not go to. */
    private void recalled(ArticleReading r, String text, Evidence evidence) {
        if (text.contains(" met on ")) {
            Matcher met = BODY_MET_INSIDE.matcher(text);
            if (met.find() && met.start() >= 45) {
                MeetingName name = MeetingNames.unnumbered("Meeting of the " + met.group(1).strip(), "meeting", met.start(1), met.end(1)).name();
                DateExpressions.Reading date = DateExpressions.find(text.substring(met.end() - 3), r.metadata.published(), r.yearOnly);
                r.meetings.add(new MeetingMention(name, date == null ? null : date.start(), null, date == null ? null : date.wording(),
                        null, null, false, false, evidence));
            }
        }
        if (text.contains("onference")) {
            Matcher party = PARTY_CONFERENCE.matcher(text);
            if (party.find()) {
                MeetingName name = MeetingNames.unnumbered("Conference of the " + Organizations.WPK, "conference", party.start(), party.end()).name();
                r.meetings.add(new MeetingMention(name, null, null, null, null, null, false, false, evidence));
            }
        }
    }

    private static final Pattern TOPIC_OF_ACT = Pattern.compile("(?i)\\b(?:delegates?|observers?|preparations?|convening|convocation)\\s+(?:to|for|of)\\s+(?:the\\s+)?$");
    private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");
    /** Words every such meeting or body shares, which tell none apart. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("of", "the", "and", "for", "in", "on", "to", "provincial",
            "city", "county", "district", "committee", "committees", "party", "wpk", "workers", "korea", "korea's", "conference",
            "meeting", "meetings", "members", "member", "union", "organization", "general", "central", "people's", "chief", "secretary");

    /**
     * The speaker's own meeting among several the article reports together: the one whose
     * name shares the distinctive words of a body the speaker heads (the chief secretary of the
     * A Provincial Committee spoke at the A Provincial Conference), else, when the sentence says
     * "respectively", the one in the same place of the list as the speaker among this sentence's.
     */
    MeetingName ownMeeting(ArticleReading r, String person, MeetingName meeting, Evidence evidence) {
        List<MeetingName> group = r.reportedTogether;
        if (group == null || !group.contains(meeting)) return meeting;
        MeetingName best = null;
        int bestScore = 0;
        boolean tie = false;
        for (MeetingName m : group) {
            java.util.Set<String> distinctive = words(m.canonical());
            int score = 0;
            for (OfficeClaim o : r.offices) {
                if (!o.person().equals(person) || o.office().organization() == null) continue;
                java.util.Set<String> shared = words(o.office().organization());
                shared.retainAll(distinctive);
                score = Math.max(score, shared.size());
            }
            if (score > bestScore) { best = m; bestScore = score; tie = false; }
            else if (score == bestScore && score > 0) tie = true;
        }
        if (best != null && !tie) return best;
        if (RESPECTIVELY.matcher(evidence.quote()).find()) {
            long before = r.speeches.stream().filter(sp -> sp.evidence().equals(evidence) && group.contains(sp.meeting())).count();
            if (before < group.size()) return group.get((int) before);
        }
        return meeting;
    }

    private static java.util.Set<String> words(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        StringBuilder initials = new StringBuilder();
        for (String w : name.replace('’', '\'').split("[^\\p{L}'-]+")) {
            if (w.isEmpty()) continue;
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (Character.isUpperCase(w.charAt(0))) initials.append(Character.toLowerCase(w.charAt(0)));
            else if (!GENERIC.contains(lower)) initials.setLength(0);
            if (!GENERIC.contains(lower)) out.add(lower);
        }
        // "the KPISF" is the Korean People's Internal Security Forces: a body's initials stand for it.
        if (initials.length() >= 3) out.add(initials.toString());
        return out;
    }

    /** "the election of delegates to the 9th Congress": a meeting the sentence is about, not one it reports. */
    private static boolean topicOfAct(String text, MeetingNames.Found f) {
        return f.start() > 0 && TOPIC_OF_ACT.matcher(text).region(0, Math.min(text.length(), f.start())).find();
    }

    /** "... took place on Aug." then "27 ...": the sentence detector split a date at its abbreviation. */
    private static final Pattern MONTH_AT_END = Pattern.compile("\\bon\\s+(" + org.dais.ingest.Months.PATTERN + ")\\s*$");
    private static final Pattern DAY_AT_START = Pattern.compile("^\\s*(\\d{1,2})\\b");

    /** Completes the dates of the meetings reported in the previous sentence, cut after "on Aug.", from this one's "27". */
    private void completeSplitDate(ArticleReading r, String text) {
        ArticleReading.SplitDate pending = r.splitDate;
        r.splitDate = null;
        if (pending == null) return;
        Matcher day = DAY_AT_START.matcher(text);
        if (!day.find()) return;
        DateExpressions.Reading date = DateExpressions.find("on " + pending.month() + " " + day.group(1), r.metadata.published(), r.yearOnly);
        if (date == null) return;
        for (int i = pending.from(); i < r.meetings.size(); i++) {
            MeetingMention m = r.meetings.get(i);
            if (!m.reported() || m.start() != null || m.dayDate() != null) continue;
            r.meetings.set(i, new MeetingMention(m.name(), date.start(), date.end(), pending.month() + " " + day.group(1),
                    m.day(), null, true, m.headline(), m.evidence()));
        }
    }

    /** The blanks a dateline left before the sentence's first word (none in a sentence without one). */
    private static int leadingBlank(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i;
    }

    void read(ArticleReading r, Sentence s, String text, List<MeetingNames.Found> found, Evidence evidence, Triggers.Words words) {
        completeSplitDate(r, text);
        boolean headline = ArticleReading.isHeadline(text);
        if (!headline) recalled(r, text, evidence);
        found.removeIf(f -> !MeetingNames.readsAsAName(f.name().canonical()));
        int firstMention = r.meetings.size();
        // Positions are counted from the sentence's first word: a long dateline blanked before it ("April 10, Juche 101 (2012) (KCNA) --") moves none.
        int lead = leadingBlank(text);
        boolean held = HELD_WORDS.admits(words) && (HELD.matcher(text).find() || PARTICIPLE_LEAD.matcher(text).lookingAt());
        int together = 1;
        if (!headline && held && (found.isEmpty() || found.get(0).start() - lead >= 45)) {
            List<MeetingNames.Found> reported = new java.util.ArrayList<>(MeetingNames.findAllReported(text));
            reported.removeIf(f -> !MeetingNames.readsAsAName(f.name().canonical()));
            if ((reported.isEmpty() || (reported.size() == 1 && reported.get(0).name().canonical().contains("\""))) && text.contains(" the ")) {
                // "A seminar was held under the theme '...'": named by the headline rather than by its slogan.
                MeetingNames.Found byHeadline = MeetingNames.namedByHeadline(text, r.metadata.headline());
                if (byHeadline != null) { reported.clear(); reported.add(byHeadline); }
            }
            reported = namedBySubject(r, reported);
            found.addAll(0, reported);
            together = Math.max(1, reported.size());
        }
        if (r.articleKey != null) found.replaceAll(f -> ofThisArticle(f, r.articleKey));
        // A press review's item sums up an article that reports the meeting: a name that is one article's only
        // ("Meeting to Convey Gifts") would be an undated copy of it that no other article can ever be merged with.
        if (r.digest && r.articleKey != null) found.removeIf(f -> f.name().key().endsWith(" in-" + r.articleKey));
        if (together > 1) {
            // "The A, B and C Conferences took place": the article reports all of them; each speaker's is told apart later.
            r.reportedTogether = found.subList(0, together).stream().map(MeetingNames.Found::name).toList();
        }
        Matcher nth = NTH_DAY.matcher(text);
        Integer day = text.contains("-day") && nth.find() ? MeetingNames.ordinalValue(nth.group(1)) : null;
        DateExpressions.Reading date = held && !headline ? DateExpressions.find(text, r.metadata.published(), r.yearOnly) : null;
        // "On May 3, he visited X. He then convened a meeting": the day the sentence goes on from.
        if (date == null && held && !headline && r.previousText != null && THEN.matcher(text).lookingAt()) {
            date = DateExpressions.find(r.previousText, r.metadata.published(), r.yearOnly);
        }
        // "Meetings of X took place on May 3. A meeting of Y was held at P and a meeting of Z at Q.": the meetings summed up, named one by one, on its day.
        if (date == null && held && !headline && together > 1 && r.previousText != null && SEVERAL_REPORTED.matcher(r.previousText).lookingAt()) {
            date = DateExpressions.find(r.previousText, r.metadata.published(), r.yearOnly);
        }
        // "On May 3, a march was held (no meeting of a name). Speakers there ... On the same day, there took place the 5th rally":
        // the day last printed, a few sentences back; else (below) the day of the last meeting reported with one.
        if (date == null && held && !headline && SAME_DAY.matcher(text).find()) {
            if (r.previousText != null) date = DateExpressions.find(r.previousText, r.metadata.published(), r.yearOnly);
            for (java.util.Iterator<String> back = r.earlierTexts.iterator(); date == null && back.hasNext(); ) {
                date = DateExpressions.find(back.next(), r.metadata.published(), r.yearOnly);
            }
        }
        // "A meeting of X was held on the same day": the day of the meeting the article reported last, with a day.
        if (date == null && held && !headline && SAME_DAY.matcher(text).find()) {
            for (int i = r.meetings.size(); i-- > 0 && date == null; ) {
                MeetingMention earlier = r.meetings.get(i);
                if (earlier.reported() && !earlier.headline() && earlier.start() != null) {
                    date = new DateExpressions.Reading(earlier.start(), null, SAME_DAY.matcher(text).results().findFirst().orElseThrow().group());
                }
            }
        }
        // "X closed on May 4": that day ends the meeting; it starts it only when the sentence names its opening too.
        LocalDate closedOn = null;
        if (date != null && date.end() == null && (text.contains("closed") || text.contains("concluded") || text.contains("ended") || text.contains("wound"))) {
            Matcher close = CLOSING.matcher(text);
            if (close.find()) {
                DateExpressions.Reading after = DateExpressions.find(text.substring(close.end()), r.metadata.published(), r.yearOnly);
                Matcher open = OPENING.matcher(text).region(0, close.start());
                DateExpressions.Reading opened = open.find() ? DateExpressions.find(text.substring(open.end(), close.start()), r.metadata.published(), r.yearOnly) : null;
                if (after != null) {
                    closedOn = after.start();
                    date = opened != null && opened.start().isBefore(closedOn) ? new DateExpressions.Reading(opened.start(), closedOn, date.wording()) : null;
                    // "closed on December 31 after a five-day session": it opened four days before.
                    Integer days = date == null ? lastedDays(text.substring(close.end())) : null;
                    if (days != null && days > 1) date = new DateExpressions.Reading(closedOn.minusDays(days - 1), closedOn, after.wording());
                    if (date == null) date = new DateExpressions.Reading(null, closedOn, after.wording());
                }
            }
        }
        if (r.previousText != null) {
            if (r.earlierTexts.size() == 3) r.earlierTexts.removeLast();
            r.earlierTexts.addFirst(r.previousText);
        }
        r.previousText = text;
        boolean continued = (text.contains("ontinued") || text.contains("ent on") || text.contains("ONTINUED"))
                && CONTINUED.matcher(text).find();
        // "... attended the A Forum and the B Forum held in P from May 2 to 4": the participle dates the meetings it follows.
        DateExpressions.Reading[] heldAfter = new DateExpressions.Reading[found.size()];
        if (!headline && (text.contains("held") || text.contains("convened"))) {
            for (int i = found.size(); i-- > 0; ) {
                MeetingNames.Found f = found.get(i);
                if (f.end() > text.length()) continue;
                if (HELD_AFTER.matcher(text).region(f.end(), text.length()).lookingAt()) {
                    // Only the participle's own clause: "..., and on Monday he visited X" dates the visit, not the forum.
                    String clause = text.substring(f.end());
                    Matcher clauseEnd = CLAUSE_END.matcher(clause);
                    if (clauseEnd.find()) clause = clause.substring(0, clauseEnd.start());
                    heldAfter[i] = DateExpressions.find(clause, r.metadata.published(), r.yearOnly);
                } else if (i + 1 < found.size() && heldAfter[i + 1] != null && f.end() <= found.get(i + 1).start()
                        && AND_THE.matcher(text).region(f.end(), found.get(i + 1).start()).matches()) {
                    heldAfter[i] = heldAfter[i + 1];
                }
            }
        }
        if (headline && day != null && r.headlineDay == null) {
            r.headlineDay = day;
            r.headlineDayKind = found.isEmpty() ? null : found.get(0).name().kind();
        }
        boolean dayFromHeadline = false;
        for (int i = 0; i < found.size(); i++) {
            MeetingNames.Found f = found.get(i);
            boolean conjunct = i == 0 && held && f.start() - lead >= 45 && f.end() <= text.length()
                    && CONJUNCT_SUBJECT.matcher(text).region(lead, f.start()).matches()
                    && VERB_AFTER_NAME.matcher(text).region(f.end(), text.length()).lookingAt();
            boolean subject = i < together && !topicOfAct(text, f) && (f.start() - lead < 45 || i > 0 || THERE.matcher(text).lookingAt() || headline
                    || (day != null && nth.start() - lead < 45) || conjunct
                    || (i == 0 && held && f.start() - lead >= 45 && f.start() <= text.length() && LEAD_IN_SUBJECT.matcher(text).region(lead, f.start()).matches()));
            boolean reported = subject && (held || headline);
            if (reported && r.context == null || (reported && !headline && i == 0)) r.context = f.name();
            if (headline && r.context == null) r.context = f.name();
            if (day != null && i == 0) r.dayOf.put(f.name().key(), day);
            // "Third-day Session of Plenary Meeting Held" over "The 14th Plenary Meeting of X was held on Monday": the day only
            // the headline gives is the day of the meeting of its kind the body reports first.
            if (day == null && reported && !headline && i == 0 && r.headlineDay != null
                    && (r.headlineDayKind == null || r.headlineDayKind.equals(f.name().kind())) && !r.dayOf.containsKey(f.name().key())) {
                r.dayOf.put(f.name().key(), r.headlineDay);
                r.headlineDay = null;
                dayFromHeadline = true;
            }
            Integer dayHere = continued || day != null || dayFromHeadline ? r.dayOf.get(f.name().key()) : null;
            dayFromHeadline = false;
            LocalDate start = null, end = null, dayDate = null;
            String wording = null;
            if (reported && date != null) {
                wording = date.wording();
                if (dayHere != null && dayHere > 1) {
                    dayDate = date.start();
                } else if (continued) {
                    dayDate = date.start();
                } else {
                    start = date.start();
                    end = date.end();
                }
            }
            if (!reported && heldAfter[i] != null && heldAfter[i].start() != null) {
                start = heldAfter[i].start();
                end = heldAfter[i].end();
                wording = heldAfter[i].wording();
                if (r.context == null) r.context = f.name();
            }
            r.meetings.add(new MeetingMention(f.name(), start, end, wording, dayHere, dayDate, reported, headline, evidence));
        }
        // "At the 3rd Session of the X County People's Assembly, A made a report": the sentence's acts are at
        // that meeting, and the one spoken of next, when it is one of the kind reported ("Sessions ... were held").
        if (!headline && !found.isEmpty() && AT_MEETING.matcher(text).region(0, found.get(0).start()).matches()
                && !topicOfAct(text, found.get(0))
                // Only beside a reported meeting of its kind: in an essay, "At the Fourth Conference, he clarified ..." is history.
                && r.context != null && r.context.kind() != null && r.context.kind().equals(found.get(0).name().kind())) {
            r.context = found.get(0).name();
        }
        // "made a speech on electing X as delegate to the 9th Congress": a meeting an act is about,
        // not where it happened; it stays a meeting the article mentions, but acts go to the reported one.
        found.removeIf(f -> r.context != null && f.name() != r.context && topicOfAct(text, f));
        // The flags first: the scans for a month at the end and an anaphor run only where their finding is used.
        Matcher cut = held && !headline && r.meetings.size() > firstMention ? MONTH_AT_END.matcher(text.strip()) : null;
        if (cut != null && cut.find()) r.splitDate = new ArticleReading.SplitDate(cut.group(1), firstMention);
        if (found.isEmpty() && r.context != null) {
            // "The course went on ...", "The conference opened on ..." speak of the reported meeting.
            Matcher a = ANAPHORA.matcher(text);
            if (held && date != null && a.find() && a.start() - lead < 40) {
                Integer dayHere = day != null ? day : continued ? r.dayOf.get(r.context.key()) : null;
                boolean dayReport = continued || (dayHere != null && dayHere > 1);
                r.meetings.add(new MeetingMention(r.context, dayReport ? null : date.start(), dayReport ? null : date.end(),
                        date.wording(), dayHere, dayReport ? date.start() : null, true, false, evidence));
            }
        }
    }
}
