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
    private static final Pattern THERE = Pattern.compile("(?i)\\s*there\\s");
    private static final Pattern ANAPHORA = Pattern.compile(
            "(?i)\\b(?:the|this|that|current)\\s+(?:(?:short\\s+)?course|conference|congress|plenary\\s+meeting|meeting|session|workshop|seminar|sitting|plenum)\\b");
    private static final Pattern HELD = Pattern.compile(
            "(?i)\\b(?:was\\s+held|were\\s+held|took\\s+place|opened|was\\s+opened|convened|was\\s+convened|was\\s+given|continued|began|closed|"
            + "there\\s+was|there\\s+took\\s+place|held\\s+an?|went\\s+on|met)\\b");
    private static final Pattern NTH_DAY = Pattern.compile("(?i)\\b(" + MeetingNames.ORDINAL + ")-day\\s+(?:sitting|session|meeting)\\b");

    @Override
    public String name() { return "meetings"; }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("reported meeting", "MEETING was held / took place / opened / convened (the sentence's subject)",
                        RuleExample.of("The 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held in the capital on March 2.",
                                "meeting: 4th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea")),
                Rule.of("reported meeting in a there-sentence", "There took place MEETING",
                        RuleExample.of("There took place the 3rd Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea on April 4.",
                                "meeting: 3rd Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea")),
                Rule.of("day of a meeting", "the Nth-day sitting of MEETING was held",
                        RuleExample.of("The second-day sitting of the 5th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea was held on June 6.",
                                "meeting: 5th Plenary Meeting of the 9th Central Committee of the Workers' Party of Korea")));
    }

    void read(ArticleReading r, Sentence s, String text, List<MeetingNames.Found> found, Evidence evidence) {
        boolean headline = ArticleReading.isHeadline(text);
        boolean held = HELD.matcher(text).find();
        if (!headline && held && (found.isEmpty() || found.get(0).start() >= 45)) {
            MeetingNames.Found reported = MeetingNames.findReported(text);
            if (reported != null) found.add(0, reported);
        }
        Matcher nth = NTH_DAY.matcher(text);
        Integer day = text.contains("-day") && nth.find() ? MeetingNames.ordinalValue(nth.group(1)) : null;
        DateExpressions.Reading date = held && !headline ? DateExpressions.find(text, r.metadata.published()) : null;
        boolean continued = (text.contains("ontinued") || text.contains("ent on") || text.contains("ONTINUED"))
                && CONTINUED.matcher(text).find();
        for (int i = 0; i < found.size(); i++) {
            MeetingNames.Found f = found.get(i);
            boolean subject = i == 0 && (f.start() < 45 || THERE.matcher(text).lookingAt() || headline
                    || (day != null && nth.start() < 45));
            boolean reported = subject && (held || headline);
            if (reported && r.context == null || (reported && !headline)) r.context = f.name();
            if (headline && r.context == null) r.context = f.name();
            if (day != null && i == 0) r.dayOf.put(f.name().key(), day);
            Integer dayHere = continued || day != null ? r.dayOf.get(f.name().key()) : null;
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
            r.meetings.add(new MeetingMention(f.name(), start, end, wording, dayHere, dayDate, reported, headline, evidence));
        }
        if (found.isEmpty() && r.context != null) {
            // "The course went on ...", "The conference opened on ..." speak of the reported meeting.
            Matcher a = ANAPHORA.matcher(text);
            if (a.find() && a.start() < 40 && held && date != null) {
                Integer dayHere = day != null ? day : continued ? r.dayOf.get(r.context.key()) : null;
                boolean dayReport = continued || (dayHere != null && dayHere > 1);
                r.meetings.add(new MeetingMention(r.context, dayReport ? null : date.start(), dayReport ? null : date.end(),
                        date.wording(), dayHere, dayReport ? date.start() : null, true, false, evidence));
            }
        }
    }
}
