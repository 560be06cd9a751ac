package org.dais.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import org.dais.rdf.DAIS;
import org.dais.rdf.IriMinter;

/**
 * The appearance summary, in the {@code dais:summary} graph beside the office summary: one
 * {@code dais:AppearanceSummary} per person, name, occasion of the leader's (a
 * {@code dais:Activity}) and day, with whether it is the occasion's own day or (the text giving
 * none) an article's date, whether the person accompanied him there, the sum and number of their
 * ranks in the lists of those accompanying, and their roles. It holds what the company questions
 * ({@code accompaniment-ranking}, {@code company-changes}) counted from every participation of
 * every article: an occasion that forty articles report is one node per person, not forty rows.
 *
 * <p>What a node holds depends on every graph that speaks of its occasion (the day may come from
 * one article, the participation from another), so a document's change recomputes the nodes of
 * each occasion its graph names, before or after, from the store as it is then: exact on
 * re-ingest and removal, at the cost of reading the articles of those occasions again.
 */
public final class AppearanceSummary {
    private static final Node GRAPH_NODE = OfficeSummary.GRAPH_NODE;
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ACTIVITY = DAIS.Activity.asNode();
    private static final Node PARTICIPATED_IN = DAIS.participatedIn.asNode();
    private static final Node PARTICIPANT = DAIS.participant.asNode();
    private static final Node ROLE = DAIS.participationRole.asNode();
    private static final Node LIST_RANK = DAIS.listRank.asNode();
    private static final Node NAME = NodeFactory.createURI("http://xmlns.com/foaf/0.1/name");
    private static final Node START = NodeFactory.createURI("http://schema.org/startDate");
    private static final Node PUBLISHED = NodeFactory.createURI("http://schema.org/datePublished");
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private static final Node SUMMARY = DAIS.AppearanceSummary.asNode();
    private static final Node OF = DAIS.appearanceOf.asNode();
    private static final Node AS_NAMED = DAIS.appearanceName.asNode();
    private static final Node AT = DAIS.appearanceAt.asNode();
    private static final Node ON = DAIS.appearanceDate.asNode();
    private static final Node ON_OCCASION_DAY = DAIS.onOccasionDay.asNode();
    private static final Node ACCOMPANYING = DAIS.accompanying.asNode();
    private static final Node RANK_SUM = DAIS.rankSum.asNode();
    private static final Node RANK_COUNT = DAIS.rankCount.asNode();
    private static final Node AS_ROLE = DAIS.appearanceRole.asNode();

    /** The roles that are no appearance with the leader: his own, and his guests'. */
    private static final Set<String> NOT_IN_HIS_COMPANY = Set.of("led", "guest");

    private AppearanceSummary() {}

    /** One node: a person, as one name, at one occasion on one day. */
    record Key(Node person, Node name, Node occasion, Node day) {
        Node node() {
            return NodeFactory.createURI(IriMinter.appearanceSummary(person.getURI(), name.getLiteralLexicalForm(), occasion.getURI(),
                    day.getLiteralLexicalForm()));
        }
    }

    /** What the participations of a node add up to. */
    static final class Appearance {
        boolean onOccasionDay, accompanying;
        long rankSum, rankCount;
        final Set<String> roles = new TreeSet<>();

        @Override
        public boolean equals(Object o) {
            return o instanceof Appearance x && x.onOccasionDay == onOccasionDay && x.accompanying == accompanying
                    && x.rankSum == rankSum && x.rankCount == rankCount && x.roles.equals(roles);
        }

        @Override
        public int hashCode() { return Objects.hash(onOccasionDay, accompanying, rankSum, rankCount, roles); }

        @Override
        public String toString() {
            return (onOccasionDay ? "day" : "article date") + (accompanying ? ", accompanying" : "") + ", ranks " + rankSum + "/" + rankCount + " " + roles;
        }
    }

    /**
     * The occasions a document's graph speaks of: those its facts took part in, and every subject
     * it types as an activity or gives a start day. Their nodes are what the document can change.
     */
    static Set<Node> occasions(TripleIndex g) {
        Set<Node> out = new HashSet<>();
        g.withPredicate(PARTICIPATED_IN).forEach(t -> out.add(t.getObject()));
        g.withPredicate(TYPE).forEach(t -> {
            if (t.getObject().equals(ACTIVITY)) out.add(t.getSubject());
        });
        g.withPredicate(START).forEach(t -> out.add(t.getSubject()));
        out.removeIf(n -> !n.isURI());
        return out;
    }

    /**
     * Recomputes the nodes of {@code occasions} from the store as it is now; in the write
     * transaction that changed a document, after the change.
     */
    static void update(DatasetGraph dsg, Set<Node> occasions) {
        for (Node occasion : occasions) {
            for (Quad q : Iter.toList(dsg.find(GRAPH_NODE, Node.ANY, AT, occasion))) dsg.deleteAny(GRAPH_NODE, q.getSubject(), Node.ANY, Node.ANY);
            of(dsg, occasion).forEach((key, a) -> write(dsg, key, a));
        }
    }

    /** Every node again, from every activity of the store (after the summary graph was cleared). Returns the nodes written. */
    static long rebuild(DatasetGraph dsg) {
        Map<Key, Appearance> all = fromDocuments(dsg);
        all.forEach((key, a) -> write(dsg, key, a));
        return all.size();
    }

    /** Every node as the documents' graphs attest them now. */
    static Map<Key, Appearance> fromDocuments(DatasetGraph dsg) {
        Set<Node> activities = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, TYPE, ACTIVITY).forEachRemaining(q -> {
            if (!q.getGraph().equals(GRAPH_NODE) && q.getSubject().isURI()) activities.add(q.getSubject());
        });
        Map<Key, Appearance> out = new LinkedHashMap<>();
        for (Node occasion : activities) out.putAll(of(dsg, occasion));
        return out;
    }

    /** Whether the store holds appearances with the leader but no summary of them (a store summarized by an earlier dais). */
    static boolean missing(DatasetGraph dsg) {
        if (dsg.find(GRAPH_NODE, Node.ANY, TYPE, SUMMARY).hasNext()) return false;
        var activities = dsg.find(Node.ANY, Node.ANY, TYPE, ACTIVITY);
        try {
            while (activities.hasNext()) {
                Quad q = activities.next();
                if (!of(dsg, q.getSubject()).isEmpty()) return true;
            }
            return false;
        } finally {
            Iter.close(activities);
        }
    }

    /**
     * The nodes of one occasion, as the company questions read the documents: each participation
     * in the occasion (its person, name and role in its own article's graph; the leader's own and
     * his guests' left out) on the occasion's day, or on its article's date where no article gives
     * the occasion a day; one row per day, article date and list rank the union of the graphs
     * holds, as a SPARQL join over the union gives them.
     */
    static Map<Key, Appearance> of(DatasetGraph dsg, Node occasion) {
        return of(new StoreReads(dsg), occasion);
    }

    /**
     * What an occasion's nodes are read from: the documents' graphs of a store, or what a load
     * gathered of them as they passed ({@link Gathered}). Both answer as the union of the
     * documents' graphs does, the summary's own graph aside.
     */
    interface Reads {
        /** Whether a document's graph types {@code occasion} as an activity. */
        boolean isActivity(Node occasion);

        /** Every document's statement that something took part in {@code occasion} (graph, participation). */
        List<Quad> participationsIn(Node occasion);

        /** The distinct objects of {@code s p} in the graph {@code g}, or over the documents' graphs for {@code Node.ANY}. */
        List<Node> objects(Node g, Node s, Node p);
    }

    private record StoreReads(DatasetGraph dsg) implements Reads {
        @Override
        public boolean isActivity(Node occasion) { return inDocuments(dsg, occasion, TYPE, ACTIVITY); }

        @Override
        public List<Quad> participationsIn(Node occasion) {
            List<Quad> out = new ArrayList<>();
            for (Quad q : Iter.toList(dsg.find(Node.ANY, Node.ANY, PARTICIPATED_IN, occasion))) if (!q.getGraph().equals(GRAPH_NODE)) out.add(q);
            return out;
        }

        @Override
        public List<Node> objects(Node g, Node s, Node p) { return AppearanceSummary.objects(dsg, g, s, p); }
    }

    static Map<Key, Appearance> of(Reads reads, Node occasion) {
        Map<Key, Appearance> out = new LinkedHashMap<>();
        if (!reads.isActivity(occasion)) return out;
        List<Node> days = reads.objects(Node.ANY, occasion, START);
        // Who took part, read in each participation's own graph; a statement two graphs hold counts once.
        record Taking(Node participation, Node person, Node name, Node role) {}
        Set<Taking> takings = new java.util.LinkedHashSet<>();
        boolean ledBySomeone = false;
        for (Quad q : reads.participationsIn(occasion)) {
            Node g = q.getGraph(), p = q.getSubject();
            if (g.equals(GRAPH_NODE)) continue;
            for (Node role : reads.objects(g, p, ROLE)) ledBySomeone |= role.isLiteral() && role.getLiteralLexicalForm().equals("led");
            for (Node person : reads.objects(g, p, PARTICIPANT)) {
                for (Node role : reads.objects(g, p, ROLE)) {
                    if (!role.isLiteral() || NOT_IN_HIS_COMPANY.contains(role.getLiteralLexicalForm())) continue;
                    for (Node name : reads.objects(g, person, NAME)) {
                        if (person.isURI() && name.isLiteral()) takings.add(new Taking(p, person, name, role));
                    }
                }
            }
        }
        // Only his occasions: a ceremony reported without him (no one led it) is no appearance in his company.
        if (!ledBySomeone) return out;
        for (Taking t : takings) {
            // The article's date once per article the participation comes from (a path counts each).
            List<Node> published = new ArrayList<>();
            for (Node article : reads.objects(Node.ANY, t.participation(), DERIVED_FROM)) published.addAll(reads.objects(Node.ANY, article, PUBLISHED));
            List<Node> ranks = reads.objects(Node.ANY, t.participation(), LIST_RANK);
            boolean accompanying = t.role().getLiteralLexicalForm().equals("accompanied");
            for (Node day : orNone(days)) {
                for (Node date : orNone(published)) {
                    Node start = day != null ? day : date;
                    if (start == null || !start.isLiteral()) continue; // no day at all: on no one's calendar
                    Appearance a = out.computeIfAbsent(new Key(t.person(), t.name(), occasion, start), k -> new Appearance());
                    a.onOccasionDay = day != null;
                    a.roles.add(t.role().getLiteralLexicalForm());
                    a.accompanying |= accompanying;
                    for (Node rank : orNone(ranks)) {
                        if (accompanying && rank != null) {
                            a.rankSum += Long.parseLong(rank.getLiteralLexicalForm());
                            a.rankCount++;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<Node> orNone(List<Node> values) {
        return values.isEmpty() ? java.util.Collections.singletonList(null) : values;
    }

    /** The distinct objects of {@code s p} in {@code g}, or over the documents' graphs (what the union graph answers) for {@code Node.ANY}. */
    private static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        Set<Node> out = new java.util.LinkedHashSet<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(GRAPH_NODE)) out.add(q.getObject());
        });
        return new ArrayList<>(out);
    }

    private static boolean inDocuments(DatasetGraph dsg, Node s, Node p, Node o) {
        var it = dsg.find(Node.ANY, s, p, o);
        try {
            while (it.hasNext()) if (!it.next().getGraph().equals(GRAPH_NODE)) return true;
            return false;
        } finally {
            Iter.close(it);
        }
    }

    private static void write(DatasetGraph dsg, Key key, Appearance a) {
        triples(key, a, t -> dsg.add(GRAPH_NODE, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** One node's statements in the summary graph. */
    static void triples(Key key, Appearance a, java.util.function.Consumer<Triple> out) {
        Node s = key.node();
        out.accept(Triple.create(s, TYPE, SUMMARY));
        out.accept(Triple.create(s, OF, key.person()));
        out.accept(Triple.create(s, AS_NAMED, key.name()));
        out.accept(Triple.create(s, AT, key.occasion()));
        out.accept(Triple.create(s, ON, key.day()));
        out.accept(Triple.create(s, ON_OCCASION_DAY, NodeFactory.createLiteralDT(Boolean.toString(a.onOccasionDay), XSDDatatype.XSDboolean)));
        out.accept(Triple.create(s, ACCOMPANYING, NodeFactory.createLiteralDT(Boolean.toString(a.accompanying), XSDDatatype.XSDboolean)));
        out.accept(Triple.create(s, RANK_SUM, NodeFactory.createLiteralDT(Long.toString(a.rankSum), XSDDatatype.XSDinteger)));
        out.accept(Triple.create(s, RANK_COUNT, NodeFactory.createLiteralDT(Long.toString(a.rankCount), XSDDatatype.XSDinteger)));
        for (String role : a.roles) out.accept(Triple.create(s, AS_ROLE, NodeFactory.createLiteralString(role)));
    }

    /**
     * The appearances gathered from documents' graphs as a load into an empty store receives
     * them, so its end computes every node without reading the store back (that read grew with
     * the store: every activity's participations, names, provenance and dates). It keeps what
     * {@link #of(Reads, Node)} reads and nothing else: the activities, every start day and
     * publication date, and of each participation (a subject of participatedIn, participant or
     * listRank in a graph) its roles, people and their names in that graph and its provenance and
     * ranks. A participation's provenance is read from the graphs that also say what it is: the
     * mapper mints a participation from its article and writes all of it in that article's graph.
     * A graph name received twice merges its statements, as the store does.
     */
    static final class Gathered implements Reads {
        private final Set<Node> activities = new java.util.LinkedHashSet<>();
        private final Map<Node, Set<Quad>> participations = new java.util.HashMap<>();
        /** Subject, then predicate: the objects over every graph (start days, dates, provenance, ranks). */
        private final Map<Node, Map<Node, Set<Node>>> union = new java.util.HashMap<>();
        /** Graph and subject, then predicate: the objects in that graph (roles, people, names). */
        private final Map<List<Node>, Map<Node, Set<Node>>> inGraph = new java.util.HashMap<>();

        void add(String graphName, TripleIndex g) {
            Node graph = NodeFactory.createURI(graphName);
            if (graph.equals(GRAPH_NODE)) return;
            g.withPredicate(TYPE).forEach(t -> {
                if (t.getObject().equals(ACTIVITY) && t.getSubject().isURI()) activities.add(t.getSubject());
            });
            for (Node p : List.of(START, PUBLISHED)) g.withPredicate(p).forEach(t -> keep(union, t.getSubject(), p, t.getObject()));
            Set<Node> takingPart = new java.util.LinkedHashSet<>();
            g.withPredicate(PARTICIPATED_IN).forEach(t -> {
                takingPart.add(t.getSubject());
                participations.computeIfAbsent(t.getObject(), k -> new java.util.LinkedHashSet<>()).add(Quad.create(graph, t));
            });
            g.withPredicate(PARTICIPANT).forEach(t -> takingPart.add(t.getSubject()));
            g.withPredicate(LIST_RANK).forEach(t -> takingPart.add(t.getSubject()));
            for (Node part : takingPart) {
                for (Node p : List.of(DERIVED_FROM, LIST_RANK)) g.objects(part, p).forEach(o -> keep(union, part, p, o));
                g.objects(part, ROLE).forEach(o -> keep(inGraph, List.of(graph, part), ROLE, o));
                for (Node person : g.objects(part, PARTICIPANT)) {
                    keep(inGraph, List.of(graph, part), PARTICIPANT, person);
                    g.objects(person, NAME).forEach(n -> keep(inGraph, List.of(graph, person), NAME, n));
                }
            }
        }

        private static <K> void keep(Map<K, Map<Node, Set<Node>>> map, K key, Node p, Node o) {
            map.computeIfAbsent(key, k -> new java.util.HashMap<>()).computeIfAbsent(p, k -> new java.util.LinkedHashSet<>()).add(o);
        }

        /** Every node, as {@link #fromDocuments} would read them from a store holding the graphs received. */
        Map<Key, Appearance> all() {
            Map<Key, Appearance> out = new LinkedHashMap<>();
            for (Node occasion : activities) out.putAll(of(this, occasion));
            return out;
        }

        @Override
        public boolean isActivity(Node occasion) { return activities.contains(occasion); }

        @Override
        public List<Quad> participationsIn(Node occasion) { return new ArrayList<>(participations.getOrDefault(occasion, Set.of())); }

        @Override
        public List<Node> objects(Node g, Node s, Node p) {
            Map<Node, Set<Node>> byPredicate = g.equals(Node.ANY) ? union.get(s) : inGraph.get(List.of(g, s));
            return byPredicate == null ? List.of() : new ArrayList<>(byPredicate.getOrDefault(p, Set.of()));
        }
    }

    /** The nodes as stored, read back (for tests and checks). */
    static Map<Key, Appearance> stored(DatasetGraph dsg) {
        Map<Key, Appearance> out = new LinkedHashMap<>();
        for (Quad q : Iter.toList(dsg.find(GRAPH_NODE, Node.ANY, TYPE, SUMMARY))) {
            Node s = q.getSubject();
            Key key = new Key(one(dsg, s, OF), one(dsg, s, AS_NAMED), one(dsg, s, AT), one(dsg, s, ON));
            Appearance a = new Appearance();
            a.onOccasionDay = Boolean.parseBoolean(one(dsg, s, ON_OCCASION_DAY).getLiteralLexicalForm());
            a.accompanying = Boolean.parseBoolean(one(dsg, s, ACCOMPANYING).getLiteralLexicalForm());
            a.rankSum = Long.parseLong(one(dsg, s, RANK_SUM).getLiteralLexicalForm());
            a.rankCount = Long.parseLong(one(dsg, s, RANK_COUNT).getLiteralLexicalForm());
            dsg.find(GRAPH_NODE, s, AS_ROLE, Node.ANY).forEachRemaining(r -> a.roles.add(r.getObject().getLiteralLexicalForm()));
            if (!s.equals(key.node())) throw new IllegalStateException(s + " is not the node of " + key);
            out.put(key, a);
        }
        return out;
    }

    private static Node one(DatasetGraph dsg, Node s, Node p) {
        List<Quad> values = Iter.toList(dsg.find(GRAPH_NODE, s, p, Node.ANY));
        if (values.size() != 1) throw new IllegalStateException(s + " has " + values.size() + " values of " + p);
        return values.get(0).getObject();
    }

    /** Whether {@code predicate} is one of this summary's own. */
    static boolean isSummaryTerm(Node predicate, Node object) {
        return predicate.equals(OF) || predicate.equals(AS_NAMED) || predicate.equals(AT) || predicate.equals(ON)
                || predicate.equals(ON_OCCASION_DAY) || predicate.equals(ACCOMPANYING) || predicate.equals(RANK_SUM)
                || predicate.equals(RANK_COUNT) || predicate.equals(AS_ROLE) || (predicate.equals(TYPE) && object.equals(SUMMARY));
    }
}
