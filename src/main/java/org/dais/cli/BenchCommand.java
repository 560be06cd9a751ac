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
import org.dais.store.DaisStore;
import org.dais.store.Ingester;

/**
 * Rerunnable benchmark: synthetic articles of the genre, then, on the same text and threads,
 * the bare OpenNLP baseline (sentence detection and tokenization alone), extraction and RDF
 * mapping, and the end-to-end build into TDB2. Prints rates and ratios, one row per corpus size.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark on synthetic articles: OpenNLP baseline vs extraction+mapping vs end to end into TDB2.")
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

    @Override
    public Integer call() throws Exception {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("dais-bench");
        System.out.printf("dais bench: %d threads, seed %d, work folder %s%n", threads, seed, dir);
        System.out.printf("%9s %8s %10s %10s %11s %10s %10s %9s %9s %9s%n", "articles", "MB", "baseline s", "extract s",
                "extract/bl", "build s", "docs/s", "MB/s", "quads/s", "heap MB");
        for (int n : sizes) row(dir.resolve("n" + n), n);
        return 0;
    }

    private void row(Path dir, int n) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        SyntheticArticles generator = new SyntheticArticles(seed);
        long bytes = 0;
        List<Path> files = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Path f = articles.resolve(String.format("a%07d.txt", i));
            byte[] text = generator.article(i).getBytes(StandardCharsets.UTF_8);
            Files.write(f, text);
            bytes += text.length;
            files.add(f);
        }
        resetPeaks();
        double baseline = timed(() -> parallel(files, this::baseline));
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(() -> new Pipeline(iris));
        AtomicLong quads = new AtomicLong();
        double extract = timed(() -> parallel(files, f -> quads.addAndGet(pipelines.get().process(f).model().size())));
        Path storeDir = dir.resolve("tdb2");
        double build;
        try (DaisStore store = DaisStore.open(storeDir)) {
            build = timed(() -> new Ingester(() -> new Pipeline(iris), store, threads, BuildCommand.BACKFILL_BATCH)
                    .ingest(List.of(articles), line -> {}));
        }
        double mb = bytes / 1e6;
        System.out.printf("%9d %8.1f %10.2f %10.2f %11.2f %10.2f %10.1f %9.2f %9.0f %9d%n", n, mb, baseline, extract,
                extract / baseline, build, n / build, mb / build, quads.get() / build, peakHeapMb());
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

    private double timed(Timed t) throws Exception {
        long t0 = System.nanoTime();
        t.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private void parallel(List<Path> files, Work work) throws Exception {
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
