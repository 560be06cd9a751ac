package org.dais.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
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
 * The server as the open web meets it, on a free port over the seeds: CORS without credentials
 * for strangers, content negotiation with 406, validators and 304, Link alternates, the ontology's
 * suffixes, the SPARQL service description, VoID counts, path traversal, oversized and trickled
 * requests, slowed password guessing, and Comunica (a client dais did not write) following links
 * from one person to another.
 */
class OpenWebIT {
    static final String TRUSTED = "https://trusted.example";
    static final String HOSTILE = "https://hostile.example";
    static final String PASSWORD = "correct horse";
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    @TempDir
    static Path dir;
    static DaisStore store;
    static DaisServer server;
    static String base;
    static ListeningPort listening;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        // Bound now and held while the seeds are ingested under IRIs that name it.
        listening = ListeningPort.bind("localhost", 0);
        base = IriMinter.baseFor("localhost", listening.port());
        store = DaisStore.open(dir.resolve("tdb2"));
        Ontology.install(store);
        new Ingester(new Pipeline(new IriMinter(base)), store).ingest(List.of(Path.of("seeds")), line -> {});
        store.recordBase(base);
        server = DaisServer.start(store, new ServerOptions("localhost", listening.port(), PASSWORD, false, 10_000, ServerOptions.DEFAULT_MAX_RESULTS,
                dir.resolve("fuseki"), base).withPublication(List.of(TRUSTED), LICENSE, "Example Research Group"), listening);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (listening != null) listening.close(); // the server has closed it; else the ingest failed and it is let go here
        if (store != null) store.close();
    }

    static HttpResponse<String> get(String pathOrUrl, String... headers) throws Exception {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : server.baseUrl() + pathOrUrl;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    /** Some person the seeds name (found by SPARQL, not written into the test). */
    static String somePerson() {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("SELECT ?p { ?x <https://w3id.org/dais/ontology#participant> ?p } ORDER BY ?p LIMIT 1").build()) {
                return qe.execSelect().next().getResource("p").getURI();
            }
        });
    }

    static String localPath(String iri) {
        return "/id/" + iri.substring(base.length());
    }

    // ---- the base follows the deployment

    @Test
    void entityIrisAreOnThisServersPort() throws Exception {
        String person = somePerson();
        assertTrue(person.startsWith(server.baseUrl() + "/id/"), person + " is not under " + server.baseUrl());
        HttpResponse<String> r = get(person, "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        // Every entity IRI in the description answers here too.
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new StringReader(r.body()), person, Lang.TURTLE);
        for (Resource o : m.listObjects().filterKeep(n -> n.isURIResource()).mapWith(n -> n.asResource()).toList()) {
            if (o.getURI().startsWith(base) && !o.getURI().contains("/evidence/")) {
                assertEquals(200, get(o.getURI(), "Accept", "text/turtle").statusCode(), o.getURI());
                break;
            }
        }
    }

    // ---- CORS

    @Test
    void aHostileOriginReadsAnonymouslyAndGetsNoCredentials() throws Exception {
        for (String path : List.of(localPath(somePerson()), "/dais/sparql?query=ASK%7B%7D", "/$/server", "/.well-known/void")) {
            HttpResponse<String> r = get(path, "Origin", HOSTILE);
            assertEquals("*", header(r, "Access-Control-Allow-Origin"), path);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), path + " grants credentials to " + HOSTILE);
            assertTrue(header(r, "Vary").contains("Origin"), path + " Vary: " + header(r, "Vary"));
        }
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/datasets"))
                .header("Origin", HOSTILE).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        assertFalse(header(preflight, "Access-Control-Allow-Headers").toLowerCase().contains("authorization"),
                "a hostile page may not send Authorization: " + header(preflight, "Access-Control-Allow-Headers"));
    }

    @Test
    void anAllowListedOriginMayUseCredentials() throws Exception {
        HttpResponse<String> r = get("/$/server", "Origin", TRUSTED);
        assertEquals(TRUSTED, header(r, "Access-Control-Allow-Origin"));
        assertEquals("true", header(r, "Access-Control-Allow-Credentials"));
        assertTrue(header(r, "Vary").contains("Origin"));
    }

    @Test
    void scriptsCanReadTheUsefulHeaders() throws Exception {
        HttpResponse<String> r = get(localPath(somePerson()), "Origin", HOSTILE, "Accept", "text/turtle");
        String exposed = header(r, "Access-Control-Expose-Headers");
        for (String h : List.of("Link", "Content-Location", "X-Dais-Result-Limit", "ETag", "Last-Modified")) {
            assertTrue(exposed.contains(h), h + " not exposed: " + exposed);
        }
        assertTrue(header(r, "Vary").contains("Accept") && header(r, "Vary").contains("Origin"), header(r, "Vary"));
    }

    // ---- HTTP as clients expect it

    @Test
    void anUnservedTypeGets406NamingTheAvailableOnes() throws Exception {
        for (String path : List.of(localPath(somePerson()), "/ontology", "/.well-known/void", "/dais/sparql")) {
            HttpResponse<String> r = get(path, "Accept", "application/x-foo");
            assertEquals(406, r.statusCode(), path);
            for (Formats f : Formats.values()) assertTrue(r.body().contains(f.mediaType), path + ": " + r.body());
        }
        // A wildcard still gets something, and q=0 refuses a type.
        assertEquals(200, get(localPath(somePerson()), "Accept", "application/x-foo, */*;q=0.1").statusCode());
        assertEquals(406, get(localPath(somePerson()), "Accept", "text/turtle;q=0").statusCode());
    }

    @Test
    void validatorsLetClientsSkipWhatTheyHave() throws Exception {
        String path = localPath(somePerson()) + ".ttl";
        HttpResponse<String> first = get(path);
        String etag = header(first, "ETag");
        String modified = header(first, "Last-Modified");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertFalse(modified.isEmpty());
        assertEquals(etag, header(get(path), "ETag"), "the same representation, the same ETag");
        assertNotEquals(etag, header(get(localPath(somePerson()) + ".nt"), "ETag"), "another representation, another ETag");

        HttpResponse<String> byTag = get(path, "If-None-Match", etag);
        assertEquals(304, byTag.statusCode());
        assertEquals("", byTag.body());
        assertEquals(304, get(path, "If-Modified-Since", modified).statusCode());
        assertEquals(200, get(path, "If-None-Match", "\"something-else\"").statusCode());
        assertEquals(200, get(path, "If-Modified-Since", "Thu, 01 Jan 1998 00:00:00 GMT").statusCode());
        assertEquals(304, get("/.well-known/void", "If-None-Match", header(get("/.well-known/void"), "ETag")).statusCode());
    }

    @Test
    void lastModifiedIsTheLastWriteToTheResourcesOwnGraphs() throws Exception {
        String seedPerson = localPath(somePerson()) + ".ttl";
        HttpResponse<String> before = get(seedPerson);
        String seedModified = header(before, "Last-Modified");
        Thread.sleep(1_100); // Last-Modified counts whole seconds
        Path article = Files.createDirectories(dir.resolve("later")).resolve("orchards.txt");
        Files.writeString(article, "Pyongyang, March 3 (KCNA) -- Pak Su Ryon, director of the Bureau of Orchards, made a speech at a "
                + "consultative meeting of orchard workers held on Tuesday.\n", StandardCharsets.UTF_8);
        new Ingester(new Pipeline(new IriMinter(base)), store).ingest(List.of(article), line -> {});
        String newcomer = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("SELECT ?p { GRAPH <" + base
                    + "doc/orchards> { ?p a <http://xmlns.com/foaf/0.1/Person> } } LIMIT 1").build()) {
                return qe.execSelect().next().getResource("p").getURI();
            }
        });
        HttpResponse<String> fresh = get(localPath(newcomer) + ".ttl");
        long freshAt = java.time.ZonedDateTime.parse(header(fresh, "Last-Modified"), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .toEpochSecond();
        long seedAt = java.time.ZonedDateTime.parse(seedModified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
        assertTrue(freshAt > seedAt, "the new article's person: " + header(fresh, "Last-Modified") + ", a seed person: " + seedModified);
        // The seed person's graphs did not change: a crawler's copy is still current.
        assertEquals(seedModified, header(get(seedPerson), "Last-Modified"));
        assertEquals(304, get(seedPerson, "If-Modified-Since", seedModified).statusCode());
        assertEquals(200, get(localPath(newcomer) + ".ttl", "If-Modified-Since", seedModified).statusCode());
    }

    @Test
    void theLinkHeaderOffersEveryFormat() throws Exception {
        String path = localPath(somePerson());
        HttpResponse<String> r = get(path, "Accept", "application/ld+json");
        String link = header(r, "Link");
        for (Formats f : Formats.values()) {
            assertTrue(link.contains("<" + path + "." + f.extension + ">; rel=\"alternate\"; type=\"" + f.mediaType + "\""), link);
            assertEquals(200, get(path + "." + f.extension).statusCode(), f.extension);
        }
        assertEquals(path + ".jsonld", header(r, "Content-Location"));
    }

    @Test
    void theOntologyAnswersAtItsSuffixes() throws Exception {
        Model expected = Ontology.ontology();
        for (Formats f : Formats.values()) {
            HttpResponse<String> r = get("/ontology." + f.extension);
            assertEquals(200, r.statusCode(), f.extension);
            assertTrue(header(r, "Content-Type").startsWith(f.mediaType), f.extension + ": " + header(r, "Content-Type"));
            if (f == Formats.TURTLE || f == Formats.NTRIPLES || f == Formats.RDFXML) {
                Model served = ModelFactory.createDefaultModel();
                RDFDataMgr.read(served, new StringReader(r.body()), "https://w3id.org/dais/ontology", f.lang);
                assertTrue(served.isIsomorphicWith(expected), f.extension);
            }
        }
        assertEquals(404, get("/ontology.exe").statusCode());
    }

    @Test
    void theEndpointDescribesItselfWithoutAQuery() throws Exception {
        HttpResponse<String> r = get("/dais/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model sd = ModelFactory.createDefaultModel();
        RDFDataMgr.read(sd, new StringReader(r.body()), server.sparqlUrl(), Lang.TURTLE);
        String SD = ServiceDescription.SD;
        Resource service = sd.createResource(server.sparqlUrl());
        assertTrue(service.hasProperty(RDF.type, sd.createResource(SD + "Service")));
        assertTrue(service.hasProperty(sd.createProperty(SD, "endpoint"), service));
        assertTrue(service.hasProperty(sd.createProperty(SD, "supportedLanguage"), sd.createResource(SD + "SPARQL11Query")));
        assertTrue(service.hasProperty(sd.createProperty(SD, "feature"), sd.createResource(SD + "UnionDefaultGraph")));
        // With a query, the endpoint still answers it.
        assertTrue(get("/dais/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json").body().contains("true"));
    }

    // ---- VoID and DCAT

    @Test
    void voidCountsTheDocumentsAndDescribesTheRest() throws Exception {
        String url = server.baseUrl() + "/.well-known/void";
        Model v = ModelFactory.createDefaultModel();
        RDFDataMgr.read(v, new StringReader(get(url, "Accept", "text/turtle").body()), url, Lang.TURTLE);
        String VOID = VoidServlet.VOID;
        Resource ds = v.createResource(url + "#dais");
        // The documents' graphs: neither the ontology nor the office summary derived from them.
        String documents = "FILTER(?g != <" + Ontology.GRAPH + "> && ?g != <" + org.dais.store.OfficeSummary.GRAPH + ">)";
        long documentTriples = count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } " + documents + " }");
        long ontologyTriples = Ontology.ontology().size();
        assertEquals(documentTriples, ds.getProperty(v.createProperty(VOID, "triples")).getLong());
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } " + documents + " }"),
                ds.getProperty(v.createProperty(VOID, "entities")).getLong());
        Resource ontology = ds.listProperties(v.createProperty(VOID, "subset")).mapWith(s -> s.getResource())
                .filterKeep(s -> s.getURI().endsWith("#ontology")).next();
        assertEquals(ontologyTriples, ontology.getProperty(v.createProperty(VOID, "triples")).getLong());
        assertEquals(base, ds.getProperty(v.createProperty(VOID, "uriSpace")).getString());
        assertEquals(LICENSE, ds.getPropertyResourceValue(DCTerms.license).getURI());
        assertTrue(ds.getPropertyResourceValue(DCTerms.publisher).hasProperty(v.createProperty("http://xmlns.com/foaf/0.1/name"), "Example Research Group"));
        assertTrue(ds.hasProperty(DCTerms.modified));
        int distributions = 0;
        for (var s : ds.listProperties(v.createProperty(VoidServlet.DCAT, "distribution")).toList()) {
            Resource type = s.getResource().getPropertyResourceValue(v.createProperty(VoidServlet.DCAT, "mediaType"));
            if (type == null) continue;
            assertTrue(type.getURI().startsWith("https://www.iana.org/assignments/media-types/"), type.getURI());
            assertTrue(type.hasProperty(RDF.type, DCTerms.MediaType));
            distributions++;
        }
        assertEquals(3, distributions);
    }

    static long count(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    // ---- security

    /** The raw request, so that nothing on the client side normalizes the path first. */
    static String rawGet(String path) throws Exception {
        try (Socket s = new Socket("localhost", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "do not serve");
        for (String path : List.of("/id/..%2f..%2fsecret.txt", "/id/person/..%2f..%2f..%2fetc%2fpasswd", "/id/%2e%2e/%2e%2e/etc/passwd",
                "/id/person/%2e%2e%5c%2e%2e%5cwin.ini", "/webjars/..%2f..%2fMETA-INF%2fMANIFEST.MF", "/webjars/../../etc/passwd",
                "/ontology/..%2f..%2fetc%2fpasswd", "/id/../../etc/passwd", "/context.jsonld/..%2f..%2fpom.xml")) {
            String response = rawGet(path);
            String status = response.substring(9, 12);
            assertTrue(status.equals("400") || status.equals("404"), path + " answered " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("root:") || response.contains("do not serve") || response.contains("Manifest-Version"), path);
        }
    }

    @Test
    void oversizedHeadersAreRefused() throws Exception {
        try (Socket s = new Socket("localhost", server.port())) {
            s.setSoTimeout(10_000);
            String big = "x".repeat(DaisServer.MAX_HEADER_BYTES * 2);
            s.getOutputStream().write(("GET /$/ping HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(s.getInputStream().readNBytes(64), StandardCharsets.ISO_8859_1);
            assertTrue(response.startsWith("HTTP/1.1 431"), response);
        }
    }

    @Test
    void aTrickledRequestIsCutOffAtTheDeadline() throws Exception {
        try (Socket s = new Socket("localhost", server.port())) {
            s.setSoTimeout(1_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write("GET /$/ping HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            long t0 = System.nanoTime();
            boolean closed = false;
            int sent = 0;
            // One byte a second: each byte resets the idle timeout, only the deadline ends it.
            while (!closed && System.nanoTime() - t0 < TimeUnit.MILLISECONDS.toNanos(DaisServer.FIRST_REQUEST_DEADLINE_MILLIS + 10_000)) {
                try {
                    out.write('a');
                    out.flush();
                    sent++;
                } catch (java.io.IOException reset) {
                    closed = true;
                    break;
                }
                try {
                    closed = in.read() == -1 || closed;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // nothing from the server yet: trickle on
                } catch (java.io.IOException reset) {
                    closed = true;
                }
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
            assertTrue(closed, "still open after " + seconds + " s and " + sent + " bytes");
            assertTrue(seconds >= DaisServer.FIRST_REQUEST_DEADLINE_MILLIS / 1000 - 1, "cut after " + seconds + " s, before the deadline");
        }
        assertEquals(200, get("/$/ping").statusCode(), "other clients are still served");
    }

    @Test
    void wrongAdminPasswordsAreRefusedAndSlowedDown() throws Exception {
        String url = server.baseUrl() + "/$/compact/nothing-here";
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < WriteGuard.FREE_FAILURES + 2; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic("admin", "guess" + i))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            assertEquals(401, r.statusCode());
        }
        long last = millis.get(millis.size() - 1);
        assertTrue(last >= WriteGuard.delayAfter(WriteGuard.FREE_FAILURES + 2), "no delay after repeated failures: " + millis);
        assertTrue(WriteGuard.delayAfter(WriteGuard.FREE_FAILURES) == 0 && WriteGuard.delayAfter(100) == WriteGuard.MAX_DELAY_MILLIS);
        // The right password still opens it (and clears the count); Fuseki then says there is no such dataset.
        HttpResponse<String> right = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic("admin", PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertNotEquals(401, right.statusCode());
        assertNotEquals(403, right.statusCode());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    // ---- Comunica, a linked-data client dais did not write

    static final Path COMUNICA = Path.of(".ci", "comunica");

    static void requireComunica() {
        boolean present = Files.isRegularFile(COMUNICA.resolve("node_modules/@comunica/query-sparql/package.json"))
                && Files.isExecutable(Path.of("/usr/bin/node"));
        if (System.getenv("CI") != null) assertTrue(present, "Comunica must be installed by .ci/run into " + COMUNICA);
        assumeTrue(present, "Comunica not installed (.ci/run installs it)");
    }

    static String[] run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).start();
        var err = p.getErrorStream();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(err.readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + out + errors);
        return new String[] {out, errors};
    }

    @Test
    void comunicaQueriesTheEndpointWithoutAServiceDescriptionWarning() throws Exception {
        requireComunica();
        String[] result = run("/usr/bin/node", COMUNICA.resolve("node_modules/.bin/comunica-sparql").toString(), server.sparqlUrl(),
                "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <http://xmlns.com/foaf/0.1/Person> }");
        long persons = count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <http://xmlns.com/foaf/0.1/Person> }");
        // Comunica writes a typed literal as "\"41\"^^xsd:integer" inside its JSON.
        assertTrue(result[0].contains("\\\"" + persons + "\\\"^^"), result[0]);
        assertFalse(result[1].contains("WARN"), "Comunica warned:\n" + result[1]);
    }

    @Test
    void comunicaFollowsLinksFromOnePersonToAnother() throws Exception {
        requireComunica();
        String start = somePerson();
        String[] result = run("/usr/bin/node", "src/test/js/follow-links.js", COMUNICA.toAbsolutePath().toString(), start);
        List<String> path = result[0].lines().toList();
        assertEquals(4, path.size(), result[0] + result[1]);
        assertEquals(start, path.get(0));
        assertTrue(path.get(1).startsWith(base + "meeting/"), path.get(1));
        assertTrue(path.get(2).startsWith(base + "person/") && !path.get(2).equals(start), path.get(2));
        assertFalse(path.get(3).isBlank());
        assertFalse(result[1].contains("WARN"), "Comunica warned:\n" + result[1]);
    }
}
