package org.dais.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.dais.ingest.FieldMapping;
import org.dais.pipeline.Pipeline;

/**
 * Filling a store that holds no documents from a large corpus: extraction streams every
 * document's graph (and the ontology's) to one N-Quads file beside the store, then Jena's TDB2
 * bulk loader builds a fresh store from it, swapped in when complete ({@link BulkLoad}). Memory
 * stays bounded (graphs are written as they come); an interrupted run leaves the old store as
 * it was, and re-running starts over.
 */
public final class Backfill {
    private Backfill() {}

    /** What a backfill did, with the time of each phase. */
    public record Result(Ingester.Summary summary, long quads, double extractSeconds, double loadSeconds, Path nquads) {}

    /**
     * Runs the backfill into {@code storeDir}. The N-Quads file is deleted afterwards unless
     * {@code keepNQuads} (a benchmark loads it again with the bulk loader alone).
     */
    public static Result run(Path storeDir, List<Path> inputs, Supplier<Pipeline> pipelines, int threads,
                             boolean keepNQuads, Consumer<String> progress) throws IOException {
        return run(storeDir, inputs, FieldMapping.defaults(), pipelines, threads, keepNQuads, progress);
    }

    /** As above, with archives' records read under {@code mapping}. */
    public static Result run(Path storeDir, List<Path> inputs, FieldMapping mapping, Supplier<Pipeline> pipelines, int threads,
                             boolean keepNQuads, Consumer<String> progress) throws IOException {
        Path work = Files.createDirectories(storeDir.toAbsolutePath().resolveSibling(storeDir.getFileName() + ".backfill"));
        Path quads = work.resolve("quads.nq");
        long t0 = System.nanoTime();
        Ingester.Summary summary;
        try (NQuadsSink sink = new NQuadsSink(quads)) {
            sink.write(List.of(Map.entry(Ontology.GRAPH, Ontology.ontology())));
            summary = new Ingester(pipelines, sink, threads, BATCH).ingest(inputs, mapping, progress);
        }
        long t1 = System.nanoTime();
        long loaded = BulkLoad.into(storeDir, List.of(quads));
        long t2 = System.nanoTime();
        if (!keepNQuads) {
            Files.delete(quads);
            Files.delete(work);
        }
        return new Result(summary, loaded, (t1 - t0) / 1e9, (t2 - t1) / 1e9, keepNQuads ? quads : null);
    }

    /** Documents handed to the sink at a time. */
    static final int BATCH = 250;
}
