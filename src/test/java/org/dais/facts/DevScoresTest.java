package org.dais.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;
import org.dais.store.Ontology;

/**
 * Quality floors on the evaluation sets, next to the seeds' bar: each set built into a store,
 * its facts exported by SPARQL and scored against its gold. Issue 11's targets are seeds >= 0.98,
 * dev >= 0.97 and dev2 >= 0.95, issue 13's dev-activities >= 0.90; each floor sits just under what the
 * merged extractor reaches (dev 0.994, dev2 0.993, dev-activities 0.985 and its appearances 0.983),
 * so that no change may lose what was gained. The dev sets are in
 * ../shared (read-only); without them the test is skipped, not passed.
 */
class DevScoresTest {
    @ParameterizedTest(name = "{0} >= {2}")
    @CsvSource({
            "seeds, ../shared/eval/gold/seeds.jsonl, 0.98",
            "../shared/eval/dev/docs, ../shared/eval/dev/gold.jsonl, 0.98",
            "../shared/eval/dev2/docs, ../shared/eval/dev2/gold.jsonl, 0.98",
            "../shared/eval/dev-activities/docs, ../shared/eval/dev-activities/gold.jsonl, 0.97",
    })
    void microF1AtLeast(String articles, String gold, double floor, @TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(Path.of(articles)) && Files.exists(Path.of(gold)), "evaluation set not present: " + articles);
        Path facts = dir.resolve("facts.jsonl");
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            Ontology.install(store);
            new Ingester(new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)), store).ingest(List.of(Path.of(articles)), line -> {});
            Files.write(facts, FactsExporter.facts(store).stream().map(FactsExporter::toJson).toList(), StandardCharsets.UTF_8);
        }
        Scorer.Report report = Scorer.score(Path.of(gold), facts);
        System.out.print(articles + "\n" + report.table());
        assertTrue(report.micro().f1() >= floor, articles + " below " + floor + "\n" + report.table());
        // Issue 13's target for the leader's activities is appearances micro-F1 >= 0.85; held at 0.97 (0.983 measured).
        if (articles.contains("dev-activities")) {
            assertTrue(report.appearances() != null && report.appearances().f1() >= 0.97, "appearances below 0.97\n" + report.table());
        }
    }
}
