package org.dais.rdf;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * One document's graph as the mapper wrote it: the IRI of the named graph it goes into and its
 * triples, each once, in the order they were written. What flows from mapping to the store (and
 * to N-Quads): a list, not a Jena {@code Model}, since every consumer on that path reads the
 * triples once through (a bulk load's inserter and summaries, a dump) and an in-memory graph's
 * indexes were paid for on every document only to be iterated (JFR of a build of seeds x 200: its
 * add and find among the costliest C2 compiles, beside their run time on the workers).
 */
public record DocumentTriples(String graphIri, List<Triple> triples) {
    public DocumentTriples {
        if (graphIri == null) throw new IllegalArgumentException("a document's graph needs its IRI");
        triples = List.copyOf(triples); // no copy when the list is already immutable (the mapper's is)
    }

    /** The triples of {@code model} (a set: each once) as the graph {@code graphIri}: for graphs written by hand. */
    public static DocumentTriples of(String graphIri, Model model) {
        return new DocumentTriples(graphIri, model.getGraph().find().toList());
    }

    public int size() { return triples.size(); }

    /**
     * The triples as a Jena model with dais's prefixes, made on each call: for tests, diagnostics
     * and whoever needs Jena's model API over one document.
     */
    public Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.mapping());
        Graph g = m.getGraph();
        for (Triple t : triples) g.add(t);
        return m;
    }
}
