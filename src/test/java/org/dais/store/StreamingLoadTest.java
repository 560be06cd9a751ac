package org.dais.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming load feeds TDB2 on a thread of its own: what that thread meets (a graph that
 * cannot be read, say) reaches the caller as the load's failure, the store is not swapped in,
 * and no loader thread is left behind; a load fed from several batches holds all their quads.
 */
class StreamingLoadTest {
    @Test
    void batchesHandedOneAfterAnotherAreAllLoaded(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("tdb2");
        long loaded = BulkLoad.into(storeDir, fresh -> {
            try (StreamingLoad load = StreamingLoad.into(fresh)) {
                for (int b = 0; b < 3 * StreamingLoad.QUEUED_BATCHES; b++) load.write(List.of(document("b" + b + "-1"), document("b" + b + "-2")));
                assertEquals(3 * StreamingLoad.QUEUED_BATCHES * 2 * 2, load.quadsWritten(), "two documents of two statements a batch");
                return load.finish();
            }
        });
        try (DaisStore store = DaisStore.open(storeDir)) {
            assertEquals(store.quadCount(), loaded);
            assertTrue(store.holdsDocuments());
            long documentGraphs = store.read(() -> {
                long n = 0;
                for (var it = store.datasetGraph().listGraphNodes(); it.hasNext(); ) if (it.next().getURI().startsWith("http://example.org/doc/")) n++;
                return n;
            });
            assertEquals(3 * StreamingLoad.QUEUED_BATCHES * 2, documentGraphs);
        }
        assertFalse(loaderThreadAlive());
    }

    @Test
    void aGraphTheLoaderCannotReadFailsTheLoadAndLeavesNoStoreNorThread(@TempDir Path dir) {
        Path storeDir = dir.resolve("tdb2");
        RuntimeException e = assertThrows(RuntimeException.class, () -> BulkLoad.into(storeDir, fresh -> {
            try (StreamingLoad load = StreamingLoad.into(fresh)) {
                load.write(List.of(document("good"), Map.entry("http://example.org/doc/unreadable", unreadable())));
                // The failure surfaces at the latest when the load is finished.
                for (int b = 0; b < 4 * StreamingLoad.QUEUED_BATCHES; b++) load.write(List.of(document("after-" + b)));
                return load.finish();
            }
        }));
        assertEquals("a graph that cannot be read", e.getMessage());
        assertFalse(Files.exists(storeDir), "nothing swapped in");
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.toList(), "the half-filled store was removed");
        } catch (java.io.IOException io) {
            throw new AssertionError(io);
        }
        assertFalse(loaderThreadAlive());
    }

    private static Map.Entry<String, Model> document(String name) {
        Model m = ModelFactory.createDefaultModel();
        var doc = m.createResource("http://example.org/doc/" + name);
        doc.addProperty(m.createProperty("http://example.org/p"), "text of " + name);
        doc.addProperty(m.createProperty("http://example.org/q"), m.createResource("http://example.org/thing"));
        return Map.entry("http://example.org/doc/" + name, m);
    }

    /** A graph that says it has a statement but fails when read. */
    private static Model unreadable() {
        Graph g = new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                throw new IllegalStateException("a graph that cannot be read");
            }

            @Override
            protected int graphBaseSize() {
                return 1;
            }
        };
        return ModelFactory.createModelForGraph(g);
    }

    private static boolean loaderThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("dais-load") && t.isAlive());
    }
}
