package org.dais.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.dais.bench.RealCorpus;
import org.dais.bench.WholeProcess;
import org.dais.store.BulkLoad;

/**
 * The whole build against bare OpenNLP, each a fresh JVM (issue 15's own measurement): the real
 * articles replicated to {@code --articles} are written as one JSON Lines archive, then a
 * baseline process and a {@code dais build} process into a fresh store are run alternately,
 * {@code --repeat} times, after {@code --untimed} pairs that only warm the disk cache. Reports
 * every run (wall, CPU, load average), the medians, the ratio of the medians and the median of
 * the paired ratios, for wall and CPU alike.
 */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Whole processes: a fresh JVM of bare OpenNLP against a fresh JVM of `dais build` over the same archive, alternated; wall and CPU.")
public final class BenchProcessCommand implements Callable<Integer> {
    @Option(names = "--corpus", split = ",", required = true, paramLabel = "FILE|DIR[,...]",
            description = "Real articles (archives, article files, folders of them), replicated under distinct names to --articles")
    List<Path> corpus;

    @Option(names = "--articles", defaultValue = "1000", description = "Records in the archive (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of each child (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--repeat", defaultValue = "5", description = "Timed pairs, alternated; 0 writes the archive only, e.g. for a build of it (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--untimed", defaultValue = "1", description = "Pairs run first and not counted: the disk cache warmed for both (default: ${DEFAULT-VALUE})")
    int untimed;

    @Option(names = "--jvm-option", paramLabel = "OPT", description = "An option for both children's JVMs, e.g. --jvm-option=-Xmx2g (repeatable)")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--class-data", description = "Each program with a class-data archive of its own, dumped from a run over the corpus's originals "
            + "before the timed pairs (what launching dais with -XX:SharedArchiveFile gives; the children must run from the jar)")
    boolean classData;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the archive, stores and children's logs go (default: a temporary folder)")
    Path work;

    @Override
    public Integer call() throws Exception {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("dais-bench-process");
        RealCorpus real = RealCorpus.read(corpus);
        Path archive = dir.resolve("articles-" + articles + ".jsonl");
        long bytes = RealCorpus.writeArchive(real.replicated(articles), archive);
        WholeProcess children = WholeProcess.likeThisOne(jvmOptions);
        System.out.printf("dais bench process: %s (%d documents) replicated to %d records (%.1f MB), %d threads a child, JVM options %s%s, work folder %s%n",
                corpus, real.originals(), articles, bytes / 1e6, threads, jvmOptions, classData ? ", each program its own class-data archive" : "", dir);
        if (repeat < 1) {
            System.out.println("--repeat 0: the archive only, " + archive);
            return 0;
        }
        if (classData) {
            // A short run of every original: the classes a build loads, not the archive's length of text.
            Path training = dir.resolve("class-data-training.jsonl");
            RealCorpus.writeArchive(real.replicated(Math.min(articles, Math.max(1, real.originals()))), training);
            children = children.withClassData(training, dir, threads);
        }
        Path store = dir.resolve("tdb2");
        for (int r = 0; r < untimed; r++) {
            children.baseline(archive, threads, dir.resolve("baseline-untimed-" + r + ".log"));
            children.build(archive, store, threads, dir.resolve("build-untimed-" + r + ".log"));
        }
        System.out.printf("%4s | %8s %8s | %8s %8s %8s %8s | %6s %6s | %5s%n", "run", "bl wall", "bl cpu", "bd wall", "bd cpu", "bd ext", "bd load",
                "wall/bl", "cpu/bl", "load");
        double[] blWall = new double[repeat], blCpu = new double[repeat], bdWall = new double[repeat], bdCpu = new double[repeat];
        double[] pairedWall = new double[repeat], pairedCpu = new double[repeat];
        for (int r = 0; r < repeat; r++) {
            WholeProcess.Run bl = children.baseline(archive, threads, dir.resolve("baseline-" + r + ".log"));
            WholeProcess.Run bd = children.build(archive, store, threads, dir.resolve("build-" + r + ".log"));
            blWall[r] = bl.wall();
            blCpu[r] = bl.cpu();
            bdWall[r] = bd.wall();
            bdCpu[r] = bd.cpu();
            pairedWall[r] = bd.wall() / bl.wall();
            pairedCpu[r] = bd.cpu() / bl.cpu();
            System.out.printf("%4d | %8.2f %8.2f | %8.2f %8.2f %8.2f %8.2f | %6.2f %6.2f | %5.1f%n", r + 1, bl.wall(), bl.cpu(), bd.wall(), bd.cpu(),
                    bd.extractSeconds(), bd.loadSeconds(), pairedWall[r], pairedCpu[r], WholeProcess.loadAverage());
        }
        BulkLoad.deleteTree(store);
        System.out.printf("%4s | %8.2f %8.2f | %8.2f %8.2f %8s %8s | %6.2f %6.2f |%n", "med", BenchCommand.median(blWall), BenchCommand.median(blCpu),
                BenchCommand.median(bdWall), BenchCommand.median(bdCpu), "", "", BenchCommand.median(pairedWall), BenchCommand.median(pairedCpu));
        System.out.printf("""
                whole build / bare OpenNLP, each a fresh JVM from start to exit: wall %.2f, CPU %.2f (ratio of the medians);
                the medians of the paired ratios above: wall %.2f, CPU %.2f. bl = %s over the archive's texts
                (sentences, then TokenizerME); bd = dais build into a fresh store (bd ext, bd load: its own split, extraction with
                the load beside it, then the load's finish); CPU = the child's user + system time; load = the load average at the run's end.
                """, BenchCommand.median(bdWall) / BenchCommand.median(blWall), BenchCommand.median(bdCpu) / BenchCommand.median(blCpu),
                BenchCommand.median(pairedWall), BenchCommand.median(pairedCpu), org.dais.bench.BareOpenNlp.class.getSimpleName());
        return 0;
    }
}
