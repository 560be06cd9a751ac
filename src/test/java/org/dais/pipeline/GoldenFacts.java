package org.dais.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

import org.dais.facts.FactsExporter;
import org.dais.ingest.DocumentException;
import org.dais.rdf.IriMinter;
import org.dais.store.Ontology;

/** Golden-test support: an article's canonical facts (exported by SPARQL), and a reviewed expectation, as comparable sets. */
final class GoldenFacts {
    private GoldenFacts() {}

    /** The facts of one article, built alone into an in-memory TDB2 store and exported with the fact queries. */
    static Set<String> of(Path article) throws DocumentException {
        Pipeline.DocumentGraph graph = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)).process(article);
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            dataset.addNamedModel(Ontology.GRAPH, Ontology.ontology());
            dataset.addNamedModel(graph.graphIri(), graph.model());
        });
        return FactsExporter.facts(dataset).stream().map(GoldenFacts::canonical).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A JSON Lines file of reviewed facts. */
    static Set<String> expected(Path jsonl) throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonObject o = JSON.parse(line);
            Map<String, String> fact = new LinkedHashMap<>();
            for (String key : o.keys()) fact.put(key, o.get(key).isNull() ? null : o.get(key).getAsString().value());
            expected.add(canonical(fact));
        }
        return expected;
    }

    /** A fact as a sorted key=value string, so sets compare regardless of field order. */
    static String canonical(Map<String, String> fact) {
        return new TreeMap<>(fact).toString();
    }
}
