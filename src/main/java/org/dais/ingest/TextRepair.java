package org.dais.ingest;

import java.util.Arrays;

/**
 * What a repair stage did to a document's text: the text as received and, in the repaired
 * text's coordinates, where it inserted a space. Offsets into the repaired text map back to
 * the received one, so evidence points at the characters as they arrived.
 */
public record TextRepair(String received, int[] insertedAt) {
    public TextRepair {
        insertedAt = insertedAt.clone();
        Arrays.sort(insertedAt);
    }

    /** The offset in the received text of offset {@code repaired} (inclusive start or exclusive end alike). */
    public int toReceived(int repaired) {
        int before = Arrays.binarySearch(insertedAt, repaired);
        // insertions strictly before the offset: a start on an inserted space maps to the character after it
        int count = before >= 0 ? before : -before - 1;
        return Math.min(received.length(), Math.max(0, repaired - count));
    }

    public int insertions() { return insertedAt.length; }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextRepair t && t.received.equals(received) && Arrays.equals(t.insertedAt, insertedAt);
    }

    @Override
    public int hashCode() { return received.hashCode() * 31 + Arrays.hashCode(insertedAt); }

    @Override
    public String toString() { return "TextRepair[" + insertedAt.length + " spaces inserted]"; }
}
