package org.dais.extract;

import java.util.List;

/**
 * One rule of a family: the form of words it reads, and the invented sentences it exists for,
 * each with the claims it must yield ({@link RuleExample}). A new form is one rule plus examples.
 */
public record Rule(String name, String form, List<RuleExample> examples) {
    public Rule {
        examples = List.copyOf(examples);
        if (examples.isEmpty()) throw new IllegalArgumentException("rule " + name + " has no example");
    }

    public static Rule of(String name, String form, RuleExample... examples) {
        return new Rule(name, form, List.of(examples));
    }
}
