package org.dais.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.dais.bench.SyntheticArticles;
import org.dais.nlp.OpenNlpModels;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.Backfill;
import org.dais.store.BulkLoad;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;

/**
 * Rerunnable benchmark on synthetic articles of the genre. For each corpus size, on the same text
 * and threads: the bare OpenNLP baseline (sentence detection and tokenization alone), extraction
 * and RDF mapping, the speed-up of N threads over 1, the end-to-end backfill (extraction to
 * N-Quads, then the bulk loader, swapped in), Jena's bulk loader alone on the same N-Quads, and
 * optionally the transactional build. Prints rates and ratios, one row per size.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = SparqlBenchCommand.class,
        description = "Benchmark on synthetic articles: OpenNLP baseline vs extraction+mapping, thread scaling, backfill vs the bulk loader alone.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", split = ",", paramLabel = "N[,N...]", defaultValue = "1000",
            description = "Corpus sizes to measure (default: ${DEFAULT-VALUE}); e.g. 1000,10000,100000")
    List<Integer> sizes;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "Where articles and stores go (default: a temporary folder)")
    Path work;

    @Option(names = "--transactional", description = "Also time the transactional build (batches of 250 documents per write transaction)")
    boolean transactional;

    @Option(names = "--scaling-sample", defaultValue = "2000", description = "Articles used to compare 1 thread with N (default: ${DEFAULT-VALUE})")
    int scalingSample;

    @Override
    public Integer call() throws Exception {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("dais-bench");
        System.out.printf("dais bench: %d threads (%d cores), seed %d, max heap %d MB, work folder %s%n", threads,
                Runtime.getRuntime().availableProcessors(), seed, Runtime.getRuntime().maxMemory() >> 20, dir);
        List<String> rows = new ArrayList<>();
        String header = String.format("%8s %7s | %8s %8s %7s | %6s %6s %7s | %8s %8s %8s %7s %7s %9s | %8s %7s | %8s | %7s",
                "articles", "MB", "bl s", "extr s", "extr/bl", "1thr/s", "Nthr/s", "speedup",
                "bf ext s", "bf load", "bf tot s", "docs/s", "MB/s", "quads/s", "bulk s", "bl/bf", "txn s", "heap MB");
        for (int n : sizes) {
            rows.add(row(dir.resolve("n" + n), n));
            System.out.println(header);
            rows.forEach(System.out::println);
        }
        System.out.println("""
                bl = bare OpenNLP (sentences + tokens); extr = read, metadata, sentences, names, extraction, resolution, RDF mapping;
                speedup = documents/s extracting with N threads over 1; bf = backfill into an empty store (extract to N-Quads,
                bulk load, swap in), end to end; bulk = Jena's bulk loader alone on the same N-Quads; bl/bf = load-phase rate of the
                backfill over the loader alone; txn = transactional build; heap = peak heap in use over the row.""");
        return 0;
    }

    /** A synthetic corpus on disk. */
    record Corpus(Path dir, List<Path> files, long bytes) {}

    static Corpus generate(Path articles, int n, long seed) throws IOException {
        Files.createDirectories(articles);
        SyntheticArticles generator = new SyntheticArticles(seed);
        long bytes = 0;
        List<Path> files = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Path f = articles.resolve(String.format("a%07d.txt", i));
            byte[] text = generator.article(i).getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(f) || Files.size(f) != text.length) Files.write(f, text);
            bytes += text.length;
            files.add(f);
        }
        return new Corpus(articles, files, bytes);
    }

    private boolean warm;

    private String row(Path dir, int n) throws Exception {
        Corpus corpus = generate(dir.resolve("articles"), n, seed);
        List<Path> files = corpus.files();
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(() -> new Pipeline(iris));
        AtomicLong quads = new AtomicLong();
        if (!warm) {
            // Both paths JIT-compiled before either is timed: otherwise the first one pays for the warm-up.
            List<Path> sample = files.subList(0, Math.min(files.size(), 300));
            for (int i = 0; i < 2; i++) {
                parallel(sample, threads, this::baseline);
                parallel(sample, threads, f -> pipelines.get().process(f));
            }
            // And the loader, so the backfill's load phase and the loader alone start equally warm.
            Path warmStore = dir.resolve("tdb2-warm-up");
            BulkLoad.deleteTree(warmStore);
            Backfill.run(warmStore, sample, () -> new Pipeline(iris), threads, false, line -> {});
            BulkLoad.deleteTree(warmStore);
            warm = true;
        }
        resetPeaks();
        double baseline = timed(() -> parallel(files, threads, this::baseline));
        double extract = timed(() -> parallel(files, threads, f -> quads.addAndGet(pipelines.get().process(f).model().size())));

        List<Path> sample = files.subList(0, Math.min(files.size(), scalingSample));
        double one = timed(() -> parallel(sample, 1, f -> pipelines.get().process(f)));
        double many = timed(() -> parallel(sample, threads, f -> pipelines.get().process(f)));

        Path storeDir = dir.resolve("tdb2");
        BulkLoad.deleteTree(storeDir);
        Backfill.Result backfill = Backfill.run(storeDir, List.of(corpus.dir()), () -> new Pipeline(iris), threads, true, line -> {});
        double backfillTotal = backfill.extractSeconds() + backfill.loadSeconds();

        Path alone = dir.resolve("tdb2-bulk-alone");
        BulkLoad.deleteTree(alone);
        double bulkAlone = timed(() -> BulkLoad.loadInto(alone, List.of(backfill.nquads().toString())));
        BulkLoad.deleteTree(alone);
        Files.delete(backfill.nquads());

        String txn = "-";
        if (transactional) {
            Path txnDir = dir.resolve("tdb2-txn");
            BulkLoad.deleteTree(txnDir);
            try (DaisStore store = DaisStore.open(txnDir)) {
                txn = String.format("%8.1f", timed(() -> new Ingester(() -> new Pipeline(iris), store, threads, BuildCommand.BACKFILL_BATCH)
                        .ingest(List.of(corpus.dir()), line -> {})));
            }
            BulkLoad.deleteTree(txnDir);
        }
        double mb = corpus.bytes() / 1e6;
        return String.format("%8d %7.1f | %8.2f %8.2f %7.2f | %6.0f %6.0f %7.2f | %8.1f %8.1f %8.1f %7.0f %7.2f %9.0f | %8.1f %7.2f | %8s | %7d",
                n, mb, baseline, extract, extract / baseline, sample.size() / one, sample.size() / many, one / many,
                backfill.extractSeconds(), backfill.loadSeconds(), backfillTotal, n / backfillTotal, mb / backfillTotal,
                backfill.quads() / backfillTotal, bulkAlone, bulkAlone / backfill.loadSeconds(), txn, peakHeapMb());
    }

    /** The bare OpenNLP work on one article: sentences, then tokens of each. */
    private final ThreadLocal<SentenceDetectorME> sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.sentences()));
    private final ThreadLocal<TokenizerME> tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(OpenNlpModels.tokens()));

    private void baseline(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (Span s : sentences.get().sentPosDetect(text)) tokenizers.get().tokenizePos(s.getCoveredText(text).toString());
    }

    private interface Work { void apply(Path file) throws Exception; }

    private interface Timed { void run() throws Exception; }

    private static double timed(Timed t) throws Exception {
        long t0 = System.nanoTime();
        t.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void parallel(List<Path> files, int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = Math.max(1, files.size() / (threads * 8));
            for (int i = 0; i < files.size(); i += chunk) {
                List<Path> part = files.subList(i, Math.min(files.size(), i + chunk));
                futures.add(pool.submit(() -> {
                    for (Path f : part) work.apply(f);
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024 * 1024);
    }
}
