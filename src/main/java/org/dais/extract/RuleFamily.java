package org.dais.extract;

import java.util.List;

/** A family of extraction rules (meetings, offices, addresses, participation), listed with their examples. */
public interface RuleFamily {
    String name();

    List<Rule> rules();
}
