package org.dais.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;
import org.dais.store.Ontology;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Ingest article files or folders into the store (each document replaces its earlier version).")
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles (.txt, .md, .html)")
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                System.err.println("dais build: " + p + ": no such file or folder");
                return 2;
            }
        }
        long t0 = System.nanoTime();
        try (DaisStore store = DaisStore.open(storeOptions.store)) {
            Ingester.Summary summary = build(store, inputs, storeOptions.base, threads);
            System.err.printf("dais build: %d documents ingested, %d skipped, %d failed%s, %d triples, %.1f s → %s%n",
                    summary.ingested(), summary.skipped(), summary.failed(), summary.failed() > 0 ? " (the FAILED lines above)" : "",
                    summary.triples(), (System.nanoTime() - t0) / 1e9, storeOptions.store);
            return summary.failed() == 0 ? 0 : 1;
        }
    }

    /** Documents per write transaction when filling an empty store (a backfill). */
    static final int BACKFILL_BATCH = 250;

    static Ingester.Summary build(DaisStore store, List<Path> inputs, String base, int threads) throws java.io.IOException {
        // Into an empty store, batches of documents share a commit; into a live one, each document is its own.
        int batch = store.isEmpty() ? BACKFILL_BATCH : 1;
        Ontology.install(store);
        IriMinter iris = new IriMinter(base);
        Ingester ingester = new Ingester(() -> new Pipeline(iris), store, threads, batch);
        // One line per input, failures included ("FAILED file: reason"): repeating the failures
        // after the run gave each bad file two lines; the summary line counts them instead.
        return ingester.ingest(inputs, line -> System.err.println("  " + line));
    }
}
