package org.dais.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;
import org.dais.store.Ontology;
import org.dais.store.SparqlRows;

/** Exports for graph tools, read back by a parser dais did not write (networkx) and checked for structure. */
class ExportTest {
    @TempDir
    static Path dir;
    static DaisStore store;
    static NetworkGraph graph;

    @BeforeAll
    static void build() throws Exception {
        store = DaisStore.open(dir.resolve("tdb2"));
        Ontology.install(store);
        new Ingester(new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)), store).ingest(List.of(Path.of("seeds")), line -> {});
        graph = NetworkGraph.of(store.dataset(), true);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theNetworkHoldsPersonsOrganizationsMeetingsAndTypedEdges() {
        assertEquals("2021-03-04", graph.edges().stream().filter(e -> e.type().equals("member-of") && e.source().endsWith("/jo-yong-won"))
                .findFirst().orElseThrow().start(), "an office edge starts at its first attestation");
        assertEquals(41, graph.nodes().stream().filter(n -> n.type().equals("person")).count());
        assertEquals(9, graph.nodes().stream().filter(n -> n.type().equals("meeting")).count());
        Set<String> types = new HashSet<>();
        graph.edges().forEach(e -> types.add(e.type()));
        assertTrue(types.containsAll(Set.of("holds-office", "member-of", "spoke-at", "sat-on-platform-of", "guided", "co-appears-with",
                "sub-organization-of")), types.toString());
        NetworkGraph.Edge platform = graph.edges().stream().filter(e -> e.type().equals("sat-on-platform-of") && e.source().endsWith("/jo-yong-won"))
                .findFirst().orElseThrow();
        assertEquals("1", platform.attributes().get("rank"));
        NetworkGraph.Edge office = graph.edges().stream().filter(e -> e.type().equals("member-of") && e.source().endsWith("/jo-yong-won"))
                .findFirst().orElseThrow();
        assertEquals(3.0, office.weight(), "attested by three articles");
        assertEquals("2021-03-04", office.attributes().get("first"));
        assertEquals("2024-01-30", office.attributes().get("last"));
    }

    @Test
    void graphmlIsWellFormedWithDeclaredKeysAndKnownEndpoints() throws Exception {
        Path file = dir.resolve("g.graphml");
        try (var out = Files.newOutputStream(file)) {
            NetworkWriters.graphml(graph, out);
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertEquals(ns, doc.getDocumentElement().getNamespaceURI());
        Set<String> keys = ids(doc.getElementsByTagNameNS(ns, "key"), "id");
        Set<String> nodes = ids(doc.getElementsByTagNameNS(ns, "node"), "id");
        NodeList edges = doc.getElementsByTagNameNS(ns, "edge");
        assertEquals(graph.nodes().size(), nodes.size());
        assertEquals(graph.edges().size(), edges.getLength());
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(nodes.contains(e.getAttribute("source")) && nodes.contains(e.getAttribute("target")));
        }
        NodeList data = doc.getElementsByTagNameNS(ns, "data");
        for (int i = 0; i < data.getLength(); i++) assertTrue(keys.contains(((Element) data.item(i)).getAttribute("key")));
        readWithNetworkx(file, "read_graphml");
    }

    @Test
    void gexfIsDynamicWellFormedAndReadByNetworkx() throws Exception {
        Path file = dir.resolve("g.gexf");
        try (var out = Files.newOutputStream(file)) {
            NetworkWriters.gexf(graph, out);
        }
        Document doc = parse(file);
        assertEquals(GEXF, doc.getDocumentElement().getNamespaceURI());
        Element g = (Element) doc.getElementsByTagNameNS(GEXF, "graph").item(0);
        assertEquals("dynamic", g.getAttribute("mode"));
        assertEquals("date", g.getAttribute("timeformat"));
        assertEquals(graph.nodes().size(), doc.getElementsByTagNameNS(GEXF, "node").getLength());
        readWithNetworkx(file, "read_gexf");
    }

    /** The GEXF's start/end, read back from the file, are the dates the store attests (asked by SPARQL here, not taken from NetworkGraph). */
    @Test
    void gexfDynamicDatesAreTheGraphsDates() throws Exception {
        Path file = dir.resolve("dates.gexf");
        try (var out = Files.newOutputStream(file)) {
            NetworkWriters.gexf(graph, out);
        }
        Document doc = parse(file);
        Map<String, Element> nodes = new HashMap<>();
        NodeList nl = doc.getElementsByTagNameNS(GEXF, "node");
        for (int i = 0; i < nl.getLength(); i++) nodes.put(((Element) nl.item(i)).getAttribute("id"), (Element) nl.item(i));
        Map<String, String[]> officeEdges = new HashMap<>();
        NodeList el = doc.getElementsByTagNameNS(GEXF, "edge");
        for (int i = 0; i < el.getLength(); i++) {
            Element e = (Element) el.item(i);
            if (!e.getAttribute("label").equals("holds-office") && !e.getAttribute("label").equals("member-of")) continue;
            String[] span = officeEdges.computeIfAbsent(e.getAttribute("source") + " " + e.getAttribute("target"), k -> new String[2]);
            if (span[0] == null || e.getAttribute("start").compareTo(span[0]) < 0) span[0] = e.getAttribute("start");
            if (span[1] == null || e.getAttribute("end").compareTo(span[1]) > 0) span[1] = e.getAttribute("end");
        }
        var tenures = SparqlRows.select(store.dataset(), PREFIXES
                + "SELECT ?p ?o (MIN(?d) AS ?first) (MAX(?d) AS ?last) { ?t a dais:Tenure ; org:member ?p ; org:organization ?o ; dais:attestedOn ?d } GROUP BY ?p ?o");
        assertEquals(tenures.size(), officeEdges.size(), "one dated office relation per person and organization");
        for (var r : tenures) {
            String[] span = officeEdges.get(r.get("p") + " " + r.get("o"));
            assertEquals(r.get("first"), span[0], r.toString());
            assertEquals(r.get("last"), span[1], r.toString());
        }
        var meetings = SparqlRows.select(store.dataset(), PREFIXES
                + "SELECT ?m (MIN(?s) AS ?start) { ?m a dais:Meeting ; schema:startDate ?s } GROUP BY ?m");
        assertFalse(meetings.isEmpty(), "the seeds date meetings");
        for (var r : meetings) assertEquals(r.get("start"), nodes.get(r.get("m")).getAttribute("start"), "a meeting starts on its date: " + r);
        // A person enters the timeline no later than their first office and leaves no earlier than their last.
        var people = SparqlRows.select(store.dataset(), PREFIXES
                + "SELECT ?p (MIN(?d) AS ?first) (MAX(?d) AS ?last) { ?t org:member ?p ; dais:attestedOn ?d } GROUP BY ?p");
        for (var r : people) {
            Element n = nodes.get(r.get("p"));
            assertTrue(n.getAttribute("start").compareTo(r.get("first")) <= 0 && n.getAttribute("end").compareTo(r.get("last")) >= 0, r.toString());
        }
        // networkx reads the spans as they were written.
        long dated = graph.nodes().stream().filter(n -> n.start() != null && n.end() != null).count();
        assertTrue(dated > 40);
        assertEquals(String.valueOf(dated), python("import sys, networkx as nx\ng = nx.read_gexf(sys.argv[1])\n"
                + "print(sum(1 for _, d in g.nodes(data=True) if 'start' in d and 'end' in d))", file.toString()));
    }

    @Test
    void coAppearanceEdgesAreUndirected() throws Exception {
        NetworkGraph.Edge co = graph.edges().stream().filter(e -> e.type().equals("co-appears-with")).findFirst().orElseThrow();
        Path file = dir.resolve("co.graphml");
        try (var out = Files.newOutputStream(file)) {
            NetworkWriters.graphml(graph, out);
        }
        // A co-appearance pair reads the same both ways round.
        assertEquals("False True True", python("import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\n"
                + "print(g.is_directed(), g.has_edge(sys.argv[2], sys.argv[3]), g.has_edge(sys.argv[3], sys.argv[2]))",
                file.toString(), co.source(), co.target()));
    }

    @Test
    void cytoscapeJsonIsReadByNetworkx() throws Exception {
        Path file = dir.resolve("g.cyjs");
        try (var out = Files.newOutputStream(file)) {
            NetworkWriters.cytoscape(graph, out);
        }
        JsonObject json = JSON.parse(Files.readString(file));
        JsonObject elements = json.get("elements").getAsObject();
        assertEquals(graph.nodes().size(), elements.get("nodes").getAsArray().size());
        assertEquals(graph.edges().size(), elements.get("edges").getAsArray().size());
        JsonObject first = elements.get("edges").getAsArray().get(0).getAsObject().get("data").getAsObject();
        assertTrue(first.hasKey("source") && first.hasKey("target") && first.hasKey("weight"));
        assertEquals(graph.nodes().size() + " " + graph.edges().size() + " False",
                python("import sys, json, networkx as nx\ng = nx.cytoscape_graph(json.load(open(sys.argv[1])))\n"
                        + "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())", file.toString()));
    }

    /** The JSON-LD export keeps every named graph of the store, quad for quad. */
    @Test
    void jsonLdKeepsTheNamedGraphs() {
        String json = Txn.calculateRead(store.dataset(), () -> JsonLdDump.write(store.datasetGraph()));
        DatasetGraph back = DatasetGraphFactory.create();
        RDFDataMgr.read(back, new StringReader(json), null, Lang.JSONLD);
        Txn.executeRead(store.dataset(), () -> {
            List<Node> graphs = new java.util.ArrayList<>();
            store.datasetGraph().listGraphNodes().forEachRemaining(graphs::add);
            assertTrue(graphs.size() >= 5, "one graph per article");
            assertEquals(graphs.size(), back.size());
            for (Node g : graphs) {
                assertTrue(store.datasetGraph().getGraph(g).isIsomorphicWith(back.getGraph(g)), "graph " + g);
            }
        });
    }

    private static final String GEXF = "http://www.gexf.net/1.2draft";
    private static final String PREFIXES = "PREFIX dais: <https://w3id.org/dais/ontology#> PREFIX org: <http://www.w3.org/ns/org#> "
            + "PREFIX schema: <http://schema.org/> ";

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** networkx (Debian's python3-networkx) reads the file with the same node and edge counts. */
    private static void readWithNetworkx(Path file, String reader) throws Exception {
        assertEquals(graph.nodes().size() + " " + graph.edges().size(),
                python("import sys, networkx as nx\ng = getattr(nx, sys.argv[1])(sys.argv[2])\nprint(g.number_of_nodes(), g.number_of_edges())",
                        reader, file.toString()));
    }

    /** Runs a Python script that uses networkx; skipped (outside CI) where networkx is not installed. */
    private static String python(String script, String... args) throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin/python3"));
        if (System.getenv("CI") != null) assertTrue(present);
        assumeTrue(present);
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/python3", "-c", script));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        if (out.contains("No module named 'networkx'") && System.getenv("CI") == null) assumeTrue(false, "networkx not installed");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static Set<String> ids(NodeList list, String attribute) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.getLength(); i++) ids.add(((Element) list.item(i)).getAttribute(attribute));
        return ids;
    }
}
