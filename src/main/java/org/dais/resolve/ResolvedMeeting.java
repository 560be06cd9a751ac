package org.dais.resolve;

import java.time.LocalDate;
import java.util.Map;

import org.dais.extract.MeetingName;

/** One meeting of a document, its mentions merged: the fullest name, dates, and dated days. */
public record ResolvedMeeting(MeetingName name, LocalDate start, LocalDate end, String dateWording, Map<Integer, LocalDate> days) {
    public ResolvedMeeting {
        days = Map.copyOf(days);
    }
}
