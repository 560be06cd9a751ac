package org.dais.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dais.nlp.RegexSpace;

/**
 * Organizations named in running text without an office attached ("the Standing Committee of
 * the SPA issued a notice", "wreaths in the names of ..."): a capitalised name ending in a word
 * that names a body, optionally followed by "of the X".
 */
public final class OrganizationMentions {
    // Compiled once: these run for every sentence of every document.
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    /** The word before "Party" read as a month, a possessive, an "-oriented"/"-ist" adjective: compiled once, not per call of String.matches. */
    private static final Pattern MONTH = Pattern.compile("(?:" + org.dais.ingest.Months.PATTERN + ")"),
            POSSESSIVE_OR_APOSTROPHE_END = Pattern.compile("['’]s?$"), ORIENTED_OR_IST = Pattern.compile("(?i).*(?:oriented|ist)$");
    private static final java.util.regex.Pattern FINAL_STOP = java.util.regex.Pattern.compile("(?<!C\\.C)\\.$");
    private static final java.util.regex.Pattern LEADING_ORDINAL = java.util.regex.Pattern.compile("(?i)^(?:" + MeetingNames.ORDINAL + ")\\s+");
    /** Bodies elected for a term, whose ordinal numbers the term: "the Eighth Central Committee", "the Ninth Supreme People's Assembly". */
    private static final java.util.regex.Pattern TERM_BODY = java.util.regex.Pattern.compile(
            "^(?:[A-Z][\\w'’-]*\\s+)*?(?:Central Committee|People's Assembly|Central Military Commission|Central Inspection Commission|"
            + "Central Auditing Commission|Standing Committee|WPK|SPA|Workers' Party)\\b");
    static final java.util.regex.Pattern DANGLING_CONNECTOR = java.util.regex.Pattern.compile("\\s+(?:of|and|for|the)$");
    private static final java.util.regex.Pattern PARTY_CC = java.util.regex.Pattern.compile("(?:Party|WPK) Central Committee");

    private OrganizationMentions() {}

    private static final String HEAD = "(?:Committee|Commission|Army|Forces|School|University|Ministry|Bureau|Department|Association|"
            + "Union|League|Cabinet|Assembly|Secretariat|General Staff|Force|Guards|Sinmun|Complex|Factory|Mine|Farm|Museum|Institute|Academy|Company|Station|"
            + "Presidium|Federation|Agency|Council|"
            // Institutions and enterprises by their kind word ("the X Locomotive Depot", "the Y Textile Mill").
            + "Depot|Mill|Works|Plant|Combine|Shipyard|Hospital|Troupe|Ensemble|Studio|Library|Restaurant|Theatre|College|Nursery|"
            // Parties and fronts, foreign ones above all ("the Socialist Party of X", "the Popular Front for the Liberation of Y").
            + "Party|Front)";
    /** The head words of {@link #HEAD}, for a substring test before the regular expression. */
    private static final List<String> HEAD_WORDS = List.of(HEAD.substring(3, HEAD.length() - 1).split("\\|"));
    private static final String WORD = "(?:C\\.C\\.,\\s+(?:WPK|Workers['’]\\s+Party\\s+of\\s+Korea)|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)[A-Z][\\w'’.-]*|of|the|for)";
    /**
     * A word before the head: capitalised, or an ordinal inside the name ("Honoured 2nd Signal Company"); a name may open
     * with "X and Y" ("Detection and Electronic Warfare Bureau") where X is no body or sentence word of its own.
     */
    private static final String PRE = "(?:(?<=\\bthe\\s)(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}\\s+(?=[A-Z]))?"
            // "the Kim Chaek Iron and Steel Complex", "the City Power Transmission and Distribution Station": words may come before it.
            + "(?:(?:[A-Z][\\w'’.-]*\\s+){0,4}?(?!(?:Party|State|Government|Army|Cabinet|WPK|DPRK|KPA|He|She|They|It)\\s)[A-Z][a-z]{3,}\\s+and\\s+(?=[A-Z]))?"
            + "(?:(?:[A-Z][\\w'’.-]*|(?<=[A-Z][\\w'’.-]{0,20}\\s)\\d+(?:st|nd|rd|th))\\s+){0,6}?";
    /** "the X Commission and Supreme Commander": a title after "and" is the next office, not the name's end. */
    private static final String NEXT_TITLE = "(?i:(?:supreme|marshal|general)\\b|" + Titles.TITLE + "\\b)";
    /**
     * "Ministry of Land and Sea Protection": one or two more capitalised words after "and" end the name (a
     * person's name of three words, or another body, does not).
     */
    private static final String AND_LAST_WORD = "(?:\\s+and\\s+(?!" + HEAD + "\\b|" + NEXT_TITLE + ")[A-Z][a-z]+(?:\\s+(?!" + HEAD + "\\b)[A-Z][a-z]+)?(?=\\s*[,.;:()]|\\s+[a-z]|\\s*$))?";
    /** "Federation of Korean Traders in Brazil": "in" a country after a plural people noun is part of the name. */
    private static final String IN_COUNTRY = "(?:(?<=[A-Z][a-z]{1,20}(?:s|men)|\\b(?:Association|Federation|Union|League|Society))\\s+in\\s+(?:the\\s+)?" + org.dais.nlp.ForeignNameFinder.COUNTRY + "(?![\\p{L}]))?";
    // A name opens with a capital or a digit: that lookahead first fails the other word boundaries at once; the head
    // words regrouped by initial (Alternations.byInitial) match as the list does.
    private static final Pattern NAME = Pattern.compile(
            "(?=[A-Z0-9])\\b(" + PRE + org.dais.nlp.Alternations.byInitial(HEAD) + "(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?:C\\.C\\.,\\s+(?:WPK|Workers['’]\\s+Party\\s+of\\s+Korea)|[A-Z][\\w'’.-]*)(?:\\s+" + WORD + ")*" + AND_LAST_WORD + ")?"
            + IN_COUNTRY + ")"
            + "(?=\\s*[,.;:()]|\\s+[a-z]|\\s*$|\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)");
    /** Words that make a capitalised phrase something other than a named body. */
    private static final Pattern NOT_A_BODY = Pattern.compile(
            "^(?:The|A|An|This|That|Its|Their|His|Her|Our)\\b|\\b(?:Meeting|Conference|Congress|Session|Course|Plenary)\\b|^[A-Z][a-z]+$");

    private static final Pattern UNIT_OF = Pattern.compile(
            "(.+?(?:Mine|Factory|Shop|Farm|Station|Works|Company|Pit|Workshop)) of the (.+?(?:Complex|Factory|Company|Combine|Works|Enterprise))");

    /** Names of a kind of body, not of one body ("the Central Committee" of which party?). */
    private static final Pattern GENERIC = Pattern.compile(
            "(?:Central|Party|Provincial|City|County|District|Primary) Committee|General Staff|Political Bureau|Presidium|"
            + "Central Committee of the Workers' Party|(?:[A-Z][a-z]+ )?Ministry of [A-Z][a-z]+ Affairs|Chinese .*|.* of the (?!Cabinet$)[A-Z][a-z]+"
            // "the Japanese Army", "British Forces" capitalised: a country's armed forces by its nationality, no named body
            // (a name of its own keeps more words: "Imperial Japanese Army", "Korean People's Army").
            + "|(?:" + org.dais.nlp.ForeignNameFinder.NATIONALITY + ") (?:Army|Navy|Air Force|Armed Forces|Forces|Troops|Military)");
    /** A body named as another's organ ("Party Committee of the Ministry of Culture"): the other is named too. */
    private static final Pattern ORGAN_OF = Pattern.compile(
            "^(?:[A-Z][\\w'’-]* )*?(?:Committee|Bureau|Department|Secretariat|Commission|Presidium|Council) of (?:the )?(.+)$");
    /** Parents named as institutions of their own: a ministry, the Cabinet, a school or an enterprise. */
    private static final Pattern INSTITUTION = Pattern.compile(
            "^(?:Ministry of |Cabinet\\b)|(?:University|Academy|School|College|Institute|Complex|Factory|Works|Mine|Farm|Company)$");
    /** A page cut off after "of the" and a letter ("... Commission of the P"): the name ends before it. */
    static final Pattern CUT_OFF = Pattern.compile("\\s+of\\s+(?:the\\s+)?[A-Z]$");

    /** "the A Bureau, B Bureau and other (major) bureaus of the X": each listed body is one of X's. */
    private static final Pattern SHARED_PARENT = Pattern.compile(
            "\\b((?:[A-Z][\\w'’-]*\\s+(?:and\\s+)?)+" + HEAD + "(?:,\\s+(?:[A-Z][\\w'’-]*\\s+(?:and\\s+)?)+" + HEAD + ")*)"
            + ",?\\s+and\\s+(?:the\\s+)?other\\s+(?:[a-z]+\\s+)?(?:bureaus|departments|committees|commissions|units|organs|services)"
            + "\\s+of\\s+(?:the\\s+)?((?:[A-Z][\\w'’-]*\\s*)+)");
    private static final Pattern LIST_SPLIT = Pattern.compile(",\\s+");
    /** "Committee of X" after a bare ordinal: a numbered unit of X. */
    private static final Pattern UNIT_OF_ANOTHER = Pattern.compile("\\S+ of .*");

    private static final Pattern SENTENCE_THE = Pattern.compile("^The\\s+(?=[A-Z])");
    private static final Pattern OPENING_AND = Pattern.compile("(?:^|(?<= ))([A-Z][a-z]+) and ([A-Z][a-z]+)\\b");

    /**
     * "Iron and Steel Complex" is one name; "College and Ryongbuk University", "Chongryon and Korean University"
     * are a body (or a group) and another name: a name opens with "X and Y" only when both are common words
     * and X is no body of its own.
     */
    private static String joinedOrSeparate(String raw, List<String> names) {
        Matcher m = OPENING_AND.matcher(raw);
        if (!m.find() || raw.lastIndexOf(" of ", m.start()) >= 0) return raw; // "and" after "of" is read by AND_LAST_WORD
        String first = m.group(1).toLowerCase(java.util.Locale.ROOT), second = m.group(2).toLowerCase(java.util.Locale.ROOT);
        boolean common = org.dais.nlp.GluedWordRepair.isListedWord(first) && org.dais.nlp.GluedWordRepair.isListedWord(second);
        boolean body = HEAD_WORDS.stream().anyMatch(h -> h.equalsIgnoreCase(m.group(1)));
        if (common && !body) return raw;
        // "the Pyongyang Medical College and Kim Chaek University": the body before "and" is named too.
        String before = m.start() > 0 ? raw.substring(0, m.end(1)) : "";
        if (before.contains(" ") && (body || Organizations.isTopLevel(before))) {
            String canonical = Organizations.canonical(before);
            if (!GENERIC.matcher(canonical).matches() && !NOT_A_BODY.matcher(before).find()) names.add(canonical);
        }
        return raw.substring(m.start(2));
    }

    private static final Pattern MINISTER_OF = Pattern.compile("(?i)\\bministers?\\s+(?:of|for)\\s+(?:the\\s+)?$");
    static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
    private static final Pattern PARTY_OR_FRONT = Pattern.compile("^(?:(.+) )?(?:Party|Front)(?: (?:of|for) .+)?$");
    private static final Pattern PARTY_OF_IDEAS = Pattern.compile("^(?:Party|Front) of\\b|\\bComrades?\\b");

    /**
     * "the Party of Juche", "the great Party of Comrades X", "Senior Party and government officials", "the Communist Party":
     * the Party as an idea, an office's adjective, or a party of no name; a named party has a name of its own
     * ("the Socialist Party of X", "the Liberal Democratic Party", "the Popular Front for the Liberation of Y").
     */
    private static boolean notANamedParty(String raw) {
        Matcher party = PARTY_OR_FRONT.matcher(raw);
        if (!party.matches() || raw.contains("Committee")) return false;
        if (PARTY_OF_IDEAS.matcher(raw).find()) return true;
        String before = party.group(1);
        // One common English word before it ("Senior", "Regional", "Communist", "Workers'") names a kind, not a party.
        if (before == null) return !raw.startsWith("Party for ") && !raw.startsWith("Front for ");
        // "before the December Party plenary meeting": a month names the meeting, not a party.
        if (MONTH.matcher(before).matches()) return true;
        return !before.contains(" ") && !before.contains("-") && org.dais.nlp.GluedWordRepair.isListedWord(
                POSSESSIVE_OR_APOSTROPHE_END.matcher(before).replaceAll("").toLowerCase(java.util.Locale.ROOT)) && !raw.contains(" of ")
                || !before.contains(" ") && before.contains("-") && ORIENTED_OR_IST.matcher(before).matches();
    }

    /** Where head words of {@link #HEAD} open in the sentence, in order (a regex head word opens only at one of these). */
    private static int[] headStarts(String sentence) {
        int[] starts = new int[8];
        int n = 0;
        for (String head : HEAD_WORDS) {
            for (int i = sentence.indexOf(head); i >= 0; i = sentence.indexOf(head, i + 1)) {
                if (n == starts.length) starts = java.util.Arrays.copyOf(starts, n * 2);
                starts[n++] = i;
            }
        }
        int[] sorted = java.util.Arrays.copyOf(starts, n);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Where a name holding the head word at {@code head} may open, not before {@code pos}: NAME reads before its head
     * only whole words that open with a capital or a digit ("Honoured 2nd Signal Company") or are "and" ("Detection and
     * Electronic Warfare Bureau"), each after whitespace. The walk back takes the word holding the head ("All-Union
     * Party"), then word by word, and stops after the first word that opens otherwise (a name may still open inside it:
     * "pro-Soviet Communist Party"); not at the sentence's start, so the scan is not tried at every capital before it.
     */
    private static int openingBefore(char[] chars, int pos, int head) {
        int opening = head;
        while (opening > pos && nameChar(chars[opening - 1]) && !RegexSpace.is(chars[opening - 1])) opening--;
        while (readable(chars, opening)) {
            int wordEnd = opening;
            while (wordEnd > pos && RegexSpace.is(chars[wordEnd - 1])) wordEnd--;
            if (wordEnd == opening || wordEnd == pos) return opening; // no whitespace before it: nothing more is read before it
            int wordStart = wordEnd;
            while (wordStart > pos && nameChar(chars[wordStart - 1]) && !RegexSpace.is(chars[wordStart - 1])) wordStart--;
            if (wordStart == wordEnd) return opening;
            opening = wordStart;
        }
        return opening;
    }

    /** Whether the word at {@code at} opens with a capital or a digit, or is "and": a word a name may read before its head. */
    private static boolean readable(char[] chars, int at) {
        char first = chars[at];
        if (first >= 'A' && first <= 'Z' || first >= '0' && first <= '9') return true;
        int end = at;
        while (end < chars.length && nameChar(chars[end]) && !RegexSpace.is(chars[end])) end++;
        return end - at == 3 && first == 'a' && chars[at + 1] == 'n' && chars[at + 2] == 'd';
    }

    /** A character {@link #NAME} may read before its head word: ASCII word characters, ' ’ . - and whitespace (what {@code \s} is). */
    private static boolean nameChar(char c) {
        if (c == '’') return true;
        if (c >= 128) return false;
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '\'' || c == '.' || c == '-' || RegexSpace.is(c);
    }

    /** WHITESPACE runs made one space; the text itself where it has no run but single spaces (most names). */
    private static String singleSpaced(String text) {
        char[] chars = text.toCharArray(); // over a copy of the characters, not String.charAt (see find: a profile_predicate deoptimization)
        for (int i = 0, n = chars.length; i < n; i++) {
            char c = chars[i];
            boolean space = c == ' ' && i + 1 < n && chars[i + 1] == ' ';
            if (space || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') return WHITESPACE.matcher(text).replaceAll(" ");
        }
        return text;
    }

    /** Whether text[from, to) holds the lower-case ASCII word, case aside (a cheap test before a case-insensitive pattern). */
    static boolean holdsIgnoringCase(String text, int from, int to, String word) {
        for (int i = from; i + word.length() <= to; i++) if (text.regionMatches(true, i, word, 0, word.length())) return true;
        return false;
    }

    private static boolean holdsAHeadWord(String sentence) {
        for (String head : HEAD_WORDS) if (sentence.contains(head)) return true;
        return false;
    }

    /** Canonical names of the organizations the sentence names. */
    /** A body's head word, after which a Korean-shaped name is the holder's ("Chairman of the X Party Central Committee A B C"). */
    private static final Pattern HEAD_THEN_NAME = Pattern.compile(
            "^(.*\\b(?:Committee|Party|Korea|Assembly|Commission|Council|Union|League|Association|Army|Staff|Bureau|Department|Ministry|"
            + "Cabinet|Front|Federation|WPK|DPRK|KPA|SPA))((?: \\p{Lu}[\\p{Ll}'’-]*){2,3})$");

    /**
     * What CUT_OFF needs at the end: whitespace, then one capital. ({@code $} also matches before a last line break,
     * so trailing whitespace is set aside; a name here has none, and stripTrailing then copies nothing.)
     */
    static boolean mayBeCutOff(String raw) {
        String end = raw.stripTrailing();
        int n = end.length();
        return n >= 2 && end.charAt(n - 1) >= 'A' && end.charAt(n - 1) <= 'Z' && RegexSpace.is(end.charAt(n - 2));
    }

    /** What DANGLING_CONNECTOR needs at the end: one of its words (a second pass removes a second one only after a first). */
    static boolean endsWithConnector(String raw) {
        String end = raw.stripTrailing();
        return end.endsWith("of") || end.endsWith("and") || end.endsWith("for") || end.endsWith("the");
    }

    /** What POSSESSIVE_END needs at the end ({@code $} as in mayBeCutOff). */
    static boolean endsWithPossessive(String raw) {
        String end = raw.stripTrailing();
        return end.endsWith("'s") || end.endsWith("’s");
    }

    /** "... of the WPK Ye Sang Min": a title printed before the name ran into it; the name is no part of the body. */
    private static String withoutNameAfter(String raw) {
        Matcher m = HEAD_THEN_NAME.matcher(raw);
        return m.matches() && org.dais.nlp.NameMentionFilter.koreanShaped(m.group(2)) ? m.group(1) : raw;
    }

    public static List<String> find(String sentence) {
        return find(sentence, true);
    }

    /** With {@code fromHeadRuns} false, NAME is scanned from every position: only to check that the shortcut changes nothing. */
    static List<String> find(String sentence, boolean fromHeadRuns) {
        List<String> names = new ArrayList<>();
        if (!holdsAHeadWord(sentence)) return names; // no head word, no named body
        List<int[]> shared = new ArrayList<>();
        // SHARED_PARENT's "and other ... of": without "other", no scan (and no matcher made).
        if (sentence.contains("other")) {
            Matcher parent = SHARED_PARENT.matcher(sentence);
            while (parent.find()) {
                for (String unit : LIST_SPLIT.split(parent.group(1))) names.add(Organizations.canonical(unit.strip() + " of the " + parent.group(2).strip()));
                shared.add(new int[] {parent.start(1), parent.end(1)});
            }
        }
        Matcher m = NAME.matcher(sentence);
        int[] heads = headStarts(sentence);
        // The walk back from a head word reads a copy of the characters, not String.charAt: a sentence is Latin-1 or
        // UTF-16 (curly quotes), C2 checked the bounds of the path the profile had seen before the loop, and a
        // sentence of the other kind failed that check (a profile_predicate deoptimization, the unit compiled twice).
        char[] chars = sentence.toCharArray();
        Openings openings = fromHeadRuns ? new Openings(chars, heads) : null;
        if (fromHeadRuns) m.useTransparentBounds(true).useAnchoringBounds(false);
        int pos = 0;
        while (fromHeadRuns ? openings.next(m, pos) : m.find(pos)) {
            pos = m.end();
            int at = m.start(1);
            if (!shared.isEmpty() && shared.stream().anyMatch(r -> at >= r[0] && at < r[1])) continue; // read with its parent above
            named(sentence, at, m.group(1), names);
        }
        return names;
    }

    /**
     * Where NAME may open: a name's words up to its head word are all name characters, so a match opens between
     * {@link #openingBefore} a head word and that word, at a capital or a digit (NAME's first look-ahead). Tried
     * there in order with {@code lookingAt} (transparent bounds: its look-behinds and {@code \b} see the text
     * before), it finds what {@code find()} finds, without trying every position after the last head word, or
     * between head words, where {@code find()} went on after a head word whose name failed.
     */
    private static final class Openings {
        private final char[] chars;
        private final int[] heads;
        /** {@code fromHere[k]}: the earliest opening of the head words from the k-th on. */
        private final int[] fromHere;
        private int k;

        Openings(char[] chars, int[] heads) {
            this.chars = chars;
            this.heads = heads;
            this.fromHere = new int[heads.length];
            int earliest = Integer.MAX_VALUE;
            for (int i = heads.length - 1; i >= 0; i--) fromHere[i] = earliest = Math.min(earliest, openingBefore(chars, 0, heads[i]));
        }

        /** The leftmost match opening at {@code from} or later, held by {@code m}. */
        boolean next(Matcher m, int from) {
            for (int q = from; ; q++) {
                while (k < heads.length && heads[k] < q) k++;
                if (k == heads.length) return false;
                // No head word from the k-th on opens before fromHere[k] (which is at most heads[k]).
                if (q < fromHere[k]) q = fromHere[k];
                char c = chars[q];
                if ((c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') && m.region(q, chars.length).lookingAt()) return true;
            }
        }
    }

    /** The body NAME matched at {@code at} (its text {@code group}), added to {@code names} unless it names none. */
    // Its own method: C2 compiles the match loop of find and this body apart, not the whole as one piece (twice, with OSR).
    private static void named(String sentence, int at, String group, List<String> names) {
        // "vice-minister of Coastal Works": a minister's portfolio, not a body (its ministry is read with the office).
        if (holdsIgnoringCase(sentence, Math.max(0, at - 24), at, "minister")
                && MINISTER_OF.matcher(sentence).region(Math.max(0, at - 24), at).find()) return;
        String spaced = singleSpaced(group).strip();
        String raw = spaced.indexOf('.') < 0 ? spaced : FINAL_STOP.matcher(spaced).replaceAll("");
        // "the Eighth Central Committee", "the 14th SPA": a term is no part of the body's name; "the Second X Commission" is a name.
        Matcher ordinal = LEADING_ORDINAL.matcher(raw);
        // "the Third Committee of X" (a bare ordinal and a head word) is a numbered unit, no body named.
        if (ordinal.lookingAt() && (Character.isDigit(raw.charAt(0)) || TERM_BODY.matcher(raw.substring(ordinal.end())).find()
                || !raw.substring(ordinal.end()).contains(" ") || UNIT_OF_ANOTHER.matcher(raw.substring(ordinal.end())).matches())) {
            raw = raw.substring(ordinal.end());
        }
        // "The X Complex produced ...": the capital of a sentence's article is no part of the name.
        // Each pattern below is run only where the text can hold its match (its fixed letters at the start or end):
        // most names hold none of them, and the replacement would copy the name to find that out.
        if (raw.startsWith("The")) raw = SENTENCE_THE.matcher(raw).replaceFirst("");
        raw = joinedOrSeparate(mayBeCutOff(raw) ? CUT_OFF.matcher(raw).replaceFirst("") : raw, names);
        if (endsWithConnector(raw)) raw = DANGLING_CONNECTOR.matcher(DANGLING_CONNECTOR.matcher(raw).replaceAll("")).replaceAll("");
        if (NOT_A_BODY.matcher(raw).find() && !PARTY_CC.matcher(raw).matches()) return;
        if (endsWithPossessive(raw)) raw = POSSESSIVE_END.matcher(raw).replaceFirst("");
        raw = withoutNameAfter(raw);
        if (notANamedParty(raw)) return;
        String canonical = Organizations.canonical(raw);
        if (WHITESPACE.split(canonical).length < 2 || GENERIC.matcher(canonical).matches()) return;
        Matcher unit = UNIT_OF.matcher(canonical);
        if (unit.matches()) {
            // "the X Mine of the Y Complex": two bodies, the unit and its enterprise.
            names.add(unit.group(1));
            names.add(unit.group(2));
        } else {
            names.add(canonical);
            Matcher organ = ORGAN_OF.matcher(canonical);
            if (organ.matches() && INSTITUTION.matcher(organ.group(1)).find() && WHITESPACE.split(organ.group(1)).length >= 2
                    && !GENERIC.matcher(organ.group(1)).matches()) names.add(Organizations.canonical(organ.group(1)));
        }
    }
}
