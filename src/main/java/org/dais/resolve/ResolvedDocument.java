package org.dais.resolve;

import java.util.List;
import java.util.Map;

import org.dais.extract.Extraction;

/**
 * A document's extraction with its entities resolved: every person name mapped to its
 * canonical spelling, every meeting key to one merged meeting.
 */
public record ResolvedDocument(Extraction extraction, Map<String, String> canonicalPersons, Map<String, ResolvedMeeting> meetings) {
    public ResolvedDocument {
        canonicalPersons = Map.copyOf(canonicalPersons);
        meetings = Map.copyOf(meetings);
    }

    public String person(String name) { return canonicalPersons.getOrDefault(name, PersonNames.canonical(name)); }

    public List<String> persons() { return canonicalPersons.values().stream().distinct().sorted().toList(); }
}
