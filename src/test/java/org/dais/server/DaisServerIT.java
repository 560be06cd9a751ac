package org.dais.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;
import org.dais.store.Ontology;

/** The real server on a free port, built from the seeds, spoken to over HTTP. */
class DaisServerIT {
    @TempDir
    static Path dir;
    static DaisStore store;
    static DaisServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = DaisStore.open(dir.resolve("tdb2"));
        Ontology.install(store);
        new Ingester(new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)), store).ingest(List.of(Path.of("seeds")), line -> {});
        server = DaisServer.start(store, new ServerOptions("localhost", 0, null, false, 10_000, dir.resolve("fuseki")));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> query(String endpoint, String sparql) throws Exception {
        String form = "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> update(String endpoint, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + endpoint))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:dais:x> <urn:dais:p> <urn:dais:y> }"));
        if (auth != null) b.header("Authorization", auth);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void countsEveryPersonOfTheSeedsOverHttp() throws Exception {
        HttpResponse<String> r = query("/dais/sparql",
                "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT (COUNT(DISTINCT ?name) AS ?n) { ?p a foaf:Person ; foaf:name ?name }");
        assertEquals(200, r.statusCode());
        assertEquals(List.of("n", "40"), r.body().lines().toList());
    }

    @Test
    void refusesUpdatesAndGraphStoreWrites() throws Exception {
        for (String endpoint : List.of("/dais/update", "/dais/sparql", "/dais")) {
            int status = update(endpoint, null).statusCode();
            assertTrue(status >= 400 && status < 500, endpoint + " answered " + status);
        }
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dais?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:dais:x> <urn:dais:p> <urn:dais:y> .")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "GSP PUT answered " + put.statusCode());
        assertEquals(List.of("_askResult", "false"), query("/dais/sparql", "ASK { <urn:dais:x> ?p ?o }").body().lines().toList());
    }

    @Test
    void refusesAdminWritesWithoutAPassword() throws Exception {
        for (String path : List.of("/$/datasets?dbName=intruder&dbType=mem", "/$/backup/dais", "/$/compact/dais")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode(), path);
        }
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/datasets")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("/dais") && !list.body().contains("intruder"));
    }

    @Test
    void servesTheQueryPageAndCors() throws Exception {
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"));
        HttpResponse<String> cors = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=ASK%7B%7D"))
                .header("Origin", "http://example.org").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("http://example.org", cors.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertEquals("localhost", ServerOptions.defaults().host());
        assertTrue(server.baseUrl().startsWith("http://localhost:"));
    }

    @Test
    void anOperatorPasswordOpensAProtectedUpdateEndpoint(@TempDir Path other) throws Exception {
        try (DaisStore scratch = DaisStore.open(other.resolve("tdb2"))) {
            DaisServer writable = DaisServer.start(scratch, new ServerOptions("localhost", 0, "s3cret", true, 10_000, other.resolve("fuseki")));
            try {
                String url = writable.baseUrl() + "/dais/update";
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:dais:g> { <urn:dais:x> <urn:dais:p> <urn:dais:y> } }"));
                assertEquals(401, http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
                String wrong = "Basic " + Base64.getEncoder().encodeToString("admin:guess".getBytes(StandardCharsets.UTF_8));
                assertEquals(401, http.send(b.header("Authorization", wrong).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
                String right = "Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));
                HttpRequest ok = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-update")
                        .header("Authorization", right)
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:dais:g> { <urn:dais:x> <urn:dais:p> <urn:dais:y> } }")).build();
                int status = http.send(ok, HttpResponse.BodyHandlers.ofString()).statusCode();
                assertTrue(status >= 200 && status < 300, "authorized update answered " + status);
                HttpResponse<String> ask = http.send(HttpRequest.newBuilder(URI.create(writable.sparqlUrl()))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("ASK { <urn:dais:x> ?p ?o }", StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(List.of("_askResult", "true"), ask.body().lines().toList());
            } finally {
                writable.close();
            }
        }
    }
}
