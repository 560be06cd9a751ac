package org.dais.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.dais.rdf.DocumentTriples;

/**
 * A bulk load fed while extraction runs: documents' graphs go straight into TDB2 as they come,
 * so the load overlaps extraction and no N-Quads file is written and parsed again. Fills an
 * empty store directory only; {@link #finish()} completes it, and closing an unfinished load
 * aborts it (the caller deletes the directory).
 *
 * <p>Every index is filled as the quads arrive (one write transaction, a batch at a time:
 * {@link BatchInserter}), not the primary ones only with the others built from them at the end
 * (TDB2's sequential loader): that index build ran after extraction, alone on one core, and was
 * most of the build's tail
 * (JFR of a build of seeds x 200: 37% of the feeding thread's samples). The ontology and the
 * summaries go into the same transaction, so the store is committed once.
 *
 * <p>The loader runs on a thread of its own, fed through a short queue of batches: when the
 * caller (the ingester's reading thread) fed it itself, the extraction threads ran dry while it
 * did, since they are handed documents only by that thread (JFR of a build of seeds x 200: the
 * reading thread spent 29% of its samples feeding the loader). A TDB2 write transaction belongs
 * to the thread that began it, so that thread does the whole load: begin, quads, summaries and
 * commit.
 */
public final class StreamingLoad implements GraphSink, AutoCloseable {
    /** Batches waiting for the loader: enough to keep it busy, few enough to bound memory. */
    static final int QUEUED_BATCHES = 4;

    private static final List<DocumentTriples> END = List.of();

    private final DaisStore store;
    private final BlockingQueue<List<DocumentTriples>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread loaderThread;
    private final OfficeSummary.Gathered summary = new OfficeSummary.Gathered();
    private final AppearanceSummary.Gathered appearances = new AppearanceSummary.Gathered();
    private final LabelSummary.Gathered labels = new LabelSummary.Gathered();
    private volatile Throwable failure;
    private volatile boolean abort;
    private long quads;
    private boolean open = true;
    /** Nanoseconds the loader thread spent feeding quads, on the summaries, and committing. */
    private volatile long feedNanos, summaryNanos, commitNanos, indexNanos;

    private StreamingLoad(DaisStore store) {
        this.store = store;
        this.loaderThread = new Thread(this::load, "dais-load");
        loaderThread.setDaemon(true);
        loaderThread.start();
    }

    /** Starts a bulk load into the empty store directory {@code directory}. */
    public static StreamingLoad into(Path directory) throws IOException {
        DaisStore store = DaisStore.open(directory);
        if (!store.isEmpty()) {
            store.close();
            throw new IOException(directory + ": the bulk loader fills an empty store only");
        }
        return new StreamingLoad(store);
    }

    /**
     * The loader thread: in one write transaction, the node ids of the ontology's graph and of
     * every batch as it comes, then of the summaries computed over what was loaded, and the
     * commit; then the quad indexes written from those ids, packed ({@link PackedIndexes}).
     */
    private void load() {
        DatasetGraph dsg = store.datasetGraph();
        PackedIndexes packed = new PackedIndexes();
        boolean rebuildSummary;
        dsg.begin(TxnType.WRITE);
        try {
            BatchInserter inserter = new BatchInserter(dsg, packed);
            // The ontology as dais build puts it, in this load rather than a commit of its own.
            Ontology.addTo(inserter);
            for (List<DocumentTriples> batch = queue.take(); batch != END && !abort; batch = queue.take()) {
                long t0 = System.nanoTime();
                // The summaries are read here, in memory, not back from the store at the end; what no
                // later graph can change (labels, offices' articles) goes in with the batch.
                List<Triple> settled = new ArrayList<>();
                for (DocumentTriples g : batch) {
                    TripleIndex graph = new TripleIndex(g.triples());
                    summary.add(g.graphIri(), graph, settled::add);
                    appearances.add(g.graphIri(), graph);
                    settled.addAll(labels.add(g.graphIri(), graph));
                }
                inserter.add(batch);
                inserter.add(OfficeSummary.GRAPH_NODE, settled);
                feedNanos += System.nanoTime() - t0;
            }
            if (abort) {
                dsg.abort();
                return;
            }
            long t0 = System.nanoTime();
            // The rest of the summaries in the same load: one store, complete when swapped in.
            var offices = summary.offices();
            rebuildSummary = offices == null;
            if (!rebuildSummary) {
                List<Triple> rest = new ArrayList<>();
                OfficeSummary.Gathered.bounds(offices, rest::add);
                appearances.all().forEach((key, a) -> AppearanceSummary.triples(key, a, rest::add));
                inserter.add(OfficeSummary.GRAPH_NODE, rest);
            }
            long t1 = System.nanoTime();
            dsg.commit();
            summaryNanos = t1 - t0;
            commitNanos = System.nanoTime() - t1;
        } catch (InterruptedException e) {
            failure = e;
            dsg.abort();
            return;
        } catch (RuntimeException | Error e) {
            // Recorded for the feeding thread, which reports it (write or finish) naming the load.
            failure = e;
            try {
                dsg.abort();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            return;
        } finally {
            dsg.end();
        }
        try {
            long t0 = System.nanoTime();
            // Every core: extraction is over by now.
            packed.writeInto(TDBInternal.getDatasetGraphTDB(dsg), Runtime.getRuntime().availableProcessors());
            indexNanos = System.nanoTime() - t0;
            if (rebuildSummary) {
                // A graph named twice: everything read from the store, what went in replaced.
                long t1 = System.nanoTime();
                org.apache.jena.system.Txn.executeWrite(dsg, () -> OfficeSummary.rebuild(dsg));
                summaryNanos += System.nanoTime() - t1;
            }
        } catch (RuntimeException | Error e) {
            failure = e; // the store is half written: the caller discards it (BulkLoad.replaceWith)
        }
    }

    @Override
    public void write(List<DocumentTriples> graphs) throws IOException {
        if (graphs.isEmpty()) return;
        // A copy: the caller reuses its list. Nothing of a bulk load is durable before finish().
        hand(List.copyOf(graphs));
        for (DocumentTriples g : graphs) quads += g.size();
    }

    private void hand(List<DocumentTriples> batch) throws IOException {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                throwIfFailed();
                if (!loaderThread.isAlive()) throw new IOException("bulk load: the loader thread stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while feeding the bulk load", e);
        }
        throwIfFailed();
    }

    private void throwIfFailed() throws IOException {
        Throwable f = failure;
        if (f instanceof RuntimeException re) throw re;
        if (f instanceof Error err) throw err;
        if (f != null) throw new IOException("bulk load failed: " + f.getMessage(), f);
    }

    /** Quads handed to the loader so far. */
    public long quadsWritten() {
        return quads;
    }

    /** Seconds the loader thread spent feeding quads to TDB2, beside extraction. */
    public double feedSeconds() { return feedNanos / 1e9; }

    /** Seconds the loader thread spent on the summaries, after the last quad. */
    public double summarySeconds() { return summaryNanos / 1e9; }

    /** Seconds the loader thread spent committing the node ids. */
    public double commitSeconds() { return commitNanos / 1e9; }

    /** Seconds spent writing the quad indexes, packed, after the commit. */
    public double indexSeconds() { return indexNanos / 1e9; }

    /** Waits for the last quads, the summaries and the commit; returns the quads in the store. */
    public long finish() throws IOException {
        hand(END);
        join();
        open = false;
        throwIfFailed();
        return BulkLoad.indexedQuads(store);
    }

    private void join() throws IOException {
        try {
            loaderThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the bulk load finished", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (open) {
                open = false;
                abort = true;
                queue.clear();
                if (!queue.offer(END)) loaderThread.interrupt();
                join();
            }
        } finally {
            store.close();
        }
    }
}
