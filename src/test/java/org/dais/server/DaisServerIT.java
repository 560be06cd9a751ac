package org.dais.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.store.DaisStore;

/**
 * The real server on a free port over a small hand-made TDB2 store, spoken to over HTTP: the
 * union default graph, read-only endpoints, the UI, CORS, admin writes, the loopback bind, the
 * query timeout, the result-size limit, and the password-protected update endpoint.
 */
class DaisServerIT {
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String GRAPH_A = "urn:dais:test:doc-a";
    static final String GRAPH_B = "urn:dais:test:doc-b";
    static final String INSERT = "INSERT DATA { <urn:x> <urn:p> <urn:y> }";
    static final String ASK_INSERTED = "ASK { { <urn:x> <urn:p> <urn:y> } UNION { GRAPH ?g { <urn:x> <urn:p> <urn:y> } } }";

    @TempDir
    static Path dir;
    static DaisStore store;
    static DaisServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        store = DaisStore.open(dir.resolve("tdb2"));
        fillWithPeople(store);
        server = DaisServer.start(store, new ServerOptions("localhost", 0, null, false, 10_000, ServerOptions.DEFAULT_MAX_RESULTS, dir.resolve("fuseki")));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    /** Alice and Bob in document A; Bob again and Carol in document B: three distinct people. */
    static void fillWithPeople(DaisStore target) {
        target.replaceDocument(GRAPH_A, people("alice", "Alice", "bob", "Bob"));
        target.replaceDocument(GRAPH_B, people("bob", "Bob", "carol", "Carol"));
    }

    private static Model people(String... keysAndNames) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < keysAndNames.length; i += 2) {
            Resource p = m.createResource("urn:dais:test:person:" + keysAndNames[i]);
            p.addProperty(RDF.type, m.createResource(FOAF + "Person"));
            p.addProperty(m.createProperty(FOAF + "name"), keysAndNames[i + 1]);
        }
        return m;
    }

    // ---- HTTP helpers

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            // Jetty may close a connection after refusing a request whose body it did not read; the
            // pooled connection is then dead. A fresh client asks again (the server's answer is what is tested).
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    /** A SPARQL query by POST (form), JSON results. */
    static HttpResponse<String> query(String url, String sparql) throws Exception {
        return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build());
    }

    /** A SPARQL query by GET, JSON results. */
    static HttpResponse<String> queryByGet(String url, String sparql) throws Exception {
        return send(request(url + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))
                .header("Accept", "application/sparql-results+json").GET().build());
    }

    static HttpResponse<String> update(String url, String sparqlUpdate, String authorization) throws Exception {
        HttpRequest.Builder b = request(url).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate));
        if (authorization != null) b.header("Authorization", authorization);
        return send(b.build());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static long count(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        JsonObject binding = JSON.parse(response.body()).get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject();
        return Long.parseLong(binding.get("n").getAsObject().get("value").getAsString().value());
    }

    static boolean ask(String sparqlUrl, String ask) throws Exception {
        HttpResponse<String> r = query(sparqlUrl, ask);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body()).get("boolean").getAsBoolean().value();
    }

    static void assertClientError(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + " answered " + r.statusCode());
    }

    // ---- (a) queries see the union of the document graphs

    @Test
    void queriesSeeTheUnionOfTheDocumentGraphs() throws Exception {
        String persons = "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <http://xmlns.com/foaf/0.1/Person> }";
        assertEquals(3, count(query(server.sparqlUrl(), persons)));
        assertEquals(server.baseUrl() + "/dais/sparql", server.sparqlUrl());
        // The same at every query URL, by POST and by GET.
        for (String endpoint : List.of("/dais/sparql", "/dais/query", "/dais")) {
            assertEquals(3, count(query(server.baseUrl() + endpoint, persons)), endpoint);
            assertEquals(3, count(queryByGet(server.baseUrl() + endpoint, persons)), endpoint);
        }
        // The named graphs stay addressable: two documents, Bob in both (and the derived summary
        // graph, which mirrors the documents' names once).
        assertEquals(2, count(query(server.sparqlUrl(), "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER (?g != <https://w3id.org/dais/ontology#summary>) }")));
        assertEquals(2, count(query(server.sparqlUrl(),
                "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { <urn:dais:test:person:bob> a ?t } }")));
    }

    @Test
    void graphStoreReadsWork() throws Exception {
        HttpResponse<String> named = send(request(server.baseUrl() + "/dais/get?graph=" + URLEncoder.encode(GRAPH_A, StandardCharsets.UTF_8))
                .header("Accept", "application/n-triples").GET().build());
        assertEquals(200, named.statusCode());
        assertEquals(4, named.body().lines().filter(l -> !l.isBlank()).count(), named.body());
        assertTrue(named.body().contains("urn:dais:test:person:alice"));
        HttpResponse<String> dataset = send(request(server.baseUrl() + "/dais?graph=" + URLEncoder.encode(GRAPH_B, StandardCharsets.UTF_8))
                .header("Accept", "text/turtle").GET().build());
        assertEquals(200, dataset.statusCode());
        assertTrue(dataset.body().contains("carol"));
    }

    // ---- (b), (c) no writes of any kind

    @Test
    void refusesUpdatesEverywhere() throws Exception {
        for (String endpoint : List.of("/dais/update", "/dais/sparql", "/dais/query", "/dais", "/dais/get")) {
            assertClientError(update(server.baseUrl() + endpoint, INSERT, null), "update at " + endpoint);
            // An update sent as an HTML form, too.
            HttpResponse<String> form = send(request(server.baseUrl() + endpoint).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8))).build());
            assertClientError(form, "form update at " + endpoint);
        }
        assertFalse(ask(server.sparqlUrl(), ASK_INSERTED));
    }

    @Test
    void refusesGraphStoreWrites() throws Exception {
        String turtle = "<urn:x> <urn:p> <urn:y> .";
        for (String target : List.of("/dais/data?default", "/dais?default", "/dais/get?default", "/dais/data?graph=urn:g", "/dais?graph=urn:g")) {
            String url = server.baseUrl() + target;
            assertClientError(send(request(url).header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle)).build()),
                    "GSP PUT " + target);
            assertClientError(send(request(url).header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(turtle)).build()),
                    "GSP POST " + target);
        }
        assertClientError(send(request(server.baseUrl() + "/dais?graph=" + URLEncoder.encode(GRAPH_A, StandardCharsets.UTF_8)).DELETE().build()),
                "GSP DELETE");
        assertFalse(ask(server.sparqlUrl(), ASK_INSERTED));
        assertEquals(3, count(query(server.sparqlUrl(), "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <http://xmlns.com/foaf/0.1/Person> }")));
    }

    // ---- (d) the UI, (e) the admin area, (f) CORS

    @Test
    void servesTheQueryPage() throws Exception {
        HttpResponse<String> ui = send(request(server.baseUrl() + "/").GET().build());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(ui.body().toLowerCase().contains("<html"));
        // What the UI reads to show the server and its datasets.
        for (String path : List.of("/$/ping", "/$/server", "/$/datasets", "/$/stats")) {
            assertEquals(200, send(request(server.baseUrl() + path).GET().build()).statusCode(), path);
        }
        assertTrue(send(request(server.baseUrl() + "/$/datasets").GET().build()).body().contains("\"/dais\""));
    }

    @Test
    void refusesAdminWritesWithoutAPassword() throws Exception {
        for (String path : List.of("/$/datasets?dbName=intruder&dbType=mem", "/$/datasets?dbName=intruder2&dbType=tdb2",
                "/$/datasets/dais?state=offline", "/$/backup/dais", "/$/compact/dais", "/$/server", "/$/tasks")) {
            HttpResponse<String> r = send(request(server.baseUrl() + path).POST(HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(403, r.statusCode(), path);
        }
        // The same with credentials: there is no password that opens them.
        HttpResponse<String> withAuth = send(request(server.baseUrl() + "/$/datasets?dbName=intruder&dbType=mem")
                .header("Authorization", basic("admin", "admin")).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(403, withAuth.statusCode());
        assertEquals(403, send(request(server.baseUrl() + "/$/datasets/dais").DELETE().build()).statusCode());

        HttpResponse<String> list = send(request(server.baseUrl() + "/$/datasets").GET().build());
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("/dais") && !list.body().contains("intruder"), list.body());
        assertEquals(3, count(query(server.sparqlUrl(), "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <http://xmlns.com/foaf/0.1/Person> }")));
        try (var backups = Files.list(server.fusekiBase().resolve("backups"))) {
            assertEquals(0, backups.count());
        }
    }

    @Test
    void answersCors() throws Exception {
        String origin = "http://example.org";
        HttpResponse<String> preflight = send(request(server.sparqlUrl()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, preflight.statusCode());
        // Not on the credentialed allow-list: any origin reads, anonymously.
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        HttpResponse<String> get = send(request(server.sparqlUrl() + "?query=ASK%7B%7D").header("Origin", origin).GET().build());
        assertEquals(200, get.statusCode());
        String allowedGet = get.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(allowedGet.equals(origin) || allowedGet.equals("*"), "GET Access-Control-Allow-Origin: " + allowedGet);
    }

    // ---- binding, work folder, timeout

    @Test
    void bindsToLoopbackByDefault() throws Exception {
        assertEquals("localhost", ServerOptions.defaults().host());
        assertEquals(3030, ServerOptions.defaults().port());
        assertEquals(null, ServerOptions.defaults().adminPassword());
        assertFalse(ServerOptions.defaults().allowUpdate());
        assertEquals(30_000, ServerOptions.defaults().queryTimeoutMillis());
        assertTrue(server.baseUrl().startsWith("http://localhost:"));

        InetSocketAddress bound = server.boundAddress();
        assertTrue(bound.getAddress().isLoopbackAddress(), "bound to " + bound);
        assertEquals(server.port(), bound.getPort());
        assertTrue(server.port() > 0);
        // Reachable at the loopback address itself.
        String literal = bound.getAddress() instanceof java.net.Inet6Address ? "[::1]" : "127.0.0.1";
        assertEquals(200, send(request("http://" + literal + ":" + server.port() + "/$/ping").GET().build()).statusCode());
        try (Socket s = new Socket(bound.getAddress(), bound.getPort())) {
            assertTrue(s.isConnected());
        }
    }

    @Test
    void thePortIsHeldFromBindingWhileTheStoreFillsAndServedOnThatVerySocket(@TempDir Path other) throws Exception {
        ListeningPort listening = ListeningPort.bind("localhost", 0);
        int port = listening.port();
        assertTrue(port > 0);
        try (DaisStore filling = DaisStore.open(other.resolve("tdb2"))) {
            // While the caller ingests under IRIs naming the port, no one else can take it.
            assertThrows(PortInUse.class, () -> ListeningPort.bind("localhost", port).close());
            fillWithPeople(filling);
            try (DaisServer served = DaisServer.start(filling,
                    new ServerOptions("localhost", port, null, false, 10_000, ServerOptions.DEFAULT_MAX_RESULTS, other.resolve("fuseki")), listening)) {
                assertEquals(port, served.port());
                assertEquals(port, served.boundAddress().getPort());
                assertEquals(3, count(query(served.sparqlUrl(), "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <http://xmlns.com/foaf/0.1/Person> }")));
            }
            // The server owned the socket and closed it with itself.
            assertFalse(listening.channel().isOpen());
        } finally {
            listening.close();
        }
    }

    @Test
    void aServerAskedForAnotherPortThanItsSocketsDoesNotStartAndLetsTheSocketGo(@TempDir Path other) {
        ListeningPort listening = ListeningPort.bind("localhost", 0);
        int otherPort = listening.port() == 65535 ? 65534 : listening.port() + 1;
        assertThrows(IllegalArgumentException.class, () -> DaisServer.start(store,
                new ServerOptions("localhost", otherPort, null, false, 10_000, ServerOptions.DEFAULT_MAX_RESULTS, other.resolve("fuseki")), listening));
        assertFalse(listening.channel().isOpen());
    }

    @Test
    void usesTheGivenFusekiWorkFolder() {
        assumeTrue(System.getenv("FUSEKI_BASE") == null, "FUSEKI_BASE set in the environment");
        assertEquals(dir.resolve("fuseki").toAbsolutePath().normalize(), server.fusekiBase());
        assertTrue(Files.isRegularFile(server.fusekiBase().resolve("config.ttl")));
        assertTrue(Files.isDirectory(server.fusekiBase().resolve("configuration")));
    }

    @Test
    void neverPrintsThePassword() {
        ServerOptions o = new ServerOptions("localhost", 0, "s3cret", true, 1000, ServerOptions.DEFAULT_MAX_RESULTS, dir.resolve("x"));
        assertFalse(o.toString().contains("s3cret"));
        assertTrue(o.updatesEnabled());
        assertFalse(new ServerOptions("localhost", 0, null, true, 1000, ServerOptions.DEFAULT_MAX_RESULTS, null).updatesEnabled());
        assertFalse(new ServerOptions("localhost", 0, "  ", true, 1000, ServerOptions.DEFAULT_MAX_RESULTS, null).updatesEnabled());
    }

    @Test
    void cancelsLongQueries(@TempDir Path other) throws Exception {
        DaisServer quick = DaisServer.start(store,
                new ServerOptions("localhost", 0, null, false, 500, ServerOptions.DEFAULT_MAX_RESULTS, other.resolve("fuseki")));
        try {
            // Twelve independent patterns over the 8 triples: 8^12 rows, far beyond half a second.
            StringBuilder q = new StringBuilder("SELECT (COUNT(*) AS ?n) {");
            for (int i = 0; i < 12; i++) q.append(" ?s").append(i).append(" ?p").append(i).append(" ?o").append(i).append(" .");
            q.append(" }");
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(quick.sparqlUrl(), q.toString());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(millis < 30_000, "took " + millis + " ms");
            // A short query still answers.
            assertEquals(3, count(query(quick.sparqlUrl(), "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <http://xmlns.com/foaf/0.1/Person> }")));
        } finally {
            quick.close();
        }
    }

    // ---- result-size limit

    static final String ALL_TRIPLES = "SELECT * { ?s ?p ?o }";

    /** The number of rows of a JSON SELECT answer. */
    static int rows(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.parse(response.body()).get("results").getAsObject().get("bindings").getAsArray().size();
    }

    static String capHeader(HttpResponse<String> response) {
        return response.headers().firstValue(ResultLimit.HEADER).orElse(null);
    }

    @Test
    void capsAnswersAtTheResultLimit(@TempDir Path other) throws Exception {
        DaisServer capped = DaisServer.start(store, new ServerOptions("localhost", 0, null, false, 10_000, 5, other.resolve("fuseki")));
        try {
            // The store holds more than 5 triples; a COUNT is one row, so it is not capped.
            long total = count(query(capped.sparqlUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
            assertTrue(total > 5, "only " + total + " triples in the test store");

            for (String endpoint : List.of("/dais/sparql", "/dais/query", "/dais")) {
                String url = capped.baseUrl() + endpoint;
                HttpResponse<String> post = query(url, ALL_TRIPLES);
                assertEquals(5, rows(post), endpoint);
                assertEquals("5", capHeader(post), endpoint);
                HttpResponse<String> get = queryByGet(url, ALL_TRIPLES);
                assertEquals(5, rows(get), endpoint);
                assertEquals("5", capHeader(get), endpoint);
            }
            // The query in the body (application/sparql-query) is capped too.
            HttpResponse<String> body = send(request(capped.sparqlUrl()).header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(ALL_TRIPLES)).build());
            assertEquals(5, rows(body));

            // A lower LIMIT of the query's own is kept, and nothing was capped.
            HttpResponse<String> three = query(capped.sparqlUrl(), ALL_TRIPLES + " LIMIT 3");
            assertEquals(3, rows(three));
            assertEquals(null, capHeader(three));
            // A higher one is lowered.
            HttpResponse<String> thousand = query(capped.sparqlUrl(), ALL_TRIPLES + " LIMIT 1000");
            assertEquals(5, rows(thousand));
            assertEquals("5", capHeader(thousand));
            // OFFSET is kept, so a client can page past the cap.
            HttpResponse<String> page2 = query(capped.sparqlUrl(), ALL_TRIPLES + " ORDER BY ?s ?p ?o OFFSET 5");
            assertEquals(Math.min(total - 5, 5), rows(page2));

            // CONSTRUCT: 5 solutions, here one triple each.
            HttpResponse<String> graph = send(request(capped.sparqlUrl() + "?query="
                    + URLEncoder.encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", StandardCharsets.UTF_8))
                    .header("Accept", "application/n-triples").GET().build());
            assertEquals(200, graph.statusCode(), graph.body());
            assertEquals(5, graph.body().lines().filter(l -> !l.isBlank()).count(), graph.body());
            assertEquals("5", capHeader(graph));

            // DESCRIBE of a named resource (no WHERE clause) still answers under a cap.
            HttpResponse<String> describe = send(request(capped.sparqlUrl() + "?query="
                    + URLEncoder.encode("DESCRIBE <urn:dais:test:person:carol>", StandardCharsets.UTF_8))
                    .header("Accept", "application/n-triples").GET().build());
            assertEquals(200, describe.statusCode(), describe.body());
            assertTrue(describe.body().contains("Carol"), describe.body());

            // ASK is one boolean: left alone.
            HttpResponse<String> ask = query(capped.sparqlUrl(), "ASK { <urn:dais:test:person:carol> ?p ?o }");
            assertEquals(200, ask.statusCode(), ask.body());
            assertTrue(JSON.parse(ask.body()).get("boolean").getAsBoolean().value());
            assertEquals(null, capHeader(ask));
        } finally {
            capped.close();
        }
    }

    @Test
    void withoutAResultLimitEveryRowComesBack(@TempDir Path other) throws Exception {
        assertEquals(0, new ServerOptions("localhost", 0, null, false, 10_000, -1, null).maxResults());
        DaisServer unlimited = DaisServer.start(store, new ServerOptions("localhost", 0, null, false, 10_000, 0, other.resolve("fuseki")));
        try {
            long total = count(query(unlimited.sparqlUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
            HttpResponse<String> all = query(unlimited.sparqlUrl(), ALL_TRIPLES);
            assertEquals(total, rows(all));
            assertEquals(null, capHeader(all));
        } finally {
            unlimited.close();
        }
    }

    @Test
    void theResultLimitIsOnByDefault() throws Exception {
        assertEquals(100_000, ServerOptions.defaults().maxResults());
        assertTrue(ServerOptions.defaults().limitsResults());
        // What `serve` without options asks for.
        org.dais.cli.ServeCommand serve = new org.dais.cli.ServeCommand();
        new picocli.CommandLine(serve).parseArgs();
        assertEquals(ServerOptions.DEFAULT_MAX_RESULTS, serve.serverOptions().maxResults());
        assertEquals(ServerOptions.DEFAULT_QUERY_TIMEOUT_MILLIS, serve.serverOptions().queryTimeoutMillis());
        org.dais.cli.ServeCommand off = new org.dais.cli.ServeCommand();
        new picocli.CommandLine(off).parseArgs("--max-results", "0");
        assertFalse(off.serverOptions().limitsResults());
        // This class's server runs with the default: an unbounded query is capped at it.
        assertEquals(Long.toString(ServerOptions.DEFAULT_MAX_RESULTS), capHeader(query(server.sparqlUrl(), ALL_TRIPLES)));
    }

    // ---- (g) with an operator password

    @Test
    void anOperatorPasswordOpensAProtectedUpdateEndpoint(@TempDir Path other) throws Exception {
        try (DaisStore scratch = DaisStore.open(other.resolve("tdb2"))) {
            fillWithPeople(scratch);
            DaisServer writable = DaisServer.start(scratch,
                    new ServerOptions("localhost", 0, "s3cret", true, 10_000, ServerOptions.DEFAULT_MAX_RESULTS, other.resolve("fuseki")));
            try {
                String url = writable.baseUrl() + "/dais/update";
                String insert = "INSERT DATA { GRAPH <urn:dais:g> { <urn:x> <urn:p> <urn:y> } }";
                HttpResponse<String> anonymous = update(url, insert, null);
                assertEquals(401, anonymous.statusCode());
                assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").toLowerCase().startsWith("basic"));
                assertEquals(401, update(url, insert, basic("admin", "guess")).statusCode());
                assertEquals(401, update(url, insert, basic("root", "s3cret")).statusCode());
                assertFalse(ask(writable.sparqlUrl(), ASK_INSERTED));

                HttpResponse<String> ok = update(url, insert, basic("admin", "s3cret"));
                assertTrue(ok.statusCode() >= 200 && ok.statusCode() < 300, "authorized update answered " + ok.statusCode());
                assertTrue(ask(writable.sparqlUrl(), ASK_INSERTED));

                // Still no update at the query endpoints, nor GSP writes.
                assertClientError(update(writable.sparqlUrl(), INSERT, basic("admin", "s3cret")), "update at /dais/sparql");
                assertClientError(update(writable.baseUrl() + "/dais", INSERT, basic("admin", "s3cret")), "update at /dais");
                assertClientError(send(request(writable.baseUrl() + "/dais?default").header("Authorization", basic("admin", "s3cret"))
                        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build()),
                        "GSP PUT with credentials");

                // Admin writes: credentials needed, and they work.
                String create = writable.baseUrl() + "/$/datasets?dbName=scratch&dbType=mem";
                assertEquals(401, send(request(create).POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
                assertEquals(401, send(request(create).header("Authorization", basic("admin", "guess"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
                assertEquals(200, send(request(create).header("Authorization", basic("admin", "s3cret"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
                assertTrue(send(request(writable.baseUrl() + "/$/datasets").GET().build()).body().contains("/scratch"));
            } finally {
                writable.close();
            }
        }
    }

    @Test
    void updatesNeedBothTheSwitchAndAPassword(@TempDir Path other) throws Exception {
        try (DaisStore scratch = DaisStore.open(other.resolve("tdb2"))) {
            for (ServerOptions options : List.of(
                    new ServerOptions("localhost", 0, null, true, 10_000, ServerOptions.DEFAULT_MAX_RESULTS, other.resolve("fuseki")),
                    new ServerOptions("localhost", 0, "s3cret", false, 10_000, ServerOptions.DEFAULT_MAX_RESULTS, other.resolve("fuseki")))) {
                DaisServer s = DaisServer.start(scratch, options);
                try {
                    for (String auth : new String[] {null, basic("admin", "s3cret")}) {
                        HttpResponse<String> r = update(s.baseUrl() + "/dais/update", INSERT, auth);
                        assertClientError(r, options + (auth == null ? "" : " with credentials"));
                    }
                    assertFalse(ask(s.sparqlUrl(), ASK_INSERTED), options.toString());
                } finally {
                    s.close();
                }
            }
        }
    }
}
