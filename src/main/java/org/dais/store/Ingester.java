package org.dais.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.dais.extract.ExtractorVersion;
import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.ingest.FieldMapping;
import org.dais.ingest.Input;
import org.dais.ingest.Inputs;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.DocumentTriples;

/**
 * Pipeline stage 8: each document's graph into the store. Extraction runs on N threads (one
 * {@link Pipeline} per thread: OpenNLP's {@code *ME} classes are not thread-safe, the models are
 * shared); writing is serial, one write transaction per document replacing its previous graph,
 * in input order. At most 2N documents are in flight, so memory stays bounded however large the
 * corpus. A bad file is reported and the rest go in; an unsupported one is skipped.
 */
public final class Ingester {
    private final Supplier<Pipeline> pipelines;
    private final GraphSink sink;
    private final int threads;
    private final int batch;
    /** The store written to, when it is one: its documents' hashes tell which inputs are unchanged. */
    private final DaisStore store;
    private final boolean skipUnchanged;

    public Ingester(Pipeline pipeline, DaisStore store) {
        this(() -> pipeline, store, 1);
    }

    /** {@code pipelines} makes one pipeline per worker thread. */
    public Ingester(Supplier<Pipeline> pipelines, DaisStore store, int threads) {
        this(pipelines, store, threads, 1);
    }

    /**
     * {@code batch} documents per write transaction: 1 for incremental ingest (each document
     * replaced on its own), more for a backfill into an empty store.
     */
    public Ingester(Supplier<Pipeline> pipelines, DaisStore store, int threads, int batch) {
        this(pipelines, storeSink(store), threads, batch, store, true);
    }

    /** Writes into {@code sink} instead of a store: an N-Quads file for a bulk load, say. */
    public Ingester(Supplier<Pipeline> pipelines, GraphSink sink, int threads, int batch) {
        this(pipelines, sink, threads, batch, null, false);
    }

    /**
     * This ingester re-extracting documents whose content and extractor version are unchanged
     * too (by default, a store's unchanged documents are skipped without a write).
     */
    public Ingester reingestingUnchanged() {
        return new Ingester(pipelines, sink, threads, batch, store, false);
    }

    private Ingester(Supplier<Pipeline> pipelines, GraphSink sink, int threads, int batch, DaisStore store, boolean skipUnchanged) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        if (batch < 1) throw new IllegalArgumentException("batch must be at least 1: " + batch);
        this.pipelines = pipelines;
        this.sink = sink;
        this.threads = threads;
        this.batch = batch;
        this.store = store;
        this.skipUnchanged = skipUnchanged && store != null;
    }

    /**
     * Outcome of one run: counts and one line per failed input; {@code unchanged} documents were
     * already in the store with the same content and extractor version, and were not written.
     */
    public record Summary(int ingested, int skipped, int failed, long triples, List<String> failures, int unchanged) {
        public Summary {
            failures = List.copyOf(failures);
        }

        public Summary(int ingested, int skipped, int failed, long triples, List<String> failures) {
            this(ingested, skipped, failed, triples, failures, 0);
        }
    }

    private record Outcome(String where, Pipeline.DocumentGraph graph, DocumentException error, boolean unchanged) {
        Outcome(String where, Pipeline.DocumentGraph graph, DocumentException error) { this(where, graph, error, false); }

        static Outcome unchangedDocument(String where) { return new Outcome(where, null, null, true); }
    }

    private static final String STORED_VERSIONS = """
            PREFIX dais: <https://w3id.org/dais/ontology#>
            SELECT ?source ?hash ?version WHERE {
              GRAPH ?g { ?doc dais:sourceFile ?source ; dais:contentHash ?hash ; dais:extractorVersion ?version }
            }""";

    /** Each stored document's content hash and extractor version, by source name (one read transaction). */
    private Map<String, String> storedVersions() {
        if (!skipUnchanged) return Map.of();
        return store.read(() -> {
            Map<String, String> known = new java.util.HashMap<>();
            try (var exec = org.apache.jena.query.QueryExecutionFactory.create(STORED_VERSIONS, store.dataset())) {
                exec.execSelect().forEachRemaining(row -> known.put(row.getLiteral("source").getString(),
                        stamp(row.getLiteral("hash").getString(), row.getLiteral("version").getString())));
            }
            return known;
        });
    }

    /** The first 64 bits of the name's SHA-256: distinct names collide only past billions of records. */
    private static long sourceKey(String sourceName) {
        try {
            byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(sourceName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(sha).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String stamp(String hash, String version) { return hash + " " + version; }

    private static boolean unchanged(Map<String, String> known, org.dais.ingest.SourceDocument document) {
        String stored = known.get(document.sourceName());
        return stored != null && stored.equals(stamp(document.contentHash(), ExtractorVersion.current()));
    }

    public Summary ingest(List<Path> inputs, Consumer<String> progress) throws IOException {
        return ingest(inputs, FieldMapping.defaults(), progress);
    }

    /** Ingests loose article files and archives of records ({@code mapping} names the records' fields). */
    public Summary ingest(List<Path> inputs, FieldMapping mapping, Consumer<String> progress) throws IOException {
        Inputs items = Inputs.of(inputs, mapping);
        // The summary is kept by differences: a store bulk-loaded before it existed gets it whole first.
        if (store != null && store.lacksSummary()) {
            progress.accept("computing the office summary of " + store.directory());
            store.rebuildSummary();
        }
        Map<String, String> known = storedVersions();
        ThreadLocal<DocumentReaders> readers = ThreadLocal.withInitial(DocumentReaders::new);
        int ingested = 0, skipped = 0, unchanged = 0;
        java.util.Set<Long> recordsSeen = new java.util.HashSet<>();
        long triples = 0;
        List<String> failures = new ArrayList<>();
        ThreadLocal<Pipeline> local = ThreadLocal.withInitial(pipelines);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dais-extract");
            t.setDaemon(true);
            return t;
        });
        List<DocumentTriples> pending = new ArrayList<>();
        List<String> pendingLines = new ArrayList<>();
        try {
            // Records are read here, on the caller's thread, while the pool extracts the ones before.
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            while (items.hasNext() || !window.isEmpty()) {
                while (items.hasNext() && window.size() < 2 * threads) {
                    Input item = items.next();
                    if (item instanceof Input.Skipped s) {
                        skipped++;
                        progress.accept("skipped " + s.path() + ": " + s.reason());
                    } else if (item instanceof Input.Failed f) {
                        window.add(CompletableFuture.completedFuture(new Outcome(null, null, f.error())));
                    } else if (item instanceof Input.ArticleFile a) {
                        window.add(pool.submit(() -> {
                            try {
                                org.dais.ingest.SourceDocument document = readers.get().read(a.path());
                                if (unchanged(known, document)) return Outcome.unchangedDocument(a.path().toString());
                                return new Outcome(a.path().toString(), local.get().process(document), null);
                            } catch (DocumentException e) {
                                return new Outcome(a.path().toString(), null, e);
                            }
                        }));
                    } else if (item instanceof Input.ArchiveRecord r) {
                        // An archive listing one URL twice: the first record is the document (in a bulk load
                        // the second would merge into its graph). 64-bit keys keep this small on big archives.
                        if (!recordsSeen.add(sourceKey(r.document().sourceName()))) {
                            skipped++;
                            progress.accept("skipped " + r.where() + ": same source name as an earlier record (" + r.document().sourceName() + ")");
                            continue;
                        }
                        // Hashing is cheap: an unchanged record is not even handed to a worker.
                        if (unchanged(known, r.document())) unchanged++;
                        else window.add(pool.submit(() -> new Outcome(r.where(), local.get().process(r.document()), null)));
                    }
                }
                if (window.isEmpty()) break;
                Outcome outcome = take(window.poll());
                if (outcome.unchanged()) {
                    unchanged++;
                    continue;
                }
                if (outcome.error() != null) {
                    failures.add(outcome.error().getMessage());
                    progress.accept("FAILED " + outcome.error().getMessage());
                    continue;
                }
                pending.add(outcome.graph().triples());
                pendingLines.add("ingested " + outcome.where() + " (" + outcome.graph().triples().size() + " triples)");
                triples += outcome.graph().triples().size();
                if (pending.size() >= batch) {
                    ingested += commit(pending, pendingLines, progress);
                }
            }
            ingested += commit(pending, pendingLines, progress);
        } finally {
            pool.shutdownNow();
            PackedIndexes.awaitEnd(pool);
        }
        return new Summary(ingested, skipped, failures.size(), triples, failures, unchanged);
    }

    /** One write transaction per batch, each document replacing its earlier graph. */
    static GraphSink storeSink(DaisStore store) {
        return graphs -> {
            if (graphs.size() == 1) store.replaceDocument(graphs.get(0));
            else store.replaceDocuments(graphs);
        };
    }

    /** Writes the pending documents (one transaction) and reports them only once committed. */
    private int commit(List<DocumentTriples> pending, List<String> lines, Consumer<String> progress) throws IOException {
        if (pending.isEmpty()) return 0;
        sink.write(pending);
        int n = pending.size();
        lines.forEach(progress);
        pending.clear();
        lines.clear();
        return n;
    }

    private static Outcome take(Future<Outcome> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ingesting", e);
        } catch (ExecutionException e) {
            // A bug in a stage, not a bad input: stop, naming the cause, rather than skip silently.
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        }
    }
}
