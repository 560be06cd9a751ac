package org.dais.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Finds non-Korean persons from the context state media always print them in, never from a list
 * of names: a nationality or a foreign office before the name ("Russian Defence Minister A B",
 * "Chinese Premier A B", "President of the Russian Federation A B", "Vice-Minister of Defence A B"
 * in a sentence about a foreign country) or a foreign office after it ("A B, secretary of the
 * Security Council of the Russian Federation", "A B, Vietnamese ambassador to the DPRK").
 * The name is two to four capitalised words that are neither office nor body words; names of
 * Korean shape are left to {@link KoreanNameFinder}.
 */
public final class ForeignNameFinder implements TokenNameFinder {
    public static final String TYPE = "person";

    // The word lists are regrouped by initial (Alternations.byInitial: same matches), so a capital is tried against its letter's words only.
    /** Nationality adjectives (generic knowledge: the countries DPRK media report on). */
    public static final String NATIONALITY = Alternations.byInitial("(?:Russian|Chinese|Vietnamese|Lao|Laotian|Cuban|Belarusian|Belarussian|Mongolian|Iranian|Syrian|"
            + "Indonesian|Cambodian|Nicaraguan|Venezuelan|Palestinian|Egyptian|Indian|Pakistani|Japanese|American|Thai|Malaysian|"
            + "Singaporean|Kazakh|Kazakhstani|Uzbek|Ukrainian|Polish|Czech|Serbian|Bulgarian|Hungarian|Romanian|German|French|British|"
            + "Italian|Spanish|Swedish|Swiss|Nigerian|Ethiopian|Tanzanian|Ugandan|Zimbabwean|Angolan|Mozambican|Algerian|Libyan|"
            + "Eritrean|Bangladeshi|Nepalese|Nepali|Burmese|Filipino|Brazilian|Mexican|Peruvian|Bolivian|Chilean|Argentine|Kyrgyz|"
            + "Tajik|Turkmen|Azerbaijani|Armenian|Georgian|Turkish|Iraqi|Kuwaiti|Emirati|Qatari|Saudi|Yemeni|Omani|Jordanian|"
            + "Lebanese|Sudanese|Guinean|Malian|Senegalese|Ghanaian|Congolese|Kenyan|Equatorial Guinean|South African|Dominican|Austrian|"
            + "Finnish|Norwegian|Danish|Dutch|Belgian|Greek|Portuguese|Irish|Australian|Canadian|Korean-American)");
    /** Countries by name, and the "Republic of X" forms. */
    public static final String COUNTRY = Alternations.byInitial("(?:Russian Federation|Russia|People's Republic of China|China|Viet Nam|Vietnam|Laos|Lao People's Democratic Republic|"
            + "Cuba|Belarus|Mongolia|Iran|Syria|Indonesia|Cambodia|Nicaragua|Venezuela|Palestine|Egypt|India|Pakistan|Japan|"
            + "United States|U\\.S\\.|Thailand|Malaysia|Singapore|Kazakhstan|Uzbekistan|Ukraine|Poland|Serbia|Bulgaria|Hungary|"
            + "Romania|Germany|France|Britain|United Kingdom|Italy|Spain|Sweden|Switzerland|Nigeria|Ethiopia|Tanzania|Uganda|"
            + "Zimbabwe|Angola|Mozambique|Algeria|Libya|Eritrea|Bangladesh|Nepal|Myanmar|Philippines|Brazil|Mexico|Peru|Bolivia|"
            + "Chile|Argentina|Kyrgyzstan|Tajikistan|Turkmenistan|Azerbaijan|Armenia|Georgia|Turkey|Iraq|Kuwait|Qatar|Yemen|Oman|"
            + "Jordan|Lebanon|Sudan|Guinea|Mali|Senegal|Ghana|Congo|Kenya|South Africa|Austria|Finland|Norway|Denmark|Netherlands|"
            + "Belgium|Greece|Portugal|Ireland|Australia|Canada|Czech Republic|Slovak Republic|Slovakia|Dominican Republic|Croatia|Slovenia|"
            + "Albania|Cyprus|Estonia|Latvia|Lithuania|Moldova|Montenegro|Tunisia|Morocco|Namibia|Mauritania|Zambia|Botswana|Madagascar|"
            + "Cameroon|Gabon|Rwanda|Burundi|Afghanistan|Sri Lanka|New Zealand|Colombia|Ecuador|Uruguay|Paraguay|Honduras|Guatemala|"
            + "Panama|Costa Rica|Jamaica|Luxembourg|Liechtenstein|Monaco|Andorra|Brunei|Bhutan|Bahrain|Saudi Arabia|United Arab Emirates|"
            // The monarchies not named above (their heads are received or sent messages as presidents are).
            + "Tonga|Eswatini|Swaziland|Lesotho|(?:Republic|Kingdom|Federation|State|Sultanate|Emirates) of [A-Z][a-z]+)");
    /**
     * Office words that stand before or after a foreign person's name. OFFICE_BEFORE's lookahead lists
     * their initials (a scan fails elsewhere on one character test): keep it in step with a new office word.
     */
    static final String OFFICE = "(?:[Ss]ecretary-[Gg]eneral|[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|[Dd]efen[cs]e [Mm]inister|"
            + "(?:[Ff]irst |[Dd]eputy )?[Vv]ice-(?:[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hairman)|[Pp]resident|[Pp]remier|[Mm]inister|"
            + "[Aa]mbassador|[Ss]ecretary|[Cc]hairm[ae]n|[Cc]hairwoman|[Cc]hairperson|[Ss]peaker|[Gg]overnor|[Dd]irector|[Cc]ommander|"
            + "[Cc]hief|[Ee]nvoy|[Hh]ead|[Ll]eader|[Dd]eputy|[Mm]ayor|[Cc]hancellor|[Ss]enator|[Cc]hargé d'affaires|[Cc]onsul|"
            + "[Cc]ounsellor|[Aa]ttaché|[Kk]ing|[Qq]ueen|[Ee]mir|[Aa]mir|[Ss]ultan|[Gg]rand [Dd]uke|[Gg]rand [Dd]uchess|[Pp]rince|[Pp]atriarch|[Gg]eneral [Mm]anager|[Mm]anaging [Dd]irector|[Gg]eneral|[Aa]dmiral|[Cc]olonel|[Mm]arshal)";
    /** Capitalised words that are never part of a person's name here: offices, bodies, places, calendar words. */
    private static final String NOT_NAME = Alternations.byInitial("(?:The|Of|And|In|On|At|To|For|With|By|From|A|An|His|Her|Their|He|She|It|This|That|"
            + "Federation|Republic|Kingdom|State|States|People|People's|Party|Committee|Council|Ministry|Assembly|Government|Army|Navy|"
            + "Air|Force|Forces|Defence|Defense|Foreign|Affairs|Security|Central|National|Supreme|Democratic|Socialist|Communist|"
            + "Workers|Workers'|Union|Embassy|Delegation|Military|Political|Bureau|Department|Commission|General|Secretary|President|"
            + "Premier|Minister|Ambassador|Chairman|Vice|Deputy|Director|Commander|Chief|Head|Leader|Comrade|King|Queen|Emir|Amir|Sultan|Duke|Duchess|Mr|Mrs|Ms|Dr|Excellency|"
            + "His|United|Nations|Korea|Korean|DPRK|KCNA|Pyongyang|Day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
            + "January|February|March|April|May|June|July|August|September|October|November|December|Juche|Chinese|Russian|"
            + "Parliament|Duma|Senate|Congress|Cabinet|Office|Administration|Agency|Service|Staff|Guard|Guards|Border|Federal|"
            + "Society|Friendship|Association|Institute|Foundation|Club|Group|Front|Movement|Organization|Organisation|Co|Ltd|Inc|Corp|Company|"
            // A company's words: "general manager of the X Power Science and Technology Co." holds no name after "of the X".
            + "Trading|Trade|Economic|Power|Science|Sciences|Technology|Industrial|Industry|Construction|Development|Investment|Corporation)");
    /**
     * A name word, capitalised, perhaps hyphenated ("Jean-Pierre"), perhaps behind an Arabic particle
     * ("al-Khalifa"); neither half an office, body or country word ("Society Norway-Korea" is no person).
     * The lookahead first: a position that cannot start a name fails at once, before the long lists.
     */
    private static final String WORD = "(?=\\p{Lu}|(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|bint|abu|ul|ud)-)(?!" + NOT_NAME + "(?![\\p{L}'’-]))(?:(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|bint|abu|ul|ud)-)?"
            + "\\p{Lu}\\p{Ll}+(?:-(?!" + NOT_NAME + "(?![\\p{L}'’-]))(?!" + COUNTRY + "(?![\\p{L}'’-]))\\p{Lu}?\\p{Ll}+)?";
    /** Lower-case particles inside a name ("Jean van der Berg", "Luis de la Cruz", "Khalid bin Rashid"): never its first or last word. */
    private static final String PARTICLE = "(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|bin|ibn|bint|abu|al|el|ter|ten)";
    /** One or two initials, apart or in one token ("V. Orlov", "A. B. Orlov", "A.B. Orlov"). */
    private static final String INITIALS = "(?:\\p{Lu}\\.\\p{Lu}\\. |(?:\\p{Lu} ?\\. ){1,2})";
    /** Initials may open a name; particles stand between its words. */
    private static final String NAME = "(" + INITIALS + "?" + WORD + "(?: (?:" + PARTICLE + " ){0,2}" + WORD + "){1,3}|" + INITIALS + WORD + ")(?= |$)";

    /** Capitalised words that open a sentence or a clause, never a name: "Also A B, minister of X, ..." names A B. */
    private static final String NOT_FIRST = "(?!(?:Also|Present|Meanwhile|Then|There|Later|Earlier|Among|Here|However|Recently|Now|Today|Yesterday|"
            + "Last|Next|Speaking|Attending|Accompanying|Welcoming|Greeting|Receiving|Participating|Taking|Dear|Respected|Madam|Sir|Honorable|Honourable)(?![\\p{L}'’-]))";
    /** "Russian Defence Minister A B", "Chinese Premier A B", "Lao President A B". */
    private static final Pattern NATIONALITY_BEFORE = Pattern.compile(
            "(?=\\p{Lu})(?<![\\p{L}])" + NATIONALITY + "(?: [A-Z][\\p{L}'-]*| [a-z-]+){0,4}? " + OFFICE + " " + NAME);
    /** "President of the Russian Federation A B", "Vice-Minister of Defence A B", "President A B": only where a foreign country is named. */
    private static final Pattern OFFICE_BEFORE = Pattern.compile(
            "(?=[SsPpFfDdVvMmAaCcGgHhLlEeKkQq])(?<![\\p{L}])" + OFFICE + "(?: (?:of|for) (?:the )?(?:[A-Z][\\p{L}'-]* ){1,5}?| )" + NAME
            // "secretary of X's Baath Arab Socialist Party": a capitalised word after the name goes on a body's name, not a person's.
            + "(?! \\p{Lu})");
    /** The stops of a company's name ("X Trading Co. Ltd. of China"), which a body between an office and its country may hold. */
    private static final String COMPANY_STOP = "(?<=Co |Ltd |Inc |Corp )\\.";
    /** "A B , secretary of the Security Council of the Russian Federation", "A B , Vietnamese ambassador to the DPRK". */
    // Lookaheads first: a name opens with a capital or a particle (WORD's own first test), and two to four runs of
    // letters and hyphens (NAME's words) and then " ," follow; a position without both starts no match.
    private static final Pattern OFFICE_AFTER = Pattern.compile(
            "(?=\\p{Lu}|[a-z]{2,4}-)(?=[\\p{L}.-]++(?: [\\p{L}.-]++){1,5} ,)" + NOT_FIRST + NAME + " , (?:(?:the |a )?(?:[a-z-]+ ){0,5}?" + OFFICE + "s?(?: (?:[^,.;]|" + COMPANY_STOP + "){0,100}?)? (?:of|to|in) (?:the )?" + COUNTRY
            + "|(?:the )?" + NATIONALITY + " (?:[a-z-]+ ){0,4}?" + OFFICE
            // "A B , president of the United Russia Party": a party's office, in a sentence that names a foreign country.
            + "|(?:the )?(?:[a-z-]+ ){0,2}?" + OFFICE + " of the (?:C\\.C\\. , )?(?:[A-Z][\\p{L}'’-]* ){1,6}?(?:Party|Front)(?![\\p{L}]))");
    /**
     * "a delegation of the Republic of X led by A B arrived", "... headed by A B ,": the head of a foreign delegation
     * named without a title, in a sentence that names a foreign country (the gate below); the name ends the phrase.
     */
    private static final Pattern LED_BY = Pattern.compile(
            "(?<![\\p{L}])(?:led|headed) by " + NAME + "(?= (?:,|\\.|;|arrived|left|returned|paid|visited|came|and|on|to|for|at|in)(?: |$)|$)");
    /** A head of government or state, or a minister, by the office after the name: only such offices of a state. */
    private static final String STATE_OFFICE = "(?:(?:[Ff]irst|[Dd]eputy|[Vv]ice|[Ee]xecutive)[- ])*(?:[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|[Mm]inister|"
            + "[Pp]resident|[Cc]hancellor|[Ss]ecretary-[Gg]eneral)";
    /**
     * "A B , minister of Foreign Affairs of Y", "A B , prime minister of Y": a state's office after the name says a person is
     * named, where no country the lexicon knows is printed (Y unknown to it, or named in another sentence).
     */
    private static final Pattern STATE_OFFICE_AFTER = Pattern.compile(
            "(?=\\p{Lu}|[a-z]{2,4}-)(?=[\\p{L}.-]++(?: [\\p{L}.-]++){1,5} ,)" + NOT_FIRST + NAME + " , (?:the )?" + STATE_OFFICE + " (?:of|for) (?:the )?(?=\\p{Lu})");
    /** "Prime Minister A B", "President A B": a head printed before a name of no Korean shape, country or not. */
    private static final Pattern HEAD_BEFORE = Pattern.compile(
            "(?=[PpFfC])(?<![\\p{L}])(?:[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|President|Chancellor) " + NAME + "(?! \\p{Lu})");
    /**
     * "U.S. President Biden", "Secretary-General Guterres", "Mr. Okafor": a head's title or a courtesy title and one
     * capitalised word, where the wire names a foreigner by surname alone. Only these titles: an office word before a single
     * word is otherwise a body's ("Chairman Mao" aside, "General Staff", "President Generation"). The word must end the
     * name (no capital follows) and be none that {@link #isSurnameAlone} refuses.
     */
    private static final Pattern SURNAME_AFTER_TITLE = Pattern.compile(
            "(?=[PCSFDM])(?<![\\p{L}-])(?:President|Prime Minister|Premier|Chancellor|Secretary-General|Foreign Minister|Defen[cs]e Minister"
            + "|Mrs?(?: ?\\.)?|Ms(?: ?\\.)?|Madame|Madam) (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?=(?:['’]s)?(?: [^\\p{Lu}\\s-]|$))");
    private static final Pattern NOT_NAME_WORD = Pattern.compile(NOT_NAME);
    static final Pattern FOREIGN = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}])(?:" + NATIONALITY + "|" + COUNTRY + ")(?![\\p{L}])");
    /**
     * A cheap gate, tried once per sentence: each pattern above needs a nationality or a country
     * after a non-letter, so a sentence without one cannot match any of them. Without the gate the
     * three patterns were tried at every character of every sentence, a third of extraction time
     * on real text (long lists of Korean names, none of them foreign).
     */
    // Every nationality and country is capitalised: "(?=\\p{Lu})" skips the other positions before the alternatives.
    static final Pattern MAY_NAME_FOREIGNER = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}])(?:" + NATIONALITY + "|" + COUNTRY + ")");

    private static final Pattern COUNTRY_WORD = Pattern.compile("(?:" + COUNTRY + ")");
    private static final Pattern FOREIGN_WORD = Pattern.compile("(?:" + NATIONALITY + "|" + COUNTRY + ")");
    private static final Pattern FOREIGN_WHOLE_WORD = Pattern.compile("(?:" + NATIONALITY + "|" + COUNTRY + ")(?![\\p{L}])");
    static final int NONE = 0, INSIDE_A_WORD = 1, WHOLE_WORD = 2;

    /**
     * {@link #MAY_NAME_FOREIGNER} and {@link #FOREIGN} in one pass: NONE when the first finds nothing,
     * WHOLE_WORD when the second finds something, else INSIDE_A_WORD. Both match only at a capital
     * after no letter, so the words are tried there alone ({@code lookingAt} from that position)
     * instead of the patterns' lookarounds at every character.
     */
    static int foreignMentions(String text) {
        Matcher word = FOREIGN_WORD.matcher(text), whole = FOREIGN_WHOLE_WORD.matcher(text);
        int found = NONE;
        for (int i = 0, n = text.length(); i < n; ) {
            int c = text.codePointAt(i);
            if (Character.getType(c) == Character.UPPERCASE_LETTER && (i == 0 || !Character.isLetter(text.codePointBefore(i)))
                    && word.region(i, n).lookingAt()) {
                if (whole.region(i, n).lookingAt()) return WHOLE_WORD;
                found = INSIDE_A_WORD;
            }
            i += Character.charCount(c);
        }
        return found;
    }

    @Override
    public Span[] find(String[] tokens) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) joined.append(' ');
            starts[i] = joined.length();
            joined.append(tokens[i]);
        }
        String text = joined.toString();
        int mentions = foreignMentions(text);
        // The state offices that name a person with no country printed: their words first (a plain scan), else nothing to try.
        boolean stateOffice = text.contains("inister") || text.contains("resident") || text.contains("hancellor") || text.contains("ecretary-");
        boolean courtesy = text.contains("Mr") || text.contains("Ms") || text.contains("Madam");
        if (mentions == NONE && !stateOffice && !courtesy) return new Span[0];
        List<Span> spans = new ArrayList<>();
        if (mentions != NONE) {
            collect(NATIONALITY_BEFORE.matcher(text), starts, tokens, spans);
            if (mentions == WHOLE_WORD) collect(OFFICE_BEFORE.matcher(text), starts, tokens, spans);
            if (mentions == WHOLE_WORD && text.contains(" by ")) collect(LED_BY.matcher(text), starts, tokens, spans);
            // The office after a name follows its comma (" , " between tokens): no comma, no match.
            if (text.contains(" , ")) collect(OFFICE_AFTER.matcher(text), starts, tokens, spans);
        }
        // Last, so that a span the country's patterns read stands (only names they did not find are added).
        if (stateOffice) {
            if (text.contains(" , ")) collect(STATE_OFFICE_AFTER.matcher(text), starts, tokens, spans);
            collect(HEAD_BEFORE.matcher(text), starts, tokens, spans);
        }
        // Last of all: a surname alone is read only where no longer name was.
        if (stateOffice || courtesy) surnamesAlone(text, starts, tokens, spans);
        spans.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        return Spans.toArray(spans);
    }

    private static void collect(Matcher m, int[] starts, String[] tokens, List<Span> spans) {
        int from = 0;
        while (from < m.regionEnd() && m.find(from)) {
            int first = tokenAt(starts, m.start(1)), last = tokenAt(starts, m.end(1) - 1);
            from = m.start(1) + 1;
            if (first < 0 || last < 0 || starts[first] != m.start(1)) continue;
            if (koreanShaped(tokens, first, last + 1)) continue;
            // "Pak Chol Su": a match after a Korean surname is the rest of a Korean name, not a foreigner's.
            if (first > 0 && koreanShaped(tokens, first - 1, last + 1)) continue;
            // "the sultan of Brunei Darussalam, the emir of X": a country after "of" or "the" is the office's, no name.
            if (first > 0 && (tokens[first - 1].equals("of") || tokens[first - 1].equals("the"))
                    && COUNTRY_WORD.matcher(tokens[first]).matches()) continue;
            Span span = new Span(first, last + 1, TYPE);
            if (!Spans.intersectsAny(spans, span)) spans.add(span);
        }
    }

    /** {@link #SURNAME_AFTER_TITLE}'s single words that are surnames: one token each. */
    private static void surnamesAlone(String text, int[] starts, String[] tokens, List<Span> spans) {
        Matcher m = SURNAME_AFTER_TITLE.matcher(text);
        while (m.find()) {
            int at = tokenAt(starts, m.start(1));
            if (at < 0 || starts[at] != m.start(1) || !isSurnameAlone(KoreanNameFinder.withoutPossessive(tokens[at]))) continue;
            Span span = new Span(at, at + 1, TYPE);
            if (!Spans.intersectsAny(spans, span)) spans.add(span);
        }
    }

    /**
     * A word that can stand alone for a foreigner's surname: no Korean surname (a Korean is named in full, and "Premier Pak"
     * is not for this finder to read), no office, body, calendar or country word, and no common English word unless the word
     * list spells it capitalised as a name too ("Generation" is refused, "Smith" is not).
     */
    static boolean isSurnameAlone(String word) {
        if (word.length() < 2 || KoreanNameFinder.isSurname(word) || NOT_NAME_WORD.matcher(word).matches()
                || FOREIGN_WHOLE_WORD.matcher(word).matches()) return false;
        return !GluedWordRepair.isListedWord(word.toLowerCase(Locale.ROOT)) || GluedWordRepair.isListedWord(word);
    }

    private static int tokenAt(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** A Korean surname and romanized syllables: {@link KoreanNameFinder}'s to find, not this finder's. */
    private static boolean koreanShaped(String[] tokens, int start, int end) {
        if (!KoreanNameFinder.isSurname(tokens[start])) return false;
        for (int i = start + 1; i < end; i++) {
            for (String part : tokens[i].split("-")) if (!KoreanNameFinder.isSyllable(part.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    @Override
    public void clearAdaptiveData() {
        // Pattern finder: nothing is learned across documents.
    }
}
