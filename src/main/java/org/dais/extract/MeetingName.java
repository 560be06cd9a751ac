package org.dais.extract;

/**
 * A meeting's parsed name. {@code key} identifies the meeting across spellings ("Second" =
 * "2nd", "Party" = "WPK"); {@code seriesKey}/{@code seriesName} the series it belongs to
 * (the key without the ordinal).
 */
public record MeetingName(
        String canonical,
        String key,
        String seriesName,
        String seriesKey,
        Integer ordinal,
        String kind,
        boolean enlarged,
        String convenedBy,
        Integer bodyTerm) {}
