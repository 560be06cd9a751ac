package org.dais.store;

import org.dais.rdf.DocumentTriples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.bench.SyntheticArticles;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.DAIS;
import org.dais.rdf.IriMinter;

/**
 * The summary graph does not depend on the way the documents went in: one batch, one transaction
 * per document, a bulk load of the first ones and transactions for the rest, a build stopped and
 * run again over the same input (what a resumed build after a crash does), everything re-extracted,
 * documents removed and put back. Each way's summary graph is compared whole (every quad: a stray
 * count or a node left behind counts) with the others' and with a full recomputation of the same store.
 */
class SummaryPathsTest {
    static final int ARTICLES = 40;
    static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);

    @TempDir
    static Path dir;
    static Path articles, firstHalf;

    @BeforeAll
    static void writeArticles() throws Exception {
        articles = Files.createDirectories(dir.resolve("articles"));
        firstHalf = Files.createDirectories(dir.resolve("first-half"));
        SyntheticArticles generator = new SyntheticArticles(42);
        for (int i = 0; i < ARTICLES; i++) {
            String name = String.format("a%03d.txt", i), text = generator.article(i);
            Files.writeString(articles.resolve(name), text, StandardCharsets.UTF_8);
            if (i < ARTICLES / 2) Files.writeString(firstHalf.resolve(name), text, StandardCharsets.UTF_8);
        }
    }

    static Model summary(DaisStore store) {
        return Txn.calculateRead(store.dataset(), () -> ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(OfficeSummary.GRAPH)));
    }

    static Ingester ingester(DaisStore store, int batch) {
        return new Ingester(() -> new Pipeline(IRIS), store, 1, batch);
    }

    /** The store's summary as kept, checked against the same store's summary computed again from its documents; returns the kept one. */
    static Model keptAndRecomputed(DaisStore store, String way) {
        Model kept = summary(store);
        assertTrue(kept.size() > 100, way + ": a summary of " + kept.size() + " quads");
        store.rebuildSummary();
        Model recomputed = summary(store);
        assertTrue(kept.isIsomorphicWith(recomputed), () -> way + ": kept " + diff(kept, recomputed));
        return kept;
    }

    static String diff(Model a, Model b) {
        return "only kept " + a.difference(b).listStatements().toList().stream().limit(8).toList()
                + ", only recomputed " + b.difference(a).listStatements().toList().stream().limit(8).toList();
    }

    static Model reference;

    static synchronized Model reference() throws Exception {
        if (reference == null) {
            try (DaisStore store = DaisStore.open(dir.resolve("reference"))) {
                Ontology.install(store);
                ingester(store, 250).ingest(List.of(articles), line -> {});
                reference = keptAndRecomputed(store, "one batch");
            }
        }
        return reference;
    }

    static void assertSameAsReference(Model summary, String way) throws Exception {
        Model ref = reference();
        assertTrue(ref.isIsomorphicWith(summary), () -> way + " vs one batch: " + diff(summary, ref));
    }

    @Test
    void oneTransactionPerDocument() throws Exception {
        try (DaisStore store = DaisStore.open(dir.resolve("per-document"))) {
            Ontology.install(store);
            ingester(store, 1).ingest(List.of(articles), line -> {});
            assertSameAsReference(keptAndRecomputed(store, "per document"), "per document");
        }
    }

    @Test
    void aBuildStoppedAndRunAgainOverTheSameInput() throws Exception {
        try (DaisStore store = DaisStore.open(dir.resolve("resumed"))) {
            Ontology.install(store);
            ingester(store, 1).ingest(List.of(firstHalf), line -> {});
            Ingester.Summary second = ingester(store, 1).ingest(List.of(articles), line -> {});
            assertEquals(ARTICLES / 2, second.unchanged(), "the documents already in are skipped");
            assertSameAsReference(keptAndRecomputed(store, "resumed"), "resumed");
        }
    }

    @Test
    void aBulkLoadOfTheFirstDocumentsThenTransactionsForTheRest() throws Exception {
        Path store = dir.resolve("bulk-then-transactions");
        Backfill.run(store, List.of(firstHalf), () -> new Pipeline(IRIS), 1, false, line -> {});
        try (DaisStore s = DaisStore.open(store)) {
            ingester(s, 1).ingest(List.of(articles), line -> {});
            assertSameAsReference(keptAndRecomputed(s, "bulk then transactions"), "bulk then transactions");
        }
    }

    /**
     * The streaming load gathers the summaries as the graphs pass (labels and offices' articles
     * stored with their batch, the rest at the end) instead of reading the store back: the same
     * summary graph as the store recomputes from its documents. Over articles of the leader's
     * activities (the appearances read across graphs: one article's day, another's participants)
     * and of meetings, each given twice under two names, as an archive repeats a report.
     */
    @Test
    void aStreamingLoadGathersWhatTheStoreRecomputes() throws Exception {
        Path input = Files.createDirectories(dir.resolve("activities-and-meetings"));
        int copied = 0;
        for (String folder : List.of("articles", "articles-meetings")) {
            try (var files = Files.list(Path.of("src/test/resources", folder))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    Files.copy(f, input.resolve(f.getFileName()));
                    String name = f.getFileName().toString();
                    Files.copy(f, input.resolve(name.replaceFirst("(\\.[a-z]+)$", "-copy$1")));
                    copied++;
                }
            }
        }
        assertTrue(copied > 20, copied + " articles");
        Path store = dir.resolve("streamed");
        Backfill.run(store, List.of(input), () -> new Pipeline(IRIS), 2, false, line -> {});
        try (DaisStore s = DaisStore.open(store)) {
            Model kept = keptAndRecomputed(s, "streamed");
            assertTrue(kept.contains(null, RDF.type, DAIS.AppearanceSummary), "appearances with the leader among them");
        }
    }

    /** A graph named twice merges in the store; the summary is then read back from it, as a whole. */
    @Test
    void aStreamingLoadGivenAGraphTwiceReadsTheSummaryFromTheStore() throws Exception {
        Pipeline pipeline = new Pipeline(IRIS);
        var one = pipeline.process(Path.of("src/test/resources/articles/2031-05-14_activity-inspection-two-sites.txt"));
        var other = pipeline.process(Path.of("src/test/resources/articles/2031-03-21_activity-field-guidance-weekday.txt"));
        Path store = dir.resolve("named-twice");
        BulkLoad.into(store, fresh -> {
            try (StreamingLoad load = StreamingLoad.into(fresh)) {
                load.write(List.of(one.triples()));
                load.write(List.of(new DocumentTriples(one.graphIri(), other.triples().triples()), other.triples()));
                return load.finish();
            }
        });
        try (DaisStore s = DaisStore.open(store)) {
            Model kept = summary(s);
            s.rebuildSummary();
            Model recomputed = summary(s);
            assertTrue(kept.size() > 20 && kept.isIsomorphicWith(recomputed), () -> "named twice: kept " + diff(kept, recomputed));
        }
    }

    @Test
    void everythingReextractedAndSomeDocumentsRemovedAndPutBack() throws Exception {
        try (DaisStore store = DaisStore.open(dir.resolve("reextracted"))) {
            Ontology.install(store);
            ingester(store, 1).ingest(List.of(articles), line -> {});
            ingester(store, 1).reingestingUnchanged().ingest(List.of(articles), line -> {});
            assertSameAsReference(keptAndRecomputed(store, "re-extracted"), "re-extracted");
            for (int i = 0; i < ARTICLES; i += 3) assertTrue(store.removeDocument(IRIS.document(String.format("a%03d.txt", i))));
            Model fewer = keptAndRecomputed(store, "some removed");
            assertFalse(fewer.isIsomorphicWith(reference()), "the removed documents' attestations are gone");
            ingester(store, 1).ingest(List.of(articles), line -> {});
            assertSameAsReference(keptAndRecomputed(store, "put back"), "put back");
        }
    }
}
