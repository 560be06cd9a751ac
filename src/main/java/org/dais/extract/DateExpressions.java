package org.dais.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dais.ingest.Months;

/**
 * Event dates in running text, resolved against the article's publication date: "on March 4",
 * "on Jan. 17", "from January 25 to 28", "on July 2-6", "on Wednesday" (the last Wednesday on or
 * before publication), "on Tuesday and Wednesday" (the two days ending on the last Wednesday). The wording is kept beside the resolved date.
 */
public final class DateExpressions {
    private DateExpressions() {}

    /** A date or range read from text; {@code end} is null for a single day. */
    public record Reading(LocalDate start, LocalDate end, String wording) {}

    private static final String M = "(" + Months.PATTERN + ")";
    /**
     * A year after a day, as one group: "2019", "Juche 108 (2019)" (the year in brackets is the common era's) or
     * "Juche 87" alone (older copy: Juche 1 is 1912); {@link #yearOf} reads it.
     */
    private static final String YEAR = "(?:,\\s*((?:19|20)\\d\\d|Juche\\s*\\d{1,3}(?:\\s*\\(\\s*(?:19|20)\\d\\d\\s*\\))?)(?!\\d))?";
    /** Between a month and its day: a blank, or none after the month's dot ("Oct.11" in scraped copy). */
    private static final String MONTH_DAY = "(?:\\s+|(?<=\\.))";
    private static final Pattern RANGE = Pattern.compile(
            "\\bfrom\\s+" + M + MONTH_DAY + "(\\d{1,2})(?:,\\s*(\\d{4}))?\\s+(?:to|till|until|through)\\s+(?:" + M + MONTH_DAY + ")?(\\d{1,2})\\b" + YEAR);
    /** "took place May 3 to 5", "between May 3 and 5": a range without "from" (older wire copy). */
    private static final Pattern RANGE_UNMARKED = Pattern.compile(
            "\\b(?:(between)\\s+)?" + M + "\\s+(\\d{1,2})\\s+(to|till|until|through|and)\\s+(?:" + M + "\\s+)?(\\d{1,2})\\b(?![,.]\\d)(?!\\s*(?:%|per|percent|\\())");
    /** "on 3 May", "from 3 to 5 May", "the 3rd of May": the day before the month (weeklies and British-style copy). */
    private static final Pattern DAY_FIRST_RANGE = Pattern.compile(
            "\\bfrom\\s+(\\d{1,2})(?:\\s+" + M + ")?\\s+(?:to|till|until|through)\\s+(\\d{1,2})\\s+" + M + "\\b(?:\\s+((?:19|20)\\d\\d))?");
    /** "on 9-10 April", "on 11 and 12 April": two days, the day before the month (weeklies). */
    private static final Pattern DAY_FIRST_PAIR = Pattern.compile(
            "\\bon\\s+(\\d{1,2})\\s*(?:[-–]|\\s+and\\s+)\\s*(\\d{1,2})\\s+" + M + "\\b(?:,?\\s+((?:19|20)\\d\\d))?");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(?:on|from|since|of|until|till)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + M + "\\b(?:,?\\s+((?:19|20)\\d\\d))?");
    /** "on September 28 and 29", "on Feb. 28 and March 1" (the two days across a month's end). */
    private static final Pattern TWO_DAYS = Pattern.compile("\\bon\\s+" + M + MONTH_DAY + "(\\d{1,2})\\s+and\\s+(?:" + M + MONTH_DAY + ")?(\\d{1,2})\\b(?!\\s*(?:\\(|[A-Z]))" + YEAR);
    /** "on July 2-6", "Sept. 29-Oct. 2" (a range across two months, as weeklies print it). */
    private static final Pattern DASH_RANGE = Pattern.compile("\\b" + M + MONTH_DAY + "(\\d{1,2})\\s*[-–]\\s*(?:" + M + MONTH_DAY + ")?(\\d{1,2})\\b" + YEAR);
    // "May 4, 2019", "May 4, Juche 108 (2019)", "May 4, Juche 87".
    private static final Pattern DAY = Pattern.compile("\\b" + M + MONTH_DAY + "(\\d{1,2})\\b" + YEAR);
    /** "on 2024.1.30.", "on 2024-01-30": a date in figures, year first (Rodong Sinmun's style, scraped metadata). */
    private static final Pattern FIGURES = Pattern.compile("\\b((?:19|20)\\d\\d)([.-])(\\d{1,2})\\2(\\d{1,2})\\b(?![.-]?\\d)");
    private static final Pattern SPAN_TO_MONTH = Pattern.compile("\\s*[-–]\\s*" + M + "\\s+\\d{1,2}\\b");
    private static final Pattern NAMING_DATE_BEFORE = Pattern.compile("\\b[Tt]he\\s+(?:[a-z]+\\s+)?$");
    /**
     * "on the 16th", "from the 3rd to the 5th": a day of the month without the month (older wire copy), the
     * month of publication or the one before; not "on the 5th anniversary" (a word other than a preposition after it).
     */
    private static final String NOT_A_THING_AFTER = "(?=\\s*(?:[,.;)]|$)|\\s+(?:at|in|and|to|till|until|with|under|amid|for|by|after|before)\\b)";
    private static final Pattern ORDINAL_DAY_RANGE = Pattern.compile(
            "\\bfrom\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+(?:to|till|until|through)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b" + NOT_A_THING_AFTER);
    /** "on the 11th and 12th": two days of the month. */
    private static final Pattern ORDINAL_DAY_PAIR = Pattern.compile(
            "\\bon\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+and\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b" + NOT_A_THING_AFTER);
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\bon\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b" + NOT_A_THING_AFTER);
    private static final String DAY_NAME = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern WEEKDAY_SPAN = Pattern.compile(
            "\\b(?:on\\s+|from\\s+)?" + DAY_NAME + "\\s+(?:and|to|till|until|through)\\s+" + DAY_NAME + "\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    public static Reading find(String text, LocalDate published) {
        return find(text, published, null);
    }

    /**
     * As {@link #find(String, LocalDate)}; when no publication date is known but its year is
     * ({@code year}, e.g. declared by a file name "...-2021.txt"), a month and day ("on July 18",
     * "from June 9 to 11") are read in that year. A weekday needs the day it counts back from,
     * so it gives nothing then.
     */
    public static Reading find(String text, LocalDate published, Integer year) {
        return find(text, published, year, true);
    }

    /** As {@link #find(String, LocalDate, Integer)}; ungated, every pattern is tried (to check that the gate changes nothing). */
    static Reading find(String text, LocalDate published, Integer year, boolean gated) {
        if (published == null && year == null) return null;
        if (published == null) return inYear(text, year, gated);
        // Every pattern but the weekdays' and "yesterday" needs an ASCII digit, and those with a month its name's first
        // three letters; the weekdays and "yesterday" all hold "day". A sentence without them is read with no scan.
        boolean digit = !gated || hasAsciiDigit(text);
        if (digit && (!gated || hasMonthPrefix(text))) {
            Reading monthDay = monthDay(text, published);
            if (monthDay != null) return monthDay;
        }
        if (digit) {
            Reading figures = figures(text, published);
            if (figures != null) return figures;
        }
        if (digit && (!gated || text.contains("the"))) {
            Reading ordinal = ordinalDay(text, published);
            if (ordinal != null) return ordinal;
        }
        return !gated || text.contains("day") ? weekday(text, published) : null;
    }

    private static boolean hasAsciiDigit(String text) {
        for (char c : text.toCharArray()) { // over a copy of the characters, not String.charAt (see OrganizationMentions.find: a profile_predicate deoptimization)
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /** The first three letters of every month's name and abbreviation in {@link Months#PATTERN}. */
    private static final String[] MONTH_PREFIXES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static boolean hasMonthPrefix(String text) {
        for (String m : MONTH_PREFIXES) if (text.contains(m)) return true;
        return false;
    }

    /** The patterns with a month's name and a day's number, in the order they are preferred. */
    private static Reading monthDay(String text, LocalDate published) {
        Matcher r = RANGE.matcher(text);
        if (r.find()) {
            int month = Months.number(r.group(1));
            int endMonth = r.group(4) != null ? Months.number(r.group(4)) : month;
            // "from October 2 to 4, 2021", "from December 30 to January 2, 2022": the year printed after the last day is its year.
            String startYear = r.group(3) != null || r.group(6) == null ? r.group(3)
                    : String.valueOf(yearOf(r.group(6)) - (endMonth < month ? 1 : 0));
            LocalDate start = resolve(month, r.group(2), startYear, published);
            LocalDate end = start == null ? null : resolve(endMonth, r.group(5), String.valueOf(start.getYear()), published);
            if (start != null && end != null && end.isBefore(start)) end = end.plusYears(1);
            if (start != null) return new Reading(start, end, r.group());
        }
        Matcher unmarked = RANGE_UNMARKED.matcher(text);
        while (unmarked.find()) {
            // "and" joins a range only after "between" ("on May 3 and 4" is two days, read below).
            if (unmarked.group(4).equals("and") && unmarked.group(1) == null) continue;
            int month = Months.number(unmarked.group(2));
            LocalDate start = resolve(month, unmarked.group(3), null, published);
            int endMonth = unmarked.group(5) != null ? Months.number(unmarked.group(5)) : month;
            LocalDate end = start == null ? null : resolve(endMonth, unmarked.group(6), String.valueOf(start.getYear()), published);
            if (start != null && end != null && end.isBefore(start)) end = end.plusYears(1);
            if (start != null && end != null && end.isAfter(start)) return new Reading(start, end, unmarked.group());
        }
        Matcher dayFirstRange = DAY_FIRST_RANGE.matcher(text);
        if (dayFirstRange.find()) {
            int endMonth = Months.number(dayFirstRange.group(4));
            int month = dayFirstRange.group(2) != null ? Months.number(dayFirstRange.group(2)) : endMonth;
            LocalDate start = resolve(month, dayFirstRange.group(1), dayFirstRange.group(5), published);
            LocalDate end = start == null ? null : resolve(endMonth, dayFirstRange.group(3), String.valueOf(start.getYear()), published);
            if (start != null && end != null && end.isBefore(start)) end = end.plusYears(1);
            if (start != null) return new Reading(start, end, dayFirstRange.group());
        }
        Matcher dayFirstPair = DAY_FIRST_PAIR.matcher(text);
        if (dayFirstPair.find()) {
            int month = Months.number(dayFirstPair.group(3));
            LocalDate start = resolve(month, dayFirstPair.group(1), dayFirstPair.group(4), published);
            LocalDate end = start == null ? null : resolve(month, dayFirstPair.group(2), String.valueOf(start.getYear()), published);
            if (start != null && end != null && end.isAfter(start)) return new Reading(start, end, dayFirstPair.group());
        }
        // "on September 28 and 29": two days of one meeting.
        Matcher both = TWO_DAYS.matcher(text);
        if (both.find()) {
            int month = Months.number(both.group(1));
            int endMonth = both.group(3) != null ? Months.number(both.group(3)) : month;
            String startYear = both.group(5) == null ? null : String.valueOf(yearOf(both.group(5)) - (endMonth < month ? 1 : 0));
            LocalDate start = resolve(month, both.group(2), startYear, published);
            LocalDate end = start == null ? null : resolve(endMonth, both.group(4), String.valueOf(start.getYear()), published);
            if (start != null && end != null && end.isBefore(start)) end = end.plusYears(1);
            // Two days of one meeting are next to each other (else the second is a count or another day's event).
            if (start != null && end != null && end.isAfter(start) && (endMonth == month || end.minusDays(1).equals(start)))
                return new Reading(start, end, both.group());
        }
        Matcher d = DASH_RANGE.matcher(text);
        while (d.find()) {
            // "the June 25-July 27 month of struggle" names a month, not the days of a meeting.
            if (d.group(3) != null && NAMING_DATE_BEFORE.matcher(text).region(0, d.start()).find()) continue;
            int month = Months.number(d.group(1));
            int endMonth = d.group(3) != null ? Months.number(d.group(3)) : month;
            String startYear = d.group(5) == null ? null : String.valueOf(yearOf(d.group(5)) - (endMonth < month ? 1 : 0));
            LocalDate start = resolve(month, d.group(2), startYear, published);
            LocalDate end = start == null ? null : resolve(endMonth, d.group(4), String.valueOf(start.getYear()), published);
            if (start != null && end != null && end.isBefore(start)) end = end.plusYears(1);
            if (start != null) return new Reading(start, end, d.group());
            break;
        }
        Matcher day = DAY.matcher(text);
        while (day.find()) {
            // "May 6 (KCNA)" or "April 25 House of Culture" are not event dates.
            String after = text.substring(day.end()).stripLeading();
            if (after.startsWith("(KCNA") || after.matches("(?s)^(?:House|Factory|Street|Stadium|Works)\\b.*")) continue;
            // "the June 25-July 27 month of struggle", "the important May 28 letter": a date that names a thing, not when it was.
            if (NAMING_DATE_BEFORE.matcher(text).region(0, day.start()).find()) {
                // ... and the day its span runs to: "the June 25-July 27 month" names no day at all.
                Matcher to = SPAN_TO_MONTH.matcher(text).region(day.end(), text.length());
                if (to.lookingAt()) day.region(to.end(), text.length());
                continue;
            }
            LocalDate date = resolve(Months.number(day.group(1)), day.group(2), day.group(3), published);
            if (date != null) return new Reading(date, null, day.group());
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.find()) {
            LocalDate date = resolve(Months.number(dayFirst.group(2)), dayFirst.group(1), dayFirst.group(3), published);
            if (date != null) return new Reading(date, null, dayFirst.group());
        }
        return null;
    }

    /** A date in figures: "2031.1.30.", "2031-01-30". */
    private static Reading figures(String text, LocalDate published) {
        Matcher figures = FIGURES.matcher(text);
        if (figures.find()) {
            LocalDate date = resolve(Integer.parseInt(figures.group(3)), figures.group(4), figures.group(1), published);
            if (date != null) return new Reading(date, null, figures.group());
        }
        return null;
    }

    /** A day of the month without the month: "from the 3rd to the 5th", "on the 16th". */
    private static Reading ordinalDay(String text, LocalDate published) {
        Matcher ordinalPair = ORDINAL_DAY_PAIR.matcher(text);
        if (ordinalPair.find()) {
            LocalDate start = dayOfMonth(ordinalPair.group(1), published);
            LocalDate end = dayOfMonth(ordinalPair.group(2), published);
            if (start != null && end != null && end.isAfter(start)) return new Reading(start, end, ordinalPair.group());
        }
        Matcher ordinalRange = ORDINAL_DAY_RANGE.matcher(text);
        if (ordinalRange.find()) {
            LocalDate start = dayOfMonth(ordinalRange.group(1), published);
            LocalDate end = dayOfMonth(ordinalRange.group(2), published);
            if (start != null && end != null && end.isAfter(start)) return new Reading(start, end, ordinalRange.group());
        }
        Matcher ordinalDay = ORDINAL_DAY.matcher(text);
        if (ordinalDay.find()) {
            LocalDate date = dayOfMonth(ordinalDay.group(1), published);
            if (date != null) return new Reading(date, null, ordinalDay.group());
        }
        return null;
    }

    /** A weekday, two of them, or "yesterday", counted back from publication. */
    private static Reading weekday(String text, LocalDate published) {
        Matcher span = WEEKDAY_SPAN.matcher(text);
        if (span.find()) {
            // "on Tuesday and Wednesday", "from Monday to Wednesday": the last day on or before publication ends it.
            LocalDate end = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(span.group(2).toUpperCase(Locale.ROOT))));
            LocalDate start = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(span.group(1).toUpperCase(Locale.ROOT))));
            if (start.isBefore(end)) return new Reading(start, end, span.group());
        }
        // "was held here yesterday" (older wire copy): the day before publication.
        Matcher yesterday = YESTERDAY.matcher(text);
        if (yesterday.find()) return new Reading(published.minusDays(1), null, yesterday.group());
        Matcher w = WEEKDAY.matcher(text);
        if (w.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
            return new Reading(published.with(TemporalAdjusters.previousOrSame(dow)), null, w.group());
        }
        return null;
    }

    private static Reading inYear(String text, int year, boolean gated) {
        // The last day of the year: every month and day of it lies on or before, none rolls back.
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        // A weekday or a day of the month alone ("on the 16th") counts from a day nobody gave: neither is read.
        String dated = YESTERDAY.matcher(ORDINAL_DAY.matcher(ORDINAL_DAY_PAIR.matcher(ORDINAL_DAY_RANGE.matcher(WEEKDAY.matcher(text).replaceAll("")).replaceAll("")).replaceAll("")).replaceAll("")).replaceAll("");
        Reading r = find(dated, yearEnd, null, gated);
        // A date printed with its own year ("May 4, 2019") stands whatever the declared year.
        boolean ownYear = r != null && r.wording().matches("(?s).*\\b(?:(?:19|20)\\d\\d|Juche\\s*\\d{1,3})\\b.*");
        return r == null || (!ownYear && r.start().getYear() != year) ? null : r;
    }

    /** A day of the month alone: in the month of publication when it is not past, else in the month before. */
    private static LocalDate dayOfMonth(String day, LocalDate published) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) return null;
        LocalDate month = d <= published.getDayOfMonth() ? published : published.minusMonths(1);
        return d <= month.lengthOfMonth() ? month.withDayOfMonth(d) : null;
    }

    /** Compiled once: String.replaceAll compiled it for every year read. */
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    /** "2019", "Juche 108 (2019)" (the common era's year in brackets), "Juche 87" (1998: Juche 1 is 1912). */
    private static int yearOf(String year) {
        Matcher bracketed = BRACKETED_YEAR.matcher(year);
        if (bracketed.find()) return Integer.parseInt(bracketed.group(1));
        String digits = NOT_DIGIT.matcher(year).replaceAll("");
        return year.startsWith("Juche") ? Integer.parseInt(digits) + Months.JUCHE_OFFSET : Integer.parseInt(digits);
    }

    private static final Pattern BRACKETED_YEAR = Pattern.compile("\\(\\s*(\\d{4})");

    /** Month and day in the year that puts them on or shortly before publication. */
    private static LocalDate resolve(int month, String day, String year, LocalDate published) {
        if (month == 0) return null;
        try {
            int d = Integer.parseInt(day);
            if (year != null) return LocalDate.of(yearOf(year), month, d);
            LocalDate date = LocalDate.of(published.getYear(), month, d);
            // An event reported in January took place in December of the year before.
            if (date.isAfter(published.plusDays(7))) date = date.minusYears(1);
            return date;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
