package org.dais.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dais.nlp.NameMention;
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
            "(?i)\\b(?:elected|appointed|promoted|by-elected|reelected|re-elected|named|transferred)\\b");
    private static final String CLAUSE_VERBS = "made|makes|delivered|gave|give|was|were|is|are|said|says|appeared|guided|guides|"
            + "presided|took|came|analyzed|analysed|referred|noted|stressed|expressed|called|attended|spoke|visited|who|which|"
            + "declared|opened|read|announced|conveyed|praised|laid|paid|watched|underlined|emphasized|pointed|hoped|added";
    private static final Pattern CLAUSE_END = Pattern.compile(
            ",\\s+(?=[a-z])(?!(?:and\\s+)?(?:the\\s+)?" + Titles.TITLE + "\\b)(?!(?:of|at|in|to)\\b)(?!and\\s*$)"
            + "|\\s+(?=(?:" + CLAUSE_VERBS + ")\\b)|\\s+in\\s+(?:their|his|her|a|the)\\s+(?:speech|speeches|address|report|eulogy)"
            + "|\\s+(?:--|—|–)\\s+|;"
            // "... premier of the Cabinet and recalled B from ...": a second verb ends the title.
            + "|\\s+and\\s+(?=[a-z]+ed\\b)"
            // ", Party officials and ...": a capitalised word then a lower-case one begins a new (generic) item.
            + "|,\\s+(?=[A-Z][\\w'’]*\\s+[a-z])(?!(?i:(?:and\\s+)?(?:the\\s+)?" + Titles.TITLE + ")\\b)(?!(?:Party|WPK)\\s+(?:committee|Central))(?!(?:WPK|DPRK|SPA|KPA|CMC)\\b)");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[,;]\\s*(?:and\\s+)?|and\\s+)$");
    private static final Pattern FUNERAL_COMMITTEE_FORMED = Pattern.compile(
            "(?i)\\b((?:state|national)\\s+)?funeral\\s+committee\\b[^.]{0,40}?\\b(?:is|was|has\\s+been)\\s+(?:formed|composed|made\\s+up)\\s+(?:with|of)\\b");
    private static final Pattern AS_ITS = Pattern.compile("(?i)^\\s+as\\s+its\\s+(" + Titles.TITLE + ")\\b");
    private static final Pattern THE_LATE = Pattern.compile("(?i)\\b(?:the\\s+late|funeral\\s+(?:committee\\s+)?for|funeral\\s+of|death\\s+of)\\s+$");
    private static final String APPOINTED = "(?:newly\\s+)?(?:elected|appointed|promoted|by-elected|reelected|re-elected|named|transferred)";
    /** "A and B were elected members of X", "A was appointed (as) premier of the Cabinet". */
    private static final Pattern PASSIVE_APPOINTMENT = Pattern.compile(
            "(?i)^\\s*(?:,\\s*[^,]*?,\\s*)?(?:was|were)\\s+" + APPOINTED + "\\s+(?:as\\s+|to\\s+(?:the\\s+(?:post|posts|office)\\s+of\\s+)?)?(?:an?\\s+|the\\s+)?(?=" + Titles.TITLE + "\\b)");
    /** "The session elected A as president of X", "appointed A, B and C as ...". */
    private static final Pattern ACTIVE_APPOINTMENT = Pattern.compile("(?i)\\b" + APPOINTED + "\\s+$");
    private static final Pattern AS_TITLE = Pattern.compile(
            "(?i)^\\s+(?:as\\s+|to\\s+(?:the\\s+(?:post|posts|office)\\s+of\\s+)?)(?:an?\\s+|the\\s+)?(?=" + Titles.TITLE + "\\b)");
    /** "Elected members of the Political Bureau were A, B and C." */
    private static final Pattern ELECTED_WERE = Pattern.compile(
            "(?i)^\\W*(?:newly\\s+)?(?:elected|appointed|by-elected)\\s+(?:as\\s+)?((?:" + Titles.TITLE + ")\\b.*?)\\s+(?:were|was)\\s*$");
    private static final Pattern TRAILING_PREFIX = Pattern.compile(
            "(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:Vice[- ])?Marshal|(?:Colonel |Lieutenant |Major )?General|(?:Vice |Rear )?Admiral|"
            + "Premier|Deputy|General Secretary|First Secretary|Chairman|Comrade|Dr\\.?|Professor)\\s*$");
    private static final Pattern PREFIX_TITLE = Pattern.compile(
            "(?:^|[\\s,(“\"])((?:General Secretary|First Secretary|Premier|Deputy|Chairman|Vice-Chairman|Vice Chairman)"
            + "(?:\\s+of\\s+(?:the\\s+)?(?:WPK|DPRK|Workers' Party of Korea|Workers’ Party of Korea|[A-Z][\\w'’]*(?:\\s+[A-Z][\\w'’]*){0,5}))?)"
            + "\\s+(?:(?:respected|dear)\\s+)?(?:Comrade\\s+)?$");
    private static final Pattern PREFIX_RANK = Pattern.compile(
            "(?:^|[\\s,(])((?:Vice[- ])?Marshal|(?:Colonel |Lieutenant |Major )?General|(?:Vice |Rear )?Admiral)\\s+$");

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
                Rule.of("prefixed rank", "Marshal A, Colonel General A (a rank, not an office)",
                        RuleExample.of("Vice Marshal Chae Hyon Gil inspected a unit.",
                                "rank: Chae Hyon Gil | Vice Marshal")),
                Rule.of("passive appointment", "A was elected/appointed (as) TITLE of ORGANIZATION",
                        RuleExample.of("Ko Yong Sik was elected a member of the Political Bureau of the Central Committee of the Workers' Party of Korea.",
                                "office: Ko Yong Sik | member | Political Bureau of the WPK Central Committee")),
                Rule.of("active appointment", "The session appointed A as TITLE of ORGANIZATION",
                        RuleExample.of("The session appointed Mun Hak Rim as premier of the Cabinet.",
                                "office: Mun Hak Rim | premier | Cabinet of the DPRK")),
                Rule.of("elected ... were", "Elected TITLEs of ORGANIZATION were A, B and C",
                        RuleExample.of("Elected members of the Political Bureau of the Central Committee of the Workers' Party of Korea were Ryu Kyong Sop and Han Tok Chun.",
                                "office: Ryu Kyong Sop | member | Political Bureau of the WPK Central Committee",
                                "office: Han Tok Chun | member | Political Bureau of the WPK Central Committee")),
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
    List<int[]> appositives(ArticleReading r, Sentence s, List<NameMention> names, Evidence evidence) {
        String text = s.text();
        List<int[]> chains = new ArrayList<>();
        List<NameMention> pending = new ArrayList<>();
        int chainStart = -1;
        for (int i = 0; i < names.size(); i++) {
            NameMention n = names.get(i);
            if (chainStart < 0) chainStart = i;
            int nameEnd = n.end() - s.start();
            prefixed(r, s, n, evidence);
            int gapEnd = i + 1 < names.size() ? names.get(i + 1).start() - s.start() : text.length();
            String gap = text.substring(Math.min(nameEnd, gapEnd), gapEnd);
            if (gap.startsWith("'s") || gap.startsWith("’s")) gap = gap.substring(2);
            boolean more = i + 1 < names.size();
            if (more && SEPARATOR.matcher(gap).matches()) {
                pending.add(n);
                continue;
            }
            Matcher lead = LEAD.matcher(gap);
            if (lead.find() && Titles.startsWithTitle(gap.substring(lead.end()))) {
                String phrase = gap.substring(lead.end());
                Matcher clause = CLAUSE_END.matcher(phrase);
                boolean clauseEnds = clause.find();
                if (clauseEnds) phrase = phrase.substring(0, clause.start());
                phrase = DANGLING_AND.matcher(phrase).replaceAll("").strip();
                // A rank or title printed before the next name is that person's, not part of this phrase.
                phrase = TRAILING_PREFIX.matcher(phrase).replaceFirst("").strip();
                pending.add(n);
                for (Office office : Titles.parse(phrase)) {
                    for (NameMention p : pending) r.offices.add(new OfficeClaim(p.name(), office, evidence));
                }
                pending.clear();
                if (clauseEnds || !more) {
                    chains.add(new int[] {chainStart, i});
                    chainStart = -1;
                }
                continue;
            }
            pending.clear();
            chains.add(new int[] {chainStart, i});
            chainStart = -1;
        }
        if (chainStart >= 0) chains.add(new int[] {chainStart, names.size() - 1});
        return chains;
    }

    /**
     * Organizational matters: elections and appointments are dated changes of office, read
     * as offices attested by the article ("A was elected member of X", "The session appointed
     * A as premier of the Cabinet", "Elected members of X were A, B and C").
     */
    void appointments(ArticleReading r, Sentence s, String text, List<NameMention> names, List<int[]> chains, Evidence evidence) {
        if (names.isEmpty() || !APPOINTMENT_WORD.matcher(text).find()) return;
        for (int[] chain : chains) {
            NameMention last = names.get(chain[1]);
            String tail = text.substring(last.end() - s.start());
            String head = text.substring(0, names.get(chain[0]).start() - s.start());
            String phrase = null;
            Matcher passive = PASSIVE_APPOINTMENT.matcher(tail);
            Matcher active = ACTIVE_APPOINTMENT.matcher(head);
            Matcher as = AS_TITLE.matcher(tail);
            Matcher were = ELECTED_WERE.matcher(head);
            if (passive.find()) phrase = tail.substring(passive.end());
            else if (active.find() && as.find()) phrase = tail.substring(as.end());
            else if (were.find()) phrase = were.group(1);
            if (phrase == null) continue;
            Matcher clause = CLAUSE_END.matcher(phrase);
            if (clause.find()) phrase = phrase.substring(0, clause.start());
            phrase = TRAILING_PUNCTUATION.matcher(phrase).replaceAll("").strip();
            for (Office office : Titles.parse(phrase)) {
                for (int i = chain[0]; i <= chain[1]; i++) r.offices.add(new OfficeClaim(names.get(i).name(), office, evidence));
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

    /** "General Secretary Kim Jong Un", "Premier Ma Won Chol", "Marshal Ryu ..." before a name. */
    void prefixed(ArticleReading r, Sentence s, NameMention n, Evidence evidence) {
        // A title or rank stands just before the name: look no further back than a long title.
        int at = n.start() - s.start();
        String before = s.text().substring(Math.max(0, at - 120), at);
        Matcher rank = PREFIX_RANK.matcher(before);
        if (rank.find()) r.ranks.add(new RankClaim(n.name(), rank.group(1), evidence));
        Matcher m = PREFIX_TITLE.matcher(before);
        if (!m.find()) return;
        String phrase = m.group(1);
        String title = OF_AND_REST.matcher(phrase).replaceFirst("");
        String org = phrase.length() > title.length() ? LEADING_OF.matcher(phrase.substring(title.length())).replaceFirst("") : null;
        if (org == null) org = defaultOrganization(title);
        if (org == null) return;
        for (Office o : Titles.parse(title.toLowerCase(Locale.ROOT) + " of " + org)) {
            r.offices.add(new OfficeClaim(n.name(), o, evidence));
        }
    }

    private String defaultOrganization(String title) {
        return switch (title.toLowerCase(Locale.ROOT)) {
            case "general secretary", "first secretary" -> Organizations.WPK;
            case "premier" -> "Cabinet of the DPRK";
            case "deputy" -> "Supreme People's Assembly";
            default -> null;
        };
    }
}
