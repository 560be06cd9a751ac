package org.dais.extract;

import java.time.LocalDate;

/**
 * A meeting named or referred to in one sentence, with what that sentence says of its dates:
 * {@code day} is set when the sentence reports one day or sitting of it ("second-day sitting").
 */
public record MeetingMention(
        MeetingName name,
        LocalDate start,
        LocalDate end,
        String dateWording,
        Integer day,
        LocalDate dayDate,
        boolean reported,
        boolean headline,
        Evidence evidence) {}
