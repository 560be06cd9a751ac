package org.dais.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;
import org.dais.store.Ontology;

/** The quality bar: the seeds' facts, exported by SPARQL from a built store, against the hand-made gold. */
class SeedsScoreTest {
    @Test
    void seedsScoreAtLeast095MicroF1AndEveryMeetingDateIsRight(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("facts.jsonl");
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            Ontology.install(store);
            new Ingester(new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)), store).ingest(List.of(Path.of("seeds")), line -> {});
            Files.write(facts, FactsExporter.facts(store).stream().map(FactsExporter::toJson).toList(), StandardCharsets.UTF_8);
        }
        Scorer.Report report = Scorer.score(ScorerTest.SEEDS_GOLD, facts);
        System.out.print(report.table());
        assertTrue(report.micro().f1() >= 0.95, report.table());
        assertEquals(1.0, report.rows().get("meeting+date").recall(), report.table());
    }
}
