package org.dais.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.LiveIngest;

/**
 * serve --watch: articles dropped into a folder are ingested while clients query. No query may
 * fail, and no reader may see half a document: every count a reader sees for a document's graph
 * is its complete count.
 */
class LiveIngestIT {
    // The documents' graphs: the office summary changes with every document by design.
    static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + org.dais.store.OfficeSummary.GRAPH + ">) } GROUP BY ?g";

    @Test
    void queriesDuringLiveIngestNeverFailNorSeeHalfADocument(@TempDir Path dir) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        List<Path> articles = new ArrayList<>();
        try (var seeds = Files.list(Path.of("seeds"))) { articles.addAll(seeds.sorted().toList()); }
        try (var own = Files.list(Path.of("src/test/resources/articles"))) {
            articles.addAll(own.filter(p -> p.toString().matches(".*\\.(txt|html)$")).sorted().toList());
        }
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"));
             DaisServer server = DaisServer.start(store,
                     new ServerOptions("localhost", 0, null, false, 10_000, ServerOptions.DEFAULT_MAX_RESULTS, dir.resolve("fuseki")));
             LiveIngest live = new LiveIngest(inbox, new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)), store, line -> {})) {
            HttpClient http = HttpClient.newHttpClient();
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger queries = new AtomicInteger(), errors = new AtomicInteger();
            Map<String, Set<Long>> seen = new ConcurrentHashMap<>();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                Thread t = new Thread(() -> {
                    // Bounded: stops when ingest is done, or after 20,000 queries at most.
                    while (!done.get() && queries.get() < 20_000) {
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(PER_GRAPH, StandardCharsets.UTF_8)))
                                    .build(), HttpResponse.BodyHandlers.ofString());
                            queries.incrementAndGet();
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                                continue;
                            }
                            r.body().lines().skip(1).forEach(line -> {
                                String[] f = line.split(",");
                                seen.computeIfAbsent(f[0], k -> ConcurrentHashMap.newKeySet()).add(Long.parseLong(f[1].trim()));
                            });
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            for (Path a : articles) {
                Path tmp = dir.resolve(a.getFileName() + ".part");
                Files.copy(a, tmp);
                // Dropped in whole, as a delivery would (a rename within one file system).
                Files.move(tmp, inbox.resolve(a.getFileName()));
                Thread.sleep(150);
            }
            long deadline = System.currentTimeMillis() + 120_000;
            while (live.ingested() < articles.size() && System.currentTimeMillis() < deadline) Thread.sleep(100);
            Thread.sleep(300);
            done.set(true);
            for (Thread t : clients) t.join();

            assertEquals(articles.size(), live.ingested(), "every dropped article was ingested");
            Map<String, Long> complete = new HashMap<>();
            HttpResponse<String> last = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                    + URLEncoder.encode(PER_GRAPH, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            last.body().lines().skip(1).forEach(line -> complete.put(line.split(",")[0], Long.parseLong(line.split(",")[1].trim())));
            System.out.printf("live ingest: %d articles, %d queries served during ingest, %d errors%n", articles.size(), queries.get(), errors.get());
            assertEquals(0, errors.get());
            assertTrue(queries.get() > 20, "queries ran during the ingest: " + queries.get());
            for (var e : seen.entrySet()) {
                assertEquals(Set.of(complete.get(e.getKey())), new HashSet<>(e.getValue()), "a reader saw part of " + e.getKey());
            }
        }
    }
}
