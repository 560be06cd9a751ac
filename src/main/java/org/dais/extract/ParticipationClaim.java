package org.dais.extract;

/** A person's part in a meeting: guided, platform (with 1-based rank) or attended. */
public record ParticipationClaim(String person, MeetingName meeting, String role, Integer rank, Evidence evidence) {}
