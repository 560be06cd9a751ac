package org.dais.store;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;

import org.dais.rdf.DAIS;

/**
 * The label summary: every node's distinct names and labels (foaf:name, rdfs:label) and a post's
 * title and organization (org:role, org:postIn), over every document's graph, mirrored once in the
 * {@code dais:summary} graph under the summary's own predicates. In the union of the graphs a
 * leader's name is one quad per article naming him (tens of thousands on an archive), and a query
 * looking it up once per row reads them all; here it is one quad.
 *
 * <p>Kept in the document's write transaction: a statement the document's graph gains is mirrored;
 * one it loses is unmirrored only if no other document's graph still holds it. That is asked of the
 * store's own subject-predicate-object index (one lookup, whichever graph comes first), which is an
 * exact count of the attesting graphs without the cost of keeping one: a per-label counter would be
 * rewritten by every article naming the leader.
 */
final class LabelSummary {
    private static final Node GRAPH_NODE = OfficeSummary.GRAPH_NODE;
    private static final Node ONTOLOGY = NodeFactory.createURI(Ontology.GRAPH);

    /** Each mirrored predicate of the documents and the summary's predicate holding its values. */
    static final Map<Node, Node> MIRRORS = new LinkedHashMap<>();
    static {
        MIRRORS.put(NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"), DAIS.summaryName.asNode());
        MIRRORS.put(RDFS.label.asNode(), DAIS.summaryLabel.asNode());
        MIRRORS.put(ORG.role.asNode(), DAIS.summaryRole.asNode());
        MIRRORS.put(ORG.postIn.asNode(), DAIS.summaryPostIn.asNode());
    }

    private LabelSummary() {}

    /** The mirrored statements of the graph {@code graphIri} (none for the ontology's). */
    static Set<Triple> labels(String graphIri, TripleIndex g) {
        Set<Triple> out = new HashSet<>();
        if (graphIri.equals(Ontology.GRAPH)) return out;
        for (Node p : MIRRORS.keySet()) out.addAll(g.withPredicate(p));
        return out;
    }

    /**
     * Brings the mirror from a document's statements {@code before} to {@code after}; call in the
     * write transaction that changed the document's graph, after the change.
     */
    static void update(DatasetGraph dsg, Set<Triple> before, Set<Triple> after) {
        for (Triple t : after) if (!before.contains(t)) dsg.add(GRAPH_NODE, t.getSubject(), MIRRORS.get(t.getPredicate()), t.getObject());
        for (Triple t : before) {
            if (after.contains(t) || attestedByADocument(dsg, t)) continue;
            dsg.delete(GRAPH_NODE, t.getSubject(), MIRRORS.get(t.getPredicate()), t.getObject());
        }
    }

    private static boolean attestedByADocument(DatasetGraph dsg, Triple t) {
        var it = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        try {
            while (it.hasNext()) if (isDocument(it.next().getGraph())) return true;
            return false;
        } finally {
            Iter.close(it);
        }
    }

    // The ontology's labels are of its own terms, never of the people, posts and meetings the queries name; and a store gets its ontology by more than one path.
    private static boolean isDocument(Node g) {
        return !g.equals(GRAPH_NODE) && !g.equals(ONTOLOGY);
    }

    /** Every mirrored statement again from the documents' graphs (after the summary graph was cleared). Returns the number written. */
    static long rebuild(DatasetGraph dsg) {
        Set<Triple> all = fromDocuments(dsg);
        for (Triple t : all) dsg.add(GRAPH_NODE, t.getSubject(), t.getPredicate(), t.getObject());
        return all.size();
    }

    /** The mirror as the documents' graphs give it now, in the summary's predicates. */
    static Set<Triple> fromDocuments(DatasetGraph dsg) {
        Set<Triple> out = new HashSet<>();
        MIRRORS.forEach((p, mirror) -> dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
            if (isDocument(q.getGraph())) out.add(Triple.create(q.getSubject(), mirror, q.getObject()));
        }));
        return out;
    }

    /** The mirror as stored. */
    static Set<Triple> stored(DatasetGraph dsg) {
        Set<Triple> out = new HashSet<>();
        for (Node mirror : MIRRORS.values()) dsg.find(GRAPH_NODE, Node.ANY, mirror, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }

    /** Whether the store has a summary graph but no mirror while its documents have names or labels (summarized by an earlier dais). */
    static boolean missing(DatasetGraph dsg) {
        if (!dsg.containsGraph(GRAPH_NODE)) return false; // no summary at all: the office summary's own check
        for (Node mirror : MIRRORS.values()) if (dsg.find(GRAPH_NODE, Node.ANY, mirror, Node.ANY).hasNext()) return false;
        for (Node p : MIRRORS.keySet()) {
            var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
            try {
                while (it.hasNext()) if (isDocument(it.next().getGraph())) return true;
            } finally {
                Iter.close(it);
            }
        }
        return false;
    }

    /**
     * The mirror as a load into an empty store receives documents' graphs: a statement once
     * mirrored stays (nothing is removed in such a load), so each graph's mirrored statements can
     * go into the store as the graph does, and none is left for the load's end, where reading
     * every name and label back grew with the store. The statements already handed on are
     * remembered up to a bound, past which the memory starts again: a statement handed on twice
     * is the same quad, stored once.
     */
    static final class Gathered {
        static final int REMEMBERED = 200_000;
        private final Set<Triple> handed = new HashSet<>();

        /** The mirror statements of graph {@code graphIri} (in the summary's predicates) not handed on yet. */
        List<Triple> add(String graphIri, TripleIndex g) {
            List<Triple> out = new java.util.ArrayList<>();
            if (graphIri.equals(OfficeSummary.GRAPH)) return out;
            for (Triple t : labels(graphIri, g)) {
                if (handed.contains(t)) continue;
                if (handed.size() >= REMEMBERED) handed.clear();
                handed.add(t);
                out.add(Triple.create(t.getSubject(), MIRRORS.get(t.getPredicate()), t.getObject()));
            }
            return out;
        }
    }

    /** Whether {@code predicate} is one of this summary's own. */
    static boolean isSummaryTerm(Node predicate) {
        return MIRRORS.containsValue(predicate);
    }
}
