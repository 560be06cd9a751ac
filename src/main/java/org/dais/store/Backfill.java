package org.dais.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

import org.dais.ingest.FieldMapping;
import org.dais.pipeline.Pipeline;

/**
 * Filling a store that holds no documents from a large corpus: extraction hands every
 * document's graph straight to Jena's TDB2 bulk loader as it comes
 * ({@link StreamingLoad}), which fills a fresh store beside the old one, swapped in when
 * complete ({@link BulkLoad}). The load overlaps extraction: no N-Quads file is written and
 * parsed again. Memory stays bounded (graphs are loaded as they come); an interrupted run
 * leaves the old store as it was, and re-running starts over.
 */
public final class Backfill {
    private Backfill() {}

    /**
     * What a backfill did, with the time of each phase: extraction with the load fed beside it,
     * then the load's finish (the secondary indexes built, the commit). {@code nquads} is the
     * store's quads written out afterwards when asked for (a benchmark loads them again with the
     * bulk loader alone), else null.
     */
    public record Result(Ingester.Summary summary, long quads, double extractSeconds, double loadSeconds, Path nquads, LoadPhases phases) {}

    /**
     * Where the load's time went, on the loader's own thread: feeding quads to TDB2 (beside
     * extraction: their node ids), then the summaries, the commit, and the quad indexes written
     * packed (after the last quad).
     */
    public record LoadPhases(double feedSeconds, double summarySeconds, double commitSeconds, double indexSeconds) {}

    /**
     * Runs the backfill into {@code storeDir}. With {@code keepNQuads}, the new store's quads
     * are also written to an N-Quads file beside it (after the timed phases).
     */
    public static Result run(Path storeDir, List<Path> inputs, Supplier<Pipeline> pipelines, int threads,
                             boolean keepNQuads, Consumer<String> progress) throws IOException {
        return run(storeDir, inputs, FieldMapping.defaults(), pipelines, threads, keepNQuads, progress);
    }

    /** As above, with archives' records read under {@code mapping}. */
    public static Result run(Path storeDir, List<Path> inputs, FieldMapping mapping, Supplier<Pipeline> pipelines, int threads,
                             boolean keepNQuads, Consumer<String> progress) throws IOException {
        long[] times = new long[3];
        Ingester.Summary[] summary = new Ingester.Summary[1];
        LoadPhases[] phases = new LoadPhases[1];
        times[0] = System.nanoTime();
        long loaded = BulkLoad.into(storeDir, fresh -> {
            try (StreamingLoad load = StreamingLoad.into(fresh)) {
                summary[0] = new Ingester(pipelines, new SliceClock(load, SLICE, progress), threads, BATCH).ingest(inputs, mapping, progress);
                times[1] = System.nanoTime();
                long loadedQuads = load.finish();
                phases[0] = new LoadPhases(load.feedSeconds(), load.summarySeconds(), load.commitSeconds(), load.indexSeconds());
                return loadedQuads;
            }
        });
        times[2] = System.nanoTime();
        Path quads = null;
        if (keepNQuads) {
            Path work = Files.createDirectories(storeDir.toAbsolutePath().resolveSibling(storeDir.getFileName() + ".backfill"));
            quads = work.resolve("quads.nq");
            try (DaisStore store = DaisStore.open(storeDir); OutputStream out = new BufferedOutputStream(Files.newOutputStream(quads), 1 << 16)) {
                store.read(() -> {
                    RDFDataMgr.write(out, store.datasetGraph(), Lang.NQUADS);
                    return null;
                });
            }
        }
        return new Result(summary[0], loaded, (times[1] - times[0]) / 1e9, (times[2] - times[1]) / 1e9, quads, phases[0]);
    }

    /**
     * Documents handed to the sink at a time: the loader's thread takes them while extraction
     * goes on (no commit per batch in a bulk load), so small batches keep it fed evenly and few
     * documents' graphs in memory.
     */
    static final int BATCH = 32;

    /** Documents between two lines of the per-slice clock (time per article and heap, in the build's log). */
    static final int SLICE = 10_000;
}
