package org.dais.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata of a state-media page from its own wording. Dates are ranked by how
 * surely they are the article's own: an explicit date line ({@code Juche111.2.27.},
 * {@code 2024.1.30.}, {@code Date: 04/03/2021}, a {@code KCNA 2022-03-01} sign-off) beats the
 * paper's calendar header ({@code Mar. 5, Juche 110 (2021)}), which beats a wire dateline
 * ({@code Pyongyang, February 27 (KCNA)}) whose year comes from elsewhere, which beats a bare
 * "Month D, YYYY" (often a site's capture banner).
 */
public final class HeaderMetadataExtractor implements MetadataExtractor {
    private static final Pattern JUCHE_DOTTED = Pattern.compile("Juche\\s*(\\d{2,3})\\.(\\d{1,2})\\.(\\d{1,2})\\.?");
    /** A Rodong Sinmun page's "Juche 111 (2022). 6. 9." or "Juche 113(2024).1.30.": the Juche year, the year it is, then month and day. */
    private static final Pattern JUCHE_YEAR_DOTTED = Pattern.compile(
            "Juche\\s*(\\d{2,3})\\s*\\(\\s*((?:19|20)\\d\\d)\\s*\\)\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\b\\.?");
    /** "Juche 113 (2024)." on a line of its own above a yearless dateline. */
    private static final Pattern JUCHE_YEAR_LINE = Pattern.compile("(?m)^\\W{0,3}Juche\\s*(\\d{2,3})\\s*\\(\\s*((?:19|20)\\d\\d)\\s*\\)\\.?\\s*$");
    private static final Pattern DOTTED = Pattern.compile("(?=[12])(?<![\\d.])((?:19|20)\\d\\d)\\.(\\d{1,2})\\.(\\d{1,2})\\.");
    private static final Pattern SLASHED = Pattern.compile("Date:\\s*(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)");
    private static final Pattern SIGN_OFF = Pattern.compile("(?=K)\\bKCNA\\s+((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})\\b");
    static final Pattern CALENDAR = Pattern.compile(
            "(" + Months.PATTERN + ")\\s+(\\d{1,2}),\\s*Juche\\s*(\\d{2,3})\\s*\\(((?:19|20)\\d\\d)\\)");
    /** "calendar>>February 24. 2014 Juche 103": a page calendar whose Juche year agrees with its year. */
    static final Pattern CALENDAR_YEAR_JUCHE = Pattern.compile(
            "(" + Months.PATTERN + ")\\s+(\\d{1,2})[.,]?\\s+((?:19|20)\\d\\d)\\s*,?\\s*Juc?h?e?\\s*(\\d{2,3})\\b");
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^\\W{0,3}([A-Z][a-z]+|[A-Z]{3,}),\\s+((?i:" + Months.PATTERN + "))\\s+(\\d{1,2})\\s*(?:\\(\\s*(KCNA|[A-Z][A-Za-z ]{1,30}?)\\s*\\))?\\s*(?:--|—|–|-)");
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?=[MTWFSJAOND])(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s*)?(" + Months.PATTERN + ")\\s+(\\d{1,2}),\\s*((?:19|20)\\d\\d)");
    /** "14 September 2019", "Saturday, 3 March 2018": the day-first order of a weekly's masthead (The Pyongyang Times). */
    private static final Pattern DAY_FIRST_DATE = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\s+(" + Months.PATTERN + ")\\s*,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern ISO_HEADER = Pattern.compile("\\bdate\\s+((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?=[12])\\b(19[5-9]\\d|20[0-4]\\d)\\b");
    private static final Pattern SOURCE_FIELD = Pattern.compile("Source:\\s*([^|\\n]+?)\\s*(?:\\(En\\)|\\(EN\\))?\\s*(?:\\||\\n|$)");
    private static final Pattern TEASER_START = Pattern.compile(
            "(?im)^\\s*(?:More From\\b.*|Related (?:articles|news|posts)\\b.*|No comments:?.*|Leave a Reply\\b.*|Share this:?.*|Posted by\\b.*|Newer Post\\b.*|Older Post\\b.*|Subscribe to:.*|Other (?:articles|headlines)\\b.*|Read more\\b.*)$");

    @Override
    public DocumentMetadata extract(SourceDocument document) {
        String text = document.text();
        int bodyEnd = bodyEnd(text);
        String scope = text.substring(0, bodyEnd);
        DateReading date = publicationDate(scope, document.declaredDate() != null);
        // Declared-date fallback (feed): a date given from outside the text.
        String dateConflict = null;
        if (document.declaredDate() != null) {
            // Beside a declared date, a full date the body recalls is still compared with it, so the disagreement is noted.
            DateReading recalled = date != null && date.yearStated ? null : bodyCalendarDate(scope);
            DateReading read = recalled != null ? recalled : date == null ? yearlessDateline(scope) : date;
            DeclaredDateChoice choice = withDeclared(read, document.declaredDate());
            date = choice.date();
            dateConflict = choice.conflict();
        }
        if (date == null && document.declaredDate() == null) date = datelineInNamedYear(scope, yearInName(document.sourceName()));
        int bodyStart = 0;
        return new DocumentMetadata(publisher(scope), date == null ? null : date.date,
                date == null ? null : date.wording, date != null && date.yearStated,
                headline(scope), bodyStart, bodyEnd, dateConflict);
    }

    /** "on Oct. 10, Juche 34 (1945)" anywhere in the text: a full date it prints, if not its own. */
    private static DateReading bodyCalendarDate(String text) {
        Matcher calendar = CALENDAR.matcher(text);
        if (!text.contains("Juche") || !calendar.find()) return null;
        LocalDate d = date(Integer.parseInt(calendar.group(4)), Months.number(calendar.group(1)), calendar.group(2));
        return d == null ? null : new DateReading(d, calendar.group().trim(), true);
    }

    /** The dash closing a dateline's wording, dropped from it (compiled once: {@code String.replaceAll} compiles at each call). */
    private static final Pattern DATELINE_DASH = Pattern.compile("\\s*(--|—|–|-)$");

    /** "4th-session-2021.txt", "report_1998.html": a year that ends a file's name, before its extension. */
    private static final Pattern YEAR_ENDING_NAME = Pattern.compile("(?:^|[^0-9])((?:19|20)\\d\\d)\\.[A-Za-z]{2,5}$");

    /**
     * The year a document's name ends with, which its collector declared (the day is not
     * declared): "09_4th-session-14th-spa-2021.txt" is of 2021. Null for names that end
     * otherwise (an archive record's "#line-12", a dated name is a full declared date).
     */
    public static Integer yearInName(String sourceName) {
        // An archive's record ("feed.jsonl#line-12") is named by its place, not by its collector.
        if (sourceName == null || sourceName.contains("#")) return null;
        String name = sourceName.substring(sourceName.lastIndexOf('/') + 1);
        Matcher m = YEAR_ENDING_NAME.matcher(name);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A yearless dateline ("Pyongyang, January 18 (KCNA)") in the year the name declares, unless the text rules that year out. */
    private static DateReading datelineInNamedYear(String text, Integer year) {
        if (year == null) return null;
        Matcher dateline = DATELINE.matcher(text);
        if (!dateline.find() || dateline.start() >= Math.max(1500, text.length() / 3)) return null;
        int month = Months.number(dateline.group(2));
        LocalDate d = date(year, month, dateline.group(3));
        if (d == null || !allows(text.substring(dateline.start()), year, month, d.getDayOfMonth())) return null;
        return new DateReading(d, DATELINE_DASH.matcher(dateline.group()).replaceAll("").trim(), false);
    }

    /** A dateline whose year could not be worked out, read in the declared date's year only to compare its day. */
    private static DateReading yearlessDateline(String text) {
        Matcher dateline = DATELINE.matcher(text);
        if (!dateline.find() || dateline.start() >= Math.max(1500, text.length() / 3)) return null;
        // 2000 is a leap year: a "February 29" dateline still has a day to compare.
        LocalDate d = date(2000, Months.number(dateline.group(2)), dateline.group(3));
        return d == null ? null : new DateReading(d, DATELINE_DASH.matcher(dateline.group()).replaceAll("").trim(), false);
    }

    /** How many days before a declared date the text's own full date may lie and still be the publication date. */
    static final int OWN_DATE_DAYS_BEFORE = 7;

    private record DeclaredDateChoice(DateReading date, String conflict) {}

    /**
     * A date declared for the document (its record's field, a dated file name, a sidecar) is
     * its publication date unless the text prints a full date of its own, which wins; a
     * disagreement either way is kept as a note rather than dropped.
     */
    private static DeclaredDateChoice withDeclared(DateReading read, LocalDate declared) {
        // The text's full date is its own only near the declared one (a listing follows publication by days):
        // a calendar date years off ("August 20, Juche 34 (1945)") or weeks ahead is one the article mentions.
        if (read != null && read.yearStated && !read.date.isBefore(declared.minusDays(OWN_DATE_DAYS_BEFORE))
                && !read.date.isAfter(declared.plusDays(1))) {
            String conflict = read.date.equals(declared) ? null
                    : "the text's date " + read.date + " (\"" + read.wording + "\") was taken over the declared date " + declared;
            return new DeclaredDateChoice(read, conflict);
        }
        if (read != null && read.yearStated) {
            return new DeclaredDateChoice(new DateReading(declared, null, true), "the declared date " + declared
                    + " was taken: the text's \"" + read.wording + "\" (" + read.date + ") is too far from it to be its publication date");
        }
        String conflict = null;
        if (read != null && (read.date.getMonth() != declared.getMonth() || read.date.getDayOfMonth() != declared.getDayOfMonth())) {
            conflict = "the declared date " + declared + " was taken over the text's \"" + read.wording + "\"";
        }
        return new DeclaredDateChoice(new DateReading(declared, read == null ? null : read.wording, true), conflict);
    }

    private record DateReading(LocalDate date, String wording, boolean yearStated) {}

    static int bodyEnd(String text) {
        int end = text.length();
        Matcher m = TEASER_START.matcher(text);
        // Only a marker after the first fifth of the page ends the article: a "Read more" link
        // at the very top is navigation before it.
        while (m.find()) {
            if (m.start() > text.length() / 5) {
                end = m.start();
                break;
            }
        }
        return Math.min(end, teaserList(text));
    }

    /**
     * News sites follow an article with other stories, each headline or snippet printed twice
     * (link text and teaser): the first line repeated within the next few lines, past the
     * article's opening, starts such a list.
     */
    static int teaserList(String text) {
        List<int[]> lines = new ArrayList<>();
        for (int start = 0, end; start >= 0; start = nextLineStart(text, end)) {
            end = lineEnd(text, start);
            if (strippedLength(text, start, end) >= 20) lines.add(new int[] {start, end});
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i)[0] < text.length() / 4) continue;
            String li = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
            for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
                if (text.substring(lines.get(j)[0], lines.get(j)[1]).strip().equals(li)) return lines.get(i)[0];
            }
        }
        return text.length();
    }

    /**
     * The lines {@code (?m)^.*$} finds, by a loop over the characters: the pattern was tried at every
     * character of the page (a tenth of the metadata stage's samples, JFR of the seeds x 200). A line
     * ends at a line terminator as {@code .} and {@code $} see one; the next starts after it (after
     * {@code \r\n} as one), and none starts at the end of the text.
     */
    static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && !isLineTerminator(text.charAt(i))) i++;
        return i;
    }

    /** Where the line after the one ending at {@code end} starts, or -1 if it is the last. */
    static int nextLineStart(String text, int end) {
        if (end == text.length()) return -1;
        int next = end + 1;
        if (text.charAt(end) == '\r' && next < text.length() && text.charAt(next) == '\n') next++;
        return next < text.length() ? next : -1;
    }

    /** {@code text.substring(start, end).strip().length()} without the copies. */
    static int strippedLength(String text, int start, int end) {
        int from = start;
        while (from < end) {
            int c = text.codePointAt(from);
            if (!Character.isWhitespace(c)) break;
            from += Character.charCount(c);
        }
        int to = end;
        while (to > from) {
            int c = text.codePointBefore(to);
            if (!Character.isWhitespace(c)) break;
            to -= Character.charCount(c);
        }
        return to - from;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Whether {@code find()}'s first match opens before {@code limit}, the match then held by {@code m}: tried only at
     * the positions before it ({@code lookingAt} with transparent bounds, as {@code find()} tries each position), not
     * on through the rest of a long article. For a pattern with no anchor ({@code ^}, {@code $}).
     */
    static boolean opensBefore(Matcher m, int limit) {
        int n = m.regionEnd();
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = 0; p < limit && p <= n; p++) {
            if (m.region(p, n).lookingAt()) return true;
        }
        return false;
    }

    /**
     * The date the text gives itself. With {@code yearDeclared}, a yearless dateline's year is not
     * worked out: a declared date gives the year, and only the dateline's month, day and wording
     * are compared with it (see {@link #withDeclared}).
     */
    private DateReading publicationDate(String text, boolean yearDeclared) {
        // A page's date line stands at its top; further down such a date is one the article recalls.
        Matcher jucheYear = JUCHE_YEAR_DOTTED.matcher(text.substring(0, Math.min(text.length(), 600)));
        // Only a Juche year that is the year printed beside it: "Juche 111 (2021)" is a misprint, not a date to trust.
        while (jucheYear.find()) {
            if (Integer.parseInt(jucheYear.group(1)) + Months.JUCHE_OFFSET != Integer.parseInt(jucheYear.group(2))) continue;
            LocalDate d = date(Integer.parseInt(jucheYear.group(2)), jucheYear.group(3), jucheYear.group(4));
            if (d != null) return new DateReading(d, jucheYear.group().trim(), true);
        }
        for (Pattern explicit : List.of(JUCHE_DOTTED, DOTTED, SLASHED, SIGN_OFF)) {
            // DOTTED needs a digit, a stop and a digit in a row, SIGN_OFF "KCNA" and a year after a space: a text without them is not scanned.
            if (explicit == DOTTED && !hasDigitStopDigit(text) || explicit == SIGN_OFF && !hasYearAfter(text, "KCNA")) continue;
            Matcher m = explicit.matcher(text);
            // The last explicit date line is the article's own (a sign-off after the text).
            DateReading last = null;
            while (m.find()) {
                LocalDate d = switch (explicit == JUCHE_DOTTED ? 0 : explicit == DOTTED ? 1 : explicit == SLASHED ? 2 : 3) {
                    case 0 -> date(Integer.parseInt(m.group(1)) + Months.JUCHE_OFFSET, m.group(2), m.group(3));
                    case 2 -> date(Integer.parseInt(m.group(3)), m.group(2), m.group(1));
                    default -> date(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
                };
                if (d != null) last = new DateReading(d, m.group().trim(), true);
            }
            if (last != null) return last;
        }
        Matcher dateline = DATELINE.matcher(text);
        boolean hasDateline = dateline.find();
        // The paper's calendar header stands above the dateline; "on Oct. 10, Juche 34 (1945)" in
        // the body is a date the article recalls, not its own.
        int headerEnd = hasDateline ? dateline.start() : Math.min(text.length(), 400);
        // CALENDAR holds "Juche", CALENDAR_YEAR_JUCHE "Ju": a text without them is not scanned for either.
        boolean juche = text.contains("Juche");
        Matcher calendar = CALENDAR.matcher(text);
        if (juche && opensBefore(calendar, headerEnd)) {
            LocalDate d = date(Integer.parseInt(calendar.group(4)), Months.number(calendar.group(1)), calendar.group(2));
            if (d != null) return new DateReading(d, calendar.group().trim(), true);
        }
        Matcher plainCalendar = CALENDAR_YEAR_JUCHE.matcher(text);
        if (text.contains("Ju") && opensBefore(plainCalendar, headerEnd)
                && Integer.parseInt(plainCalendar.group(3)) - Months.JUCHE_OFFSET == Integer.parseInt(plainCalendar.group(4))) {
            LocalDate d = date(Integer.parseInt(plainCalendar.group(3)), Months.number(plainCalendar.group(1)), plainCalendar.group(2));
            if (d != null) return new DateReading(d, plainCalendar.group().trim(), true);
        }
        dateline.reset();
        List<LocalDate> fullDates = new ArrayList<>();
        List<String> fullWordings = new ArrayList<>();
        Matcher full = FULL_DATE.matcher(text.substring(0, Math.min(text.length(), 600)));
        while (full.find()) {
            LocalDate d = date(Integer.parseInt(full.group(4)), Months.number(full.group(2)), full.group(3));
            if (d != null) { fullDates.add(d); fullWordings.add(full.group().trim()); }
        }
        Matcher dayFirst = DAY_FIRST_DATE.matcher(text.substring(0, Math.min(text.length(), 300)));
        if (fullDates.isEmpty() && dayFirst.find()) {
            LocalDate d = date(Integer.parseInt(dayFirst.group(3)), Months.number(dayFirst.group(2)), dayFirst.group(1));
            if (d != null) { fullDates.add(d); fullWordings.add(dayFirst.group().trim()); }
        }
        Matcher iso = ISO_HEADER.matcher(text.substring(0, Math.min(text.length(), 300)));
        if (iso.find()) {
            LocalDate d = date(Integer.parseInt(iso.group(1)), iso.group(2), iso.group(3));
            if (d != null) { fullDates.add(d); fullWordings.add(iso.group().trim()); }
        }
        if (dateline.find() && dateline.start() < Math.max(1500, text.length() / 3)) {
            int month = Months.number(dateline.group(2));
            int day = Integer.parseInt(dateline.group(3));
            String wording = DATELINE_DASH.matcher(dateline.group()).replaceAll("").trim();
            // The article's own words place it first; a page's banner only when they agree with it.
            String body = text.substring(dateline.start());
            // "Juche 113 (2024)." printed above the dateline (a paper's year line): the dateline's year, if the article allows it.
            Matcher yearLine = JUCHE_YEAR_LINE.matcher(text.substring(0, dateline.start()));
            // What the body says of its year, read once for the checks below (all of the same body and month).
            YearEvidence evidence = null;
            if (dateline.start() < 600 && yearLine.find()
                    && Integer.parseInt(yearLine.group(1)) + Months.JUCHE_OFFSET == Integer.parseInt(yearLine.group(2))
                    && allows(evidence = evidence(body, month), Integer.parseInt(yearLine.group(2)), month, day)) {
                LocalDate d = date(Integer.parseInt(yearLine.group(2)), month, String.valueOf(day));
                if (d != null) return new DateReading(d, yearLine.group().trim() + " " + wording, true);
            }
            if (yearDeclared) {
                // The year read here would be replaced by the declared one: the dateline's day as yearlessDateline reads it.
                LocalDate d = date(2000, month, String.valueOf(day));
                return d == null ? null : new DateReading(d, wording, false);
            }
            if (evidence == null) evidence = evidence(body, month);
            Integer inferred = inferYear(evidence, month, day);
            if (inferred != null) {
                LocalDate d = date(inferred, month, String.valueOf(day));
                if (d != null) return new DateReading(d, wording, false);
            }
            if (!fullDates.isEmpty()) {
                // A reprint's or blog's date follows the wire date by days: take the year that puts
                // the dateline on or before it.
                LocalDate reference = fullDates.get(0);
                LocalDate d = date(reference.getYear(), month, String.valueOf(day));
                // A date in the text may be the event's, a day before the wire date: only a dateline
                // well after the reference belongs to the year before.
                if (d != null && d.isAfter(reference.plusDays(7))) d = date(reference.getYear() - 1, month, String.valueOf(day));
                if (d != null && allows(evidence, d.getYear(), month, day)) return new DateReading(d, wording, false);
            }
            // A dateline whose year nothing in the article gives: no date rather than a banner's or a guess.
            return null;
        }
        if (!fullDates.isEmpty()) return new DateReading(fullDates.get(0), fullWordings.get(0), true);
        return null;
    }

    private static boolean hasDigitStopDigit(String text) {
        for (int at = text.indexOf('.', 1); at > 0 && at + 1 < text.length(); at = text.indexOf('.', at + 1)) {
            if (isAsciiDigit(text.charAt(at - 1)) && isAsciiDigit(text.charAt(at + 1))) return true;
        }
        return false;
    }

    /** Whether {@code word} stands somewhere before whitespace and a 1 or 2 (where a year may begin). */
    private static boolean hasYearAfter(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int i = at + word.length();
            if (i >= text.length() || !isRegexSpace(text.charAt(i))) continue;
            while (i < text.length() && isRegexSpace(text.charAt(i))) i++;
            if (i < text.length() && (text.charAt(i) == '1' || text.charAt(i) == '2')) return true;
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Regex {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static final Pattern JUCHE_YEAR = Pattern.compile("Juche\\s*(\\d{2,3})");
    private static final Pattern WEEKDAY_EVENT = Pattern.compile(
            "(?=[oMTWFS])\\b(?:on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    /** What an article's own words say of its year. */
    private record YearEvidence(int mentioned, int floor, Integer ceiling, Integer anniversary, DayOfWeek weekday, int recalled) {}

    /** "June 1, Juche 67 (1978)", "Oct. 10, 1945": a day the article recalls, with its year. */
    private static final Pattern RECALLED_DATE = Pattern.compile(
            "(?:" + Months.PATTERN + ")\\s+\\d{1,2},\\s*(?:Juche\\s*\\d{2,3}\\s*\\(\\s*(?:19|20)\\d\\d\\s*\\)|(?:19|20)\\d\\d)");

    /** "the budget for 2025", "tasks for the year 2025": a year planned for, printed late in the year before as often as in it. */
    private static final Pattern PLANNED_YEAR = Pattern.compile("\\bfor\\s+(?:the\\s+(?:new\\s+)?year\\s+)?((?:19|20)\\d\\d)\\b");

    private static YearEvidence evidence(String text, int month) {
        // A year printed with its month and day after the lead sentence is a recalled day (the
        // reported day would be "on June 1"): it bounds the article from below but does not place it.
        int recalled = 0;
        int lead = text.indexOf(". ");
        Matcher r = RECALLED_DATE.matcher(text);
        StringBuilder bare = new StringBuilder(text);
        while (r.find()) {
            // The lead's "on April 1, 2014" is the reported day; a Juche-stamped one is history even there.
            if (r.start() < lead && !r.group().contains("Juche")) continue;
            Matcher in = YEAR.matcher(r.group());
            while (in.find()) recalled = Math.max(recalled, Integer.parseInt(in.group(1)));
            for (int i = r.start(); i < r.end(); i++) bare.setCharAt(i, ' ');
        }
        // In November and December a year planned for may be the coming one (a year-end meeting adopts next
        // year's budget): it says the article is of that year or the one before, not which.
        int planned = 0;
        if (month >= 11) {
            Matcher p = PLANNED_YEAR.matcher(bare);
            while (p.find()) {
                planned = Math.max(planned, Integer.parseInt(p.group(1)));
                for (int i = p.start(1); i < p.end(1); i++) bare.setCharAt(i, ' ');
            }
        }
        int mentioned = 0;
        String bareText = bare.toString(); // a String's characters are read faster than a builder's
        Matcher y = YEAR.matcher(bareText);
        while (y.find()) mentioned = Math.max(mentioned, Integer.parseInt(y.group(1)));
        Matcher juche = JUCHE_YEAR.matcher(bareText);
        while (juche.find()) mentioned = Math.max(mentioned, Integer.parseInt(juche.group(1)) + Months.JUCHE_OFFSET);
        InstitutionalCalendar.Ordinals ordinals = InstitutionalCalendar.Ordinals.of(text);
        InstitutionalCalendar.Span term = InstitutionalCalendar.termSpan(ordinals);
        int congress = InstitutionalCalendar.congressFloor(ordinals);
        int floor = Math.max(Math.max(mentioned, congress), planned - 1);
        if (floor == 0 && term == null) return new YearEvidence(0, 0, null, InstitutionalCalendar.anniversaryYear(ordinals), weekday(text), recalled);
        floor = Math.max(floor, recalled);
        if (term != null) floor = Math.max(floor, term.from());
        // A year the article prints outranks the calendar's term.
        Integer ceiling = term == null || term.to() == null || term.to() < floor ? null : term.to();
        return new YearEvidence(mentioned, floor, ceiling, InstitutionalCalendar.anniversaryYear(ordinals), weekday(text), recalled);
    }

    private static DayOfWeek weekday(String text) {
        Matcher w = WEEKDAY_EVENT.matcher(text);
        return w.find() ? DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT)) : null;
    }

    /** The event fell on the dateline day or the day before. */
    private static boolean weekdayFits(YearEvidence e, int year, int month, int day) {
        if (e.weekday == null) return true;
        LocalDate d = date(year, month, String.valueOf(day));
        return d != null && (d.getDayOfWeek() == e.weekday || d.minusDays(1).getDayOfWeek() == e.weekday);
    }

    /** Whether a year from elsewhere (a reprint's date) agrees with what the article says. */
    static boolean allows(String text, int year, int month, int day) {
        return allows(evidence(text, month), year, month, day);
    }

    private static boolean allows(YearEvidence e, int year, int month, int day) {
        return year >= Math.max(e.floor, e.recalled) && (e.ceiling == null || year <= e.ceiling) && weekdayFits(e, year, month, day)
                && (e.anniversary == null || e.anniversary == year);
    }

    /**
     * A dateline without a year, placed by what the article says: the round anniversary it
     * marks ("the 65th birthday of the Party"), the years it mentions and the terms of the
     * bodies it names (no earlier than these), and a weekday the event fell on ("on Friday",
     * the dateline day or the day before), which picks the first year from there that fits. A
     * weekday alone repeats every few years and gives no year; null when nothing decides.
     */
    static Integer inferYear(String text, int month, int day) {
        return inferYear(evidence(text, month), month, day);
    }

    private static Integer inferYear(YearEvidence e, int month, int day) {
        if (e.anniversary != null && e.anniversary >= Math.max(e.floor, e.recalled) && (e.ceiling == null || e.anniversary <= e.ceiling)
                && weekdayFits(e, e.anniversary, month, day)) {
            return e.anniversary;
        }
        if (e.floor == 0) return null;
        if (e.weekday != null) {
            // Beyond an open term's start or a mentioned year, only the next year is as likely.
            int last = e.ceiling != null ? e.ceiling : e.floor + 1;
            for (int year = e.floor; year <= last; year++) if (weekdayFits(e, year, month, day)) return year;
            return null;
        }
        if (e.ceiling != null && e.ceiling == e.floor) return e.floor;
        // The latest year the article itself prints ("the year 2021", "the budget for 2024").
        return e.mentioned > 0 && e.mentioned == e.floor ? e.mentioned : null;
    }

    private static LocalDate date(int year, String month, String day) {
        return date(year, Integer.parseInt(month), day);
    }

    private static LocalDate date(int year, int month, String day) {
        try {
            return LocalDate.of(year, month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "2024.13.40." is not a date; the next candidate decides
        }
    }

    /**
     * A publisher, the pattern of its name, and the lower-case words every match starts with (one for
     * each alternative of the pattern). The pattern is tried only where one of the words stands in the
     * lower-cased text: scanned from the start, it was tried at every character of every page that
     * held a word of it somewhere ("times", "korean"), most of the metadata stage's cost (JFR of the
     * seeds x 200). A match's first letters are ASCII, matched without regard to ASCII case, so they
     * stand lower-cased at the same place in the lower-cased text when lower-casing kept its length
     * (it never shortens; its one lengthening, of a dotted capital I, shifts what follows); when it did
     * not, the pattern scans the text as before.
     */
    record Publisher(String name, Pattern pattern, List<String> starts) {
        Publisher(String name, String regex, String... starts) { this(name, Pattern.compile(regex), List.of(starts)); }

        boolean in(String text, String lowerText) {
            if (lowerText.length() != text.length()) return pattern.matcher(text).find();
            Matcher m = null;
            for (String start : starts) {
                for (int at = lowerText.indexOf(start); at >= 0; at = lowerText.indexOf(start, at + 1)) {
                    // A match at this place: bounds transparent, so a \b sees the character before it.
                    if (m == null) m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    if (m.region(at, text.length()).lookingAt()) return true;
                }
            }
            return false;
        }
    }

    static final List<Publisher> PUBLISHERS = List.of(
            new Publisher("Rodong Sinmun", "(?i)rodong\\s+sinmun|로동신문|rodong\\.rep\\.kp", "rodong", "로동신문"),
            new Publisher("Pyongyang Times", "(?i)pyongyang\\s+times", "pyongyang"),
            new Publisher("Voice of Korea", "(?i)voice\\s+of\\s+korea|vok\\.rep\\.kp", "voice", "vok"),
            new Publisher("Chongnyon Chonwi", "(?i)chongnyon\\s+chonwi", "chongnyon"),
            new Publisher("Minju Joson", "(?i)minju\\s+joson", "minju"),
            new Publisher("Uriminzokkiri", "(?i)uriminzokkiri", "uriminzokkiri"),
            new Publisher("KCNA", "\\bKCNA\\b|(?i)korean\\s+central\\s+news\\s+agency", "kcna", "korean"));

    static String publisher(String text) {
        Matcher source = SOURCE_FIELD.matcher(text);
        if (source.find()) {
            String named = source.group(1);
            String namedLower = named.toLowerCase(Locale.ROOT);
            for (Publisher p : PUBLISHERS) if (p.in(named, namedLower)) return p.name();
        }
        // A paper's name in the page header is its own; a dateline "(KCNA)" anywhere is the wire's.
        String header = text.substring(0, Math.min(text.length(), 400));
        String headerLower = header.toLowerCase(Locale.ROOT);
        for (Publisher p : PUBLISHERS) {
            if (!p.name().equals("KCNA") && p.in(header, headerLower)) return p.name();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Publisher p : PUBLISHERS) if (p.in(text, lower)) return p.name();
        return null;
    }

    private static final Pattern NOT_HEADLINE = Pattern.compile(
            "(?i)^(?:date\\b.*|source:.*|kcna\\b.*|rodong sinmun|pyongyang times|www\\..*|https?://.*|politics\\s.*|/.*|.*\\(kcna\\).*|.*revolutionary activities.*)");

    /** A line ending in four digits: a date line, a page stamp, or a headline ending in a year or a unit's number. */
    private static final Pattern ENDS_IN_FOUR_DIGITS = Pattern.compile("\\d{4}\\s*$");
    /** The year closing a date: "May 07, 2016", "7 May 2016", "May 2016", "24.05.2016", "2016-05-24" (a date, not a headline's year). */
    private static final Pattern DATE_BEFORE_YEAR = Pattern.compile(
            "(?:(?<![\\p{L}])(?:" + Months.PATTERN + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|\\d{1,2}\\s+(?:" + Months.PATTERN + ")|\\d{1,2}\\s*[./-]\\s*\\d{1,2})"
            + "\\s*[.,/-]?\\s*\\d{4}\\s*$");
    /** The words a date or a page stamp is made of, and the outlets' names that stand beside them. */
    private static final Pattern STAMP_WORDS = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:" + Months.PATTERN + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day|juche|date[ds]?|updated|published|posted|issued?|no|"
            + "copyright|page|time|am|pm|kcna|rodong|sinmun|minju|joson|pyongyang|times|naenara|korean|central|news|agency)(?![\\p{L}])");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    /**
     * A line ending in four digits is a date line ("Saturday, May 07, 2016", "Pyongyang Times, 3 March 2018",
     * "Updated 2019") when its last digits close a date, or when next to nothing but date and outlet words is
     * left without them; a headline keeps words of its own before its year or number ("Tasks for 2025",
     * "... Championships 2024", "... Inspects KPA Unit 1344").
     */
    static boolean datelineLike(String line) {
        if (!ENDS_IN_FOUR_DIGITS.matcher(line).find()) return false;
        if (DATE_BEFORE_YEAR.matcher(line).find()) return true;
        Matcher words = WORD.matcher(STAMP_WORDS.matcher(line).replaceAll(" "));
        int left = 0;
        while (words.find()) left++;
        return left < 2;
    }

    private static final Pattern BODY_BEGAN = Pattern.compile("(?i)\\(kcna\\)\\s*[-–—]+\\s*\\S");
    private static final Pattern MARKUP = Pattern.compile("[*#]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /**
     * The lines of {@code text.split("\\R")}, split off only as far as they are asked for: the headline is
     * among the first dozen, and splitting the whole page was most of the headline's cost (JFR of the
     * seeds x 200). Blank lines at the end, which {@code split} drops, are given here; the headline skips
     * blank lines, so it reads the same.
     */
    static final class Lines {
        private final String text;
        private final Matcher breaks;
        private final List<String> lines = new ArrayList<>();
        private int from;

        Lines(String text) {
            this.text = text;
            this.breaks = LINE_BREAK.matcher(text);
        }

        boolean has(int i) {
            while (lines.size() <= i && from >= 0) {
                if (breaks.find()) {
                    lines.add(text.substring(from, breaks.start()));
                    from = breaks.end();
                } else {
                    lines.add(text.substring(from));
                    from = -1;
                }
            }
            return i < lines.size();
        }

        String get(int i) {
            if (!has(i)) throw new IndexOutOfBoundsException(i);
            return lines.get(i);
        }
    }

    static String headline(String text) {
        Lines lines = new Lines(text);
        int seen = 0;
        for (int i = 0; lines.has(i); i++) {
            String raw = lines.get(i);
            // A bold headline wrapped over lines ("**Let's Make ... and\nDeveloping\nCities**") is one headline.
            if (raw.strip().startsWith("**") && !raw.strip().substring(2).contains("**")) {
                StringBuilder joined = new StringBuilder(raw);
                while (lines.has(i + 1) && !lines.get(i + 1).isBlank() && !joined.toString().strip().substring(2).contains("**")) {
                    joined.append(' ').append(lines.get(++i));
                }
                raw = joined.toString();
            }
            String line = SPACES.matcher(MARKUP.matcher(raw).replaceAll(" ")).replaceAll(" ").strip();
            if (line.isEmpty()) continue;
            if (++seen > 12) break;
            // " date 2022-03-05 Headline" prints the headline on the date's line.
            Matcher iso = ISO_HEADER.matcher(line);
            if (iso.lookingAt() || (iso.find() && iso.start() == 0)) {
                String rest = line.substring(iso.end()).strip();
                int cut = rest.indexOf(". ");
                if (!rest.isEmpty()) return rest.length() > 200 && cut > 0 ? rest.substring(0, cut) : rest.length() > 200 ? null : rest;
                continue;
            }
            // A headline is printed above the dateline: a line after "... (KCNA) --" is the body's
            // ("The session discussed the following agenda items:" is no headline).
            if (i > 0 && BODY_BEGAN.matcher(lines.get(i - 1)).find()) return null;
            if (NOT_HEADLINE.matcher(line).matches() || datelineLike(line)) continue;
            if (line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) continue;
            if ((FULL_DATE.matcher(line).find() || CALENDAR.matcher(line).find()) && line.length() < 60) continue;
            if (line.length() > 200 || line.endsWith(".")) return null; // body text: no headline printed
            return line;
        }
        return null;
    }
}
