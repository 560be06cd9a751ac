package org.dais.store;

import org.dais.rdf.DocumentTriples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** The per-slice clock passes every graph on and times each slice from the batch that ends the one before. */
class SliceClockTest {
    @Test
    void reportsEachSliceAtTheBatchThatCrossesItsEndWithItsOwnCountAndTime() throws Exception {
        List<DocumentTriples> received = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        AtomicLong now = new AtomicLong(0);
        SliceClock clock = new SliceClock(received::addAll, 10, lines::add, now::get);

        now.set(4_000_000_000L);
        clock.write(batch(7));   // 7: no slice ended
        assertTrue(lines.isEmpty(), lines.toString());
        now.set(6_000_000_000L);
        clock.write(batch(7));   // 14: the first slice ended, 14 documents in 6 s
        now.set(7_000_000_000L);
        clock.write(batch(3));   // 17
        now.set(9_000_000_000L);
        clock.write(batch(25));  // 42: slices 2-4 ended in one batch: one line, 28 documents in 3 s

        assertEquals(42, received.size(), "every graph passed on");
        assertEquals(42, clock.documents());
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("14 documents handed to the loader: the last 14 in 6.0 s (428.57 ms an article), ") && lines.get(0).contains(" s of CPU ("), lines.get(0));
        assertTrue(lines.get(1).startsWith("42 documents handed to the loader: the last 28 in 3.0 s (107.14 ms an article), "), lines.get(1));
    }

    @Test
    void anEmptySliceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SliceClock(g -> {}, 0, l -> {}));
    }

    private static List<DocumentTriples> batch(int n) {
        return Collections.nCopies(n, new DocumentTriples("urn:x:doc", List.of()));
    }
}
