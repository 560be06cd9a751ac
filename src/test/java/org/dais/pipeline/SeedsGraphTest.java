package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;
import org.dais.store.Ontology;

/** The seeds, built end to end into a real TDB2 store, as the analyst's graph. */
class SeedsGraphTest {
    @TempDir
    static Path dir;
    static DaisStore store;
    static Ingester.Summary summary;

    @BeforeAll
    static void build() throws Exception {
        store = DaisStore.open(dir.resolve("tdb2"));
        Ontology.install(store);
        summary = new Ingester(new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)), store).ingest(List.of(Path.of("seeds")), line -> {});
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everySeedIsIngestedWithoutFailure() {
        assertEquals(5, summary.ingested());
        assertEquals(List.of(), summary.failures());
        assertEquals(0, summary.skipped());
    }

    @Test
    void unionGraphConformsToTheShapes() {
        Shapes shapes = Shapes.parse(Ontology.shapes().getGraph());
        ValidationReport report = Txn.calculateRead(store.dataset(), () -> {
            Model union = store.dataset().getUnionModel();
            return ShaclValidator.get().validate(shapes, union.getGraph());
        });
        if (!report.conforms()) ShLib.printReport(report);
        assertTrue(report.conforms(), () -> report.getEntries().size() + " SHACL violations, first: " + report.getEntries().iterator().next());
    }

    @Test
    void eachDocumentIsItsOwnNamedGraph() {
        long graphs = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?d a <https://w3id.org/dais/ontology#Article> } }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(5, graphs);
    }

    @Test
    void reingestingIsIdempotent() throws Exception {
        long before = store.quadCount();
        new Ingester(new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)), store).ingest(List.of(Path.of("seeds")), line -> {});
        assertEquals(before, store.quadCount());
    }

    @Test
    void everyPersonOfTheSeedsIsAFoafPerson() {
        assertEquals(40, count("SELECT (COUNT(DISTINCT ?name) AS ?n) { ?p a <http://xmlns.com/foaf/0.1/Person> ; <http://xmlns.com/foaf/0.1/name> ?name }"),
                "the seeds' gold names 40 persons");
        // One name, two people: a district chief secretary (2021) and a mine's Party secretary (2022)
        // share a name and no evidence; they stay two nodes, each with a note saying why.
        assertEquals(41, count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <http://xmlns.com/foaf/0.1/Person> }"));
        assertEquals(2, count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p <http://xmlns.com/foaf/0.1/name> ?name ; "
                + "<http://www.w3.org/2004/02/skos/core#editorialNote> ?note . FILTER(CONTAINS(?note, 'local unit')) "
                + "{ SELECT ?name { ?q <http://xmlns.com/foaf/0.1/name> ?name } GROUP BY ?name HAVING (COUNT(DISTINCT ?q) > 1) } }"));
    }

    private static long count(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
