package org.dais.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dais load}'s store replacement: a new store swapped in; never over a folder that is not a store. */
class BulkLoadTest {
    private static final String QUADS = """
            <http://x/a> <http://x/p> "1" <http://x/g1> .
            <http://x/b> <http://x/p> _:b1 <http://x/g2> .
            """;

    @Test
    void replacesAStoreAndLeavesNothingBeside(@TempDir Path tmp) throws IOException {
        Path shards = Files.createDirectories(tmp.resolve("shards"));
        Files.writeString(shards.resolve("part-00000.nq"), QUADS);
        Files.writeString(shards.resolve("_SUCCESS"), "");
        Path store = tmp.resolve("tdb2");
        try (DaisStore old = DaisStore.open(store)) {
            old.replaceDocument("http://x/old", org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
                    .add(org.apache.jena.rdf.model.ResourceFactory.createResource("http://x/z"), org.apache.jena.vocabulary.RDFS.label, "old"));
        }
        List<Path> files = BulkLoad.rdfFiles(List.of(shards));
        assertEquals(List.of(shards.resolve("part-00000.nq")), files);
        BulkLoad.Summary summary = BulkLoad.replaceStore(store, files, null);
        long ontology = Ontology.ontology().size();
        assertEquals(2 + ontology, summary.quads());
        try (DaisStore loaded = DaisStore.open(store)) {
            assertTrue(loaded.read(() -> !loaded.dataset().containsNamedModel("http://x/old")), "the old store's graphs are gone");
            assertEquals(2 + ontology, loaded.quadCount());
        }
        try (var left = Files.list(tmp)) {
            assertEquals(List.of("shards", "tdb2"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void refusesToReplaceAFolderThatIsNotAStore(@TempDir Path tmp) throws IOException {
        Path notAStore = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(notAStore.resolve("keep.txt"), "mine");
        Path shard = Files.writeString(tmp.resolve("part-00000.nq"), QUADS);
        assertThrows(IOException.class, () -> BulkLoad.replaceStore(notAStore, List.of(shard), null));
        assertEquals("mine", Files.readString(notAStore.resolve("keep.txt")));
    }
}
