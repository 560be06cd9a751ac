package org.dais.extract;

/** An address given at a meeting; {@code title} may be null. */
public record SpeechClaim(String speaker, String kind, MeetingName meeting, String title, Evidence evidence) {}
