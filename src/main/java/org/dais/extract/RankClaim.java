package org.dais.extract;

/** A military rank printed before a name ("Marshal", "Vice Marshal"): a rank, not an office. */
public record RankClaim(String person, String rank, Evidence evidence) {}
