package org.dais.extract;

/** A person reported holding an office. */
public record OfficeClaim(String person, Office office, Evidence evidence) {}
