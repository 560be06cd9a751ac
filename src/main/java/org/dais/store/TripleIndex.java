package org.dais.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One document's triples, looked up as the summaries read them: every triple of a predicate, and
 * the objects of a subject's predicate. Two hash maps of lists over a triple list, made once per
 * document for all the summaries; the triples are taken as given (a document's, each once).
 */
final class TripleIndex {
    private final Map<Node, List<Triple>> byPredicate = new HashMap<>();
    private final Map<Node, List<Triple>> bySubject = new HashMap<>();

    TripleIndex(List<Triple> triples) {
        for (Triple t : triples) {
            byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t);
            bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>(8)).add(t);
        }
    }

    /** The triples of a stored graph (one document's named graph, read once through). */
    static TripleIndex of(Graph g) {
        return new TripleIndex(g.find().toList());
    }

    /** Every triple with predicate {@code p}, in the order given. */
    List<Triple> withPredicate(Node p) {
        return byPredicate.getOrDefault(p, List.of());
    }

    /** The objects of {@code s p}, in the order given. */
    List<Node> objects(Node s, Node p) {
        List<Triple> about = bySubject.get(s);
        if (about == null) return List.of();
        List<Node> out = new ArrayList<>(2);
        for (Triple t : about) if (t.getPredicate().equals(p)) out.add(t.getObject());
        return out;
    }

    /** The first object of {@code s p}, or null. */
    Node object(Node s, Node p) {
        List<Triple> about = bySubject.get(s);
        if (about != null) for (Triple t : about) if (t.getPredicate().equals(p)) return t.getObject();
        return null;
    }
}
