package org.dais.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** The dais ontology as shipped in the jar, and the named graph it is kept in inside the store. */
public final class Ontology {
    public static final String GRAPH = "https://w3id.org/dais/ontology";

    private Ontology() {}

    public static Model load(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not in the jar");
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    public static Model ontology() { return load("/ontology/dais.ttl"); }

    public static Model shapes() { return load("/ontology/shapes.ttl"); }

    /**
     * Adds the ontology's statements to its graph through {@code load}'s inserter, in the load's
     * write transaction: what a load into an empty store puts beside its documents, where
     * {@link #install} (a replaced document, with its summaries and change log) is not needed.
     */
    static void addTo(BatchInserter load) {
        load.add(org.apache.jena.graph.NodeFactory.createURI(GRAPH), ontology().getGraph().find().toList());
    }

    /** Puts the ontology into its own graph, so analysts can query class labels and hierarchy. */
    public static void install(DaisStore store) {
        store.replaceDocument(GRAPH, ontology());
    }
}
