package org.dais.extract;

import java.time.LocalDate;

/**
 * An occasion of the leader's public activities that is not a meeting (FACTS.md {@code event}):
 * {@code id} is its number within the article (appearances refer to it), {@code kind} one of
 * inspection, visit, test, drill, performance, ceremony, reception, talks, other; {@code start}
 * and {@code place} may be null when the text does not give them ({@code dateWording} is the
 * date as printed, or how it was inferred).
 */
public record EventClaim(int id, String kind, LocalDate start, String dateWording, String place, Evidence evidence) {
    public static final java.util.List<String> KINDS =
            java.util.List.of("inspection", "visit", "test", "drill", "performance", "ceremony", "reception", "talks", "other");

    public EventClaim {
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("unknown event kind " + kind);
    }
}
