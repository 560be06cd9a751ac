package org.dais.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.dais.ingest.FieldMapping;
import org.dais.ingest.Input;
import org.dais.ingest.Inputs;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;
import org.dais.store.Ontology;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Ingest article files or folders into the store (each document replaces its earlier version).")
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles (.txt, .md, .html) and archives of records (.jsonl, .json, .csv)")
    List<Path> inputs;

    @Option(names = "--field", paramLabel = "PART=FIELD",
            description = "Archive field for a part of the record, e.g. --field text=body --field date=pubDate "
                    + "(parts: text, headline, date, url, id; defaults: story_text|body|text|content, headline|title, date|published, link|url, id|guid)")
    List<String> fields = new java.util.ArrayList<>();

    @Option(names = "--reingest", description = "Re-extract every document, also those whose content and dais version are unchanged "
            + "(skipped without a write by default)")
    boolean reingest;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--load", defaultValue = "auto", paramLabel = "MODE",
            description = "How documents go into the store: transactional (one write transaction per document, or per batch into an "
                    + "empty store), bulk (extract to N-Quads, then Jena's TDB2 bulk loader into a fresh store swapped in; the store must "
                    + "hold no documents), or auto (bulk for " + BULK_MIN + " or more files into a store without documents). Default: ${DEFAULT-VALUE}")
    String load;

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
        if (!List.of("auto", "bulk", "transactional").contains(load)) {
            System.err.println("dais build: --load must be auto, bulk or transactional, not " + load);
            return 2;
        }
        FieldMapping mapping;
        try {
            mapping = FieldMapping.defaults().with(fields);
        } catch (IllegalArgumentException e) {
            System.err.println("dais build: " + e.getMessage());
            return 2;
        }
        long t0 = System.nanoTime();
        // The stages' models and lexicons load beside the store's opening (Jena's start, TDB2's files), which
        // they do not need: extraction starts when the store is ready rather than after both.
        Thread shared = new Thread(Pipeline::loadShared, "dais-load-shared");
        shared.setDaemon(true);
        shared.start();
        boolean bulk;
        String base;
        if (isNew(storeOptions.store)) {
            // No store yet: no base recorded, no documents. Opening one here only to ask would create it,
            // and a bulk load would then open it again and swap it out.
            base = storeOptions.baseFor(java.util.Optional.empty(), IriMinter.DEFAULT_BASE);
            bulk = load.equals("bulk") || (load.equals("auto") && atLeast(inputs, mapping, BULK_MIN));
        } else {
            try (DaisStore store = DaisStore.open(storeOptions.store)) {
                // One store, one base: the one it was built with unless it is new.
                base = storeOptions.baseFor(store, IriMinter.DEFAULT_BASE);
                boolean holdsDocuments = store.holdsDocuments();
                if (load.equals("bulk") && holdsDocuments) {
                    System.err.println("dais build: --load bulk needs a store without documents; " + storeOptions.store + " has some");
                    return 2;
                }
                bulk = load.equals("bulk") || (load.equals("auto") && !holdsDocuments && atLeast(inputs, mapping, BULK_MIN));
            }
        }
        if (bulk) return report("dais build (bulk load)", backfill(storeOptions.store, inputs, mapping, base, threads), t0);
        try (DaisStore store = DaisStore.open(storeOptions.store)) {
            store.recordBase(base);
            return report("dais build", build(store, inputs, mapping, base, threads, reingest), t0);
        }
    }

    /** No store at {@code dir} yet: nothing there, or an empty folder. */
    static boolean isNew(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return true;
        if (!Files.isDirectory(dir)) return false; // a file: opening it says what is wrong
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The summary line; the exit code is 1 when any input failed. */
    private int report(String what, Ingester.Summary summary, long t0) {
        System.err.printf("%s: %d documents ingested, %d skipped, %d failed%s, %d unchanged, %d triples, %.1f s → %s%n", what,
                summary.ingested(), summary.skipped(), summary.failed(), summary.failed() > 0 ? " (the FAILED lines above)" : "",
                summary.unchanged(), summary.triples(), (System.nanoTime() - t0) / 1e9, storeOptions.store);
        return summary.failed() == 0 ? 0 : 1;
    }

    /** Documents per write transaction when filling an empty store (a backfill). */
    static final int BACKFILL_BATCH = 250;

    /** Files from which an empty store is filled by a bulk load rather than by transactions. */
    static final int BULK_MIN = 1000;

    /**
     * Whether the inputs hold at least {@code n} documents (archives count their records): read
     * only as far as {@code n}, the records themselves are not kept.
     */
    static boolean atLeast(List<Path> inputs, FieldMapping mapping, int n) throws java.io.IOException {
        if (!inputs.isEmpty() && inputs.stream().allMatch(BuildCommand::isJsonLines)) {
            // Their lines, not their records: parsing every record only to count them was a serial
            // start before any extraction (JFR of a build of seeds x 200: a fifth of the reading
            // thread's samples). A line that is no record only tips the choice of loader; either
            // one reports it.
            long lines = 0;
            for (Path p : inputs) lines += nonBlankLines(p, n - lines);
            return lines >= n;
        }
        Inputs items = Inputs.of(inputs, mapping);
        int count = 0;
        while (count < n && items.hasNext()) {
            Input item = items.next();
            if (item instanceof Input.ArticleFile || item instanceof Input.ArchiveRecord) count++;
        }
        return count >= n;
    }

    private static boolean isJsonLines(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return (name.endsWith(".jsonl") || name.endsWith(".ndjson")) && java.nio.file.Files.isRegularFile(p);
    }

    /** The lines of {@code file} holding more than whitespace, counted up to {@code max}. */
    static long nonBlankLines(Path file, long max) throws java.io.IOException {
        long count = 0;
        boolean content = false;
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            for (int read; count < max && (read = in.read(buffer)) > 0; ) {
                int i = 0;
                while (i < read && count < max) {
                    if (content) {
                        // The rest of a line known to hold content is only searched for its end, one test a
                        // byte: a record's line is some 20 kB, and the whole archive is read here before any
                        // extraction starts.
                        while (i < read && buffer[i] != '\n') i++;
                        if (i < read) {
                            count++;
                            content = false;
                            i++;
                        }
                    } else {
                        byte b = buffer[i++];
                        content = b != '\n' && b != ' ' && b != '\t' && b != '\r';
                    }
                }
            }
        }
        return content && count < max ? count + 1 : count;
    }

    static Ingester.Summary backfill(Path storeDir, List<Path> inputs, String base, int threads) throws java.io.IOException {
        return backfill(storeDir, inputs, FieldMapping.defaults(), base, threads);
    }

    static Ingester.Summary backfill(Path storeDir, List<Path> inputs, FieldMapping mapping, String base, int threads) throws java.io.IOException {
        IriMinter iris = new IriMinter(base);
        org.dais.store.Backfill.Result result = org.dais.store.Backfill.run(storeDir, inputs, mapping, () -> new Pipeline(iris), threads, false,
                line -> System.err.println("  " + line));
        System.err.printf("  extraction with the store filled beside it %.1f s, then the load finished (summaries, commit) in %.1f s: %d quads%n", result.extractSeconds(), result.loadSeconds(), result.quads());
        var phases = result.phases();
        System.err.printf("  the loader's thread: %.1f s feeding quads beside extraction, then %.1f s for the summaries, %.1f s to commit and %.1f s to write the indexes%n",
                phases.feedSeconds(), phases.summarySeconds(), phases.commitSeconds(), phases.indexSeconds());
        return result.summary();
    }

    static Ingester.Summary build(DaisStore store, List<Path> inputs, String base, int threads) throws java.io.IOException {
        return build(store, inputs, FieldMapping.defaults(), base, threads);
    }

    static Ingester.Summary build(DaisStore store, List<Path> inputs, FieldMapping mapping, String base, int threads) throws java.io.IOException {
        return build(store, inputs, mapping, base, threads, false);
    }

    static Ingester.Summary build(DaisStore store, List<Path> inputs, FieldMapping mapping, String base, int threads, boolean reingest)
            throws java.io.IOException {
        // Into an empty store, batches of documents share a commit; into a live one, each document is its own.
        int batch = store.isEmpty() ? BACKFILL_BATCH : 1;
        // A re-run over unchanged inputs writes nothing: the ontology too only when it changed.
        boolean ontologyStored = store.read(() -> store.dataset().containsNamedModel(Ontology.GRAPH)
                && store.dataset().getNamedModel(Ontology.GRAPH).isIsomorphicWith(Ontology.ontology()));
        if (!ontologyStored) Ontology.install(store);
        IriMinter iris = new IriMinter(base);
        Ingester ingester = new Ingester(() -> new Pipeline(iris), store, threads, batch);
        if (reingest) ingester = ingester.reingestingUnchanged();
        // One line per input, failures included ("FAILED file: reason"): repeating the failures
        // after the run gave each bad file two lines; the summary line counts them instead.
        return ingester.ingest(inputs, mapping, line -> System.err.println("  " + line));
    }
}
