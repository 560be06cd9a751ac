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
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
    static Set<Node> occasions(Graph g) {
        Set<Node> out = new HashSet<>();
        g.find(Node.ANY, PARTICIPATED_IN, Node.ANY).forEach(t -> out.add(t.getObject()));
        g.find(Node.ANY, TYPE, ACTIVITY).forEach(t -> out.add(t.getSubject()));
        g.find(Node.ANY, START, Node.ANY).forEach(t -> out.add(t.getSubject()));
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
        Map<Key, Appearance> out = new LinkedHashMap<>();
        if (!inDocuments(dsg, occasion, TYPE, ACTIVITY)) return out;
        List<Node> days = objects(dsg, occasion, START);
        // Who took part, read in each participation's own graph; a statement two graphs hold counts once.
        record Taking(Node participation, Node person, Node name, Node role) {}
        Set<Taking> takings = new java.util.LinkedHashSet<>();
        boolean ledBySomeone = false;
        for (Quad q : Iter.toList(dsg.find(Node.ANY, Node.ANY, PARTICIPATED_IN, occasion))) {
            Node g = q.getGraph(), p = q.getSubject();
            if (g.equals(GRAPH_NODE)) continue;
            for (Node role : objects(dsg, g, p, ROLE)) ledBySomeone |= role.isLiteral() && role.getLiteralLexicalForm().equals("led");
            for (Node person : objects(dsg, g, p, PARTICIPANT)) {
                for (Node role : objects(dsg, g, p, ROLE)) {
                    if (!role.isLiteral() || NOT_IN_HIS_COMPANY.contains(role.getLiteralLexicalForm())) continue;
                    for (Node name : objects(dsg, g, person, NAME)) {
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
            for (Node article : objects(dsg, t.participation(), DERIVED_FROM)) published.addAll(objects(dsg, article, PUBLISHED));
            List<Node> ranks = objects(dsg, t.participation(), LIST_RANK);
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

    /** The distinct objects of {@code s p} over the documents' graphs: what the union graph answers. */
    private static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        return objects(dsg, Node.ANY, s, p);
    }

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
        Node s = key.node();
        dsg.add(GRAPH_NODE, s, TYPE, SUMMARY);
        dsg.add(GRAPH_NODE, s, OF, key.person());
        dsg.add(GRAPH_NODE, s, AS_NAMED, key.name());
        dsg.add(GRAPH_NODE, s, AT, key.occasion());
        dsg.add(GRAPH_NODE, s, ON, key.day());
        dsg.add(GRAPH_NODE, s, ON_OCCASION_DAY, NodeFactory.createLiteralDT(Boolean.toString(a.onOccasionDay), XSDDatatype.XSDboolean));
        dsg.add(GRAPH_NODE, s, ACCOMPANYING, NodeFactory.createLiteralDT(Boolean.toString(a.accompanying), XSDDatatype.XSDboolean));
        dsg.add(GRAPH_NODE, s, RANK_SUM, NodeFactory.createLiteralDT(Long.toString(a.rankSum), XSDDatatype.XSDinteger));
        dsg.add(GRAPH_NODE, s, RANK_COUNT, NodeFactory.createLiteralDT(Long.toString(a.rankCount), XSDDatatype.XSDinteger));
        for (String role : a.roles) dsg.add(GRAPH_NODE, s, AS_ROLE, NodeFactory.createLiteralString(role));
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
