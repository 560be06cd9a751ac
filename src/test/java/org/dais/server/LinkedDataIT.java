package org.dais.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;
import org.dais.store.Ontology;

/**
 * Linked-data consumers, against the real server: dereferencing, content negotiation, VoID,
 * dumps, escaping, and clients dais did not write (rdflib, rapper, SPARQLWrapper).
 */
class LinkedDataIT {
    @TempDir
    static Path dir;
    static DaisStore store;
    static DaisServer server;
    static String base;
    static ListeningPort listening;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        // Entities are minted under the server's own address so that their IRIs resolve here.
        // Bound now and held while the seeds are ingested under IRIs that name it.
        listening = ListeningPort.bind("localhost", 0);
        base = IriMinter.baseFor("localhost", listening.port());
        store = DaisStore.open(dir.resolve("tdb2"));
        Ontology.install(store);
        Path articles = Files.createDirectories(dir.resolve("articles"));
        for (Path seed : Files.list(Path.of("seeds")).toList()) Files.copy(seed, articles.resolve(seed.getFileName()));
        // An article carrying markup, to prove every page escapes article text.
        Files.writeString(articles.resolve("hostile.txt"), "Pyongyang, May 2 (KCNA) -- Ryu Chang Sok, chief secretary of the Kumya "
                + "County Party Committee, made a report <script>alert('x')</script> at the meeting.\n", StandardCharsets.UTF_8);
        new Ingester(new Pipeline(new IriMinter(base)), store).ingest(List.of(articles), line -> {});
        server = DaisServer.start(store, new ServerOptions("localhost", listening.port(), null, false, 10_000, ServerOptions.DEFAULT_MAX_RESULTS, dir.resolve("fuseki"), base), listening);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (listening != null) listening.close(); // the server has closed it; else the ingest failed and it is let go here
        if (store != null) store.close();
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static boolean onCi() { return System.getenv("CI") != null; }

    /** A third-party client: present on CI (installed by .ci/run), else the test is skipped. */
    static void requireTool(String path) {
        boolean present = Files.isExecutable(Path.of(path));
        if (onCi()) assertTrue(present, path + " must be installed by .ci/run");
        assumeTrue(present, path + " not installed");
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + out);
        return out;
    }

    @Test
    void aPersonDereferencesInEveryFormat() throws Exception {
        String iri = base + "person/jo-yong-won";
        for (String accept : List.of("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml", "text/html")) {
            HttpResponse<String> r = get(iri, accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), accept);
            assertTrue(r.body().contains("Jo Yong Won"), accept);
        }
        assertTrue(get(iri, "text/html").body().contains("secretary"), "the page lists the offices");
        Model turtle = ModelFactory.createDefaultModel();
        RDFDataMgr.read(turtle, new java.io.StringReader(get(iri, "text/turtle").body()), iri, Lang.TURTLE);
        Resource person = turtle.createResource(iri);
        assertTrue(person.hasProperty(org.apache.jena.sparql.vocabulary.FOAF.name, "Jo Yong Won"));
        assertTrue(person.hasProperty(org.apache.jena.vocabulary.ORG.holds));
    }

    @Test
    void unknownIrisAreNotFound() throws Exception {
        assertEquals(404, get(base + "person/no-such-person", "text/turtle").statusCode());
    }

    @Test
    void rdflibParsesEveryFormatIntoIsomorphicGraphs() throws Exception {
        requireTool("/usr/bin/python3");
        String iri = base + "person/jo-yong-won";
        Path files = Files.createDirectories(dir.resolve("client"));
        String[][] formats = {{"text/turtle", "turtle", "ttl"}, {"application/ld+json", "json-ld", "jsonld"},
            {"application/n-triples", "nt", "nt"}, {"application/rdf+xml", "xml", "rdf"}};
        List<String> args = new ArrayList<>(List.of("/usr/bin/python3", "-c", """
                import sys
                from rdflib import Graph
                from rdflib.compare import isomorphic
                graphs = []
                for arg in sys.argv[1:]:
                    path, fmt = arg.split('|')
                    g = Graph()
                    g.parse(path, format=fmt)
                    graphs.append(g)
                assert all(len(g) > 10 for g in graphs), [len(g) for g in graphs]
                assert all(isomorphic(graphs[0], g) for g in graphs[1:]), [len(g) for g in graphs]
                print('isomorphic', len(graphs[0]))
                """));
        for (String[] f : formats) {
            Path file = files.resolve("person." + f[2]);
            Files.writeString(file, get(iri, f[0]).body(), StandardCharsets.UTF_8);
            args.add(file + "|" + f[1]);
        }
        String out = run(args.toArray(String[]::new));
        assertTrue(out.startsWith("isomorphic"), out);
    }

    /** A person's page lists the facts the articles state, not the summary derived from them; a summary node is no entity. */
    @Test
    void entityPagesShowNoSummaryStatements() throws Exception {
        Model person = ModelFactory.createDefaultModel();
        RDFDataMgr.read(person, new java.io.StringReader(get(base + "person/jo-yong-won", "text/turtle").body()), null, Lang.TURTLE);
        assertTrue(person.contains(null, org.apache.jena.vocabulary.ORG.member, person.createResource(base + "person/jo-yong-won")), "the page has the tenures");
        assertTrue(!person.contains(null, org.dais.rdf.DAIS.summaryOf, (org.apache.jena.rdf.model.RDFNode) null)
                && !person.contains(null, org.dais.rdf.DAIS.attestedIn, (org.apache.jena.rdf.model.RDFNode) null), "no summary statement on the page");
        String summaryNode = org.dais.rdf.IriMinter.officeSummary(base + "person/jo-yong-won",
                person.listObjectsOfProperty(person.createResource(base + "person/jo-yong-won"), org.apache.jena.vocabulary.ORG.holds).next().asResource().getURI());
        assertTrue(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + org.dais.store.OfficeSummary.GRAPH + "> { <" + summaryNode + "> ?p ?o } }") > 0,
                "the summary node is in the store");
        assertEquals(404, get(summaryNode, "text/turtle").statusCode(), "and dereferences to nothing");
    }

    @Test
    void rapperValidatesTurtleAndNTriples() throws Exception {
        requireTool("/usr/bin/rapper");
        Path files = Files.createDirectories(dir.resolve("rapper"));
        Path ttl = files.resolve("dump.ttl"), nt = files.resolve("person.nt");
        Files.writeString(ttl, get(server.baseUrl() + "/dais/dump.ttl", null).body(), StandardCharsets.UTF_8);
        Files.writeString(nt, get(base + "person/jo-yong-won", "application/n-triples").body(), StandardCharsets.UTF_8);
        String a = run("/usr/bin/rapper", "-i", "turtle", "-c", ttl.toString());
        String b = run("/usr/bin/rapper", "-i", "ntriples", "-c", nt.toString());
        assertTrue(a.contains("returned") && b.contains("returned"), a + b);
    }

    @Test
    void sparqlWrapperQueriesTheEndpoint() throws Exception {
        requireTool("/usr/bin/python3");
        String out = run("/usr/bin/python3", "-c", """
                import sys
                from SPARQLWrapper import SPARQLWrapper, JSON
                s = SPARQLWrapper(sys.argv[1])
                s.setQuery('PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT (COUNT(DISTINCT ?n) AS ?c) { ?p foaf:name ?n }')
                s.setReturnFormat(JSON)
                print(s.query().convert()['results']['bindings'][0]['c']['value'])
                """, server.sparqlUrl());
        assertEquals("41", out.strip(), "40 seed names and one from the hostile article");
    }

    @Test
    void voidCountsEqualSparqlCounts() throws Exception {
        Model voidModel = ModelFactory.createDefaultModel();
        String url = server.baseUrl() + "/.well-known/void";
        RDFDataMgr.read(voidModel, new java.io.StringReader(get(url, "text/turtle").body()), url, Lang.TURTLE);
        String v = "http://rdfs.org/ns/void#";
        Resource ds = voidModel.createResource(url + "#dais");
        long triples = ds.getProperty(voidModel.createProperty(v, "triples")).getLong();
        // The data: the documents' graphs, not the ontology's or the summary's (subsets of their own).
        String summary = org.dais.store.OfficeSummary.GRAPH;
        assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + Ontology.GRAPH + "> && ?g != <" + summary + ">) }"), triples);
        Resource summarySubset = voidModel.createResource(url + "#summary");
        assertTrue(ds.hasProperty(voidModel.createProperty(v, "subset"), summarySubset), "the summary is a subset of its own");
        long summaryTriples = count("SELECT (COUNT(*) AS ?n) { GRAPH <" + summary + "> { ?s ?p ?o } }");
        assertTrue(summaryTriples > 0);
        assertEquals(summaryTriples, summarySubset.getProperty(voidModel.createProperty(v, "triples")).getLong());
        assertTrue(ds.hasProperty(voidModel.createProperty(v, "sparqlEndpoint"), voidModel.createResource(server.sparqlUrl())));
        assertEquals(3, ds.listProperties(voidModel.createProperty(v, "dataDump")).toList().size());
        int partitions = 0;
        for (var s : ds.listProperties(voidModel.createProperty(v, "classPartition")).toList()) {
            Resource p = s.getResource();
            String cls = p.getPropertyResourceValue(voidModel.createProperty(v, "class")).getURI();
            long entities = p.getProperty(voidModel.createProperty(v, "entities")).getLong();
            assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a <" + cls + "> } FILTER(?g != <" + Ontology.GRAPH + "> && ?g != <"
                    + summary + ">) }"), entities, cls);
            partitions++;
        }
        assertTrue(partitions >= 6);
    }

    @Test
    void dumpsHoldTheWholeStore() throws Exception {
        String nq = get(server.baseUrl() + "/dais/dump.nq", null).body();
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFDataMgr.read(dsg, new java.io.StringReader(nq), null, Lang.NQUADS);
        // Every quad but the office summary's: derived data, made again by whatever loads the dump.
        var summary = org.apache.jena.graph.NodeFactory.createURI(org.dais.store.OfficeSummary.GRAPH);
        long quads = Txn.calculateRead(store.dataset(), () -> store.datasetGraph().stream().filter(q -> !q.getGraph().equals(summary)).count());
        assertTrue(Txn.calculateRead(store.dataset(), () -> store.datasetGraph().containsGraph(summary)), "the store has a summary to leave out");
        assertEquals(quads, dsg.stream().count());
        assertTrue(!dsg.containsGraph(summary));
        String ttl = get(server.baseUrl() + "/dais/dump.ttl", null).body();
        Model dumped = ModelFactory.createDefaultModel();
        RDFDataMgr.read(dumped, new java.io.StringReader(ttl), null, Lang.TURTLE);
        assertTrue(!dumped.contains(null, org.dais.rdf.DAIS.summaryOf, (org.apache.jena.rdf.model.RDFNode) null)
                && !dumped.contains(null, org.apache.jena.vocabulary.RDF.type, org.dais.rdf.DAIS.OfficeSummary), "the Turtle dump shows no summary statement");
        // The JSON-LD dump keeps the named graphs too (issue 14): the same quads, graph by graph.
        var jsonld = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFDataMgr.read(jsonld, new java.io.StringReader(get(server.baseUrl() + "/dais/dump.jsonld", null).body()), null, Lang.JSONLD);
        assertEquals(quads, jsonld.stream().count());
        assertEquals(dsg.size(), jsonld.size(), "as many named graphs as dump.nq");
    }

    @Test
    void ontologyAndContextAreServed() throws Exception {
        HttpResponse<String> ttl = get(server.baseUrl() + "/ontology", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.body().contains("Tenure"));
        HttpResponse<String> html = get(server.baseUrl() + "/ontology", "text/html");
        assertTrue(html.body().contains("<html"));
        HttpResponse<String> context = get(server.baseUrl() + "/context.jsonld", null);
        assertTrue(context.body().contains("\"holds\""));
    }

    @Test
    void pagesEscapeArticleText() throws Exception {
        HttpResponse<String> page = get(base + "person/ryu-chang-sok-kumya-county-party-committee", "text/html");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("&lt;script&gt;alert("), "the evidence sentence is shown, escaped");
        assertFalse(page.body().contains("<script>alert("), "no markup from an article reaches the page");
    }

    @Test
    void explorerSearchCannotInjectSparql() throws Exception {
        for (String attack : List.of("\" } { ?s ?p ?o } #", "') } UNION { ?s ?p ?o } #", "x\\\" . ?s ?p ?o", "}}}{{{", "\"\"\"")) {
            HttpResponse<String> r = get(server.baseUrl() + "/explore/search?q=" + java.net.URLEncoder.encode(attack, StandardCharsets.UTF_8), null);
            assertEquals(200, r.statusCode(), attack);
            assertEquals("[]", r.body(), "the text is a literal to search for, not query syntax: " + attack);
        }
        HttpResponse<String> ok = get(server.baseUrl() + "/explore/search?q=" + java.net.URLEncoder.encode("jo yong", StandardCharsets.UTF_8), null);
        assertTrue(ok.body().contains("Jo Yong Won"), ok.body());
        HttpResponse<String> badIri = get(server.baseUrl() + "/explore/graph?id=" + java.net.URLEncoder.encode("> } DROP ALL #", StandardCharsets.UTF_8), null);
        assertEquals(200, badIri.statusCode());
        assertTrue(badIri.body().contains("\"nodes\":[]"), badIri.body());
    }

    @Test
    void requestBodiesAreSizeLimited() throws Exception {
        // Declared too long: the server must refuse on the headers alone, before any of the body is
        // sent. A raw socket, because the JDK 17 client waits forever for a 100 that a refusing
        // server never sends (JDK-8286171), and a client sending blind races the refusal.
        URI endpoint = URI.create(server.sparqlUrl());
        try (java.net.Socket socket = new java.net.Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + endpoint.getRawPath() + " HTTP/1.1\r\nHost: " + endpoint.getHost() + ":" + endpoint.getPort()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + (2 << 20)
                    + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertNotNull(statusLine, "the server answers before the body is sent");
            assertTrue(statusLine.matches("HTTP/1\\.1 413\\b.*"), statusLine);
        }
        // Sent blind, the body may be refused with a 413 or, when the server closes the connection
        // while the body is still on its way, with a reset (RFC 9112 9.6); never read as a query.
        String huge = "query=" + "SELECT * { ?s ?p ?o } #" + "x".repeat(2 << 20);
        try {
            HttpResponse<String> blind = http.send(HttpRequest.newBuilder(endpoint).timeout(java.time.Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, blind.statusCode());
        } catch (java.net.http.HttpTimeoutException hung) {
            throw new AssertionError("the server neither answered nor closed an oversized upload", hung);
        } catch (IOException closedWhileSending) {
            // the refusal raced the upload; what matters is that the server goes on answering, below
        }
        HttpResponse<String> small = http.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=ASK%7B%7D")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, small.statusCode(), "ordinary queries pass");
    }

    static long count(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
