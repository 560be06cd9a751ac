package org.dais.extract;

import java.util.List;

/**
 * An invented article body (one or more sentences after a dateline) and claims it must yield,
 * written as one line each:
 * <ul>
 * <li>{@code office: PERSON | title | organization}</li>
 * <li>{@code rank: PERSON | rank}</li>
 * <li>{@code speech: PERSON | kind} or {@code speech: PERSON | kind | meeting name}</li>
 * <li>{@code ROLE: PERSON} or {@code ROLE: PERSON | rank} (ROLE guided, platform, attended)</li>
 * <li>{@code meeting: canonical name}</li>
 * <li>{@code not ...}: that claim must not be read</li>
 * </ul>
 * Names, places and meetings are made up: no example may come from the evaluation sets.
 */
public record RuleExample(String text, List<String> expected) {
    public RuleExample {
        expected = List.copyOf(expected);
    }

    public static RuleExample of(String text, String... expected) {
        return new RuleExample(text, List.of(expected));
    }
}
