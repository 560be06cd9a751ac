package org.dais.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dais.ingest.DocumentMetadata;
import org.dais.ingest.SourceDocument;
import org.dais.nlp.NameMention;
import org.dais.nlp.Sentence;

/**
 * Reads offices, meetings, speeches and participation from the sentence patterns of DPRK state
 * media: appositive name lists ("A, TITLE of ORG, B and C, TITLEs of ORG"), prefixed titles
 * ("Premier A"), active and passive reports of addresses ("A made a report", "Speeches were
 * made by A, B and C"), guidance and attendance, platform lists in rank order. The meeting an
 * act belongs to is the one named in its sentence, else the meeting the article reports.
 */
public final class RuleBasedExtractor implements FactExtractor {
    // Compiled once: these run for every sentence of every document.
    private static final java.util.regex.Pattern DANGLING_AND = java.util.regex.Pattern.compile("(?:[,;]\\s*(?:and\\s*)?|\\s+and\\s*)$");
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[.;,]+\\s*$");
    private static final java.util.regex.Pattern OF_AND_REST = java.util.regex.Pattern.compile("\\s+of\\s+.*$");
    private static final java.util.regex.Pattern LEADING_OF = java.util.regex.Pattern.compile("^\\s+of\\s+");
    private static final java.util.regex.Pattern LEADER_TITLE = java.util.regex.Pattern.compile("general secretary|chairman|first secretary|president of the state affairs|supreme commander.*");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");


    // Compiled once: these are tried on every sentence.
    private static final Pattern SENTENCE_END = Pattern.compile("(?:[.!?\"”:]|-0-)$");
    private static final Pattern CONTINUED = Pattern.compile("(?i)\\b(?:continued|went\\s+on)\\b");
    private static final Pattern THERE = Pattern.compile("(?i)\\s*there\\s");
    private static final Pattern LEAD = Pattern.compile("^\\s*[,;]\\s*");
    private static final Pattern APPOINTMENT_WORD = Pattern.compile(
            "(?i)\\b(?:elected|appointed|promoted|by-elected|reelected|re-elected|named|transferred)\\b");
    private static final Pattern PREPOSITION_END = Pattern.compile("(?i)\\b(?:by|to|with|of|for|and|that)\\s*$");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[.;:]");

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

    private static final Pattern KIND_WORDS = Pattern.compile(
            "(?i)(opening\\s+address|opening\\s+speech|concluding\\s+speech|closing\\s+speech|closing\\s+address|"
            + "commemorative\\s+lecture|conclusion|reports?|speech(?:es)?|lectures?|eulogy|memorial\\s+speech|congratulatory\\s+speech)");
    private static final Pattern SPEECH_ACTIVE = Pattern.compile(
            "(?i)\\b(?:made|makes|delivered|delivers|gave|gives)\\s+(?:an?\\s+|the\\s+)?(?:(?:important|historic|keynote|congratulatory|"
            + "programmatic|significant)\\s+)*" + KIND_WORDS.pattern().substring(4) + "\\b");
    private static final Pattern SPEECH_IN = Pattern.compile("(?i)\\bin\\s+(?:their|his|her|a)\\s+(speeches|speech|eulogy|report)\\b");
    private static final Pattern SPEECH_PASSIVE = Pattern.compile(
            "(?i)\\b(opening\\s+address|opening\\s+speech|concluding\\s+speech|closing\\s+speech|speech(?:es)?|reports?|lectures?|address(?:es)?|conclusion)\\s+(?:were|was)\\s+"
            + "(?:made|given|delivered)\\s+(?:there\\s+)?by\\b");
    private static final Pattern SPEECH_MADE_BY = Pattern.compile(
            "(?i)\\b(opening\\s+address|concluding\\s+speech|conclusion|report|speech|lecture)\\b[^.;]{0,200}?\\b(?:made|given|delivered)\\s+by\\b");
    private static final Pattern SPEECH_SECTION = Pattern.compile(
            "(?i)^\\W*(?:the\\s+)?(?:speeches|speakers|discussions?)\\b[^,]{0,40}\\b(?:were|was)\\s+(?:made|given|delivered|held)(?:\\s+there)?\\W*$");
    private static final Pattern GUIDE_ACTIVE = Pattern.compile(
            "(?i)\\b(?:guided|guides|presided\\s+over|presides\\s+over|to\\s+guide|to\\s+preside\\s+over)\\s+(?:the\\s+|it\\b)");
    private static final Pattern GUIDE_PASSIVE = Pattern.compile("(?i)\\bwas\\s+(?:guided|presided\\s+over)\\s+by\\b");
    private static final Pattern ATTEND_ACTIVE = Pattern.compile(
            "(?i)\\b(?:was|were)\\s+present\\b|\\battended\\s+(?:the|it)\\b|\\bappeared\\s+(?:in|at)\\s+the\\s+(?:venue|hall)|\\bwere\\s+waiting\\s+there");
    private static final Pattern ATTEND_LIST = Pattern.compile(
            "(?i)(?:\\bwas\\s+attended\\s+by|^\\W*(?:also\\s+)?present\\s+(?:there|at\\s+[^,]{1,80}?|on\\s+the\\s+occasion)\\s+were|"
            + "^\\W*attending\\s+(?:it|the\\s+[\\w\\s]{1,60}?)\\s+(?:as\\s+\\w+\\s+)?were|^\\W*(?:also\\s+)?present\\s+were|"
            + "^\\W*among\\s+(?:the\\s+)?(?:attendees|participants|those\\s+present)\\s+were)\\b");
    private static final Pattern PLATFORM_LIST = Pattern.compile(
            "(?i)(?:\\bplatform\\s+was\\s+taken\\s+by|\\bon\\s+the\\s+platform\\s+were|\\bpresidium\\s+(?:was|were)\\s+(?:taken|formed)\\s+by|"
            + "\\bseated\\s+on\\s+the\\s+platform\\s+were)\\b");
    private static final Pattern PLATFORM_ACTIVE = Pattern.compile(
            "(?i)\\b(?:was|were)\\s+(?:seated\\s+)?on\\s+the\\s+(?:platform|presidium)\\b|\\b(?:took|were\\s+seated\\s+at)\\s+the\\s+platform\\b(?!\\s+to\\s+guide)");
    private static final Pattern AMONG_PLATFORM = Pattern.compile("(?i)^\\W*among\\s+those\\s+on\\s+the\\s+platform\\s+were\\b");
    private static final Pattern LEADER_SUBJECT = Pattern.compile(
            "(?i)^\\W*(?:on\\s+[^,]{1,30},\\s+)?(?:the\\s+)?(?:respected\\s+|dear\\s+|great\\s+)*(?:comrade\\s+)?(?:general\\s+secretary|chairman|"
            + "supreme\\s+leader|first\\s+secretary|president|marshal)\\b(?!\\s+of\\s+the\\s+\\w+\\s+(?:committee|commission))");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("^\\W*(?:He|She)\\b");
    private static final Pattern TITLED = Pattern.compile("titled,?\\s*[\"“]?([^\"”]+?)[\"”]?,\\s+(?:at|in|to|before)\\b");
    private static final Pattern QUOTED = Pattern.compile("(?i)(?:conclusion|speech|report|lecture|address)\\s+[\"“](.+?)[\"”](?=\\s|,|$)");
    private static final Pattern ANAPHORA = Pattern.compile(
            "(?i)\\b(?:the|this|that|current)\\s+(?:(?:short\\s+)?course|conference|congress|plenary\\s+meeting|meeting|session|workshop|seminar|sitting|plenum)\\b");
    private static final Pattern HELD = Pattern.compile(
            "(?i)\\b(?:was\\s+held|were\\s+held|took\\s+place|opened|was\\s+opened|convened|was\\s+convened|was\\s+given|continued|began|closed|"
            + "there\\s+was|there\\s+took\\s+place|held\\s+an?|went\\s+on|met)\\b");
    private static final Pattern NTH_DAY = Pattern.compile("(?i)\\b(" + MeetingNames.ORDINAL + ")-day\\s+(?:sitting|session|meeting)\\b");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\W*[A-Z][a-z]+,\\s+" + org.dais.ingest.Months.PATTERN + "\\s+\\d{1,2}\\s*(?:\\([^)]{1,30}\\))?\\s*(?:--|—|–|-)\\s*");
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
    private static final Pattern QUALIFYING = Pattern.compile(
            "(?i)\\b(?:by|of|to|for|with|from|after|before)\\s+(?:the\\s+)?(?:(?:president|leader|chairman|general\\s+secretary|"
            + "comrade|respected|great|dear|late|supreme|eternal)\\s+)*$");
    private static final Pattern PREFIX_TITLE = Pattern.compile(
            "(?:^|[\\s,(“\"])((?:General Secretary|First Secretary|Premier|Deputy|Chairman|Vice-Chairman|Vice Chairman)"
            + "(?:\\s+of\\s+(?:the\\s+)?(?:WPK|DPRK|Workers' Party of Korea|Workers’ Party of Korea|[A-Z][\\w'’]*(?:\\s+[A-Z][\\w'’]*){0,5}))?)"
            + "\\s+(?:(?:respected|dear)\\s+)?(?:Comrade\\s+)?$");
    private static final Pattern PREFIX_RANK = Pattern.compile(
            "(?:^|[\\s,(])((?:Vice[- ])?Marshal|(?:Colonel |Lieutenant |Major )?General|(?:Vice |Rear )?Admiral)\\s+$");

    @Override
    public Extraction extract(SourceDocument document, DocumentMetadata metadata, List<Sentence> sentences, List<NameMention> names) {
        Run run = new Run(metadata);
        Map<Integer, List<NameMention>> bySentence = new HashMap<>();
        for (NameMention n : names) bySentence.computeIfAbsent(n.sentenceIndex(), k -> new ArrayList<>()).add(n);
        for (Sentence s : sentences) run.sentence(s, bySentence.getOrDefault(s.index(), List.of()));
        return new Extraction(document, metadata, names, run.offices, run.ranks, run.meetings, run.speeches, run.participations,
                List.copyOf(run.organizations));
    }

    /** The state of reading one document: what the article is about so far. */
    private static final class Run {
        final DocumentMetadata metadata;
        final List<OfficeClaim> offices = new ArrayList<>();
        final List<RankClaim> ranks = new ArrayList<>();
        final List<MeetingMention> meetings = new ArrayList<>();
        final List<SpeechClaim> speeches = new ArrayList<>();
        final List<ParticipationClaim> participations = new ArrayList<>();
        final java.util.Set<String> organizations = new java.util.LinkedHashSet<>();
        final Map<String, Integer> dayOf = new HashMap<>();
        final Map<String, Integer> platformCount = new HashMap<>();
        MeetingName context;
        String lastSubject;
        boolean speechSection;

        Run(DocumentMetadata metadata) { this.metadata = metadata; }

        void sentence(Sentence s, List<NameMention> names) {
            String text = blankDateline(s.text());
            Evidence evidence = new Evidence(s.start(), s.end(), s.quote());
            List<MeetingNames.Found> found = new ArrayList<>(MeetingNames.find(text));
            meetings(s, text, found, evidence);

            if (!isHeadline(text)) organizations.addAll(OrganizationMentions.find(text));
            List<int[]> chains = offices(s, names, evidence);
            committee(s, text, names, evidence);
            appointments(s, text, names, chains, evidence);
            // A headline restates what the body reports; acts are read from the body only.
            if (!isHeadline(text)) acts(s, text, names, chains, found, evidence);
        }

        /** "Pyongyang, May 20 (KCNA) -- " opens the first sentence; blanked (same length) it no longer hides the subject. */
        static String blankDateline(String text) {
            Matcher m = DATELINE.matcher(text);
            return m.find() ? " ".repeat(m.end()) + text.substring(m.end()) : text;
        }

        static boolean isHeadline(String text) {
            return !SENTENCE_END.matcher(text.strip()).find();
        }

        // ---- meetings --------------------------------------------------------------------

        void meetings(Sentence s, String text, List<MeetingNames.Found> found, Evidence evidence) {
            boolean headline = isHeadline(text);
            boolean held = HELD.matcher(text).find();
            if (!headline && held && (found.isEmpty() || found.get(0).start() >= 45)) {
                MeetingNames.Found reported = MeetingNames.findReported(text);
                if (reported != null) found.add(0, reported);
            }
            Matcher nth = NTH_DAY.matcher(text);
            Integer day = text.contains("-day") && nth.find() ? MeetingNames.ordinalValue(nth.group(1)) : null;
            DateExpressions.Reading date = held && !headline ? DateExpressions.find(text, metadata.published()) : null;
            boolean continued = (text.contains("ontinued") || text.contains("ent on") || text.contains("ONTINUED"))
                    && CONTINUED.matcher(text).find();
            for (int i = 0; i < found.size(); i++) {
                MeetingNames.Found f = found.get(i);
                boolean subject = i == 0 && (f.start() < 45 || THERE.matcher(text).lookingAt() || headline
                        || (day != null && nth.start() < 45));
                boolean reported = subject && (held || headline);
                if (reported && context == null || (reported && !headline)) context = f.name();
                if (headline && context == null) context = f.name();
                if (day != null && i == 0) dayOf.put(f.name().key(), day);
                Integer dayHere = continued || day != null ? dayOf.get(f.name().key()) : null;
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
                meetings.add(new MeetingMention(f.name(), start, end, wording, dayHere, dayDate, reported, headline, evidence));
            }
            if (found.isEmpty() && context != null) {
                // "The course went on ...", "The conference opened on ..." speak of the reported meeting.
                Matcher a = ANAPHORA.matcher(text);
                if (a.find() && a.start() < 40 && held && date != null) {
                    Integer dayHere = day != null ? day : continued ? dayOf.get(context.key()) : null;
                    boolean dayReport = continued || (dayHere != null && dayHere > 1);
                    meetings.add(new MeetingMention(context, dayReport ? null : date.start(), dayReport ? null : date.end(),
                            date.wording(), dayHere, dayReport ? date.start() : null, true, false, evidence));
                }
            }
        }

        // ---- offices ---------------------------------------------------------------------

        /**
         * Appositive offices; returns the name chains of the sentence as [first, last] index
         * pairs into {@code names}: a chain is a list of names joined by separators and title
         * phrases, ending where a clause begins.
         */
        List<int[]> offices(Sentence s, List<NameMention> names, Evidence evidence) {
            String text = s.text();
            List<int[]> chains = new ArrayList<>();
            List<NameMention> pending = new ArrayList<>();
            int chainStart = -1;
            for (int i = 0; i < names.size(); i++) {
                NameMention n = names.get(i);
                if (chainStart < 0) chainStart = i;
                int nameEnd = n.end() - s.start();
                prefixed(s, n, evidence);
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
                        for (NameMention p : pending) offices.add(new OfficeClaim(p.name(), office, evidence));
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

        String deceased;

        /**
         * Organizational matters: elections and appointments are dated changes of office, read
         * as offices attested by the article ("A was elected member of X", "The session appointed
         * A as premier of the Cabinet", "Elected members of X were A, B and C").
         */
        void appointments(Sentence s, String text, List<NameMention> names, List<int[]> chains, Evidence evidence) {
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
                    for (int i = chain[0]; i <= chain[1]; i++) offices.add(new OfficeClaim(names.get(i).name(), office, evidence));
                }
            }
        }

        /**
         * "The state funeral committee is formed with A as its chairman and B, C, ...": a ranked
         * committee named for the deceased; each listed person is a member in list order.
         */
        void committee(Sentence s, String text, List<NameMention> names, Evidence evidence) {
            for (NameMention n : names) {
                if (deceased != null) break;
                // "the late" stands just before the name: matching the whole text before each name
                // was quadratic in a sentence's length (8 s of a 10 MB line's 30). Transparent bounds
                // let \b see the character before the window, so the result is the same.
                int at = n.start() - s.start();
                if (THE_LATE.matcher(text).region(Math.max(0, at - 120), at).useTransparentBounds(true).find()) deceased = n.name();
            }
            Matcher formed = FUNERAL_COMMITTEE_FORMED.matcher(text);
            if (!formed.find() || deceased == null) return;
            String committee = (formed.group(1) != null ? "State " : "") + "Funeral Committee for " + deceased;
            for (NameMention n : after(names, s, formed.end())) {
                if (n.name().equals(deceased)) continue;
                Matcher role = AS_ITS.matcher(text.substring(n.end() - s.start()));
                String title = role.find() ? Titles.normalizeTitle(role.group(1)) : "member";
                offices.add(new OfficeClaim(n.name(), new Office(title, committee, null), evidence));
            }
        }

        /** "General Secretary Kim Jong Un", "Premier Ma Won Chol", "Marshal Ryu ..." before a name. */
        void prefixed(Sentence s, NameMention n, Evidence evidence) {
            // A title or rank stands just before the name: look no further back than a long title.
            int at = n.start() - s.start();
            String before = s.text().substring(Math.max(0, at - 120), at);
            Matcher rank = PREFIX_RANK.matcher(before);
            if (rank.find()) ranks.add(new RankClaim(n.name(), rank.group(1), evidence));
            Matcher m = PREFIX_TITLE.matcher(before);
            if (!m.find()) return;
            String phrase = m.group(1);
            String title = OF_AND_REST.matcher(phrase).replaceFirst("");
            String org = phrase.length() > title.length() ? LEADING_OF.matcher(phrase.substring(title.length())).replaceFirst("") : null;
            if (org == null) org = defaultOrganization(title);
            if (org == null) return;
            for (Office o : Titles.parse(title.toLowerCase(Locale.ROOT) + " of " + org)) {
                offices.add(new OfficeClaim(n.name(), o, evidence));
            }
        }

        /** The body a bare prefixed title belongs to in DPRK usage. */
        private String defaultOrganization(String title) {
            return switch (title.toLowerCase(Locale.ROOT)) {
                case "general secretary", "first secretary" -> Organizations.WPK;
                case "premier" -> "Cabinet of the DPRK";
                case "deputy" -> "Supreme People's Assembly";
                default -> null;
            };
        }

        // ---- speeches and participation ---------------------------------------------------

        void acts(Sentence s, String text, List<NameMention> names, List<int[]> chains, List<MeetingNames.Found> found, Evidence evidence) {
            if (SPEECH_SECTION.matcher(text.strip()).matches()) {
                speechSection = true;
                return;
            }
            // Passive lists: the names after the phrase are the actors.
            Matcher passive = SPEECH_PASSIVE.matcher(text);
            if (passive.find()) {
                String kind = kind(passive.group(1));
                for (NameMention n : after(names, s, passive.end())) speech(n.name(), kind, meetingFor(found, passive.end()), null, evidence);
                speechSection = false;
                return;
            }
            Matcher seated = PLATFORM_ACTIVE.matcher(text);
            if (seated.find() && !names.isEmpty() && names.get(0).start() - s.start() < seated.start()) {
                // "A, B and C were on the platform": the names before, in rank order.
                MeetingName meeting = meetingFor(found, seated.end());
                if (meeting != null) {
                    int rank = platformCount.getOrDefault(meeting.key(), 0);
                    for (NameMention n : names) {
                        if (n.start() - s.start() >= seated.start()) break;
                        participations.add(new ParticipationClaim(n.name(), meeting, "platform", ++rank, evidence));
                    }
                    platformCount.put(meeting.key(), rank);
                }
                return;
            }
            Matcher platform = PLATFORM_LIST.matcher(text);
            Matcher among = AMONG_PLATFORM.matcher(text);
            if (platform.find() || among.find()) {
                int from = platform.hitEnd() && !among.hitEnd() ? 0 : 0;
                int at = among.find(0) ? among.end() : platform.find(0) ? platform.end() : from;
                MeetingName meeting = meetingFor(found, at);
                if (meeting != null) {
                    int rank = among.find(0) ? platformCount.getOrDefault(meeting.key(), 0) : 0;
                    for (NameMention n : after(names, s, at)) {
                        participations.add(new ParticipationClaim(n.name(), meeting, "platform", ++rank, evidence));
                    }
                    platformCount.put(meeting.key(), rank);
                }
                return;
            }
            Matcher attendList = ATTEND_LIST.matcher(text);
            if (attendList.find()) {
                MeetingName meeting = meetingFor(found, attendList.end());
                if (meeting != null) {
                    for (NameMention n : after(names, s, attendList.end())) participate(n.name(), meeting, "attended", evidence);
                }
                return;
            }
            Matcher guidedBy = GUIDE_PASSIVE.matcher(text);
            if (guidedBy.find()) {
                List<NameMention> actors = after(names, s, guidedBy.end());
                MeetingName meeting = meetingFor(found, guidedBy.end());
                if (!actors.isEmpty() && meeting != null) participate(actors.get(0).name(), meeting, "guided", evidence);
                return;
            }
            Matcher madeBy = SPEECH_MADE_BY.matcher(text);
            if (madeBy.find()) {
                List<NameMention> actors = after(names, s, madeBy.end());
                if (!actors.isEmpty()) {
                    MeetingName meeting = meetingFor(found, madeBy.end());
                    if (meeting != null) speech(actors.get(0).name(), kind(madeBy.group(1)), meeting, title(text), evidence);
                    return;
                }
            }

            // Active voice: the subject is the leading chain of names, a title standing for the
            // leader, or a pronoun.
            List<String> subjects = subjects(s, text, names, chains);
            Matcher speech = SPEECH_ACTIVE.matcher(text);
            Matcher speechIn = SPEECH_IN.matcher(text);
            Matcher guide = GUIDE_ACTIVE.matcher(text);
            Matcher attend = ATTEND_ACTIVE.matcher(text);
            boolean acted = false;
            if (speech.find()) {
                MeetingName meeting = meetingFor(found, speech.end());
                String kind = kind(speech.group(1));
                for (String p : subjects) if (meeting != null) speech(p, kind, meeting, title(text), evidence);
                speechSection = false;
                acted = true;
            } else if (speechIn.find()) {
                MeetingName meeting = meetingFor(found, speechIn.end());
                for (String p : subjects) if (meeting != null) speech(p, kind(speechIn.group(1)), meeting, null, evidence);
                acted = true;
            }
            if (guide.find()) {
                MeetingName meeting = meetingFor(found, guide.end());
                for (String p : subjects) if (meeting != null) participate(p, meeting, "guided", evidence);
                acted = true;
            } else if (attend.find()) {
                MeetingName meeting = meetingFor(found, attend.end());
                for (String p : subjects) if (meeting != null) participate(p, meeting, "attended", evidence);
                acted = true;
            }
            if (!acted && speechSection && !chains.isEmpty() && !names.isEmpty()
                    && names.get(0).start() - s.start() < 12 && chains.get(0)[1] > chains.get(0)[0] && context != null) {
                // Under "Speeches were made there.", each following list of speakers made one.
                int[] chain = chains.get(0);
                for (int i = chain[0]; i <= chain[1]; i++) speech(names.get(i).name(), "speech", context, null, evidence);
                acted = true;
            }
            if (!subjects.isEmpty()) lastSubject = subjects.get(subjects.size() - 1);
        }

        private List<String> subjects(Sentence s, String text, List<NameMention> names, List<int[]> chains) {
            List<String> subjects = new ArrayList<>();
            if (!names.isEmpty() && !chains.isEmpty()) {
                NameMention first = names.get(0);
                String before = text.substring(0, first.start() - s.start());
                // The first name opens the sentence, give or take "The respected Comrade" or a title.
                boolean leadIn = before.length() < 60 || (before.length() < 200 && before.strip().endsWith(","));
                if (leadIn && !PREPOSITION_END.matcher(before).find()
                        && !CLAUSE_MARK.matcher(before).find()) {
                    int[] chain = chains.get(0);
                    for (int i = chain[0]; i <= chain[1]; i++) subjects.add(names.get(i).name());
                    return subjects;
                }
            }
            if (LEADER_SUBJECT.matcher(text).find()) {
                String leader = leader();
                if (leader != null) subjects.add(leader);
            } else if (PRONOUN_SUBJECT.matcher(text).find() && lastSubject != null) {
                subjects.add(lastSubject);
            }
            return subjects;
        }

        /** The person the article calls by the top titles, the one "the respected General Secretary" means. */
        private String leader() {
            Map<String, Integer> score = new LinkedHashMap<>();
            for (OfficeClaim o : offices) {
                String t = o.office().title();
                if (LEADER_TITLE.matcher(t).matches()) {
                    score.merge(o.person(), 1, Integer::sum);
                }
            }
            return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        private MeetingName meetingFor(List<MeetingNames.Found> found, int after) {
            for (MeetingNames.Found f : found) if (f.start() >= after - 1) return f.name();
            return context;
        }

        /**
         * The names of a list after {@code offset}, without names that only qualify an item
         * ("..., who was received by President Kim Il Sung", "a wreath in the name of ...").
         */
        private List<NameMention> after(List<NameMention> names, Sentence s, int offset) {
            List<NameMention> result = new ArrayList<>();
            int previousEnd = offset;
            for (NameMention n : names) {
                int at = n.start() - s.start();
                if (at < offset) continue;
                String between = s.text().substring(Math.max(offset, Math.min(previousEnd, at)), at);
                previousEnd = n.end() - s.start();
                if (QUALIFYING.matcher(between).find()) continue;
                result.add(n);
            }
            return result;
        }

        private void speech(String person, String kind, MeetingName meeting, String title, Evidence evidence) {
            if (meeting == null) return;
            // "the important conclusion made by ..." after "delivered a concluding speech" is the same address.
            boolean closing = kind.equals("conclusion") || kind.equals("concluding speech");
            for (SpeechClaim earlier : speeches) {
                if (earlier.speaker().equals(person) && earlier.meeting().key().equals(meeting.key())
                        && (earlier.kind().equals(kind) || closing && (earlier.kind().equals("conclusion") || earlier.kind().equals("concluding speech")))) {
                    return;
                }
            }
            speeches.add(new SpeechClaim(person, kind, meeting, title, evidence));
        }

        private void participate(String person, MeetingName meeting, String role, Evidence evidence) {
            participations.add(new ParticipationClaim(person, meeting, role, null, evidence));
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
}
