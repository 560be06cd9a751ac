package org.dais.store;

import org.dais.rdf.DocumentTriples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;

/** A backfill through the bulk loader gives the graph the transactional path gives, and never touches a store with documents. */
class BackfillTest {
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);

    @Test
    void bulkLoadedSeedsEqualTransactionallyIngestedSeeds(@TempDir Path dir) throws Exception {
        Path bulk = dir.resolve("bulk");
        Backfill.Result result = Backfill.run(bulk, List.of(Path.of("seeds")), () -> new Pipeline(IRIS), 2, false, line -> {});
        assertEquals(5, result.summary().ingested());
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of("bulk"), siblings.map(p -> p.getFileName().toString()).toList(),
                    "the fresh store was swapped in and the N-Quads removed");
        }
        assertFalse(Files.exists(dir.resolve("bulk.backfill")), "the N-Quads were removed");

        try (DaisStore txn = DaisStore.open(dir.resolve("txn")); DaisStore loaded = DaisStore.open(bulk)) {
            Ontology.install(txn);
            new Ingester(new Pipeline(IRIS), txn).ingest(List.of(Path.of("seeds")), line -> {});
            List<Node> graphs = graphs(txn);
            assertEquals(7, graphs.size(), "5 documents, the ontology and the office summary");
            assertEquals(graphs, graphs(loaded));
            for (Node g : graphs) {
                Model a = copy(txn, g), b = copy(loaded, g);
                assertTrue(a.size() > 0);
                assertTrue(a.isIsomorphicWith(b), "graph " + g + " differs");
            }
            assertEquals(txn.quadCount(), loaded.quadCount());
            assertEquals(result.quads(), loaded.quadCount());
        }
    }

    @Test
    void noThreadOfTheBackfillOutlivesIt(@TempDir Path dir) throws Exception {
        // A serve loads again and again; and a pass run after a backfill must not share the cores with what it left.
        // Threads of other tests in this JVM (a server's, say) were there before: only the backfill's new ones count.
        List<String> before = org.dais.bench.LeftBehind.now().threads();
        Backfill.run(dir.resolve("tdb2"), List.of(Path.of("seeds")), () -> new Pipeline(IRIS), 2, false, line -> {});
        List<String> after = new ArrayList<>(org.dais.bench.LeftBehind.now().threads());
        before.forEach(after::remove);
        assertEquals(List.of(), after, "dais threads alive after the backfill returned");
    }

    @Test
    void refusesAStoreThatHoldsDocumentsAndLeavesItAsItWas(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("tdb2");
        long before;
        try (DaisStore store = DaisStore.open(storeDir)) {
            new Ingester(new Pipeline(IRIS), store).ingest(List.of(Path.of("seeds")), line -> {});
            before = store.quadCount();
        }
        IOException e = assertThrows(IOException.class,
                () -> Backfill.run(storeDir, List.of(Path.of("seeds")), () -> new Pipeline(IRIS), 1, false, line -> {}));
        assertTrue(e.getMessage().contains("already holds data"), e.getMessage());
        try (DaisStore store = DaisStore.open(storeDir)) {
            assertEquals(before, store.quadCount());
        }
    }

    @Test
    void theRemainsOfAnInterruptedLoadAreClearedAndTheLoadRedone(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("tdb2");
        Path remains = Files.createDirectories(dir.resolve("tdb2.loading").resolve("Data-0001"));
        Files.writeString(remains.resolve("junk.dat"), "half a load");
        Backfill.run(storeDir, List.of(Path.of("seeds")), () -> new Pipeline(IRIS), 1, false, line -> {});
        try (DaisStore store = DaisStore.open(storeDir)) {
            assertTrue(store.holdsDocuments());
        }
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of("tdb2"), siblings.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aLoadThatFailsWhileExtractionFeedsItLeavesTheOldStoreAndNoRemains(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("tdb2");
        try (DaisStore store = DaisStore.open(storeDir)) {
            Ontology.install(store);
        }
        long before;
        try (DaisStore store = DaisStore.open(storeDir)) {
            before = store.quadCount();
        }
        IOException e = assertThrows(IOException.class, () -> BulkLoad.into(storeDir, fresh -> {
            try (StreamingLoad load = StreamingLoad.into(fresh)) {
                load.write(List.of(DocumentTriples.of("http://example.org/graph/a", Ontology.ontology())));
                assertTrue(load.quadsWritten() > 0);
                throw new IOException("document 2 of 3 could not be read");
            }
        }));
        assertEquals("document 2 of 3 could not be read", e.getMessage());
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of("tdb2"), siblings.map(p -> p.getFileName().toString()).toList(), "the half-filled store was removed");
        }
        try (DaisStore store = DaisStore.open(storeDir)) {
            assertEquals(before, store.quadCount(), "the old store is as it was");
            assertFalse(store.holdsDocuments());
        }
    }

    private static List<Node> graphs(DaisStore store) {
        return store.read(() -> {
            List<Node> nodes = new ArrayList<>();
            store.datasetGraph().listGraphNodes().forEachRemaining(nodes::add);
            nodes.sort(java.util.Comparator.comparing(Node::getURI));
            return nodes;
        });
    }

    private static Model copy(DaisStore store, Node graph) {
        return store.read(() -> ModelFactory.createModelForGraph(store.datasetGraph().getGraph(graph)).difference(ModelFactory.createDefaultModel()));
    }
}
