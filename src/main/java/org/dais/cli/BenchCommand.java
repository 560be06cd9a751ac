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
import java.util.concurrent.atomic.AtomicLong;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.dais.bench.LeftBehind;
import org.dais.bench.ParallelRun;
import org.dais.bench.RealCorpus;
import org.dais.bench.SyntheticArticles;
import org.dais.ingest.SourceDocument;
import org.dais.nlp.OpenNlpModels;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.Backfill;
import org.dais.store.BulkLoad;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;

/**
 * Rerunnable benchmark on real articles ({@code --corpus}: an archive, the seeds, the dev sets,
 * replicated under distinct names to reach each size) or on synthetic articles of the genre. For each corpus size, on the same text
 * and threads: the bare OpenNLP baseline (sentence detection and tokenization alone), extraction
 * and RDF mapping (each timed several times, alternated, the median kept, with CPU time beside
 * wall time), the speed-up of N threads over 1, the end-to-end backfill (extraction feeding the
 * bulk loader, swapped in), Jena's bulk loader alone on the same quads from N-Quads, and
 * optionally the transactional build. Prints rates and ratios, one row per size.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {SparqlBenchCommand.class, BenchProcessCommand.class},
        description = "Benchmark on real articles (--corpus) or synthetic ones: OpenNLP baseline vs extraction+mapping, thread scaling, backfill vs the bulk loader alone.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", split = ",", paramLabel = "N[,N...]",
            description = "Corpus sizes to measure (default: 1000, or the real corpus's own size); e.g. 1000,10000,100000")
    List<Integer> sizes;

    @Option(names = "--corpus", split = ",", paramLabel = "FILE|DIR[,...]",
            description = "Real articles (archives .jsonl/.json/.csv, article files, folders of them) instead of synthetic ones; "
                    + "replicated under distinct names to reach each size")
    List<Path> corpus;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "Where articles and stores go (default: a temporary folder)")
    Path work;

    @Option(names = "--transactional", description = "Also time the transactional build (batches of 250 documents per write transaction)")
    boolean transactional;

    @Option(names = "--repeat", defaultValue = "3",
            description = "Timed runs of the baseline and of extraction, alternated; the median of each is reported (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--warm-up", defaultValue = "120", paramLabel = "SECONDS",
            description = "At most this long for the warm-up rounds after the first two, until the JIT has settled (default: ${DEFAULT-VALUE})")
    double warmUpSeconds;

    @Option(names = "--scaling-sample", defaultValue = "2000", description = "Articles used to compare 1 thread with N (default: ${DEFAULT-VALUE})")
    int scalingSample;

    @Override
    public Integer call() throws Exception {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("dais-bench");
        RealCorpus real = corpus == null || corpus.isEmpty() ? null : RealCorpus.read(corpus);
        if (sizes == null || sizes.isEmpty()) sizes = List.of(real != null ? real.originals() : 1000);
        System.out.printf("dais bench: %s, %d threads (%d cores), max heap %d MB, work folder %s%n",
                real != null ? "real articles " + corpus + " (" + real.originals() + " documents, replicated to each size)"
                        : "synthetic articles, seed " + seed,
                threads, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, dir);
        List<String> rows = new ArrayList<>();
        String header = String.format("%8s %7s | %8s %8s %7s %7s | %6s %6s %7s | %8s %8s %8s %6s %7s %7s %9s | %8s %7s | %8s | %7s",
                "articles", "MB", "bl s", "extr s", "extr/bl", "cpu e/b", "1thr/s", "Nthr/s", "speedup",
                "bf ext s", "bf load", "bf tot s", "bf/bl", "docs/s", "MB/s", "quads/s", "bulk s", "bl/bf", "txn s", "heap MB");
        for (int n : sizes) {
            rows.add(real != null ? row(dir.resolve("real-n" + n), real(real, dir.resolve("real-n" + n), n))
                    : row(dir.resolve("n" + n), synthetic(dir.resolve("n" + n), n)));
            System.out.println(header);
            rows.forEach(System.out::println);
        }
        System.out.printf("""
                bl = bare OpenNLP on each document's whole text (SentenceDetectorME, then TokenizerME on each sentence); extr = the
                pipeline on the same documents (glued-word repair, metadata, sentences, names, rules, resolution, RDF mapping).
                Both are JIT-warmed first (twice over up to 300 documents each, then over up to 1,500 until the JIT compiles under 3%%
                of a round's thread time, at most --warm-up seconds), then timed %d times each, alternated on the same threads, each thread taking the next document as it
                finishes one; the median wall time of each is shown, and cpu e/b = the ratio of their median CPU time summed over the
                worker threads (less disturbed than wall time when other processes share the cores).
                """, repeat);
        System.out.printf("%nWhere the median timed pass's wall went (s): wall; workers' CPU; the rest of the process's CPU (JIT compilers, GC%n"
                + "threads, main); JIT compile time; GC pauses; workers' idle time after the last article was taken; warm-up rounds%n");
        System.out.printf("%8s | %7s %7s %7s %6s %6s %6s | %7s %7s %7s %6s %6s %6s | %2s%n", "articles",
                "bl wall", "bl cpu", "other", "jit", "gc", "idle", "ex wall", "ex cpu", "other", "jit", "gc", "idle", "wu");
        wallAccounts.forEach(System.out::println);
        System.out.println("""
                
                speedup = documents/s extracting with N threads over 1; bf = backfill into an empty store from the archive on disk
                (bf ext = extraction with the loader thread filling the store beside it, bf load = what is left after the last
                document: summaries, commit, the indexes packed, swap), end to end, the median of --repeat runs, each just after a baseline pass of
                its own; bf/bl = the median of each run's total over that pass (the whole build against bare OpenNLP, paired);
                bulk = Jena's bulk loader alone on the same quads (written out after the backfill), from N-Quads;
                bl/bf = bulk alone over the backfill's load finish; txn = transactional build; heap = peak heap in use over the row.""");
        // Each pair printed, so a baseline pass slowed by the backfill before it shows instead of hiding in the ratio.
        // Each pass's CPU beside its wall: a baseline pass whose wall grew while its CPU did not was kept off the cores
        // by something outside this process, not slowed by what the backfill left in it (listed when anything was).
        System.out.printf("%nThe whole-build pairs, run by run: the baseline pass, then the backfill (wall s, and CPU s: the baseline's workers and%n"
                + "the rest of the process; the whole process over the backfill); their ratios; what the backfill before left in the process%n");
        System.out.printf("%8s | %5s | %7s %7s | %7s %7s | %5s %5s | %s%n", "articles", "run", "bl wall", "bl cpu", "bf wall", "bf cpu", "wall", "cpu", "left behind");
        pairAccounts.forEach(System.out::print);
        System.out.println("For the whole build as issue 15 measured it, each side a fresh JVM from start to exit: bench process.");
        return 0;
    }

    /** A synthetic corpus on disk. */
    record Corpus(Path dir, List<Path> files, long bytes) {}

    /**
     * What one row measures: the articles, one by one, for the baseline and extraction ({@code T}
     * is a file for synthetic articles, a document already read for real ones); the inputs on disk
     * the backfill and build read; the text's size.
     */
    record Articles<T>(List<T> items, Work<T> baseline, Work<T> extract, List<Path> inputs, long bytes) {}

    private Articles<Path> synthetic(Path dir, int n) throws IOException {
        Corpus c = generate(dir.resolve("articles"), n, seed);
        return new Articles<>(c.files(), this::baseline, f -> pipelines.get().process(f).triples().size(), List.of(c.dir()), c.bytes());
    }

    private Articles<SourceDocument> real(RealCorpus real, Path dir, int n) throws IOException {
        List<SourceDocument> docs = real.replicated(n);
        Path archive = dir.resolve("articles.jsonl");
        long bytes = RealCorpus.writeArchive(docs, archive);
        return new Articles<>(docs, d -> baselineText(d.text()), d -> pipelines.get().process(d).triples().size(), List.of(archive), bytes);
    }

    private final IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
    private final ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(() -> new Pipeline(iris));

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

    private <T> String row(Path dir, Articles<T> corpus) throws Exception {
        List<T> files = corpus.items();
        int n = files.size();
        if (!warm) {
            // Both paths JIT-compiled before either is timed: otherwise the first one pays for the warm-up.
            List<T> sample = files.subList(0, Math.min(files.size(), 300));
            for (int i = 0; i < 2; i++) {
                parallel(sample, threads, corpus.baseline());
                parallel(sample, threads, corpus.extract());
            }
            warmUntilSettled(files, corpus);
            // And the loader, so the backfill's load phase and the loader alone start equally warm.
            Path warmStore = dir.resolve("tdb2-warm-up");
            BulkLoad.deleteTree(warmStore);
            Backfill.run(warmStore, corpus.inputs(), () -> new Pipeline(iris), threads, false, line -> {});
            BulkLoad.deleteTree(warmStore);
            warm = true;
        }
        resetPeaks();
        // Alternated, so a burst of load from elsewhere on the machine falls on both sides alike.
        double[] baselineWall = new double[repeat], extractWall = new double[repeat];
        double[] baselineCpu = new double[repeat], extractCpu = new double[repeat];
        ParallelRun.Measure[] baselineRuns = new ParallelRun.Measure[repeat], extractRuns = new ParallelRun.Measure[repeat];
        for (int r = 0; r < repeat; r++) {
            AtomicLong cpu = new AtomicLong();
            baselineWall[r] = timed(() -> cpu.set(parallel(files, threads, corpus.baseline())));
            baselineCpu[r] = cpu.get() / 1e9;
            baselineRuns[r] = lastRun;
            extractWall[r] = timed(() -> cpu.set(parallel(files, threads, corpus.extract())));
            extractCpu[r] = cpu.get() / 1e9;
            extractRuns[r] = lastRun;
        }
        double baseline = median(baselineWall), extract = median(extractWall);
        double cpuRatio = median(extractCpu) / median(baselineCpu);
        wallAccounts.add(String.format("%8d | %s | %s | %2d", n, account(baselineRuns), account(extractRuns), warmRounds));

        List<T> sample = files.subList(0, Math.min(files.size(), scalingSample));
        double one = timed(() -> parallel(sample, 1, corpus.extract()));
        double many = timed(() -> parallel(sample, threads, corpus.extract()));

        // The whole build timed as the passes are: warmed, repeated, each run paired with a baseline
        // pass just before it, so the ratio compares runs that met the same state of the machine.
        Path storeDir = dir.resolve("tdb2");
        StringBuilder pairs = new StringBuilder();
        double[] backfillExtract = new double[repeat], backfillLoad = new double[repeat], backfillOverBaseline = new double[repeat];
        Backfill.Result keptRun = null;
        for (int r = 0; r < repeat; r++) {
            // A full collection before each pass of the pair, so neither pays for the other's garbage. (Even so,
            // idle, the baseline pass after a backfill ran 15-40% slower than the alternated ones: see the pairs printed.)
            BulkLoad.deleteTree(storeDir);
            settle();
            String leftBehind = r == 0 ? "" : LeftBehind.now().describe();
            double pairedBaseline = timed(() -> parallel(files, threads, corpus.baseline()));
            double pairedBaselineCpu = lastRun.workerCpu() + lastRun.otherCpu();
            settle();
            long cpu0 = ParallelRun.processCpuNanos();
            boolean last = r == repeat - 1;
            Backfill.Result run = Backfill.run(storeDir, corpus.inputs(), () -> new Pipeline(iris), threads, last, line -> {});
            backfillExtract[r] = run.extractSeconds();
            backfillLoad[r] = run.loadSeconds();
            backfillOverBaseline[r] = (run.extractSeconds() + run.loadSeconds()) / pairedBaseline;
            double backfillCpu = (ParallelRun.processCpuNanos() - cpu0) / 1e9;
            pairs.append(String.format("%8d | %5d | %7.2f %7.2f | %7.2f %7.2f | %5.2f %5.2f |%s%n", n, r + 1, pairedBaseline, pairedBaselineCpu,
                    run.extractSeconds() + run.loadSeconds(), backfillCpu, backfillOverBaseline[r], backfillCpu / pairedBaselineCpu, leftBehind));
            if (last) keptRun = run;
        }
        Backfill.Result backfill = keptRun;
        double backfillTotal = median(backfillExtract) + median(backfillLoad);
        pairAccounts.add(String.format("%s%8d | unpaired (the backfills' median total over the timed baselines' median): %.2f%n", pairs, n, backfillTotal / baseline));

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
                        .ingest(corpus.inputs(), line -> {})));
            }
            BulkLoad.deleteTree(txnDir);
        }
        double mb = corpus.bytes() / 1e6;
        Files.deleteIfExists(dir.resolve("articles.jsonl"));
        return String.format("%8d %7.1f | %8.2f %8.2f %7.2f %7.2f | %6.0f %6.0f %7.2f | %8.1f %8.1f %8.1f %6.2f %7.0f %7.2f %9.0f | %8.1f %7.2f | %8s | %7d",
                n, mb, baseline, extract, extract / baseline, cpuRatio, sample.size() / one, sample.size() / many, one / many,
                median(backfillExtract), median(backfillLoad), backfillTotal, median(backfillOverBaseline), n / backfillTotal, mb / backfillTotal,
                backfill.quads() / backfillTotal, bulkAlone, bulkAlone / median(backfillLoad), txn, peakHeapMb());
    }

    /** A full collection and a moment's rest, so a timed pass does not pay for the one before it. */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(500);
    }

    /** The bare OpenNLP work on one article: sentences, then tokens of each. */
    private final ThreadLocal<SentenceDetectorME> sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.sentences()));
    private final ThreadLocal<TokenizerME> tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(OpenNlpModels.tokens()));

    private long baseline(Path file) throws IOException {
        return baselineText(Files.readString(file, StandardCharsets.UTF_8));
    }

    private long baselineText(String text) {
        long tokens = 0;
        for (Span s : sentences.get().sentPosDetect(text)) tokens += tokenizers.get().tokenizePos(s.getCoveredText(text).toString()).length;
        return tokens;
    }

    /** One article's work; returns a count (quads, tokens) so the work cannot be optimized away. */
    interface Work<T> { long apply(T item) throws Exception; }

    private interface Timed { void run() throws Exception; }

    private static double timed(Timed t) throws Exception {
        long t0 = System.nanoTime();
        t.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * Runs {@code work} over {@code files} on {@code threads} threads (each taking the next article
     * as it finishes one, bench/ParallelRun); returns the CPU nanoseconds the work took, summed over
     * threads, and keeps the pass's whole account in {@link #lastRun}.
     */
    private <T> long parallel(List<T> files, int threads, Work<T> work) throws Exception {
        lastRun = ParallelRun.run(files, threads, work::apply);
        return Math.round(lastRun.workerCpu() * 1e9);
    }

    /** The account of the last {@link #parallel} pass (wall, workers' CPU, the rest of the process, JIT, GC, idle tail). */
    private ParallelRun.Measure lastRun;

    /** Per row: where the median baseline and extraction pass spent their wall time. */
    private final List<String> wallAccounts = new ArrayList<>();
    private final List<String> pairAccounts = new ArrayList<>();
    private int warmRounds;

    /**
     * More warm-up rounds (baseline and extraction alike, over up to 1,500 of the articles) while
     * the JIT still spends over 3% of a round's thread time compiling, for at most {@code --warm-up} seconds. The
     * extractor is far more code than OpenNLP's few hot loops, and much of it runs once per article:
     * C2 takes such a method only after some 10,000 calls, so without this it was still compiling
     * through the timed passes, on the cores the workers need (JFR of the feed x 5000: C2 busy for
     * the whole bench, 2.7 s of other threads' CPU in a median extraction pass against 0.9 s in the
     * baseline's), and the per-article code ran profiled (C1) meanwhile.
     */
    private <T> void warmUntilSettled(List<T> files, Articles<T> corpus) throws Exception {
        List<T> sample = files.subList(0, Math.min(files.size(), 1500));
        long deadline = System.nanoTime() + (long) (warmUpSeconds * 1e9);
        for (warmRounds = 0; System.nanoTime() < deadline; ) {
            warmRounds++;
            ParallelRun.Measure b = ParallelRun.run(sample, threads, corpus.baseline()::apply);
            ParallelRun.Measure e = ParallelRun.run(sample, threads, corpus.extract()::apply);
            if (b.jit() + e.jit() < 0.03 * threads * (b.wall() + e.wall())) break;
        }
    }

    private static String account(ParallelRun.Measure[] runs) {
        ParallelRun.Measure m = java.util.Arrays.stream(runs).sorted(java.util.Comparator.comparingDouble(ParallelRun.Measure::wall))
                .toList().get(runs.length / 2);
        return String.format("%7.2f %7.2f %7.2f %6.2f %6.2f %6.2f", m.wall(), m.workerCpu(), m.otherCpu(), m.jit(), m.gcPause(), m.tailIdle());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
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
