package org.dais.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.cli.Main;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.BulkLoad;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;
import org.dais.store.Ontology;


/**
 * The Spark job in local mode on the seeds, its shards bulk-loaded into TDB2, gives exactly the
 * store the single-machine build gives; a bad article among good ones is counted, not fatal.
 */
class SparkLocalModeTest {
    private static JavaSparkContext sc;

    @BeforeAll
    static void startSpark() {
        SparkConf conf = new SparkConf()
                .setMaster("local[2]")
                .setAppName("dais-spark-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.sql.shuffle.partitions", "2");
        sc = new JavaSparkContext(conf);
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) sc.close();
    }

    @Test
    void shardsLoadToTheStoreTheSingleMachineBuildMakes(@TempDir Path tmp) throws Exception {
        Path shards = tmp.resolve("shards");
        long t0 = System.nanoTime();
        SparkExtract.Summary summary = SparkExtract.run(sc, Path.of("seeds").toAbsolutePath().toUri().toString(), shards.toUri().toString(),
                IriMinter.DEFAULT_BASE, 2);
        System.out.printf("spark local[2] on seeds: %.1f s, %s%n", (System.nanoTime() - t0) / 1e9, summary);
        assertEquals(5, summary.documents(), summary.toString());
        assertEquals(0, summary.failed(), summary.toString());
        assertEquals(2, summary.shards().size(), "one shard per partition");
        assertTrue(summary.shards().stream().allMatch(s -> s.endsWith(".nq")), summary.shards().toString());

        // Spark's side: the shards through TDB2's bulk loader, as `dais load` does.
        Path sparkStore = tmp.resolve("spark-tdb2");
        BulkLoad.Summary loaded = BulkLoad.replaceStore(sparkStore, BulkLoad.rdfFiles(List.of(shards)), null);
        assertEquals(summary.shards().size(), loaded.files().size());

        // The single-machine side: dais build's path.
        Path singleStore = tmp.resolve("single-tdb2");
        try (DaisStore single = DaisStore.open(singleStore)) {
            Ontology.install(single);
            IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
            long t1 = System.nanoTime();
            Ingester.Summary built = new Ingester(() -> new Pipeline(iris), single, 2, 250).ingest(List.of(Path.of("seeds")), line -> {});
            System.out.printf("single-machine build on seeds (2 threads): %.1f s%n", (System.nanoTime() - t1) / 1e9);
            assertEquals(5, built.ingested());
            assertEquals(built.triples(), summary.quads(), "quads written by Spark vs triples ingested");
        }

        try (DaisStore spark = DaisStore.open(sparkStore); DaisStore single = DaisStore.open(singleStore)) {
            assertSameQuads(single, spark);
        }
    }

    @Test
    void aBadArticleIsCountedNotFatal(@TempDir Path tmp) throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds/000_8f6deaee02166e14.txt"), input.resolve("000_8f6deaee02166e14.txt"));
        Files.copy(Path.of("seeds/001_5072b2127bf76b40.txt"), input.resolve("001_5072b2127bf76b40.txt"));
        Files.write(input.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        Files.write(input.resolve("binary.txt"), binary);
        Files.writeString(input.resolve("notes.csv"), "a,b\n");

        Path shards = tmp.resolve("shards");
        SparkExtract.Summary summary = SparkExtract.run(sc, input.toUri().toString(), shards.toUri().toString(), IriMinter.DEFAULT_BASE, 2);
        assertEquals(2, summary.documents(), summary.toString());
        assertEquals(1, summary.skipped(), summary.toString());
        assertEquals(2, summary.failed(), summary.toString());
        assertTrue(summary.failures().stream().anyMatch(f -> f.contains("empty.txt")), summary.failures().toString());
        assertTrue(summary.failures().stream().anyMatch(f -> f.contains("binary.txt")), summary.failures().toString());

        // The good articles' quads still load, through the CLI this time.
        Path store = tmp.resolve("tdb2");
        int exit = Main.commandLine().execute("load", "--quiet", "--store", store.toString(), shards.toString());
        assertEquals(0, exit);
        try (DaisStore loaded = DaisStore.open(store)) {
            Set<String> graphs = graphs(loaded);
            // two articles, the ontology and the office summary the load derives from them
            assertEquals(4, graphs.size(), graphs.toString());
            assertTrue(graphs.contains(Ontology.GRAPH) && graphs.contains(org.dais.store.OfficeSummary.GRAPH), graphs.toString());
            long summaryQuads = loaded.read(() -> loaded.dataset().getNamedModel(org.dais.store.OfficeSummary.GRAPH).size());
            assertEquals(summary.quads() + Ontology.ontology().size() + summaryQuads, loaded.quadCount());
        }
    }

    /** Same named graphs, each pair isomorphic (blank nodes allowed), same number of quads. */
    private static void assertSameQuads(DaisStore expected, DaisStore actual) {
        Set<String> want = graphs(expected);
        Set<String> got = graphs(actual);
        assertEquals(want, got, "named graphs");
        assertEquals(expected.quadCount(), actual.quadCount(), "quads");
        for (String g : want) {
            Model a = expected.read(() -> copy(expected.dataset(), g));
            Model b = actual.read(() -> copy(actual.dataset(), g));
            assertEquals(a.size(), b.size(), g);
            assertTrue(a.isIsomorphicWith(b), g + ": graphs differ");
        }
    }

    private static Model copy(Dataset dataset, String graph) {
        return org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(dataset.getNamedModel(graph));
    }

    private static Set<String> graphs(DaisStore store) {
        return store.read(() -> {
            Set<String> names = new TreeSet<>();
            store.dataset().listModelNames().forEachRemaining(r -> names.add(r.getURI()));
            return names;
        });
    }
}
