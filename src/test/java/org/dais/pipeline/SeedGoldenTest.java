package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.dais.facts.FactsExporter;
import org.dais.ingest.DocumentException;
import org.dais.rdf.IriMinter;
import org.dais.store.Ontology;

/**
 * Golden test per seed: the article in, its canonical facts out (exported by SPARQL from a store
 * holding just that article), compared as sets of facts with the reviewed expectation in
 * {@code src/test/resources/golden/}.
 */
class SeedGoldenTest {
    static Stream<Path> seeds() throws IOException {
        return Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void factsOfEachSeedAreTheReviewedOnes(Path seed) throws IOException, DocumentException {
        Pipeline.DocumentGraph graph = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)).process(seed);
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            dataset.addNamedModel(Ontology.GRAPH, Ontology.ontology());
            dataset.addNamedModel(graph.graphIri(), graph.model());
        });
        Set<String> actual = FactsExporter.facts(dataset).stream().map(SeedGoldenTest::canonical)
                .collect(Collectors.toCollection(TreeSet::new));

        String name = seed.getFileName().toString().replaceFirst("\\.txt$", ".jsonl");
        Set<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden", name), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonObject o = JSON.parse(line);
            Map<String, String> fact = new LinkedHashMap<>();
            for (String key : o.keys()) fact.put(key, o.get(key).isNull() ? null : o.get(key).getAsString().value());
            expected.add(canonical(fact));
        }
        assertEquals(expected, actual);
    }

    /** A fact as a sorted key=value string, so sets compare regardless of field order. */
    private static String canonical(Map<String, String> fact) {
        return new java.util.TreeMap<>(fact).toString();
    }
}
