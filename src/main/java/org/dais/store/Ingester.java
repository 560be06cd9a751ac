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

import org.dais.ingest.DocumentException;
import org.dais.ingest.FieldMapping;
import org.dais.ingest.Input;
import org.dais.ingest.Inputs;
import org.dais.pipeline.Pipeline;

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
        this(pipelines, storeSink(store), threads, batch);
    }

    /** Writes into {@code sink} instead of a store: an N-Quads file for a bulk load, say. */
    public Ingester(Supplier<Pipeline> pipelines, GraphSink sink, int threads, int batch) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        if (batch < 1) throw new IllegalArgumentException("batch must be at least 1: " + batch);
        this.pipelines = pipelines;
        this.sink = sink;
        this.threads = threads;
        this.batch = batch;
    }

    /** Outcome of one run: counts and one line per failed input. */
    public record Summary(int ingested, int skipped, int failed, long triples, List<String> failures) {
        public Summary {
            failures = List.copyOf(failures);
        }
    }

    private record Outcome(String where, Pipeline.DocumentGraph graph, DocumentException error) {}

    public Summary ingest(List<Path> inputs, Consumer<String> progress) throws IOException {
        return ingest(inputs, FieldMapping.defaults(), progress);
    }

    /** Ingests loose article files and archives of records ({@code mapping} names the records' fields). */
    public Summary ingest(List<Path> inputs, FieldMapping mapping, Consumer<String> progress) throws IOException {
        Inputs items = Inputs.of(inputs, mapping);
        int ingested = 0, skipped = 0;
        long triples = 0;
        List<String> failures = new ArrayList<>();
        ThreadLocal<Pipeline> local = ThreadLocal.withInitial(pipelines);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dais-extract");
            t.setDaemon(true);
            return t;
        });
        List<Map.Entry<String, org.apache.jena.rdf.model.Model>> pending = new ArrayList<>();
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
                                return new Outcome(a.path().toString(), local.get().process(a.path()), null);
                            } catch (DocumentException e) {
                                return new Outcome(a.path().toString(), null, e);
                            }
                        }));
                    } else if (item instanceof Input.ArchiveRecord r) {
                        window.add(pool.submit(() -> new Outcome(r.where(), local.get().process(r.document()), null)));
                    }
                }
                if (window.isEmpty()) break;
                Outcome outcome = take(window.poll());
                if (outcome.error() != null) {
                    failures.add(outcome.error().getMessage());
                    progress.accept("FAILED " + outcome.error().getMessage());
                    continue;
                }
                pending.add(Map.entry(outcome.graph().graphIri(), outcome.graph().model()));
                pendingLines.add(String.format("ingested %s (%d triples)", outcome.where(), outcome.graph().model().size()));
                triples += outcome.graph().model().size();
                if (pending.size() >= batch) {
                    ingested += commit(pending, pendingLines, progress);
                }
            }
            ingested += commit(pending, pendingLines, progress);
        } finally {
            pool.shutdownNow();
        }
        return new Summary(ingested, skipped, failures.size(), triples, failures);
    }

    /** One write transaction per batch, each document replacing its earlier graph. */
    static GraphSink storeSink(DaisStore store) {
        return graphs -> {
            if (graphs.size() == 1) store.replaceDocument(graphs.get(0).getKey(), graphs.get(0).getValue());
            else store.replaceDocuments(graphs);
        };
    }

    /** Writes the pending documents (one transaction) and reports them only once committed. */
    private int commit(List<Map.Entry<String, org.apache.jena.rdf.model.Model>> pending, List<String> lines, Consumer<String> progress) throws IOException {
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
