package org.dais.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title lexicon of DPRK state media and the parsing of title phrases
 * ("member of the Presidium of the Political Bureau and secretary for Organizational Affairs
 * of the WPK Central Committee") into offices. Generic knowledge only: office words, their
 * modifiers, and how organizations are named.
 */
public final class Titles {
    // Compiled once: these run for every sentence of every document.
    private static final java.util.regex.Pattern PLURAL_OFFICE_WORD = java.util.regex.Pattern.compile(".*(?:members|heads|directors|chiefs|ministers|commanders|delegates|managers|presidents|premiers"
            + "|chairpersons|engineers|rectors|ambassadors|leaders|mayors|governors|instructors|councillors|lecturers"
            + "|procurators|prosecutors|headmasters|kings|queens|emirs|amirs|sultans|dukes)");

    // Compiled once: these run for every sentence of every document.
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[,;.]+$");
    private static final java.util.regex.Pattern HAS_OF_AT_IN = java.util.regex.Pattern.compile("(?i).*\\s(?:of|at|in)\\s.*");
    private static final java.util.regex.Pattern PRESIDENT = java.util.regex.Pattern.compile("(?:honorary |first )?(?:vice-)?president");
    /** A minister of a portfolio, whatever rank ("executive deputy minister"); not a prime minister. */
    private static final java.util.regex.Pattern MINISTER = java.util.regex.Pattern.compile("(?:(?:first|executive|deputy|vice)[- ])*minister");
    /** A state's own name ("Socialist Republic of X"): a minister of it has no portfolio named, so no ministry. */
    private static final java.util.regex.Pattern STATE_NAME = java.util.regex.Pattern.compile(
            "(?:the )?(?:[A-Z][\\w'’-]* ){0,3}(?:Republic|Federation|Kingdom|States|Emirates|Sultanate)\\b");
    /** A body that is a ministry already, however printed: "Ministry of X", "the DPRK Foreign Ministry". */
    private static final java.util.regex.Pattern MINISTRY = java.util.regex.Pattern.compile("(?i)^(?:the )?Ministry\\b.*|.*\\bMinistry\\b.*");
    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("(?i)^the\\s+");
    private static final java.util.regex.Pattern LEADING_PREPOSITION = java.util.regex.Pattern.compile("^(?:of|to|at|in)\\s+(?:the\\s+)?");
    private static final java.util.regex.Pattern TRAILING_PARENTHESIS = java.util.regex.Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final java.util.regex.Pattern IN_CHARGE_OF = java.util.regex.Pattern.compile("(?i)\\bin\\s+charge\\s+of\\b");
    private static final java.util.regex.Pattern VICE_SPACED = java.util.regex.Pattern.compile("(?i)\\bvice\\s+(chairm[ae]n|chairpersons?|presidents?|premiers?|ministers?|directors?|marshals?)\\b");

    private static final java.util.regex.Pattern OF_ITS = java.util.regex.Pattern.compile("\\bof its\\b(?=\\s+[A-Z])");

    private Titles() {}

    private static final String MODIFIER =
            "(?:first|executive|responsible|chief|general|alternate|candidate|honorary|vice|deputy|senior|supreme|acting|prime|"
            + "full[- ]time|standing|presidium|department|section|bureau|political|organizational|permanent)";
    private static final String HEAD =
            "(?:(?:vice[- ])?foreign\\s+ministers?|defen[cs]e\\s+ministers?|directors?-general|members?|secretar(?:y|ies)|chairm[ae]n|chairwom[ae]n|chairpersons?|presidents?|premiers?|directors?|"
            + "vice-directors?|heads?|chiefs?|ministers?|commanders?|deput(?:y|ies)|delegates?|managers?|engineers?|"
            + "rectors?|editors?-in-chief|ambassadors?|mayors?|governors?|procurators?|prosecutors?|"
            + "instructors?|vice-chairm[ae]n|vice-premiers?|vice-presidents?|vice-ministers?|councillors?|lecturers?|"
            + "principals?|editors?|headmasters?|kings?|queens?|emirs?|amirs?|sultans?|grand\\s+dukes?|grand\\s+duchess(?:es)?)";

    /** A title: modifiers, then an office word ("vice department director", "chief secretary"). */
    public static final String TITLE = "(?:" + MODIFIER + "[- ])*" + HEAD;

    /** Multi-word titles that carry "of" themselves and so must not be split there. */
    private static final List<String> FIXED_TITLES = List.of(
            "president of the State Affairs", "supreme commander of the armed forces", "chief of the General Staff");

    private static final Pattern OFFICE_WORD = Pattern.compile(MODIFIER + "|" + HEAD + "|" + TITLE + "|of|the|for|in|charge|and|to");
    private static final Pattern CONNECTOR = Pattern.compile("(?i)of|for|in");
    private static final Pattern PORTFOLIO = Pattern.compile("(?i)\\bfor\\s+((?:[\\w-]+\\s+){0,3}affairs)\\b");
    private static final Pattern TITLE_START = Pattern.compile("(?i)^(?:the\\s+)?" + TITLE + "\\b");

    /** Where the organization starts: "of/at/to/in the X" with X capitalised (or a number). */
    private static final Pattern ORG_SPLIT = Pattern.compile("\\s(?:of|at|to|in)\\s+(?:the\\s+)?(?=[A-Z0-9\"“])");
    /** Where a phrase turns to another title, or to an honorific that is no office ("supreme leader of ..."). */
    private static final Pattern CONJUNCT_SPLIT = Pattern.compile(
            "(?i)(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?=(?:the\\s+)?(?:" + TITLE + "|(?:supreme\\s+|great\\s+)?leaders?)\\b)");
    /** A list comma then two to four capitalised words ending a conjunct: a person's name before the next title. */
    private static final Pattern PERSON_TAIL = Pattern.compile(",\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]*)\\s*$");
    /** Words that make such a tail a body or a place ("the C.C., Communist Party of X", "Y Province, Z City"), not a person. */
    private static final Pattern BODY_OR_PLACE_WORD = Pattern.compile(
            "\\b(?:Party|Committee|Commission|Council|Union|League|Federation|Association|Society|Front|Movement|Organization|Assembly|"
            + "Ministry|Department|Bureau|Office|Agency|Institute|University|Academy|School|College|Company|Corporation|Group|Bank|"
            + "Republic|Kingdom|State|States|Federation|Province|County|City|District|Region|Island|Islands|Korea|China|Russia|Army|Forces|Navy|"
            + "Government|Cabinet|Embassy|Mission|Centre|Center|Foundation|Fund|Council|Forum|Club|Council|Station|Factory|Complex|Farm|Mine|Works)\\b"
            + "|\\p{Lu}{2,}");
    private static final Pattern UNDER = Pattern.compile("\\s+under\\s+(?:the\\s+)?(?=[A-Z])");

    /** Whether {@code phrase} starts with a plural title ("members of", "vice-chairmen of"): one shared by a list of names. */
    public static boolean startsWithPluralTitle(String phrase) {
        Matcher m = TITLE_START.matcher(phrase.strip());
        if (!m.lookingAt()) return false;
        String word = m.group().toLowerCase(Locale.ROOT);
        return word.endsWith("s") || word.endsWith("men");
    }

    /** Bodies a title names by itself: a vice-premier is of the Cabinet, a deputy of the SPA, wherever the phrase goes on. */
    private static String ownBody(String title) {
        return switch (title) {
            case "premier", "vice-premier" -> "Cabinet of the DPRK";
            case "deputy" -> "Supreme People's Assembly";
            default -> null;
        };
    }

    /** Whether {@code phrase} starts with a title word. */
    public static boolean startsWithTitle(String phrase) {
        return TITLE_START.matcher(phrase.strip()).lookingAt();
    }

    /**
     * Offices in a title phrase. An organization left incomplete by a conjunction
     * ("member of the Presidium of the Political Bureau and secretary ... of the WPK Central
     * Committee") borrows the parent body named at the end.
     */
    public static List<Office> parse(String phrase) {
        return PARSED.apply(phrase);
    }

    private static final Memo<List<Office>> PARSED = new Memo<>(4096, phrase -> List.copyOf(parseUncached(phrase)));

    /**
     * "vice-premier and concurrently minister of X", "first vice-chairman and concurrently director of the Y Department of Z":
     * two offices, the first title's body named by the second's (its ministry's Cabinet by the title's own body, a
     * department's parent); group 1 the first title, 2 the second office, 3 the parent when the second body is an organ.
     */
    private static final Pattern CONCURRENTLY = Pattern.compile(
            "^(" + TITLE + ")\\s+and\\s+concurrently\\s+((?:the\\s+)?" + TITLE + "\\s+of\\s+(?:the\\s+)?"
            + "(?:(?:[A-Z][\\w'’-]*\\s+)+(?:Department|Bureau|Division|Section)\\s+of\\s+(?:the\\s+)?(.+)|.+))$");

    /** "First Vice-Chairman and concurrently Director of the X Department" printed before a name: the same two titles, capitalised. */
    private static final Pattern CAPITALISED_CONCURRENT = Pattern.compile("^(?i)(" + TITLE + ")(\\s+and\\s+concurrently\\s+)(" + TITLE + ")(?=\\s+of\\s)");

    /** "foreign minister of X" is the minister of X's foreign affairs; "defence minister", of its defence. */
    private static final Pattern FOREIGN_MINISTER = Pattern.compile("(?i)\\b((?:first\\s+)?(?:vice[- ])?)foreign\\s+minister\\b");
    private static final Pattern DEFENCE_MINISTER = Pattern.compile("(?i)\\bdefen[cs]e\\s+minister\\b");

    /**
     * "secretary of the primary committee of the WPK of X", "the primary WPK committee of X": the Party's primary committee
     * at X is the one the title names ("secretary of the primary Party committee" of X), the WPK no body of X's.
     */
    private static final Pattern PRIMARY_PARTY_COMMITTEE = Pattern.compile(
            "(?i)\\bprimary\\s+(?:(?:WPK|Party)\\s+committee\\b|committee\\s+of\\s+(?:the\\s+)?(?:WPK|Workers['’]\\s+Party\\s+of\\s+Korea)\\b)");

    private static List<Office> parseUncached(String phrase) {
        if (phrase.contains("rimary")) phrase = PRIMARY_PARTY_COMMITTEE.matcher(phrase).replaceAll("primary Party committee");
        if (phrase.regionMatches(true, 0, "foreign", 0, 7) || phrase.regionMatches(true, 0, "defen", 0, 5) || phrase.contains(" minister")) {
            // "vice foreign minister": the vice-minister of foreign affairs.
            phrase = FOREIGN_MINISTER.matcher(phrase).replaceAll(m -> m.group(1).toLowerCase(Locale.ROOT).replaceFirst("vice[- ]$", "vice-")
                    + "minister of Foreign Affairs");
            phrase = DEFENCE_MINISTER.matcher(phrase).replaceAll("minister of Defence");
        }
        Matcher capitalised = CAPITALISED_CONCURRENT.matcher(phrase.strip());
        if (capitalised.find() && !capitalised.group().equals(capitalised.group().toLowerCase(Locale.ROOT))) {
            phrase = capitalised.group(1).toLowerCase(Locale.ROOT) + capitalised.group(2) + capitalised.group(3).toLowerCase(Locale.ROOT)
                    + phrase.strip().substring(capitalised.end());
        }
        Matcher concurrently = CONCURRENTLY.matcher(WHITESPACE.matcher(phrase.strip()).replaceAll(" "));
        if (concurrently.matches() && !concurrently.group(1).contains(" of ")) {
            List<Office> offices = new ArrayList<>(parseUncached(concurrently.group(2)));
            String first = concurrently.group(1);
            // The parent of the second office's organ, or the first title's own body ("vice-premier": the Cabinet's).
            if (concurrently.group(3) != null) offices.addAll(0, parseUncached(first + " of " + concurrently.group(3)));
            else {
                // "A and B of X" as the conjunct rules read it, but a first title that only borrowed the second's
                // organ ("deputy prime minister and concurrently minister of X of Y": not the ministry's) is left out.
                List<Office> both = new ArrayList<>();
                for (Office o : parseUncached(first + " and " + concurrently.group(2))) {
                    boolean borrowed = offices.stream().anyMatch(second -> java.util.Objects.equals(second.organization(), o.organization()))
                            && !Organizations.isTopLevel(o.organization());
                    boolean firstTitle = o.title().equalsIgnoreCase(normalizeTitle(first)) || o.title().equalsIgnoreCase(first);
                    if (firstTitle && !borrowed) both.add(o);
                }
                offices.addAll(0, both);
            }
            return offices;
        }
        String cleaned = TRAILING_PUNCTUATION.matcher(WHITESPACE.matcher(phrase.strip()).replaceAll(" ")).replaceAll("").strip();
        List<String> conjuncts = new ArrayList<>();
        int last = 0;
        Matcher split = CONJUNCT_SPLIT.matcher(cleaned);
        while (split.find()) {
            // "the C.C., WPK" contains a comma but no title after it: only title-led conjuncts split.
            if (split.start() > last) conjuncts.add(cleaned.substring(last, split.start()));
            last = split.end();
        }
        conjuncts.add(cleaned.substring(last));
        // "general manager of the X Co. Ltd. in Y Province, Li Chengxue, general manager of Z": a name the finder missed ends
        // the body, and the titles after it are that person's, not this one's.
        for (int i = 0; i < conjuncts.size() - 1; i++) {
            Matcher tail = PERSON_TAIL.matcher(conjuncts.get(i));
            if (tail.find() && !BODY_OR_PLACE_WORD.matcher(tail.group(1)).find()) {
                conjuncts.set(i, conjuncts.get(i).substring(0, tail.start()));
                conjuncts.subList(i + 1, conjuncts.size()).clear();
                break;
            }
        }
        List<Office> offices = new ArrayList<>();
        for (String conjunct : conjuncts) {
            // "vice-chairmen of the WPK Central Committee and members of its Secretariat": "its" is the body named before.
            boolean its = OF_ITS.matcher(conjunct).find();
            Office office = parseOne(its ? OF_ITS.matcher(conjunct).replaceAll("of the") : conjunct.strip());
            if (its && office != null && office.organization() != null && !offices.isEmpty() && offices.get(offices.size() - 1).organization() != null) {
                office = new Office(office.title(), office.organization() + " of " + offices.get(offices.size() - 1).organization(), null);
            }
            // "members of the commission": an "of" phrase naming no organization is a generic group, not an office.
            if (office != null && office.organization() == null && HAS_OF_AT_IN.matcher(conjunct).matches()) continue;
            if (office != null) offices.add(office);
        }
        // "vice-premier and chairman of X": a title with a body of its own does not borrow X.
        for (int i = 0; i < offices.size(); i++) {
            Office o = offices.get(i);
            if (o.organization() == null && ownBody(o.title()) != null) offices.set(i, new Office(o.title(), ownBody(o.title()), null));
        }
        // "director-general and editor-in-chief of X": a title without a body shares the next one's.
        for (int i = offices.size() - 1; i-- > 0; ) {
            Office o = offices.get(i), next = offices.get(i + 1);
            // Not a minister's portfolio ("deputy prime minister and minister of Education of X": the first is no education office).
            if (o.organization() == null && next.organization() != null && !Organizations.isTopLevel(next.organization())
                    && !MINISTER.matcher(next.title()).matches()) {
                offices.set(i, new Office(o.title(), next.organization(), next.parentOrganization()));
            }
        }
        // Borrow the final body for incomplete or missing organizations.
        String finalBody = null;
        for (int i = offices.size(); i-- > 0 && finalBody == null; ) {
            String org = offices.get(i).organization();
            if (org != null && Organizations.isTopLevel(org)) finalBody = Organizations.topLevelOf(org);
        }
        List<Office> completed = new ArrayList<>();
        for (Office o : offices) {
            String org = o.organization();
            if (finalBody != null && (org == null || !Organizations.isTopLevel(org))) {
                org = org == null ? finalBody : org + " of " + finalBody;
            }
            if (org == null) continue;
            // "Vice-Premier of the DPRK": the country's vice-premiers are the Cabinet's.
            if (ownBody(o.title()) != null && Organizations.canonical(org).equals(Organizations.DPRK)) org = ownBody(o.title());
            // "vice-president of the Presidium": the Political Bureau's Presidium has members only, so a president's is the SPA's.
            if (PRESIDENT.matcher(o.title()).matches() && org.strip().matches("(?:the )?Presidium")) org = "Presidium of the Supreme People's Assembly";
            // "minister of Metal Industry" heads the Ministry of Metal Industry.
            if (MINISTER.matcher(o.title()).matches() && !MINISTRY.matcher(org).matches() && !STATE_NAME.matcher(org).lookingAt()) org = "Ministry of " + org;
            // "president of Mongolian" (a misprint): a nationality adjective alone names no body; the state it names does.
            String demonymState = Organizations.stateOfDemonym(org);
            if (demonymState != null) org = demonymState;
            completed.add(new Office(o.title(), Organizations.canonical(org),
                    o.parentOrganization() == null ? null : Organizations.canonical(o.parentOrganization())));
        }
        return completed;
    }

    private static Office parseOne(String conjunct) {
        String text = LEADING_THE.matcher(conjunct).replaceFirst("");
        if (!TITLE_START.matcher(text).lookingAt()) return null;
        for (String fixed : FIXED_TITLES) {
            if (text.toLowerCase(Locale.ROOT).startsWith(fixed.toLowerCase(Locale.ROOT))) {
                String rest = text.substring(fixed.length()).strip();
                String org = LEADING_PREPOSITION.matcher(rest).replaceFirst("").strip();
                return new Office(fixed.substring(0, 1).toLowerCase(Locale.ROOT) + fixed.substring(1), org.isEmpty() ? null : stripOrg(org), null);
            }
        }
        Matcher m = ORG_SPLIT.matcher(text);
        if (!m.find()) return new Office(normalizeTitle(text), null, null);
        String title = text.substring(0, m.start());
        String org = text.substring(m.end());
        String parent = null;
        Matcher under = UNDER.matcher(org);
        if (under.find()) {
            parent = stripOrg(org.substring(under.end()));
            org = org.substring(0, under.start());
        }
        // "director of a department of X" is the title printed "department director of X" (one of X's departments, unnamed).
        Matcher unnamedUnit = OF_AN_UNIT.matcher(title.strip());
        if (unnamedUnit.matches()) {
            // The unit's word goes before the office word: "first vice-director of a department" is a "first vice department director".
            String printed = unnamedUnit.group(1), unit = unnamedUnit.group(2).toLowerCase(Locale.ROOT);
            int last = printed.lastIndexOf(' ') + 1;
            String head = printed.substring(last);
            boolean vice = head.toLowerCase(Locale.ROOT).startsWith("vice-");
            title = printed.substring(0, last) + (vice ? "vice " : "") + unit + " " + (vice ? head.substring(5) : head);
        }
        return new Office(normalizeTitle(title), stripOrg(org), parent);
    }

    private static final Pattern OF_AN_UNIT = Pattern.compile(
            "(?i)^(" + TITLE + ")\\s+of\\s+an?\\s+(department|section|bureau|division|regiment|battalion|platoon|squadron|detachment)$");

    /** "of the X Committee and officials, builders ...": "and" before a lower-case word opens the next list item, not the name. */
    private static final Pattern TRAILING_DAY = Pattern.compile(
            "\\s+on\\s+(?:(?:" + org.dais.ingest.Months.PATTERN + ")\\.?\\s+\\d{1,2}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b.*$");
    private static final Pattern COMMA_CIRCUMSTANCE = Pattern.compile(",\\s+(?:in|at|on|with|amid|under)\\s+(?:a|an|the)\\s+\\p{Ll}.*$");
    private static final Pattern AND_COMMON_NOUN = Pattern.compile("\\s+and\\s+(?=(?:other\\s+)?[a-z]+s\\b).*$");

    /** "president of X, at the Y Airport", "vice-president of the Presidium at the Z Hall": where it happened, not the body's name. */
    private static final Pattern AT_A_PLACE = Pattern.compile(",?\\s+at\\s+(?:the\\s+)?(?=[A-Z]).*$");

    private static String stripOrg(String org) {
        org = AND_COMMON_NOUN.matcher(org).replaceFirst("");
        org = AT_A_PLACE.matcher(org).replaceFirst("");
        // "a message to A, general secretary of the X Party on May 3": the day belongs to the message, not the body.
        org = TRAILING_DAY.matcher(org).replaceFirst("");
        // "chairman of the X Headquarters, in a warm atmosphere at Y": a circumstance after a comma ends the body.
        org = COMMA_CIRCUMSTANCE.matcher(org).replaceFirst("");
        return TRAILING_PUNCTUATION.matcher(TRAILING_PARENTHESIS.matcher(org).replaceAll("")).replaceAll("").strip();
    }

    private static final Pattern CHAIR_WORD = Pattern.compile("\\bchair(?:woman|person)\\b");

    /**
     * The post a printed title names: a body's "chairwoman" or "chairperson" holds its one chair, printed either way
     * (the same person is called both within a week), and the gold names that post "chairman".
     */
    public static String office(String title) {
        return title.contains("chair") ? CHAIR_WORD.matcher(title).replaceAll("chairman") : title;
    }

    /** Lowercase office words, singular: "Department Heads" → "department head". */
    public static String normalizeTitle(String title) {
        // "secretary in charge of organizational affairs" is the "secretary for organizational affairs".
        String forPortfolio = IN_CHARGE_OF.matcher(title.strip()).replaceAll("for");
        // "vice chairman" and "vice-chairman" are one title.
        String[] words = WHITESPACE.split(VICE_SPACED.matcher(forPortfolio).replaceAll("vice-$1"));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean officeWord = OFFICE_WORD.matcher(w.toLowerCase(Locale.ROOT)).matches();
            String norm = officeWord || i == 0 ? w.toLowerCase(Locale.ROOT) : w;
            if (i == words.length - 1 || !CONNECTOR.matcher(words[i + 1]).matches()) norm = singular(norm);
            if (out.length() > 0) out.append(' ');
            out.append(norm);
        }
        // "secretary for Organizational Affairs" and "... for organizational affairs" are one title.
        Matcher portfolio = PORTFOLIO.matcher(out);
        if (portfolio.find()) {
            return out.substring(0, portfolio.start(1)) + portfolio.group(1).toLowerCase(Locale.ROOT) + out.substring(portfolio.end(1));
        }
        return out.toString();
    }

    private static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("secretaries")) return word.substring(0, word.length() - 3) + "y";
        if (lower.endsWith("deputies")) return word.substring(0, word.length() - 3) + "y";
        if (lower.endsWith("men")) return word.substring(0, word.length() - 3) + "man";
        if (PLURAL_OFFICE_WORD.matcher(lower).matches()) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
