package org.dais.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.DAIS;
import org.dais.rdf.IriMinter;

/**
 * Daily re-runs touch only what changed: unchanged documents (same content hash and extractor
 * version) are not extracted or written, a changed or new one is, and a store made by another
 * dais version is re-extracted whole.
 */
class UnchangedSkipTest {
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);
    private static final String BODY = "Haeju, May %d (KCNA) -- A meeting of the orchard workers took place. "
            + "Present were Pak Chol Min, chief secretary of the Ongjin County Committee of the WPK, and others.";

    @TempDir
    Path dir;

    private static String record(int day, String body) {
        JsonObject o = new JsonObject();
        o.addProperty("headline", "Orchard Meeting " + day);
        o.addProperty("date", String.format("2021-05-%02d", day));
        o.addProperty("link", "https://example.org/orchard/" + day);
        o.addProperty("story_text", body);
        return o + "\n";
    }

    private Path archive(String... records) throws IOException {
        return Files.writeString(dir.resolve("orchard.jsonl"), String.join("", records));
    }

    private record Run(Ingester.Summary summary, List<String> lines) {}

    private static Run run(DaisStore store, Path input, boolean reingest) throws IOException {
        List<String> lines = new ArrayList<>();
        Ingester ingester = new Ingester(() -> new Pipeline(IRIS), store, 2);
        if (reingest) ingester = ingester.reingestingUnchanged();
        return new Run(ingester.ingest(List.of(input), lines::add), lines);
    }

    @Test
    void aSecondRunOnTheSameArchiveWritesNothing() throws Exception {
        Path input = archive(record(1, BODY.formatted(1)), record(2, BODY.formatted(2)), record(3, BODY.formatted(3)));
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            assertEquals(3, run(store, input, false).summary().ingested());
            long quads = store.quadCount();
            Map<String, String> files = snapshot(dir.resolve("tdb2"));
            Run again = run(store, input, false);
            assertEquals(0, again.summary().ingested());
            assertEquals(3, again.summary().unchanged());
            assertEquals(List.of(), again.lines(), "no ingested line for an unchanged record");
            assertEquals(files, snapshot(dir.resolve("tdb2")), "no write transaction: the store's files are as they were");
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void aChangedRecordIsReplacedAndAnAppendedOneAdded() throws Exception {
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            run(store, archive(record(1, BODY.formatted(1)), record(2, BODY.formatted(2))), false);
            String changed = BODY.formatted(2).replace("Pak Chol Min", "Ri Sol Ho");
            Run r = run(store, archive(record(1, BODY.formatted(1)), record(2, changed), record(3, BODY.formatted(3))), false);
            assertEquals(2, r.summary().ingested(), r.lines().toString());
            assertEquals(1, r.summary().unchanged());
            assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("ingested orchard.jsonl line 2")), r.lines().toString());
            List<String> names = Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionModel()
                    .listObjectsOfProperty(org.apache.jena.sparql.vocabulary.FOAF.name).mapWith(n -> n.asLiteral().getString()).toList());
            assertTrue(names.contains("Ri Sol Ho"), names.toString());
            assertEquals(3, Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionModel()
                    .listSubjectsWithProperty(DAIS.contentHash).toList().size()), "one document per record, the changed one replaced");
        }
    }

    @Test
    void documentsOfAnotherDaisVersionAreExtractedAgain() throws Exception {
        Path input = archive(record(1, BODY.formatted(1)), record(2, BODY.formatted(2)));
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            run(store, input, false);
            // as if an older dais had built the store
            Txn.executeWrite(store.dataset(), () -> UpdateAction.parseExecute("""
                    PREFIX dais: <https://w3id.org/dais/ontology#>
                    DELETE { GRAPH ?g { ?d dais:extractorVersion ?v } } INSERT { GRAPH ?g { ?d dais:extractorVersion "0.0.1" } }
                    WHERE { GRAPH ?g { ?d dais:extractorVersion ?v } }""", store.dataset()));
            Run r = run(store, input, false);
            assertEquals(2, r.summary().ingested());
            assertEquals(0, r.summary().unchanged());
            assertEquals(0, run(store, input, false).summary().ingested(), "and then they are current");
        }
    }

    @Test
    void looseFilesAreSkippedWhenUnchangedAndReingestedOnRequest() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("2021-05-01_orchard.txt"), BODY.formatted(1), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("2021-05-02_orchard.txt"), BODY.formatted(2), StandardCharsets.UTF_8);
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            assertEquals(2, run(store, folder, false).summary().ingested());
            assertEquals(2, run(store, folder, false).summary().unchanged());
            Files.writeString(folder.resolve("2021-05-02_orchard.txt"), BODY.formatted(2) + " It closed in the evening.", StandardCharsets.UTF_8);
            Run changed = run(store, folder, false);
            assertEquals(1, changed.summary().ingested());
            assertEquals(1, changed.summary().unchanged());
            Files.writeString(folder.resolve("2021-05-01_orchard.txt.json"), "{\"url\": \"https://example.org/orchard/1\"}");
            assertEquals(1, run(store, folder, false).summary().ingested(), "a new sidecar URL changes the document");
            Run forced = run(store, folder, true);
            assertEquals(2, forced.summary().ingested());
            assertEquals(0, forced.summary().unchanged());
        }
    }

    /** Every file of the store with its size and modification time. */
    private static Map<String, String> snapshot(Path storeDir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(storeDir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(storeDir.relativize(p).toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }
}
