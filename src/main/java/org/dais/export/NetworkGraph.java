package org.dais.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

/**
 * The knowledge graph as a network for Gephi and Cytoscape: persons, organizations and meetings
 * as nodes; offices, memberships, speeches, platform seats, guidance, attendance, the unit
 * hierarchy and conveners as typed, dated, weighted edges. Optionally a person–person
 * co-appearance projection (weight: meetings shared).
 *
 * <p>Edges are undirected: the co-appearance relation has no direction, and graph readers
 * (networkx among them) refuse a graph that mixes both kinds; every other edge's direction is
 * in its type and is kept as written, source first (a person holds an office in an
 * organization, a unit is a sub-organization of its target). Every element carries the span of
 * dates the graph attests it ({@code start}/{@code end}, ISO dates), for a dynamic network.
 */
public final class NetworkGraph {
    /** A node: IRI, label, type (person, organization, meeting), further attributes, and its attested dates (null: none). */
    public record Node(String id, String label, String type, Map<String, String> attributes, String start, String end) {}

    /** An edge: endpoints, type, weight, further attributes (title, dates, rank, kind) and its attested dates (null: none). */
    public record Edge(String id, String source, String target, String type, double weight, Map<String, String> attributes,
                       String start, String end) {}

    public static final List<String> NODE_ATTRIBUTES = List.of("kind", "start");
    public static final List<String> EDGE_ATTRIBUTES = List.of("title", "first", "last", "kind", "rank", "size");

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();

    public List<Node> nodes() {
        // A node lives from its own date (a meeting) or its first dated edge to its last.
        Map<String, String[]> spans = new java.util.HashMap<>();
        for (Edge e : edges) {
            for (String id : List.of(e.source(), e.target())) widen(spans.computeIfAbsent(id, k -> new String[2]), e.start(), e.end());
        }
        List<Node> out = new ArrayList<>();
        for (Node n : nodes.values()) {
            String[] span = spans.computeIfAbsent(n.id(), k -> new String[2]);
            widen(span, n.start(), n.end());
            out.add(new Node(n.id(), n.label(), n.type(), n.attributes(), span[0], span[1]));
        }
        return out;
    }

    private static void widen(String[] span, String start, String end) {
        if (start != null && (span[0] == null || start.compareTo(span[0]) < 0)) span[0] = start;
        if (end != null && (span[1] == null || end.compareTo(span[1]) > 0)) span[1] = end;
    }

    public List<Edge> edges() { return List.copyOf(edges); }

    private static final String PREFIXES = org.dais.rdf.Prefixes.SPARQL;

    public static NetworkGraph of(Dataset dataset, boolean coAppearance) {
        // One read transaction for all the queries: the network is one consistent snapshot.
        return Txn.calculateRead(dataset, () -> build(dataset, coAppearance));
    }

    /** Dates a fact ?s at meeting ?m: the meeting's start (or end) when given, else the article's publication date. */
    private static final String DATED = "OPTIONAL { ?m schema:startDate ?ms } OPTIONAL { ?m schema:endDate ?me } "
            + "OPTIONAL { ?s prov:wasDerivedFrom/schema:datePublished ?pub } BIND (COALESCE(?ms, ?pub) AS ?d) ";

    private static NetworkGraph build(Dataset dataset, boolean coAppearance) {
        NetworkGraph g = new NetworkGraph();
        for (var r : select(dataset, "SELECT ?p (SAMPLE(?n) AS ?name) { ?p a foaf:Person ; foaf:name ?n } GROUP BY ?p ORDER BY ?p")) {
            g.node(r.get("p"), r.get("name"), "person", Map.of(), null, null);
        }
        for (var r : select(dataset, "SELECT ?o (SAMPLE(?l) AS ?label) (SAMPLE(?k) AS ?kind) { ?o a org:Organization ; rdfs:label ?l "
                + "OPTIONAL { ?o a ?c . ?c rdfs:label ?k FILTER (STRSTARTS(STR(?c), STR(dais:))) } } GROUP BY ?o ORDER BY ?o")) {
            g.node(r.get("o"), r.get("label"), "organization", attrs("kind", r.get("kind")), null, null);
        }
        for (var r : select(dataset, "SELECT ?m (MAX(?l) AS ?label) (MIN(?s) AS ?start) (MAX(?e) AS ?end) { ?m a dais:Meeting ; rdfs:label ?l "
                + "OPTIONAL { ?m schema:startDate ?s } OPTIONAL { ?m schema:endDate ?e } } GROUP BY ?m ORDER BY ?m")) {
            g.node(r.get("m"), r.get("label"), "meeting", attrs("start", r.get("start")), r.get("start"),
                    r.get("end") != null ? r.get("end") : r.get("start"));
        }
        for (var r : select(dataset, "SELECT ?p ?o ?title (MIN(?d) AS ?first) (MAX(?d) AS ?last) (COUNT(DISTINCT ?doc) AS ?n) { "
                + "?t a dais:Tenure ; org:member ?p ; org:organization ?o ; org:role/rdfs:label ?title ; prov:wasDerivedFrom ?doc "
                + "OPTIONAL { ?t dais:attestedOn ?d } } GROUP BY ?p ?o ?title ORDER BY ?p ?o ?title")) {
            String type = r.get("title").matches("(?:alternate |candidate )?member") ? "member-of" : "holds-office";
            g.edge(r.get("p"), r.get("o"), type, Double.parseDouble(r.get("n")), attrs("title", r.get("title"), "first", r.get("first"), "last", r.get("last")),
                    r.get("first"), r.get("last"));
        }
        for (var r : select(dataset, "SELECT ?p ?m ?kind (COUNT(DISTINCT ?s) AS ?n) (MIN(?d) AS ?start) (MAX(?d) AS ?end) { "
                + "?s a dais:Speech ; dais:speaker ?p ; dais:deliveredAt ?m ; dais:speechKind ?kind " + DATED
                + "} GROUP BY ?p ?m ?kind ORDER BY ?p ?m ?kind")) {
            g.edge(r.get("p"), r.get("m"), "spoke-at", Double.parseDouble(r.get("n")), attrs("kind", r.get("kind")), r.get("start"), r.get("end"));
        }
        for (var r : select(dataset, "SELECT ?p ?m ?role (MIN(?rk) AS ?rank) (MAX(?sz) AS ?size) (COUNT(DISTINCT ?s) AS ?n) "
                + "(MIN(?d) AS ?start) (MAX(?d) AS ?end) { ?s a dais:Participation ; "
                + "dais:participant ?p ; dais:participatedIn ?m ; dais:participationRole ?role . ?m a dais:Meeting "
                + "OPTIONAL { ?s dais:listRank|dais:platformRank ?rk } OPTIONAL { ?s dais:listSize ?sz } " + DATED + "} "
                + "GROUP BY ?p ?m ?role ORDER BY ?p ?m ?role")) {
            String type = switch (r.get("role")) {
                case "platform" -> "sat-on-platform-of";
                case "guided" -> "guided";
                default -> "attended";
            };
            g.edge(r.get("p"), r.get("m"), type, Double.parseDouble(r.get("n")), attrs("rank", r.get("rank"), "size", r.get("size")),
                    r.get("start"), r.get("end"));
        }
        // The leader's public activities: each occasion a node, each person at it an appeared-at edge (kind: the role; rank: the list rank).
        for (var r : select(dataset, "SELECT ?a (MAX(?l) AS ?label) (MAX(?k) AS ?kind) (MIN(?s) AS ?start) { ?a a dais:Activity ; rdfs:label ?l ; "
                + "dais:activityKind ?k OPTIONAL { ?a schema:startDate ?s } } GROUP BY ?a ORDER BY ?a")) {
            g.node(r.get("a"), r.get("label"), "activity", attrs("kind", r.get("kind"), "start", r.get("start")), r.get("start"), r.get("start"));
        }
        for (var r : select(dataset, "SELECT ?p ?a ?role (MIN(?rk) AS ?rank) (COUNT(DISTINCT ?x) AS ?n) (MIN(?as) AS ?start) { ?x a dais:Participation ; "
                + "dais:participant ?p ; dais:participatedIn ?a ; dais:participationRole ?role . ?a a dais:Activity "
                + "OPTIONAL { ?x dais:listRank ?rk } OPTIONAL { ?a schema:startDate ?as } } GROUP BY ?p ?a ?role ORDER BY ?p ?a ?role")) {
            g.edge(r.get("p"), r.get("a"), "appeared-at", Double.parseDouble(r.get("n")), attrs("kind", r.get("role"), "rank", r.get("rank")),
                    r.get("start"), r.get("start"));
        }
        for (var r : select(dataset, "SELECT DISTINCT ?a ?b { ?a org:subOrganizationOf ?b } ORDER BY ?a ?b")) {
            g.edge(r.get("a"), r.get("b"), "sub-organization-of", 1, Map.of(), null, null);
        }
        for (var r : select(dataset, "SELECT ?m ?o (MIN(?s) AS ?start) (MAX(COALESCE(?e, ?s)) AS ?end) { ?m dais:convenedBy ?o "
                + "OPTIONAL { ?m schema:startDate ?s } OPTIONAL { ?m schema:endDate ?e } } GROUP BY ?m ?o ORDER BY ?m ?o")) {
            g.edge(r.get("m"), r.get("o"), "convened-by", 1, Map.of(), r.get("start"), r.get("end"));
        }
        if (coAppearance) g.coAppearance();
        return g;
    }

    /** Person–person edges weighted by the number of meetings (and occasions of the leader's activities) both took part in, dated by those meetings. */
    private void coAppearance() {
        Map<String, Set<String>> byMeeting = new TreeMap<>();
        for (Edge e : edges) {
            // Occasions of the leader's activities count as meetings do: co-appearance with him is weighted by them.
            if (Set.of("spoke-at", "sat-on-platform-of", "guided", "attended", "appeared-at").contains(e.type())) {
                byMeeting.computeIfAbsent(e.target(), k -> new TreeSet<>()).add(e.source());
            }
        }
        Map<String, String[]> meetingSpan = new java.util.HashMap<>();
        for (Edge e : edges) {
            if (byMeeting.containsKey(e.target())) widen(meetingSpan.computeIfAbsent(e.target(), k -> new String[2]), e.start(), e.end());
        }
        Map<List<String>, Integer> pairs = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0)) ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
        Map<List<String>, String[]> pairSpan = new java.util.HashMap<>();
        for (var m : byMeeting.entrySet()) {
            List<String> list = new ArrayList<>(m.getValue());
            String[] span = meetingSpan.getOrDefault(m.getKey(), new String[2]);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    List<String> pair = List.of(list.get(i), list.get(j));
                    pairs.merge(pair, 1, Integer::sum);
                    widen(pairSpan.computeIfAbsent(pair, k -> new String[2]), span[0], span[1]);
                }
            }
        }
        for (var p : pairs.entrySet()) {
            String[] span = pairSpan.get(p.getKey());
            edge(p.getKey().get(0), p.getKey().get(1), "co-appears-with", p.getValue(), Map.of(), span[0], span[1]);
        }
    }

    private void node(String id, String label, String type, Map<String, String> attributes, String start, String end) {
        nodes.putIfAbsent(id, new Node(id, label == null ? id : label, type, attributes, start, end));
    }

    private void edge(String source, String target, String type, double weight, Map<String, String> attributes, String start, String end) {
        if (!nodes.containsKey(source) || !nodes.containsKey(target)) return;
        edges.add(new Edge("e" + edges.size(), source, target, type, weight, attributes, start, end));
    }

    private static Map<String, String> attrs(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) if (kv[i + 1] != null) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private static List<Map<String, String>> select(Dataset dataset, String query) {
        return org.dais.store.SparqlRows.select(dataset, PREFIXES + query);
    }
}
