package org.dais.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;

import org.dais.rdf.DAIS;
import org.dais.rdf.IriMinter;

/**
 * The office summary: for every person and post (title of organization) the articles that attest
 * it, its first and last attested dates (the articles' publication dates) and the number of
 * articles, in the named graph {@code dais:summary}; and for every person the same over every
 * article naming them in a fact (office, speech, participation). Questions over a whole career (who changed
 * offices, who held a post when) then read one node per office instead of joining every tenure
 * with every other. The store keeps it in the same write transaction as each document's graph,
 * by the difference between the graph's tenures before and after, so a re-ingested or removed
 * document changes exactly its own attestations; a bulk-loaded store gets it in one pass over its
 * tenures ({@link #rebuild}).
 */
public final class OfficeSummary {
    /** The named graph the summary is kept in: derived data, not a document. */
    public static final String GRAPH = DAIS.summary.getURI();
    static final Node GRAPH_NODE = NodeFactory.createURI(GRAPH);

    private static final Node TYPE = RDF.type.asNode();
    private static final Node TENURE = DAIS.Tenure.asNode();
    private static final Node MEMBER = ORG.member.asNode();
    private static final Node POST = DAIS.post.asNode();
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node PUBLISHED = NodeFactory.createURI("http://schema.org/datePublished");
    private static final Node SPEAKER = DAIS.speaker.asNode();
    private static final Node PARTICIPANT = DAIS.participant.asNode();
    private static final Node SUMMARY = DAIS.OfficeSummary.asNode();
    private static final Node PERSON_SUMMARY = DAIS.PersonSummary.asNode();
    private static final Node OF = DAIS.summaryOf.asNode();
    private static final Node OF_POST = DAIS.summaryPost.asNode();
    private static final Node ATTESTED_IN = DAIS.attestedIn.asNode();
    private static final Node COUNT = DAIS.articleCount.asNode();
    private static final Node FIRST = DAIS.firstAttested.asNode();
    private static final Node LAST = DAIS.lastAttested.asNode();

    private OfficeSummary() {}

    /**
     * One person's post as one article attests it, with the article's publication date (null if
     * undated); with no post, the person as named by one of the article's facts (an office, a
     * speech, a participation).
     */
    record Attestation(Node person, Node post, Node article, Node date) {
        Key key() { return new Key(person, post); }
    }

    /** A person's post, or (post null) the person: one node of the summary. */
    record Key(Node person, Node post) {
        Node node() {
            return NodeFactory.createURI(post == null ? IriMinter.personSummary(person.getURI())
                    : IriMinter.officeSummary(person.getURI(), post.getURI()));
        }

        Node type() { return post == null ? PERSON_SUMMARY : SUMMARY; }
    }

    /** The attestations of one document's graph: each tenure, its person, post and article. */
    static Set<Attestation> attestations(TripleIndex g) {
        Set<Attestation> out = new HashSet<>();
        for (Triple t : g.withPredicate(TYPE)) {
            if (!t.getObject().equals(TENURE)) continue;
            Node tenure = t.getSubject();
            Node person = g.object(tenure, MEMBER), post = g.object(tenure, POST);
            if (person == null || post == null || !person.isURI() || !post.isURI()) continue; // not a tenure the mapper writes
            for (Node article : g.objects(tenure, DERIVED_FROM)) out.add(new Attestation(person, post, article, g.object(article, PUBLISHED)));
        }
        // Every fact naming a person, for the person's own node: offices, speeches, participation.
        for (Node role : List.of(MEMBER, SPEAKER, PARTICIPANT)) {
            for (Triple t : g.withPredicate(role)) {
                if (!t.getObject().isURI()) continue;
                for (Node article : g.objects(t.getSubject(), DERIVED_FROM)) {
                    out.add(new Attestation(t.getObject(), null, article, g.object(article, PUBLISHED)));
                }
            }
        }
        return out;
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    /**
     * Brings the summary from a document's attestations {@code before} to {@code after} (either
     * empty for a new or removed document); call inside the write transaction that changes the
     * document's graph, after the change. Only the offices whose attestations differ are touched,
     * and each is then made from its attesting articles as stored: none left, no node; else its
     * type, person and post, their number and their dates' bounds. Nothing the node held before
     * (a count, whether it existed) decides what it becomes, so a node cannot keep a count its
     * articles do not give, nor outlive them.
     */
    static void update(DatasetGraph dsg, Set<Attestation> before, Set<Attestation> after) {
        Map<Key, List<Attestation>> removed = byKey(before, after), added = byKey(after, before);
        Set<Key> keys = new HashSet<>(removed.keySet());
        keys.addAll(added.keySet());
        for (Key key : keys) {
            List<Attestation> gone = removed.getOrDefault(key, List.of()), come = added.getOrDefault(key, List.of());
            Node s = key.node();
            Node first = object(dsg, GRAPH_NODE, s, FIRST), last = object(dsg, GRAPH_NODE, s, LAST);
            for (Attestation a : gone) dsg.delete(GRAPH_NODE, s, ATTESTED_IN, a.article());
            for (Attestation a : come) dsg.add(GRAPH_NODE, s, ATTESTED_IN, a.article());
            List<Node> attesting = new ArrayList<>();
            dsg.find(GRAPH_NODE, s, ATTESTED_IN, Node.ANY).forEachRemaining(q -> attesting.add(q.getObject()));
            if (attesting.isEmpty()) {
                dsg.deleteAny(GRAPH_NODE, s, Node.ANY, Node.ANY);
                continue;
            }
            dsg.add(GRAPH_NODE, s, TYPE, key.type()); // adding a quad the store holds changes nothing
            dsg.add(GRAPH_NODE, s, OF, key.person());
            if (key.post() != null) dsg.add(GRAPH_NODE, s, OF_POST, key.post());
            // A bound set by a removed article is read again from the articles left; otherwise bounds only widen.
            boolean boundLost = gone.stream().anyMatch(a -> a.date() != null && (a.date().equals(first) || a.date().equals(last)));
            Node newFirst = first, newLast = last;
            if (boundLost) {
                newFirst = null;
                newLast = null;
                for (Node article : attesting) {
                    Node d = object(dsg, Node.ANY, article, PUBLISHED);
                    newFirst = earlier(newFirst, d);
                    newLast = later(newLast, d);
                }
            }
            for (Attestation a : come) {
                newFirst = earlier(newFirst, a.date());
                newLast = later(newLast, a.date());
            }
            set(dsg, s, COUNT, NodeFactory.createLiteralDT(Integer.toString(attesting.size()), XSDDatatype.XSDinteger));
            set(dsg, s, FIRST, newFirst);
            set(dsg, s, LAST, newLast);
        }
    }

    private static void set(DatasetGraph dsg, Node s, Node p, Node value) {
        dsg.deleteAny(GRAPH_NODE, s, p, Node.ANY);
        if (value != null) dsg.add(GRAPH_NODE, s, p, value);
    }

    /** Attestations in {@code a} and not in {@code b}, by office. */
    private static Map<Key, List<Attestation>> byKey(Set<Attestation> a, Set<Attestation> b) {
        Map<Key, List<Attestation>> out = new HashMap<>();
        for (Attestation x : a) if (!b.contains(x)) out.computeIfAbsent(x.key(), k -> new ArrayList<>()).add(x);
        return out;
    }

    // xsd:date literals in ISO form (yyyy-mm-dd) order as their lexical forms.
    private static Node earlier(Node x, Node y) {
        if (x == null) return y;
        if (y == null) return x;
        return y.getLiteralLexicalForm().compareTo(x.getLiteralLexicalForm()) < 0 ? y : x;
    }

    private static Node later(Node x, Node y) {
        if (x == null) return y;
        if (y == null) return x;
        return y.getLiteralLexicalForm().compareTo(x.getLiteralLexicalForm()) > 0 ? y : x;
    }

    /**
     * The whole summary computed again from every document's graph, replacing the one stored; in
     * the caller's write transaction. One pass over the tenures: what a bulk load runs before its
     * store is swapped in. Returns the number of offices summarized.
     */
    static long rebuild(DatasetGraph dsg) {
        return replace(dsg, fromDocuments(dsg));
    }

    /** The stored summary replaced by {@code offices} (in the caller's write transaction); returns their number. */
    static long replace(DatasetGraph dsg, Map<Key, Office> offices) {
        dsg.deleteAny(GRAPH_NODE, Node.ANY, Node.ANY, Node.ANY);
        offices.forEach((key, office) -> write(dsg, key, office));
        AppearanceSummary.rebuild(dsg); // the same graph's appearances with the leader
        LabelSummary.rebuild(dsg); // and every node's names and labels, once
        return offices.size();
    }

    /**
     * The summary gathered from documents' graphs as a bulk load receives them, so the load's end
     * writes it without reading every graph back from the store. A graph name received twice (its
     * quads merged in the store) leaves nothing gathered: the summary is then read from the store.
     */
    static final class Gathered {
        private final Map<Key, Office> offices = new LinkedHashMap<>();
        private final Set<String> graphs = new HashSet<>();
        private boolean whole = true;

        void add(String graphName, TripleIndex g) {
            add(graphName, g, t -> {});
        }

        /**
         * As {@link #add(String, TripleIndex)}, handing {@code settled} the statements no later graph can
         * change in a load into an empty store: a node's type, person and post when it is first
         * attested, and each article attesting it. Only its count and dates wait for the end
         * ({@link #bounds}), so the load's tail does not grow with the attestations.
         */
        void add(String graphName, TripleIndex g, java.util.function.Consumer<Triple> settled) {
            if (!whole) return;
            if (!graphs.add(graphName)) {
                whole = false;
                offices.clear();
                graphs.clear();
                return;
            }
            for (Attestation a : attestations(g)) {
                Key key = a.key();
                Office office = offices.get(key);
                if (office == null) {
                    offices.put(key, office = new Office());
                    identity(key, settled);
                }
                if (office.attest(a.article(), a.date())) settled.accept(Triple.create(key.node(), ATTESTED_IN, a.article()));
            }
        }

        /** The offices gathered, or null if they must be read from the store. */
        Map<Key, Office> offices() { return whole ? offices : null; }

        /** Each office's count and first and last dates: what {@link #add(String, TripleIndex, java.util.function.Consumer)} left to the end. */
        static void bounds(Map<Key, Office> offices, java.util.function.Consumer<Triple> out) {
            offices.forEach((key, office) -> OfficeSummary.bounds(key.node(), office, out));
        }
    }

    /** Every office and person as the documents' graphs of {@code dsg} attest them now (the summary's own graph aside). */
    private static Map<Key, Office> fromDocuments(DatasetGraph dsg) {
        Map<Key, Office> offices = new LinkedHashMap<>();
        for (Node g : org.apache.jena.atlas.iterator.Iter.toList(dsg.listGraphNodes())) {
            if (g.equals(GRAPH_NODE)) continue;
            for (Attestation a : attestations(TripleIndex.of(dsg.getGraph(g)))) offices.computeIfAbsent(a.key(), k -> new Office()).attest(a.article(), a.date());
        }
        return offices;
    }

    /** The summary as it would be computed from the documents' graphs of {@code dsg} now, by node (for tests and checks). */
    static Map<Node, Office> recompute(DatasetGraph dsg) {
        Map<Node, Office> out = new HashMap<>();
        fromDocuments(dsg).forEach((key, office) -> out.put(key.node(), office));
        return out;
    }

    /** The summary as stored, by node. */
    static Map<Node, Office> stored(DatasetGraph dsg) {
        Map<Node, Office> out = new HashMap<>();
        dsg.find(GRAPH_NODE, Node.ANY, ATTESTED_IN, Node.ANY).forEachRemaining(q -> out.computeIfAbsent(q.getSubject(), k -> new Office()).articles.add(q.getObject().getURI()));
        for (Map.Entry<Node, Office> e : out.entrySet()) {
            Node first = object(dsg, GRAPH_NODE, e.getKey(), FIRST), last = object(dsg, GRAPH_NODE, e.getKey(), LAST);
            e.getValue().first = first;
            e.getValue().last = last;
            Node n = object(dsg, GRAPH_NODE, e.getKey(), COUNT);
            e.getValue().count = n == null ? -1 : Long.parseLong(n.getLiteralLexicalForm());
        }
        return out;
    }

    /** One office's summary: its articles, first and last dates, and count. */
    static final class Office {
        final Set<String> articles = new TreeSet<>();
        Node first, last;
        long count;

        /** Returns whether the article is new to this office. */
        boolean attest(Node article, Node date) {
            boolean added = articles.add(article.getURI());
            if (added) count++;
            first = earlier(first, date);
            last = later(last, date);
            return added;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Office x && x.articles.equals(articles) && x.count == count
                    && java.util.Objects.equals(x.first, first) && java.util.Objects.equals(x.last, last);
        }

        @Override
        public int hashCode() { return articles.hashCode(); }

        @Override
        public String toString() { return count + " articles " + articles + ", " + first + " to " + last; }
    }

    private static void write(DatasetGraph dsg, Key key, Office office) {
        java.util.function.Consumer<Triple> out = t -> dsg.add(GRAPH_NODE, t.getSubject(), t.getPredicate(), t.getObject());
        Node s = key.node();
        identity(key, out);
        for (String a : office.articles) out.accept(Triple.create(s, ATTESTED_IN, NodeFactory.createURI(a)));
        bounds(s, office, out);
    }

    /** A node's type, person and post. */
    private static void identity(Key key, java.util.function.Consumer<Triple> out) {
        Node s = key.node();
        out.accept(Triple.create(s, TYPE, key.type()));
        out.accept(Triple.create(s, OF, key.person()));
        if (key.post() != null) out.accept(Triple.create(s, OF_POST, key.post()));
    }

    /** A node's count of articles and its first and last dates. */
    private static void bounds(Node s, Office office, java.util.function.Consumer<Triple> out) {
        out.accept(Triple.create(s, COUNT, NodeFactory.createLiteralDT(Long.toString(office.count), XSDDatatype.XSDinteger)));
        if (office.first != null) out.accept(Triple.create(s, FIRST, office.first));
        if (office.last != null) out.accept(Triple.create(s, LAST, office.last));
    }

    /** Whether {@code predicate} is one of the summary's own (so a statement with it is no document fact). */
    public static boolean isSummaryTerm(Node predicate, Node object) {
        return AppearanceSummary.isSummaryTerm(predicate, object) || LabelSummary.isSummaryTerm(predicate) || predicate.equals(OF) || predicate.equals(OF_POST) || predicate.equals(ATTESTED_IN) || predicate.equals(COUNT)
                || predicate.equals(FIRST) || predicate.equals(LAST) || (predicate.equals(TYPE) && (object.equals(SUMMARY) || object.equals(PERSON_SUMMARY)));
    }

    /**
     * The store's graphs but the summary's, linked (not copied): what dumps and exports write, the
     * documents and the ontology; the summary is derived from them and made again by whatever loads them.
     */
    public static DatasetGraph without(DatasetGraph dsg) {
        DatasetGraph view = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(GRAPH_NODE)) view.addGraph(g, dsg.getGraph(g));
        });
        return view;
    }
}
