package org.dais.extract;

/**
 * A named person at an event of the same article: role led, accompanied, greeted, guest or
 * attended; {@code rank} is the 1-based place in the printed list of those accompanying (the
 * order analysts read rank from), null for the other roles.
 */
public record AppearanceClaim(String person, int event, String role, Integer rank, Evidence evidence) {
    public static final java.util.List<String> ROLES = java.util.List.of("led", "accompanied", "greeted", "guest", "attended");

    public AppearanceClaim {
        if (!ROLES.contains(role)) throw new IllegalArgumentException("unknown appearance role " + role);
    }
}
