package org.dais.extract;

import java.time.LocalDate;

/**
 * Reads a sentence's meeting day for the table-driven date tests: a case gives the sentence, the day
 * it was published on ({@code 2023-03-16}, {@code year 2019} for a year declared alone, {@code none}) and
 * the reading it expects, {@code start..end} ({@code end} "null" for one day) or {@code none}.
 */
final class DateFormsReading {
    private DateFormsReading() {}

    static String read(String sentence, String published) {
        DateExpressions.Reading r;
        if (published.equals("none")) r = DateExpressions.find(sentence, null, null);
        else if (published.startsWith("year ")) r = DateExpressions.find(sentence, null, Integer.valueOf(published.substring(5)));
        else r = DateExpressions.find(sentence, LocalDate.parse(published));
        return r == null ? "none" : r.start() + ".." + r.end();
    }
}
