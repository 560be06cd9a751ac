package org.dais.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.rdf.DAIS;
import org.dais.rdf.DocumentTriples;

/**
 * The streaming load feeds TDB2 on a thread of its own: what that thread meets (a document its
 * summaries cannot read, say) reaches the caller as the load's failure, the store is not swapped in,
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
                load.write(List.of(document("good"), undatable()));
                // The failure surfaces at the latest when the load is finished.
                for (int b = 0; b < 4 * StreamingLoad.QUEUED_BATCHES; b++) load.write(List.of(document("after-" + b)));
                return load.finish();
            }
        }));
        assertInstanceOf(Node.NotLiteral.class, e, "the loader's own failure");
        assertFalse(Files.exists(storeDir), "nothing swapped in");
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.toList(), "the half-filled store was removed");
        } catch (java.io.IOException io) {
            throw new AssertionError(io);
        }
        assertFalse(loaderThreadAlive());
    }

    private static DocumentTriples document(String name) {
        Model m = ModelFactory.createDefaultModel();
        var doc = m.createResource("http://example.org/doc/" + name);
        doc.addProperty(m.createProperty("http://example.org/p"), "text of " + name);
        doc.addProperty(m.createProperty("http://example.org/q"), m.createResource("http://example.org/thing"));
        return DocumentTriples.of("http://example.org/doc/" + name, m);
    }

    /**
     * A document the loader's office summary cannot read: a post attested by two articles whose
     * publication dates are IRIs, not literals, so their order cannot be taken (Jena's NotLiteral,
     * thrown on the loader's thread).
     */
    private static DocumentTriples undatable() {
        Node tenure = NodeFactory.createURI("http://example.org/tenure/t"), type = RDF.type.asNode();
        Node derived = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
        Node published = NodeFactory.createURI("http://schema.org/datePublished");
        Node first = NodeFactory.createURI("http://example.org/doc/first"), second = NodeFactory.createURI("http://example.org/doc/second");
        return new DocumentTriples("http://example.org/doc/undatable", List.of(
                Triple.create(tenure, type, DAIS.Tenure.asNode()),
                Triple.create(tenure, ORG.member.asNode(), NodeFactory.createURI("http://example.org/person/p")),
                Triple.create(tenure, DAIS.post.asNode(), NodeFactory.createURI("http://example.org/post/p")),
                Triple.create(tenure, derived, first), Triple.create(tenure, derived, second),
                Triple.create(first, published, NodeFactory.createURI("http://example.org/day/1")),
                Triple.create(second, published, NodeFactory.createURI("http://example.org/day/2"))));
    }

    private static boolean loaderThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("dais-load") && t.isAlive());
    }
}
