package org.dais.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds meeting names in a sentence and parses them: ordinal, kind, convening body and its
 * term, enlarged or not. Each gets one canonical full name ("2nd Plenary Meeting of the 8th
 * Central Committee of the Workers' Party of Korea") and a key under which spellings of the same
 * meeting ("Second"/"2nd", "Party"/"WPK") coincide.
 */
public final class MeetingNames {
    // Compiled once: these run for every sentence of every document.
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    /** " (WPK)", " (DPRK)" after a name: compiled once (a String.replaceAll compiled it for every meeting name cut). */
    private static final java.util.regex.Pattern PARTY_OR_STATE_IN_BRACKETS = java.util.regex.Pattern.compile("\\s*\\((?:WPK|DPRK)\\)");
    private static final java.util.regex.Pattern TRAILING_COMMA_OR_STOP = java.util.regex.Pattern.compile("[,.]$");
    private static final java.util.regex.Pattern ABBREVIATION_IN_PARENS = java.util.regex.Pattern.compile("\\s*\\((?:WPK|DPRK|SPA|CMC)\\)");
    private static final java.util.regex.Pattern LOWER_WORD = java.util.regex.Pattern.compile("[a-z-]+|[a-z]+['’]s");
    private static final java.util.regex.Pattern CC_OR_INITIAL = java.util.regex.Pattern.compile("C\\.C|[A-Z]");
    private static final java.util.regex.Pattern CC_ABBREVIATION = java.util.regex.Pattern.compile("C\\.C\\.?");
    private static final java.util.regex.Pattern PARTY_PREFIX = java.util.regex.Pattern.compile("(?:party|wpk)(?: cc)?|cc");
    private static final java.util.regex.Pattern BODY_LIKE = java.util.regex.Pattern.compile("(?i)(?:the )?(?:Central Committee of the Workers' Party of Korea|WPK Central Committee|Workers' Party of Korea"
            + "|Political Bureau.*|Presidium.*|Secretariat.*|Central Military Commission.*|Supreme People's Assembly.*"
            + "|.*(?:Committee|Commission|Assembly|Party|League|Union|Federation|Council)(?: of .*)?)");
    private static final java.util.regex.Pattern PEOPLE_NOT_BODY = java.util.regex.Pattern.compile("(?i).*\\b(?:secretaries|chairpersons|chairmen|officials|participants|chief|heads|workers of)\\b.*");
    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("(?i)^the\\s+");
    /** Keys memoized: the same names are keyed again in every article, and each word of a name when its IRI is minted. First, so any static initializer may key. */
    private static final Memo<String> KEYS = new Memo<>(8192, MeetingNames::keyUncached);
    private static final java.util.regex.Pattern PARTY_NAMES = java.util.regex.Pattern.compile("workers'?\\s+party\\s+of\\s+korea|\\bwpk\\b|\\bparty\\b");
    private static final java.util.regex.Pattern CC_INITIALS = java.util.regex.Pattern.compile("c\\.\\s?c\\.?");
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}-]+");

    private MeetingNames() {}

    static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
            "twenty-fourth", "twenty-fifth");
    static final String ORDINAL = "(?:\\d{1,3}(?:st|nd|rd|th)|" + String.join("|", ORDINAL_WORDS) + ")";
    static final String KIND = "(?:plenary\\s+meeting|plenum|enlarged\\s+meeting|meeting|conference|congress|session|"
            + "short\\s+course|course|workshop|seminar|rally|festival|sitting|consultative\\s+meeting|report\\s+meeting|general\\s+meeting|"
            // "the sixth national symposium on X", "the Fourth Eurasian Women's Forum": numbered meetings of these kinds too.
            + "symposium|forum)";
    /** Words of a numbered meeting's kind kept in its name: "the 1st National Conference of ...", "the 101st candlelight rally". */
    private static final String KEPT_PREFIX = "national|joint|regional|international|candlelight|torchlight";
    /**
     * "the Fourth Eurasian Women's Forum", "the 3rd Asian Rice Growers' Symposium": capitalized words between the
     * ordinal and a capitalized kind name the series; none of them a word the kind's own phrase or a body begins with.
     */
    private static final String NAMED_SERIES = "(?<series>(?-i:(?:(?!(?:Plenary|Enlarged|Expanded|Emergency|Extraordinary|Regular|Party|WPK|CC|Cell|National|Joint|"
            + "Short|Consultative|Report|General|Central|Committee|Commission|Bureau|Assembly|Session|Meeting|Conference|Congress|The|Of|And)\\b)"
            + "[A-Z][\\w'’-]*\\s+){1,3}(?=[A-Z])))?";
    private static final Pattern NUMERIC_ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)");
    private static final Pattern ORDINAL_ONLY = Pattern.compile("(?i)" + ORDINAL);
    private static final Pattern THE_OR_ORDINAL_AHEAD = Pattern.compile("(?is)\\s+(?:the\\s+|" + ORDINAL + "\\b)");
    private static final Pattern ORDINAL_AHEAD = Pattern.compile("(?is)\\s+(?:the\\s+)?" + ORDINAL + "\\b");
    private static final Pattern ANOTHER_BODY_AHEAD = Pattern.compile(
            "\\s+the\\s+(?:(?:Political\\s+Bureau|Presidium|Secretariat|Central\\s+Military\\s+Commission|Standing\\s+Committee|Cabinet|Central\\s+Inspection\\s+Commission)\\b"
            + "|(?:[A-Z][\\w'’-]*\\s+){1,4}(?:Committee|Commission|Bureau|Council|Assembly)\\b)");
    /** "the Ninth Congress of the youth league": the tail stopped at an owner written in lower case. */
    private static final Pattern LOWERCASE_OWNER_AFTER = Pattern.compile("^\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?-i:[a-z])");
    private static final Pattern INNER_ORDINAL = Pattern.compile("(?i)\\b(?:the\\s+)?(" + ORDINAL + ")\\s+(?=[A-Z])");
    static final List<String> CARDINAL_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");
    /** "the Eight Central Committee": a cardinal misprinted for the term's ordinal, read only before a body that has terms. */
    private static final Pattern CARDINAL_TERM = Pattern.compile("(?i)\\b(?:the\\s+)?(" + String.join("|", CARDINAL_WORDS)
            + ")\\s+(?=(?:WPK\\s+|Party\\s+)?(?:Central\\s+Committee|Central\\s+Military\\s+Commission|Supreme\\s+People['’]s\\s+Assembly)\\b)");
    private static final Pattern KIND_CONNECTOR = Pattern.compile("(?i)\\b(?:" + KIND + ")s?\\s+(of|for|on)\\s");
    private static final Pattern MENTION = Pattern.compile(
            "(?i)\\b(" + ORDINAL + ")\\s+((?:(?:enlarged|expanded|emergency|extraordinary|regular)\\s+){0,2})((?:(?:party|wpk|cc|cell|public|" + KEPT_PREFIX + ")\\s+){0,2})"
            + NAMED_SERIES + "(?<kind>" + KIND + ")s?\\b");
    private static final Pattern TAIL_WORD = Pattern.compile("\\s*(?:\\(WPK\\)|[\\w'’.,-]+)");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "in", "at", "on", "all");
    private static final Set<String> STOP = Set.of("held", "was", "were", "is", "are", "took", "continued", "opened",
            "closed", "which", "that", "who", "from", "with", "by", "amid", "as", "to", "under", "here", "there", "made",
            "make", "be", "been", "being", "will", "would", "has", "have", "had", "its", "their", "his", "her", "a", "an",
            "this", "these", "those", "when", "where", "after", "before", "during", "through", "into", "upon", "but",
            "or", "not", "it", "they", "he", "she", "we", "our", "since", "than", "then", "one", "ones", "continues", "continue",
            "open", "opens", "serves", "serve", "comes", "came", "became", "becomes", "went", "goes", "provides", "marks",
            "ends", "began", "begins", "closes", "concluded", "concludes", "gives", "takes", "discussed", "reviewed", "heard");
    /** Headline verbs and bylines that end a Title-Case name ("... Committees Opens", "... Held"). */
    private static final Pattern HEADLINE_STOP = Pattern.compile(
            "(?:Held|Holds|Opens?|Opened|Continues?|Continued|Closes?|Closed|Concludes?|Concluded|Serves?|Guides?|Guided|"
            + "Makes?|Made|Given|Gives?|Takes?|Took|Meets?|Met|Date|Source|Respected|Dear|Comrade|Convened|Convenes|Starts?|"
            + "Begins?|Ends?|Attends?|Marks?|Celebrates?|Place|Underway|Wraps|Delivers?|Hears?|Discusses|Reviews?)");
    private static final Pattern DATELINE_AHEAD = Pattern.compile("^\\s*(?:" + org.dais.ingest.Months.PATTERN + ")\\s+\\d");

    /** A meeting name found in a sentence, with its offsets in the sentence text. */
    public record Found(MeetingName name, int start, int end, String surface) {}

    static final Pattern ENLARGED_MEETING_OF = Pattern.compile("(?i)(?:the\\s+)?(?:enlarged|expanded)\\s+meeting\\s+of\\s+(?:the\\s+)?$");

    /** "the fourth and fifth plenary meetings of the Eighth Party Central Committee": two meetings. */
    private static final Pattern COORDINATED = Pattern.compile("(?i)\\b(" + ORDINAL + ")\\s*(?:,\\s*" + ORDINAL + "\\s*)*(?:,?\\s+and\\s+)(?=" + ORDINAL + "\\s+)");

    public static List<Found> find(String sentence) {
        return find(sentence, true);
    }

    /** MENTION's first words: an ordinal's digits or its first word ("twenty" of "twenty-first"). */
    private static final WordStarts MENTION_STARTS = WordStarts.of(
            ORDINAL_WORDS.stream().map(w -> w.split("-")[0]).distinct().toArray(String[]::new)).orDigits();

    /** With {@code fromStarts} false, MENTION is scanned by find() at every position: only to check that the shortcut changes nothing. */
    static List<Found> find(String sentence, boolean fromStarts) {
        List<Found> found = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (!mentionsAKind(lower)) return found;
        // COORDINATED and MENTION both open with an ordinal: a sentence without one is not scanned at every word by them.
        if (!holdsAnOrdinal(lower)) return found;
        Matcher c = COORDINATED.matcher(sentence);
        while (c.find()) {
            // Each coordinated ordinal shares the kind and tail of the last one: read "fourth ... meetings of X" as its own name.
            Matcher last = MENTION.matcher(sentence);
            if (!last.find(c.end())) continue;
            if (last.start() != c.end()) continue;
            int end = tailEnd(sentence, last.end(), Character.isLowerCase(last.group("kind").charAt(0)));
            String shared = sentence.substring(last.start() + last.group(1).length(), end);
            Matcher each = ORDINAL_ONLY.matcher(sentence.substring(c.start(), c.end()));
            while (each.find()) {
                MeetingName name = parse(each.group() + shared);
                if (name != null) found.add(new Found(name, c.start() + each.start(), c.start() + each.end(), each.group() + shared));
            }
        }
        Matcher m = MENTION.matcher(sentence);
        // ENLARGED_MEETING_OF (ASCII case aside) holds one of two words: without them, the text before each mention is not scanned.
        boolean enlargedWord = lower.contains("enlarged") || lower.contains("expanded");
        int from = 0;
        while (fromStarts ? MENTION_STARTS.findInRegion(m, sentence, from) : m.region(from, sentence.length()).find()) {
            // "the second of its kind": an ordinal without a kind after it is no meeting.
            int end = tailEnd(sentence, m.end(), Character.isLowerCase(m.group("kind").charAt(0)));
            String surface = sentence.substring(m.start(), end).strip();
            MeetingName name = parse(surface);
            // "The Enlarged Meeting of the 13th Plenary Meeting ...": the plenary meeting, reported from the sentence's start.
            Matcher enlargedOf = ENLARGED_MEETING_OF.matcher(sentence).region(0, m.start());
            int start = enlargedWord && enlargedOf.find() ? enlargedOf.start() : m.start();
            // "the Ninth Congress of the youth league" is no Party congress: its owner is unread, so no default owner either.
            if (name != null && Organizations.WPK.equals(name.convenedBy()) && !PARTY_NAMES.matcher(surface.toLowerCase(Locale.ROOT)).find()
                    && LOWERCASE_OWNER_AFTER.matcher(sentence.substring(m.start() + surface.length())).lookingAt()) name = null;
            if (name != null) found.add(new Found(name, start, m.start() + surface.length(), surface));
            from = end;
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return completeBareNames(sentence, found);
    }

    // Only a kind's own words before it: "101st Candlelight Rally" names its series, "6th Plenary Meeting" does not.
    private static final Pattern BARE = Pattern.compile("^\\d+(?:st|nd|rd|th)\\s+(?:Enlarged\\s+)?"
            + "(?:(?:Plenary|Enlarged|General|Consultative|Report|Short|Regular|Emergency|Extraordinary|National|Joint|Cell|Party|WPK)\\s+)?[A-Z][a-z]+$");
    private static final Pattern SHARED_CC = Pattern.compile(" of the (\\d+(?:st|nd|rd|th) Central Committee of the " + Organizations.WPK + ")$");

    /**
     * "3rd Meeting" or "6th Plenary Meeting" alone is not a name. Before "and the 19th Enlarged
     * Meeting of the Political Bureau of the 8th Central Committee" it shares that Central
     * Committee; otherwise it is dropped.
     */
    private static List<Found> completeBareNames(String sentence, List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (!BARE.matcher(f.name().canonical()).matches()) {
                out.add(f);
                continue;
            }
            Found next = i + 1 < found.size() ? found.get(i + 1) : null;
            if (next == null) continue;
            String between = sentence.substring(Math.min(f.end(), next.start()), next.start());
            Matcher cc = SHARED_CC.matcher(next.name().canonical());
            if (!between.matches("(?i)\\s*,?\\s*(?:and\\s+)?(?:the\\s+)?") || !cc.find()) continue;
            MeetingName shared = parse(f.surface() + " of the " + cc.group(1));
            if (shared != null) out.add(new Found(shared, f.start(), f.end(), f.surface()));
        }
        return out;
    }

    /** Words every {@link #KIND} contains: a sentence without one names no meeting, and scanning it is skipped. */
    private static final List<String> KIND_STEMS = List.of("meeting", "plenum", "conference", "congress", "session", "course",
            "workshop", "seminar", "rally", "festival", "sitting", "symposium", "forum");

    /** A plain substring test, far cheaper than the case-insensitive scans it spares most sentences. */
    private static boolean mentionsAKind(String lower) {
        for (String stem : KIND_STEMS) if (lower.contains(stem)) return true;
        return false;
    }

    /**
     * Whether the lower-cased sentence may hold an {@link #ORDINAL}: one of its words, or a digit before "st", "nd",
     * "rd" or "th". Lower-casing keeps the ASCII letters a case-insensitive match is made of, so no ordinal is missed.
     */
    static boolean holdsAnOrdinal(String lower) {
        for (String w : ORDINAL_WORDS) if (lower.contains(w)) return true;
        char[] chars = lower.toCharArray(); // over a copy of the characters, not String.charAt (see OrganizationMentions.find: a profile_predicate deoptimization)
        for (int i = 0, n = chars.length - 2; i < n; i++) {
            if (chars[i] < '0' || chars[i] > '9') continue;
            char a = chars[i + 1], b = chars[i + 2];
            if (a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') return true;
        }
        return false;
    }

    /** Extends a name over "of the 8th Central Committee of the WPK" and similar, up to a verb or clause. */
    private static final Pattern DAY_AHEAD = Pattern.compile("\\s*(?:(?i:" + org.dais.ingest.Months.PATTERN
            + ")\\s+\\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\d{1,2}\\s+(?i:" + org.dais.ingest.Months.PATTERN + ")\\b)");

    private static final Pattern YEAR_AHEAD = Pattern.compile("\\s+(?:1[89]|20)\\d\\d(?!\\d)");

    private static int tailEnd(String s, int from, boolean lowercaseName) {
        int end = from, pos = from;
        Matcher w = TAIL_WORD.matcher(s);
        boolean inTail = false;
        String previous = "";
        String previousWord = "of"; // the last word taken into the tail
        while (pos < s.length() && w.find(pos) && w.start() == pos) {
            String word = w.group().strip();
            String bare = TRAILING_COMMA_OR_STOP.matcher(word).replaceAll("");
            String lower = bare.toLowerCase(Locale.ROOT);
            // "the 28th seminar of the parties on building a new society": an article after a gerund is inside the name.
            boolean afterGerund = previous.endsWith("ing") && (lower.equals("a") || lower.equals("an")) && lowercaseName && inTail;
            previous = lower;
            if (afterGerund && !word.endsWith(",")) {
                pos = w.end();
                continue;
            }
            if (!inTail) {
                if (!(lower.equals("of") || lower.equals("for") || lower.equals("on"))) break;
                // "its 3rd enlarged meeting on March 19": a day, not what the meeting was on.
                if (lower.equals("on") && DAY_AHEAD.matcher(s).region(w.end(), s.length()).lookingAt()) break;
                inTail = true;
                pos = w.end();
                continue;
            }
            if (HEADLINE_STOP.matcher(bare).matches()) break;
            // "the third plenary meeting of the county committee on May 2": a day ends a name written in lower case too.
            if (lower.equals("on") && DAY_AHEAD.matcher(s).region(w.end(), s.length()).lookingAt()) break;
            // "the 30th session of the X Assembly in 1975": the year it was held in, no part of its name.
            if ((lower.equals("in") || lower.equals("of")) && YEAR_AHEAD.matcher(s).region(w.end(), s.length()).lookingAt()) break;
            // "the sixth short course for chairmen of farm committees visited ...": a past verb after a noun ends the name
            // ("of the united front" keeps its participle, after an article or a connector).
            if (lowercaseName && !capital(bare) && lower.length() > 4 && lower.endsWith("ed") && !CONNECTORS.contains(previousWord.toLowerCase(Locale.ROOT))) break;
            // "Participants in the 8th Congress" continues; "... Congress in Pyongyang" does not.
            if (lower.equals("in") && !lowercaseName && !THE_OR_ORDINAL_AHEAD.matcher(s).region(w.end(), s.length()).lookingAt()) break;
            // "the 8th Congress of the WPK and the 4th Plenary Meeting ...": two meetings, not one name.
            if (lower.equals("and") && ORDINAL_AHEAD.matcher(s).region(w.end(), s.length()).lookingAt()) break;
            // "... of the 8th Central Committee and the Political Bureau of its Central Committee": another body, not this name's.
            if (lower.equals("and") && ANOTHER_BODY_AHEAD.matcher(s).region(w.end(), s.length()).lookingAt()) break;
            if (word.endsWith(",") && DATELINE_AHEAD.matcher(s.substring(w.end())).lookingAt()) break; // "Pyongyang, February 27"
            boolean capital = capital(bare);
            boolean ok = capital || CONNECTORS.contains(lower) || (lowercaseName && !STOP.contains(lower) && LOWER_WORD.matcher(lower).matches())
                    || bare.equals("(WPK)") || ORDINAL_ONLY.matcher(lower).matches();
            if (!ok || STOP.contains(lower) && !capital) break;
            if (lower.equals("on") && !lowercaseName) break; // "opened on February 26"
            pos = w.end();
            previousWord = bare;
            if (!CONNECTORS.contains(lower)) end = w.end() - (word.endsWith(",") || word.endsWith(".") ? 1 : 0);
            if (word.endsWith(",") || (word.endsWith(".") && !CC_OR_INITIAL.matcher(bare).matches())) {
                // "C.C., WPK" continues; any other comma or full stop ends the name.
                if (!(CC_ABBREVIATION.matcher(bare).matches() && word.endsWith(","))) break;
                end = w.end();
            }
        }
        return end;
    }

    private static boolean capital(String bare) {
        return !bare.isEmpty() && (Character.isUpperCase(bare.charAt(0)) || Character.isDigit(bare.charAt(0)));
    }

    static Integer ordinalValue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Matcher digits = NUMERIC_ORDINAL.matcher(w);
        if (digits.matches()) return Integer.parseInt(digits.group(1));
        int i = ORDINAL_WORDS.indexOf(w);
        return i >= 0 ? i + 1 : null;
    }

    static String ordinalText(int n) {
        int mod100 = n % 100, mod10 = n % 10;
        String suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : mod10 == 1 ? "st" : mod10 == 2 ? "nd" : mod10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    private static final Pattern PARSE = Pattern.compile(
            "(?i)^(?:the\\s+)?(" + ORDINAL + ")\\s+((?:(?:enlarged|expanded|emergency|extraordinary|regular)\\s+){0,2})((?:(?:party|wpk|cc|cell|public|" + KEPT_PREFIX + ")\\s+){0,2})"
            + NAMED_SERIES + "(?<kind>" + KIND + ")s?(?:\\s+(?:of|for|on)\\s+(?<rest>.*))?$");
    private static final Pattern KEPT_PREFIX_WORD = Pattern.compile("(?i)\\b(?:" + KEPT_PREFIX + ")\\b");
    private static final Pattern BODY_TERM = Pattern.compile("(?i)^(?:the\\s+)?(" + ORDINAL + ")\\s+(.*)$");

    /** Parses one surface form; null when it is not a meeting name. */
    public static MeetingName parse(String surface) {
        return PARSED.apply(surface);
    }

    private static final Memo<MeetingName> PARSED = new Memo<>(4096, MeetingNames::parseUncached);

    private static MeetingName parseUncached(String surface) {
        String s = WHITESPACE.matcher(surface.replace('’', '\'')).replaceAll(" ").strip();
        s = ABBREVIATION_IN_PARENS.matcher(TRAILING_COMMA_OR_STOP.matcher(s).replaceAll("")).replaceAll("");
        Matcher m = PARSE.matcher(s);
        if (!m.matches()) return null;
        Integer ordinal = ordinalValue(m.group(1));
        String modifiers = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        boolean enlarged = modifiers.contains("enlarged") || modifiers.contains("expanded");
        // "the 22nd emergency enlarged meeting": convened out of turn, still in the body's series.
        String urgency = modifiers.contains("emergency") ? "Emergency " : modifiers.contains("extraordinary") ? "Extraordinary " : "";
        // "the 15th regular general meeting": a series held at its set times, named so.
        if (modifiers.contains("regular")) urgency = "Regular " + urgency;
        String prefix = m.group(3) == null ? "" : m.group(3).strip();
        // "national", "joint" ... and a series' own capitalized words stay in the name ("1st National Conference", "4th Eurasian Women's Forum").
        StringBuilder kept = new StringBuilder();
        Matcher keptWord = KEPT_PREFIX_WORD.matcher(prefix);
        while (keptWord.find()) kept.append(titleCase(keptWord.group().toLowerCase(Locale.ROOT))).append(' ');
        prefix = WHITESPACE.matcher(KEPT_PREFIX_WORD.matcher(prefix).replaceAll("").replaceAll("(?i)\\bpublic\\b", "")).replaceAll(" ").strip();
        if (m.group("series") != null) kept.append(WHITESPACE.matcher(m.group("series").strip()).replaceAll(" ")).append(' ');
        String kind = WHITESPACE.matcher(m.group("kind").toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (kind.equals("plenum")) kind = "plenary meeting";
        if (kind.equals("enlarged meeting")) { kind = "meeting"; enlarged = true; }
        String rest = m.group("rest") == null ? "" : m.group("rest").strip();
        String qualifier = null;
        if (prefix.equalsIgnoreCase("cell")) { qualifier = "Cell"; prefix = ""; }
        boolean partyPrefix = PARTY_PREFIX.matcher(prefix.toLowerCase(Locale.ROOT)).matches();

        // Body and its term: "of the 8th Central Committee of the WPK", "of the Political Bureau of the
        // 8th WPK Central Committee". The convening organization is named without the term (the
        // Political Bureau is one organ across terms); the meeting's name keeps it.
        String body = null;
        String display = null;
        Integer term = null;
        String purpose = null;
        if (!rest.isEmpty()) {
            Matcher inner = INNER_ORDINAL.matcher(rest);
            String bodyText = rest;
            if (!inner.find()) inner = CARDINAL_TERM.matcher(rest);
            else inner.reset();
            if (inner.find()) {
                term = ordinalValue(inner.group(1));
                if (term == null) term = CARDINAL_WORDS.indexOf(inner.group(1).toLowerCase(Locale.ROOT)) + 1;
                bodyText = (rest.substring(0, inner.start()) + rest.substring(inner.end())).replaceAll("\\s+", " ").strip();
            }
            String canon = Organizations.canonical(bodyText);
            if (looksLikeBody(canon)) {
                body = canon;
                String termText = term == null ? "" : ordinalText(term) + " ";
                display = canon.equals(Organizations.WPK_CC) ? termText + "Central Committee of the " + Organizations.WPK
                        : canon.endsWith(" of the " + Organizations.WPK_CC)
                        ? canon.replace(" of the " + Organizations.WPK_CC, " of the " + termText + "Central Committee of the " + Organizations.WPK)
                        : canon.endsWith(" of the " + Organizations.WPK) && term != null
                        ? termText + canon
                        : termText + canon;
            } else {
                purpose = titleCase(rest);
                term = null;
            }
        }
        if (body == null && purpose == null && (partyPrefix || kind.equals("congress"))) body = display = Organizations.WPK;
        if (qualifier != null && body == null) body = display = Organizations.WPK;

        String kindTitle = titleCase(kind);
        StringBuilder canonical = new StringBuilder(ordinalText(ordinal)).append(' ').append(urgency);
        if (enlarged) canonical.append("Enlarged ");
        canonical.append(qualifier == null ? "" : qualifier + " ");
        canonical.append(kept);
        canonical.append(kindTitle);
        if (purpose != null) {
            canonical.append(purposeConnector(surface)).append(purpose);
        } else if (display != null) {
            canonical.append(" of the ").append(display.replaceFirst("^the ", ""));
        }
        String name = canonical.toString().replace("of the Workers' Party of Korea's", "of the Workers' Party of Korea");
        String seriesName = name.substring(name.indexOf(' ') + 1);
        // A body's plenary meetings are numbered in one series, enlarged or not: "the 14th Enlarged Plenary Meeting" a January
        // article recalls is the December "Enlarged 14th Plenary Meeting" (printed so, the word before the number is dropped).
        String keyed = enlarged && ordinal != null && kind.equals("plenary meeting") ? name.replaceFirst(" Enlarged Plenary ", " Plenary ") : name;
        String key = key(keyed);
        String seriesKey = key(keyed.substring(keyed.indexOf(' ') + 1));
        return new MeetingName(name, key, seriesName, seriesKey, ordinal, kind, enlarged, body, term);
    }

    private static String purposeConnector(String surface) {
        Matcher m = KIND_CONNECTOR.matcher(surface);
        return m.find() ? " " + m.group(1).toLowerCase(Locale.ROOT) + " " : " of ";
    }

    private static boolean looksLikeBody(String canon) {
        return BODY_LIKE.matcher(canon).matches() && !PEOPLE_NOT_BODY.matcher(canon).matches();
    }

    /** Title case for meeting words written in lower case ("chief secretaries of the city ..."). */
    static String titleCase(String text) {
        String[] words = WHITESPACE.split(LEADING_THE.matcher(text).replaceFirst(""));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) continue;
            String lower = w.toLowerCase(Locale.ROOT);
            if (i > 0 && (lower.equals("the") && i + 1 < words.length)) continue; // "of the city" → "of City"
            String out1 = (i > 0 && Set.of("of", "and", "for", "in", "at", "on", "to", "with").contains(lower)) ? lower
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1);
            if (out.length() > 0) out.append(' ');
            out.append(out1);
        }
        return out.toString().replace("Workers' Party Of Korea", "Workers' Party of Korea");
    }

    /**
     * The identity of a meeting name: lower-case content words with ordinals as numbers, the
     * party's names and connecting words dropped, sorted.
     */
    /** Connecting words no part of a name's identity (a set made once, not for every word of every key). */
    private static final Set<String> KEY_STOP_WORDS = Set.of("of", "the", "and", "for", "in", "at", "on", "to", "a", "an");

    public static String key(String name) {
        return KEYS.apply(name);
    }

    private static String keyUncached(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('’', '\'');
        s = PARTY_NAMES.matcher(s).replaceAll(" ");
        s = CC_INITIALS.matcher(s).replaceAll(" central committee ");
        Set<String> words = new TreeSet<>();
        for (String w : NON_WORD.split(s)) {
            if (w.isEmpty() || KEY_STOP_WORDS.contains(w)) continue;
            Integer n = ordinalValue(w);
            words.add(n != null ? String.valueOf(n) : w);
        }
        return String.join(" ", words);
    }

    // ---- meetings without an ordinal, named where the article reports them ------------------

    // A ceremony is an occasion, not a meeting (FACTS.md: an event of kind ceremony, read by ActivityRules).
    private static final String EVENT_KIND = "(?:funeral|plenary\\s+meetings?|meetings?|(?:short\\s+)?courses?|workshops?|seminars?|"
            // "A memorial service for X took place": a service only after "memorial" (not "a service was provided").
            + "conferences?|rally|rallies|lectures?|sessions?|symposiums?|symposia|forums?|round-table\\s+talks?|(?<=memorial\\s)services?)";
    private static final String EVENT_MODIFIERS = "(?:(?:state|national|special|enlarged|joint|grand|memorial|report|commemorative|"
            + "consultative|expanded|mass|central|solemn|emergency|celebration|inaugural|opening|closing|regular|general|on-?line|video|virtual|regional|international)\\s+)*";
    private static final Pattern KINDS_LISTED = Pattern.compile(
            "(?i)^(?:\\s*,\\s*(?:[\\w-]+\\s+){0,2}[\\w-]+s\\b|[^.;]{0,120}?\\band\\s+other\\s+(?:events|functions|activities|occasions|meetings)\\b)");
    /**
     * "A Pyongyang city mass rally", "A Sokhu County meeting": after "a", the place (and its level) it is held for
     * is part of its name; after "the" such words are a body's ("The Political Bureau meeting"), not read here.
     */
    private static final String PLACE_BEFORE_KIND = "(?:(?<=\\b(?i:an?)\\s)(?:(?-i:[A-Z][\\w'’-]*)\\s+){1,3}(?:(?:city|provincial|county|municipal|district)\\s+)?)?";
    /** "Amid the joy of the people, a meeting took place ...", "On May 3, a rally was held ...": a phrase before the subject. */
    static final String LEAD_IN = "(?:(?-i:Amid|On|In|At|Under|With|After|Before|During|Upon|As)\\b[^;]{0,400}?,\\s+(?=(?-i:an?)\\s))?";
    private static final Pattern INDEFINITE_EVENT = Pattern.compile(
            "(?i)^\\W*" + LEAD_IN + "(?:there\\s+(?:was|were|took\\s+place)\\s+)?(?:an?\\s+|the\\s+)?(" + PLACE_BEFORE_KIND + EVENT_MODIFIERS + EVENT_KIND + ")\\b");
    private static final Pattern ORG_HELD = Pattern.compile(
            "^\\W*(?:The\\s+)?([A-Z][^,;]{3,120}?)\\s+(?:held|convened)\\s+(?:an?|its)\\s+((?:enlarged|expanded|joint)\\s+)?(meeting|plenary\\s+meeting|conference|session|consultative\\s+meeting)\\b");
    private static final Pattern ORG_HELD_NTH = Pattern.compile(
            "^\\W*(?:The\\s+)?((?-i:[A-Z])[^,;]{3,120}?)\\s+(?:held|convened)\\s+its\\s+(" + ORDINAL + ")\\s+((?:enlarged|expanded)\\s+meeting|(?:(?:enlarged|expanded)\\s+)?(?:plenary\\s+meeting|session|conference|congress|plenum))\\b", Pattern.CASE_INSENSITIVE);
    private static final String NAMED_KIND = "(?:Workshop|Seminar|Course|Conference|Meeting|Rally|Festival|Session|Lecture)";
    private static final String NAMED_VERB = "(?:(?:was|were)\\s+(?:held|opened|convened|given|organized)|took\\s+place|opened|began)\\b";
    private static final Pattern NAMED_EVENT = Pattern.compile(
            "^\\W*The\\s+((?:[A-Z][\\w'’-]*\\s+|(?:19|20)\\d\\d\\s+){0,3}" + NAMED_KIND + "s?"
            + "\\s+(?:for|of|on)\\s+[^,;]*?)\\s*(?:\\((?:WPK|DPRK)\\)\\s*)?" + NAMED_VERB);
    /** "The A Provincial, B Provincial and C City Conferences of the WPK took place": one meeting per item. */
    private static final Pattern NAMED_LIST = Pattern.compile(
            "^\\W*The\\s+((?:[A-Z][\\w'’-]*\\s+){1,3}?(?:[A-Z][\\w'’-]*)(?:(?:,\\s+|,?\\s+and\\s+)(?:the\\s+)?(?:[A-Z][\\w'’-]*\\s+){0,3}?[A-Z][\\w'’-]*)+)\\s+("
            + NAMED_KIND + ")s\\s+((?:for|of|on)\\s+[^,;]*?)\\s*(?:\\((?:WPK|DPRK)\\)\\s*)?" + NAMED_VERB);
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s+(?:and\\s+)?(?:the\\s+)?|,?\\s+and\\s+(?:the\\s+)?");
    private static final Pattern QUALIFIER_END = Pattern.compile(
            "(?i),|;|\\.$|\\s+(?:took\\s+place|was|were|is|are|in\\s+Pyongyang|on\\s+(?:" + org.dais.ingest.Months.PATTERN
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|at\\s+the|from\\s+(?!the\\s+(?-i:[A-Z]))|opened|held|set\\s+forth|put\\s+forward|"
            + "indicated|advanced|by\\s+the|on\\s+the\\s+spot|(?:sent|given|presented|offered|delivered)\\s+(?:by|to)|began|begins|with\\s+splendou?r|in\\s+splendou?r|with\\s+success"
            // "to grasp X and strengthen the Y": the second purpose is no part of the name.
            + "|and\\s+(?:to\\s+)?(?=[a-z]+\\s+(?:the|its|our|their)\\b)"
            // "to denounce X on the occasion of the month of Y": the occasion is the meeting's day, not its name.
            + "|on\\s+the\\s+occasion\\s+of"
            // "... project as part of the preparations for X", "on the Y idea titled \"Z\"": the name ends before what it was part of or titled.
            + "|as\\s+(?:a\\s+)?part\\s+of|(?:en)?titled)\\b");
    private static final Pattern PURPOSE = Pattern.compile(
            "(?i)\\b(to\\s+celebrate|to\\s+mark|marking|celebrating|commemorating|in\\s+celebration\\s+of|"
            + "to\\s+(?:deeply\\s+|thoroughly\\s+)?(?:grasp|study|learn|discuss)|"
            + "to\\s+(?:thoroughly\\s+)?(?:carry\\s+through|carry\\s+out|implement)|"
            // Any other purpose: "to convey the gifts", "to launch the regiments" (not "to the", "to its").
            + "to\\s+(?!(?:the|a|an|its|their|his|her|our|this|these|those|all|each|every|some|many|be|have)\\b)(?:(?-i:[a-z]+ly)\\s+)?(?-i:[a-z]{3,}))\\s+(?:the\\s+)?");
    private static final Pattern PART_OF = Pattern.compile("(?i)\\bas\\s+(?:a\\s+)?part\\s+of\\s+(?:the|its|this)\\b");
    private static final Pattern STUDY = Pattern.compile("(?i)to\\s+(?:deeply\\s+|thoroughly\\s+)?(?:grasp|study|learn|discuss)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)(?:on|for)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + org.dais.ingest.Months.PATTERN + ")\\b");

    /**
     * A name, not a headline's sentence: "... Began", "... With Splendor" and a bare "3rd
     * Meeting" are not names; nor is a qualifier that starts with a day.
     */
    static boolean isAName(String name) {
        return !NOT_A_NAME_END.matcher(name).find() && !DAY_FIRST.matcher(name.replaceFirst("^.*?\\b(?:Meeting|Conference|Seminar|Lecture|Session|Course|Workshop|Rally|Ceremony)s?\\s+", "")).lookingAt();
    }

    /**
     * A name as a whole reads as one, not as a headline's clause: no finite verb phrase inside it
     * ("... Have Taken Place at Dozens of Farms"), no attendance or adverb tail ("... With Attendance
     * of X", "... Again"), no verb after it ("... in 1975 Adopted"), and not a paragraph's length.
     */
    public static boolean readsAsAName(String name) {
        return name != null && !CLAUSE_IN_NAME.matcher(name).find() && WHITESPACE.split(name).length <= 28;
    }

    private static final Pattern CLAUSE_IN_NAME = Pattern.compile(
            "(?i)\\s(?:ha(?:ve|s)\\s+(?:been|taken)|took\\s+place|take\\s+place|takes\\s+place|were\\s+held|was\\s+held|"
            + "with\\s+(?:the\\s+)?attendance\\s+of)\\b|\\s(?:again|adopted)\\s*$");

    private static final Pattern NOT_A_NAME_END = Pattern.compile(
            "(?i)\\s(?:began|begins|opens|opened|closes|closed|held|with\\s+splendou?r|in\\s+splendou?r|with\\s+success)\\s*$");

    /**
     * A meeting the sentence reports without an ordinal: "A national meeting took place ... to
     * celebrate X", "A state funeral for X took place", "The Secretariat of ... held an enlarged
     * meeting", "The Special Workshop for ... was held". Null when the sentence names none.
     */
    public static Found findReported(String sentence) {
        List<Found> all = findAllReported(sentence);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * The meetings a sentence reports without ordinals, in order: several when it coordinates
     * them ("The A Provincial and B City Conferences of the WPK took place", "Meetings of the
     * trade union members and of the women's union members were held").
     */
    public static List<Found> findAllReported(String sentence) {
        List<Found> all = new ArrayList<>();
        Matcher list = NAMED_LIST.matcher(sentence);
        if (list.find()) {
            String kind = list.group(2);
            String tail = expandParty(list.group(3).replaceAll("\\s+", " ").strip());
            int at = list.start(1);
            for (String item : LIST_SEPARATOR.split(list.group(1))) {
                String name = item.strip() + " " + kind + " " + tail;
                int start = sentence.indexOf(item.strip(), at);
                all.add(unnumbered(name, kind.toLowerCase(Locale.ROOT), start, start + item.strip().length()));
                at = start + item.strip().length();
            }
            return all;
        }
        Matcher bodies = PLURAL_OF_BODIES.matcher(sentence);
        if (bodies.find()) {
            List<Found> each = perBody(sentence, bodies);
            if (each.size() > 1) return each;
        }
        Matcher plural = PLURAL_OF_GROUPS.matcher(sentence);
        if (plural.find()) {
            String kind = plural.group(1);
            int at = plural.end(1);
            for (String group : plural.group(2).split("\\s*,?\\s+and\\s+(?=of\\s)|\\s*,\\s+(?=of\\s)")) {
                String g = group.strip().replaceFirst("^of\\s+(?:the\\s+)?", "");
                int start = sentence.indexOf(g, at);
                all.add(unnumbered(titleCase(kind.replaceFirst("s$", "") + " of " + g), kind.toLowerCase(Locale.ROOT).replaceFirst("s$", ""), start, start + g.length()));
                at = start + g.length();
            }
            return all;
        }
        Matcher pair = TWO_HELD.matcher(sentence);
        if (pair.find()) {
            // "A meeting of X was held at P and a meeting of Y at Q": two meetings, each speaker's told apart later.
            String kind = pair.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            all.add(unnumbered(titleCase(kind + " of " + pair.group(2).strip()), kindOf(kind), pair.start(2), pair.end(2)));
            all.add(unnumbered(titleCase(kind + " of " + pair.group(3).strip()), kindOf(kind), pair.start(3), pair.end(3)));
            return all;
        }
        Found one = findOneReported(sentence);
        if (one != null) all.add(one);
        return all;
    }

    /**
     * "Meetings of delegates of the A, the B and the ministries of C and D of the WPK for election
     * of delegates took place": one meeting of the group per body listed.
     */
    private static final Pattern PLURAL_OF_BODIES = Pattern.compile(
            "^\\W*(Meetings|Conferences)\\s+of\\s+((?:[a-z]+\\s+){0,2}(?:delegates|members|officials|workers|cadres))\\s+of\\s+(?:the\\s+)?"
            + "([A-Z][^;]*?(?:,|\\s+and)\\s+[^;]*?)\\s+((?:for|to|on)\\s+[^,;]+?)\\s+(?:took\\s+place|were\\s+held)\\b");
    private static final Pattern PLURAL_HEAD = Pattern.compile("(?i)^(ministries|committees|commissions|departments|bureaus)\\s+of\\s+(?:the\\s+)?(.+)$");
    private static final Pattern PARTY_TAIL = Pattern.compile("\\s+of\\s+the\\s+(?:Workers['’]\\s+Party\\s+of\\s+Korea|WPK)$");

    private static List<Found> perBody(String sentence, Matcher m) {
        String kind = m.group(1).replaceFirst("s$", "");
        String group = m.group(2);
        String list = m.group(3).strip();
        String ofParty = "";
        Matcher party = PARTY_TAIL.matcher(list);
        if (party.find()) { list = list.substring(0, party.start()); ofParty = " of the " + Organizations.WPK; }
        List<String> bodies = new ArrayList<>();
        for (String item : list.split(",\\s+(?:and\\s+)?(?:the\\s+)?|\\s+and\\s+the\\s+")) {
            Matcher head = PLURAL_HEAD.matcher(item.strip());
            if (head.matches()) {
                // "the ministries of Railways and Culture": the Ministry of Railways and the Ministry of Culture.
                String singular = head.group(1).toLowerCase(Locale.ROOT).replaceFirst("ies$", "y").replaceFirst("s$", "");
                for (String part : head.group(2).split(",\\s+(?:and\\s+)?|\\s+and\\s+")) {
                    bodies.add(Character.toUpperCase(singular.charAt(0)) + singular.substring(1) + " of " + part.strip());
                }
            } else if (!item.isBlank()) {
                bodies.add(item.strip());
            }
        }
        List<Found> out = new ArrayList<>();
        String purpose = m.group(4).replaceAll("\\s+", " ").strip();
        for (String body : bodies) {
            if (!Character.isUpperCase(body.charAt(0))) return List.of();
            String name = titleCase(kind + " of " + group) + " of the " + body + ofParty + " " + titleCase(purpose).replaceFirst("^(For|To|On)\\b", m.group(4).substring(0, m.group(4).indexOf(' ')).toLowerCase(Locale.ROOT));
            out.add(unnumbered(name, kind.toLowerCase(Locale.ROOT), m.start(1), m.end(1)));
        }
        return out;
    }

    /** "A meeting of X was held at P and a meeting of Y at Q": the second shares the verb. */
    private static final Pattern TWO_HELD = Pattern.compile(
            "(?i)^\\W*an?\\s+((?:(?:celebration|report|commemorative|mass)\\s+)?(?:meeting|rally|seminar|lecture|symposium))\\s+of\\s+(?:the\\s+)?([^,;]+?)\\s+(?:was\\s+held|took\\s+place)\\b[^;]*?"
            + "\\s+and\\s+an?\\s+\\1\\s+of\\s+(?:the\\s+)?([^,;]+?)\\s+(?:at|in|on)\\s");

    /** "Meetings of the trade union members and of the women's union members were held". */
    private static final Pattern PLURAL_OF_GROUPS = Pattern.compile(
            "(?i)^\\W*(meetings|rallies|seminars|lectures)\\s+(of\\s+(?:the\\s+)?[^,;]+?(?:,?\\s+and\\s+of\\s+(?:the\\s+)?[^,;]+?)+)\\s+(?:were\\s+held|took\\s+place)\\b");

    private static String expandParty(String tail) {
        return tail.replaceAll("\\bthe\\s+WPK\\b", "the " + Organizations.WPK);
    }

    /** "He then convened a consultative meeting on X", "... held an enlarged meeting of Y": the sentence reports it, wherever it stands. */
    private static final Pattern CONVENED = Pattern.compile(
            "(?i)\\b(?:convened|called|convenes|calls)(?:\\s+and\\s+(?:guided|guides|presided\\s+over))?\\s+an?\\s+((?:(?:consultative|enlarged|emergency|joint|urgent|special)\\s+)*(?:meeting|conference|session|consultation))\\s+(on|of|for)\\s+(?:the\\s+)?");
    /** "The National Flood Control Committee met on July 2": a body's meeting. */
    private static final Pattern BODY_MET = Pattern.compile(
            "^\\W*(?:The\\s+)?((?:[A-Z][\\w'’-]*\\s+){0,6}(?:Committee|Commission|Bureau|Council|Presidium|Secretariat|Assembly|Cabinet)"
            // "The Political Bureau of the Central Committee of the Workers' Party of Korea met on ...": the body's name goes on through "of (the)".
            + "(?:\\s+(?:of\\s+(?:the\\s+)?)?[A-Z][\\w'’.-]*){0,12})\\s+met\\s+(?:on|in|at|here)\\b");

    private static Found findOneReported(String sentence) {
        Matcher convened = CONVENED.matcher(sentence);
        if (convened.find()) {
            String qualifier = cut(sentence.substring(convened.end()));
            if (qualifier.split("\\s+").length >= 2 && !DAY_FIRST.matcher(qualifier).lookingAt()) {
                String name = titleCase(convened.group(1) + " " + convened.group(2).toLowerCase(Locale.ROOT) + " " + qualifier);
                return unnumbered(name, kindOf(convened.group(1)), 0, convened.end());
            }
        }
        Matcher met = BODY_MET.matcher(sentence);
        if (met.find()) return unnumbered("Meeting of the " + met.group(1).strip(), "meeting", met.start(1), met.end(1));
        Matcher quoted = QUOTED_EVENT.matcher(sentence);
        if (quoted.find()) {
            String name = quoted.group(1).replaceAll("\\s+", " ").strip();
            return unnumbered(name, kindOf(name), quoted.start(1), quoted.end(1));
        }
        Matcher named = NAMED_EVENT.matcher(sentence);
        if (named.find()) {
            String name = expandParty(named.group(1).replaceAll("\\s+", " ").strip());
            if (!isAName(name)) return null;
            return unnumbered(name, kindOf(name), named.start(1), named.end(1));
        }
        Matcher nth = ORG_HELD_NTH.matcher(sentence);
        if (nth.find()) {
            // "The 13th Supreme People's Assembly held its first session": the 1st Session of the 13th Supreme People's Assembly.
            MeetingName numbered = parse(nth.group(2) + " " + nth.group(3) + " of the " + nth.group(1).replaceFirst("^(?i:the)\\s+", ""));
            if (numbered != null) return new Found(numbered, nth.start(1), nth.end(), nth.group());
        }
        Matcher held = ORG_HELD.matcher(sentence);
        if (held.find()) {
            String org = Organizations.canonical(held.group(1));
            boolean enlarged = held.group(2) != null;
            String kind = held.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String name = (enlarged ? "Enlarged " : "") + titleCase(kind) + " of the " + org.replaceFirst("^WPK Central Committee$", "Central Committee of the " + Organizations.WPK);
            name = name.replace("of the WPK Central Committee", "of the Central Committee of the " + Organizations.WPK);
            return unnumbered(name, kind, held.start(1), held.end());
        }
        Matcher m = INDEFINITE_EVENT.matcher(sentence);
        if (!m.find()) return null;
        String kindPhrase = m.group(1).replaceAll("\\s+", " ");
        String rest = sentence.substring(m.end());
        // 'A meeting "Evening of Friendship" of X took place': the title its organizers gave it is part of its name.
        Matcher titled = TITLE_AFTER_KIND.matcher(rest);
        String title = null;
        if (titled.lookingAt() && !kindPhrase.endsWith("s")) {
            title = titled.group(1).replaceAll("\\s+", " ").strip();
            rest = rest.substring(titled.end());
        }
        // 'A joint seminar titled "X" was held', 'An international symposium under the theme "X" took place': named only by
        // its title or theme, printed before the verb; "under the theme of X" unquoted is what it was on.
        if (title == null && !kindPhrase.endsWith("s")) {
            Matcher byTitle = TITLED_AFTER_KIND.matcher(rest);
            if (byTitle.lookingAt()) {
                title = byTitle.group(1).replaceAll("\\s+", " ").strip();
                rest = rest.substring(byTitle.end());
            } else if ((byTitle = UNQUOTED_THEME_AFTER_KIND.matcher(rest)).lookingAt()) {
                rest = " on the " + rest.substring(byTitle.end());
            }
        }
        // "celebration meetings, seminars, film shows and other events in five countries": occasions listed, no one meeting.
        if (kindPhrase.endsWith("s") && KINDS_LISTED.matcher(rest).lookingAt()) return null;
        String qualifier = null;
        // "a national symposium in the field of X", "a seminar in the farming sector": the field names it too.
        Matcher direct = FIELD_QUALIFIER.matcher(rest).lookingAt() ? FIELD_QUALIFIER.matcher(rest)
                : DIRECT_QUALIFIER.matcher(rest);
        Matcher afterVerb = AFTER_VERB.matcher(rest);
        Matcher purpose = PURPOSE.matcher(rest);
        // "was held on Friday to convey ...": the day is when, the purpose names it.
        boolean dayAfterVerb = afterVerb.find() && DAY_FIRST.matcher(rest.substring(afterVerb.start(1))).lookingAt();
        afterVerb.reset();
        String qualified = null; // the text the qualifier was cut from
        // "Meetings with young models, innovators and volunteers took place across the country": occasions of a day, no one meeting.
        if (kindPhrase.endsWith("s") && WITH_GROUPS.matcher(rest).lookingAt()) return null;
        if (direct.find()) {
            qualified = rest.substring(direct.end());
            qualifier = direct.group(1).toLowerCase(Locale.ROOT) + " " + cut(qualified);
        } else if (!dayAfterVerb && afterVerb.find()) {
            qualified = rest.substring(afterVerb.end());
            qualifier = afterVerb.group(1).toLowerCase(Locale.ROOT) + " " + cut(qualified);
        } else if (purpose.find()) {
            // "to deeply grasp the feats of X": a seminar or lecture on them.
            String verb = STUDY.matcher(purpose.group(1)).matches() ? "on" : purpose.group(1).toLowerCase(Locale.ROOT);
            qualified = rest.substring(purpose.end());
            qualifier = verb + " the " + cut(qualified);
        }
        // "The forum was held on the theme titled '...'": a slogan is what it was about, not its name.
        if (qualified != null && THEME.matcher(qualified).lookingAt()) return title == null ? null : titledOnly(kindPhrase, title, m);
        if (qualifier == null && title != null) return titledOnly(kindPhrase, title, m);
        // "to convey a message to the workers, technicians and officials at the Y Smeltery": the unit it was held for names it too.
        String unit = qualified == null ? null : unitAfter(qualified);
        if (qualifier != null && unit != null && !qualifier.contains(unit.substring(unit.indexOf(' ') + 1))) qualifier = qualifier + " " + unit;
        if (qualifier == null || qualifier.split("\\s+").length < 2) return null;
        // "A meeting to convey them": a pronoun names nothing.
        if (qualifier.matches("(?is)(?:\\S+\\s+){1,3}(?:it|them|this|that|these|those|him|her)\\b.*")) return null;
        // "a meeting, as part of the short course, to ...": a part of the meeting already reported, not one of its own.
        if (PART_OF.matcher(sentence).find()) return null;
        // "a meeting on Friday to convey ...": a day is no part of a name.
        if (DAY_FIRST.matcher(qualifier).lookingAt()) return null;
        // "Meetings to carry through ...": each is one meeting of the kind.
        kindPhrase = kindPhrase.replaceFirst("(?i)\\b(meeting|seminar|lecture|course|workshop|session|conference)s$", "$1")
                .replaceFirst("(?i)\\b(ceremon|rall)ies$", "$1y");
        // The farewell ceremony is a part of the funeral, not a meeting of its own.
        if (qualifier.matches("(?is).*\\b(?:farewell|deceased|remains|coffin)\\b.*")) return null;
        // "the great leader Comrade X", "the respected X": honorifics before a name go; "the peerlessly great men" keeps its words.
        String name = titleCase(kindPhrase) + (title == null ? "" : " \"" + title + "\"") + " " + qualifier.replaceAll("\\b(?:(?:leader|respected|dear|great|late)\\s+)+(?=[A-Z])", "");
        return unnumbered(titleCase(name), kindOf(kindPhrase), m.start(1), m.end());
    }

    /** "a meeting of X", "a seminar on Y", "a meeting with the war veterans" (whom it was held with, not "with the participation of"). */
    private static final Pattern DIRECT_QUALIFIER = Pattern.compile("^\\s+(for|of|on|with(?!\\s+(?:the\\s+)?(?:participation|attendance|presence)\\b))\\s+(?:the\\s+)?");
    private static final Pattern WITH_GROUPS = Pattern.compile("^\\s+with\\s");
    private static final Pattern TITLE_AFTER_KIND = Pattern.compile("^\\s+[\"“]((?-i:[A-Z])[^\"”]{2,60})[\"”]");
    private static final Pattern TITLED_AFTER_KIND = Pattern.compile(
            "(?i)^\\s*,?\\s+(?:(?:en)?titled|called|named|dubbed|under\\s+the\\s+(?:theme|title|slogan|motto)(?:\\s+of)?)\\s*,?\\s+[\"“]((?-i:[A-Z])[^\"”]{2,100})[\"”]");
    private static final Pattern UNQUOTED_THEME_AFTER_KIND = Pattern.compile("(?i)^\\s+under\\s+the\\s+theme\\s+of\\s+(?:the\\s+)?(?=(?-i:[a-zA-Z]))");

    private static Found titledOnly(String kindPhrase, String title, Matcher m) {
        return unnumbered(titleCase(kindPhrase) + " \"" + title + "\"", kindOf(kindPhrase), m.start(1), m.end());
    }

    /** 'The "Forum of Our Nation-2031" took place': a meeting its organizers named, in quotes. */
    private static final Pattern QUOTED_EVENT = Pattern.compile(
            "^\\W*The\\s+[\"“]([^\"”]{0,60}?\\b(?:Forum|Festival|Seminar|Symposium|Conference|Meeting|Rally|Workshop|Congress|Lecture)\\b[^\"”]{0,40})[\"”]\\s+"
            + NAMED_VERB);
    private static final Pattern THEME = Pattern.compile("(?i)^(?:the\\s+)?(?:theme|title|slogan|motto)s?\\b");
    /** "A national seminar was held under the theme '...'": a meeting the sentence names only by a slogan. */
    private static final Pattern THEMED_REPORT = Pattern.compile(
            "(?i)^\\W*(?:an?\\s+)(" + EVENT_MODIFIERS + EVENT_KIND + ")\\s+(?:(?:was|were)\\s+(?:held|organized|opened)\\s+(?:[^,;]{0,40}?\\s)?(?:on|under)|under)\\s+the\\s+(?:theme|title|slogan|motto)\\b");
    /** A headline that names a meeting and says it was held: "Seminar on Soil Science Held", "National Forum of Growers Opens". */
    private static final Pattern HEADLINE_NAME = Pattern.compile(
            "^\\W*((?:[A-Z][\\w'’-]*\\s+){0,3}?" + NAMED_KIND.replace(")", "|Symposium|Forum)") + "s?\\s+(?:of|on|for|in)\\s+[^,;:]+?)\\s+"
            + "(?:Held|Opens|Opened|Takes\\s+Place|Took\\s+Place|Closes|Closed|Underway)\\b");

    /**
     * The meeting a sentence reports by a slogan only ("A national seminar was held under the
     * theme '...'"), named by the headline when that names one of the same kind ("Seminar on Soil
     * Science Held"); null otherwise (a slogan is no name, and no name is better than a wrong one).
     */
    static Found namedByHeadline(String sentence, String headline) {
        if (headline == null) return null;
        Matcher themed = THEMED_REPORT.matcher(sentence);
        if (!themed.find()) return null;
        Matcher named = HEADLINE_NAME.matcher(headline);
        if (!named.find()) return null;
        String kind = kindOf(themed.group(1));
        String name = named.group(1).replaceAll("\\s+", " ").strip();
        if (!kindOf(name).equals(kind) || !isAName(name)) return null;
        return unnumbered(name, kind, themed.start(1), themed.end(1));
    }

    private static final Pattern FIELD_QUALIFIER = Pattern.compile(
            "^\\s+(in)\\s+(?=the\\s+(?:fields?|sectors?|domains?)\\s+of\\b|the\\s+(?:[\\w-]+\\s+){1,3}?(?:field|sector)\\b)");

    private static String cut(String text) {
        String q = text.substring(0, cutAt(text));
        return PARTY_OR_STATE_IN_BRACKETS.matcher(q).replaceAll("").strip();
    }

    /**
     * Where a qualifier ends: the first end mark outside a quoted title ("the work \"Heritage
     * Conservation Is a Patriotic Cause\"" is named whole, its "Is" and comma are the title's).
     */
    private static int cutAt(String text) {
        Matcher end = QUALIFIER_END.matcher(text);
        while (end.find()) {
            if (insideQuote(text, end.start())) continue;
            // "of provincial, city and county people's assemblies": the comma lists levels of one noun, it ends nothing.
            if (text.charAt(end.start()) == ',' && LEVEL_BEFORE.matcher(text).region(0, end.start()).find()
                    && LEVEL_AFTER.matcher(text).region(end.start(), text.length()).lookingAt()) continue;
            return end.start();
        }
        return text.length();
    }

    private static final String LEVEL = "(?:provincial|city|county|municipal|district|town|township|ri|primary|regional|local)";
    private static final Pattern LEVEL_BEFORE = Pattern.compile("(?i)\\b" + LEVEL + "$");
    private static final Pattern LEVEL_AFTER = Pattern.compile("(?i),\\s+(?:and\\s+)?" + LEVEL + "\\b");

    /** Whether a position lies between an opening quote and a closing one that follows it. */
    private static boolean insideQuote(String text, int at) {
        int open = -1;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“' || (c == '"' && open < 0)) open = i;
            else if (c == '”' || c == '"') open = -1;
        }
        if (open < 0) return false;
        for (int i = at; i < text.length(); i++) if (text.charAt(i) == '"' || text.charAt(i) == '”') return true;
        return false;
    }

    /** Head words of a unit a local meeting is held for: a works, farm, mine, school or hospital (not a hall it is held in). */
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "^((?:\\s*,?\\s+(?:and\\s+)?(?-i:[a-z][\\w'’-]*))*?)\\s*,?\\s+(at|of|in)\\s+the\\s+"
            + "((?:[A-Z0-9][\\w'’.-]*\\s+)(?:(?:[A-Z0-9][\\w'’.-]*|and)\\s+){0,5}(?:Factory|Complex|Smeltery|Mine|Colliery|Works|Farm|Plant|Enterprise|Company|Shipyard|Mill|"
            + "Combine|University|College|School|Institute|Hospital|Nursery|Hatchery))\\b");

    /**
     * The unit named right after a qualifier's end ("..., technicians and officials at the Y
     * Smeltery", "... field guidance at the Z Paper Factory", "... took place at the W Farm"):
     * "at Y Smeltery", or null when the words between are not the qualifier's own lower-case run
     * (a speaker's title, a day, another clause).
     */
    private static final Pattern PRODUCTION_UNIT = Pattern.compile("\\b(?:Factory|Smeltery|Mine|Colliery|Works|Farm|Plant|Shipyard|Mill|Combine|Enterprise|Nursery|Hatchery)$");

    static String unitAfter(String qualified) {
        int at = cutAt(qualified);
        if (at >= qualified.length()) return null;
        Matcher unit = UNIT_AFTER.matcher(qualified.substring(at));
        if (!unit.find()) return null;
        String between = unit.group(1);
        // "... on the occasion of the day of the X Complex": a date or occasion is no recipient's run.
        if (between.matches("(?s).*\\b(?:occasion|anniversary|day|days|month|year)\\b.*")) return null;
        // "A symposium took place at the X Science Complex": after the verb a unit is where it was held, and names
        // the meeting only when it is a works holding its own (a farm's account meeting), not a hall, campus or complex.
        if (between.matches("(?s).*\\b(?:took|place|held|was|were|given|opened|organized)\\b.*")
                && !PRODUCTION_UNIT.matcher(unit.group(3)).find()) return null;
        return unit.group(2) + " " + unit.group(3).strip();
    }

    // Compiled once (they were compiled per call).
    private static final Pattern AFTER_VERB = Pattern.compile("^\\s+(?:was|were)\\s+(?:given|held|organized)\\s+(for|on)\\s+(?:the\\s+)?"),
            EVENT_KIND_ANY_CASE = Pattern.compile("(?i)" + EVENT_KIND);

    private static String kindOf(String phrase) {
        Matcher k = EVENT_KIND_ANY_CASE.matcher(phrase);
        String kind = null;
        while (k.find()) kind = k.group();
        return kind == null ? "meeting" : kind.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** A meeting without an ordinal, named by the caller (its name built from what the article says of it). */
    /** "Memorial Service for Late X" (a headline's capitals): "late" before the name of the dead is no part of the meeting's name. */
    private static final Pattern LATE = Pattern.compile("\\b(for|of|to) (?:the )?[Ll]ate (?=\\p{Lu})");

    static Found unnumbered(String name, String kind, int start, int end) {
        String canonical = LATE.matcher(name.replace('’', '\'').replaceAll("\\s+", " ").strip()).replaceAll("$1 ");
        boolean enlarged = canonical.toLowerCase(Locale.ROOT).contains("enlarged");
        String key = key(canonical);
        MeetingName meeting = new MeetingName(canonical, key, canonical, key, null, kind, enlarged, null, null);
        return new Found(meeting, start, end, canonical);
    }
}
