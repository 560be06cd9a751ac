package org.dais.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.dais.bench.RealCorpus;
import org.dais.bench.SparqlLoad;
import org.dais.bench.SyntheticArticles;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.server.DaisServer;
import org.dais.server.ServerOptions;
import org.dais.store.Backfill;
import org.dais.store.DaisStore;
import org.dais.store.SparqlRows;

/**
 * SPARQL under load: a store built from real articles replicated ({@code --corpus}) or synthetic ones, the real server on a free port, and
 * each analyst query of {@code queries/} sent by 1, 4 and 16 concurrent HTTP clients; QPS, p50
 * and p99 per query and client count. Lookup queries get a different person or meeting per request.
 */
@Command(name = "sparql", mixinStandardHelpOptions = true,
        description = "Load-test the SPARQL endpoint with the analyst queries (QPS, p50, p99 per query and client count).")
public final class SparqlBenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "9000", description = "Synthetic articles in the store (default ${DEFAULT-VALUE}, about 3.1M quads)")
    int articles;

    @Option(names = "--corpus", split = ",", paramLabel = "FILE|DIR[,...]",
            description = "Build the store from these real articles, replicated under distinct names to --articles, instead of synthetic ones")
    List<Path> corpus;

    @Option(names = "--clients", split = ",", defaultValue = "1,4,16", description = "Concurrent clients (default ${DEFAULT-VALUE})")
    List<Integer> clients;

    @Option(names = "--seconds", defaultValue = "8", description = "Seconds per query and client count (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--queries", defaultValue = "queries", description = "Folder of analyst .rq files (default ${DEFAULT-VALUE})")
    Path queries;

    @Option(names = "--work", paramLabel = "DIR", description = "Where articles and the store go; an existing store there is reused")
    Path work;

    @Option(names = "--store", paramLabel = "DIR", description = "Bench this store as it is (built once, e.g. from the corpus replicated), instead of building one")
    Path existingStore;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--query-timeout", defaultValue = "30000", description = "Server query timeout, ms (default ${DEFAULT-VALUE})")
    long timeoutMillis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Checked first: the default is relative to the checkout, and a run elsewhere used to build
        // the store and then die with a stack trace.
        if (!Files.isDirectory(queries)) {
            throw new ParameterException(spec.commandLine(), "--queries " + queries.toAbsolutePath()
                    + ": no folder of analyst .rq files there (run from the checkout, or give --queries DIR)");
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("dais-bench-sparql");
        boolean real = corpus != null && !corpus.isEmpty();
        Path storeDir = existingStore != null ? existingStore : dir.resolve((real ? "tdb2-real-" : "tdb2-") + articles);
        if (existingStore != null && !Files.isDirectory(existingStore)) throw new java.io.IOException(existingStore + ": no store there to bench");
        if (!Files.exists(storeDir)) {
            Path input;
            if (real) {
                input = dir.resolve("articles-real-" + articles + ".jsonl");
                RealCorpus.writeArchive(RealCorpus.read(corpus).replicated(articles), input);
            } else {
                input = BenchCommand.generate(dir.resolve("articles-" + articles), articles, seed).dir();
            }
            IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
            Backfill.Result r = Backfill.run(storeDir, List.of(input), () -> new Pipeline(iris), Runtime.getRuntime().availableProcessors(), false, line -> {});
            System.out.printf("built %s: %d articles, %d quads (extract %.1f s, bulk load %.1f s)%n", storeDir, articles, r.quads(),
                    r.extractSeconds(), r.loadSeconds());
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(queries)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        try (DaisStore store = DaisStore.open(storeDir);
             DaisServer server = DaisServer.start(store, new ServerOptions("localhost", 0, null, false, timeoutMillis,
                     ServerOptions.DEFAULT_MAX_RESULTS, dir.resolve("fuseki"), IriMinter.DEFAULT_BASE))) {
            if (store.lacksSummary()) {
                long t0 = System.nanoTime();
                long offices = store.rebuildSummary();
                System.out.printf("office summary computed: %d offices, %.1f s%n", offices, (System.nanoTime() - t0) / 1e9);
            }
            long quads = store.quadCount();
            List<String> names = sample(store, "SELECT DISTINCT ?v { ?p a <http://xmlns.com/foaf/0.1/Person> ; <http://xmlns.com/foaf/0.1/name> ?v } LIMIT 2000");
            List<String> meetings = sample(store, "SELECT DISTINCT ?v { ?m a <https://w3id.org/dais/ontology#Meeting> ; <http://www.w3.org/2000/01/rdf-schema#label> ?v } LIMIT 2000");
            System.out.printf("dais bench sparql: %d quads, %d queries, clients %s, %.0f s each, %d person and %d meeting parameters%n",
                    quads, files.size(), clients, seconds, names.size(), meetings.size());
            SparqlLoad load = new SparqlLoad(server.sparqlUrl());
            System.out.printf("%-28s %-6s %7s %9s %9s %9s %9s %7s%n", "query", "kind", "clients", "requests", "QPS", "p50 ms", "p99 ms", "errors");
            for (Path file : files) {
                String text = Files.readString(file);
                var queryText = SparqlLoad.parameterized(text, names, meetings, seed);
                load.run("warm-up", 2, Math.min(3, seconds), queryText); // JIT and page cache, not measured
                for (int c : clients) {
                    SparqlLoad.Result r = load.run(file.getFileName().toString(), c, seconds, queryText);
                    System.out.printf("%-28s %-6s %7d %9d %9.1f %9.1f %9.1f %7d%n", r.query().replace(".rq", ""),
                            SparqlLoad.isLookup(text) ? "lookup" : "report", c, r.latenciesNanos().length,
                            r.qps(), r.percentileMillis(50), r.percentileMillis(99), r.errors());
                }
            }
        }
        return 0;
    }

    private static List<String> sample(DaisStore store, String query) {
        List<String> values = new ArrayList<>();
        for (var row : SparqlRows.select(store.dataset(), query)) values.add(row.get("v"));
        return values;
    }
}
