package org.dais.store;

import org.dais.rdf.DocumentTriples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a store records of itself: its base (recorded, or read off its graphs), when each graph changed, and a move (rebase). */
class DaisStoreRecordTest {
    static final String OLD = "http://localhost:3030/id/";
    static final String NEW = "https://kg.example.net/id/";

    static Model doc(String base, String slug) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(base + "person/" + slug).addProperty(RDFS.label, slug)
                .addProperty(RDFS.seeAlso, m.createResource(base + "org/bureau-of-orchards"))
                .addProperty(RDFS.seeAlso, m.createResource("https://elsewhere.example/thing"));
        return m;
    }

    @Test
    void theBaseIsRecordedOrReadOffTheGraphNames(@TempDir Path dir) {
        try (DaisStore store = DaisStore.open(dir.resolve("a"))) {
            assertEquals(Optional.empty(), store.recordedBase());
            store.replaceDocument(OLD + "doc/one", doc(OLD, "one"));
            assertEquals(Optional.of(OLD), store.recordedBase(), "read off the document graph's name");
            store.recordBase(NEW);
            assertEquals(Optional.of(NEW), store.recordedBase(), "as recorded");
        }
    }

    @Test
    void eachGraphKnowsWhenItLastChanged(@TempDir Path dir) throws Exception {
        Path at = dir.resolve("b");
        try (DaisStore store = DaisStore.open(at)) {
            store.replaceDocument(OLD + "doc/one", doc(OLD, "one"));
            Thread.sleep(20);
            store.replaceDocuments(List.of(DocumentTriples.of(OLD + "doc/two", doc(OLD, "two"))));
            var one = store.lastChange(List.of(OLD + "doc/one")).orElseThrow();
            var two = store.lastChange(List.of(OLD + "doc/two")).orElseThrow();
            assertTrue(two.isAfter(one));
            assertEquals(two, store.lastChange(List.of(OLD + "doc/one", OLD + "doc/two")).orElseThrow());
            assertEquals(Optional.empty(), store.lastChange(List.of(OLD + "doc/never")));
            assertEquals(two, store.lastIngest().orElseThrow());
        }
        try (DaisStore reopened = DaisStore.open(at)) {
            assertTrue(reopened.lastChange(List.of(OLD + "doc/one")).isPresent(), "the log outlives the process");
        }
    }

    @Test
    void aRebaseRewritesEveryIriUnderTheOldBaseAndNothingElse(@TempDir Path dir) {
        try (DaisStore store = DaisStore.open(dir.resolve("c"))) {
            store.replaceDocument(OLD + "doc/one", doc(OLD, "one"));
            Ontology.install(store);
            long quads = store.quadCount();
            long ontology = Ontology.ontology().size();
            assertEquals(quads - ontology, store.rebase(OLD, NEW));
            assertEquals(quads, store.quadCount());
            assertEquals(Optional.of(NEW), store.recordedBase());
            Model moved = store.read(() -> store.dataset().getNamedModel(NEW + "doc/one").difference(ModelFactory.createDefaultModel()));
            assertTrue(moved.isIsomorphicWith(doc(NEW, "one")));
            assertFalse(store.read(() -> store.dataset().containsNamedModel(OLD + "doc/one")));
            assertTrue(store.read(() -> store.dataset().getNamedModel(Ontology.GRAPH).size()) == ontology, "the ontology is not under the base");
            assertTrue(Files.isRegularFile(dir.resolve("c").resolve(DaisStore.RECORD)));
        }
    }
}
