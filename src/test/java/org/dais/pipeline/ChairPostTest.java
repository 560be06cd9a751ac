package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.facts.FactsExporter;
import org.dais.ingest.DocumentException;
import org.dais.rdf.IriMinter;
import org.dais.store.Ontology;

/**
 * One chair, whichever word the article prints for it: the same person called "chairwoman" of a body one day and
 * "chairperson" of it the next holds one post (invented persons and bodies).
 */
class ChairPostTest {
    @TempDir Path dir;

    private List<String> positions(String... bodies) throws IOException, DocumentException {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Pipeline pipeline = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));
        Txn.executeWrite(dataset, () -> dataset.addNamedModel(Ontology.GRAPH, Ontology.ontology()));
        for (int i = 0; i < bodies.length; i++) {
            Path article = dir.resolve("2019-05-0" + (i + 1) + "_chair.txt");
            Files.writeString(article, "Guests Welcomed\n\nPyongyang, May " + (i + 1) + " (KCNA) -- " + bodies[i] + "\n-0-\n", StandardCharsets.UTF_8);
            Pipeline.DocumentGraph graph = pipeline.process(article);
            Txn.executeWrite(dataset, () -> dataset.addNamedModel(graph.graphIri(), graph.model()));
        }
        return FactsExporter.facts(dataset).stream().filter(f -> f.get("type").equals("position"))
                .map((Map<String, String> f) -> f.get("person") + " | " + f.get("title") + " | " + f.get("organization")).sorted().toList();
    }

    @Test
    void chairwomanAndChairpersonOfOneBodyAreOnePost() throws Exception {
        assertEquals(List.of("Ye Kum Sil | chairman | Central Committee of the Kalmaru Weavers Union"),
                positions("Ye Kum Sil, chairwoman of the Central Committee of the Kalmaru Weavers Union, met the guests.",
                        "The guests were met by Ye Kum Sil, chairperson of the Central Committee of the Kalmaru Weavers Union."));
    }

    @Test
    void aViceChairwomanIsTheBodysViceChairman() throws Exception {
        assertEquals(List.of("Ye Kum Sil | vice-chairman | Sokhu Provincial People's Committee"),
                positions("Ye Kum Sil, vice-chairwoman of the Sokhu Provincial People's Committee, met the guests."));
    }

    @Test
    void chairsOfTwoBodiesStayTwoPosts() throws Exception {
        assertEquals(List.of("Ye Kum Sil | chairman | Central Committee of the Kalmaru Weavers Union",
                        "Ye Kum Sil | chairman | Kalmaru Provincial Committee of the Weavers Union"),
                positions("Ye Kum Sil, chairwoman of the Central Committee of the Kalmaru Weavers Union, met the guests.",
                        "Ye Kum Sil, chairperson of the Kalmaru Provincial Committee of the Weavers Union, spoke."));
    }
}
