package org.dais.resolve;

import java.util.List;
import java.util.Map;

import org.dais.extract.Extraction;

/**
 * A document's extraction with its entities resolved: every person name as written mapped to
 * its canonical spelling, every canonical person to the identity key their IRI is minted from
 * (with a note saying why, where the name alone did not decide), every meeting key to one
 * merged meeting.
 */
public record ResolvedDocument(
        Extraction extraction,
        Map<String, String> canonicalPersons,
        Map<String, String> identities,
        Map<String, String> resolutionNotes,
        Map<String, ResolvedMeeting> meetings) {
    public ResolvedDocument {
        canonicalPersons = Map.copyOf(canonicalPersons);
        identities = Map.copyOf(identities);
        resolutionNotes = Map.copyOf(resolutionNotes);
        meetings = Map.copyOf(meetings);
    }

    /** The canonical spelling of a name as written. */
    public String person(String name) {
        String known = canonicalPersons.get(name);
        return known != null ? known : PersonNames.canonical(name);
    }

    /** The identity key of a canonical person (their name key, or name and local unit). */
    public String identity(String canonicalName) {
        String known = identities.get(canonicalName);
        return known != null ? known : PersonNames.key(canonicalName);
    }

    public List<String> persons() { return canonicalPersons.values().stream().distinct().sorted().toList(); }
}
