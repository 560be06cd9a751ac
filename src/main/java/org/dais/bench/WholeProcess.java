package org.dais.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole processes timed as issue 15 timed them: a fresh JVM for the bare OpenNLP baseline
 * ({@link BareOpenNlp}) and a fresh JVM for {@code dais build}, over the same archive on disk,
 * each from its start to its exit (JVM start, class loading, the JIT, model loading, the store's
 * last phases and the swap all included). Measured in one JVM against another, a baseline pass
 * run after a backfill was 15-40% slower than its alternated ones, so an in-process ratio
 * depended on what ran before it; separate processes share nothing but the disk cache.
 *
 * <p>CPU is the child's own user and system time, read as the growth of this process's
 * {@code cutime + cstime} in {@code /proc/self/stat} across the child's life: the kernel adds a
 * child's times there when it is reaped, so nothing of the child (its JIT and GC threads, its
 * exit) is missed. One child runs at a time.
 */
public final class WholeProcess {
    /** One run of a child: wall and CPU seconds, its exit code, and the build's own phase times when it printed them. */
    public record Run(String what, double wall, double cpu, int exit, double extractSeconds, double loadSeconds) {}

    private final List<String> java;
    private final String classPath;
    /** Options of one side only (its class-data archive), after the shared ones. */
    private final List<String> baselineOnly, buildOnly;

    /** Children run with {@code java} and {@code jvmOptions}, on {@code classPath} (this process's own by default). */
    public WholeProcess(String java, List<String> jvmOptions, String classPath) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmOptions);
        this.java = List.copyOf(cmd);
        this.classPath = classPath;
        this.baselineOnly = List.of();
        this.buildOnly = List.of();
    }

    private WholeProcess(WholeProcess shared, List<String> baselineOnly, List<String> buildOnly) {
        this.java = shared.java;
        this.classPath = shared.classPath;
        this.baselineOnly = List.copyOf(baselineOnly);
        this.buildOnly = List.copyOf(buildOnly);
    }

    /**
     * The same children, each program with an application class-data archive of its own: dumped at
     * the exit of one run over {@code training} ({@code -XX:ArchiveClassesAtExit}), then mapped by every
     * later child ({@code -XX:SharedArchiveFile}). What an operator who launches dais with an archive
     * gets, measured against a baseline given the same help: its classes are neither parsed nor
     * verified at start. HotSpot dumps only classes from jars, so the children must run from the dais jar.
     */
    public WholeProcess withClassData(Path training, Path dir, int threads) throws IOException, InterruptedException {
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                throw new IOException("class-data archives need the children to run from jars (java -jar target/dais.jar bench process ...): "
                        + "HotSpot archives no classes of a folder, and the class path holds " + entry);
            }
        }
        Path baselineArchive = dir.resolve("baseline.jsa").toAbsolutePath(), buildArchive = dir.resolve("build.jsa").toAbsolutePath();
        Files.deleteIfExists(baselineArchive);
        Files.deleteIfExists(buildArchive);
        WholeProcess dumping = new WholeProcess(this, List.of("-XX:ArchiveClassesAtExit=" + baselineArchive),
                List.of("-XX:ArchiveClassesAtExit=" + buildArchive));
        Path baselineLog = dir.resolve("baseline-class-data.log"), buildLog = dir.resolve("build-class-data.log");
        dumping.baseline(training, threads, baselineLog);
        dumping.build(training, dir.resolve("tdb2-class-data"), threads, buildLog);
        org.dais.store.BulkLoad.deleteTree(dir.resolve("tdb2-class-data"));
        for (Path[] archiveAndLog : new Path[][] {{baselineArchive, baselineLog}, {buildArchive, buildLog}}) {
            if (!Files.isRegularFile(archiveAndLog[0])) {
                throw new IOException("no class-data archive " + archiveAndLog[0] + " was written: see " + archiveAndLog[1]);
            }
        }
        // -Xshare:on: a child that cannot map its archive fails instead of being timed without it.
        return new WholeProcess(this, List.of("-XX:SharedArchiveFile=" + baselineArchive, "-Xshare:on"),
                List.of("-XX:SharedArchiveFile=" + buildArchive, "-Xshare:on"));
    }

    /** The java this process runs on and its class path (the dais jar when run with {@code java -jar}). */
    public static WholeProcess likeThisOne(List<String> jvmOptions) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new WholeProcess(java, jvmOptions, System.getProperty("java.class.path"));
    }

    /** The bare OpenNLP baseline over {@code archive} on {@code threads} threads. */
    public Run baseline(Path archive, int threads, Path log) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(java);
        cmd.addAll(baselineOnly);
        cmd.addAll(List.of("-cp", classPath, BareOpenNlp.class.getName(), archive.toString(), Integer.toString(threads)));
        return run("baseline", cmd, log);
    }

    /** {@code dais build} of {@code archive} into {@code store}, which is removed first: every build fills a fresh store. */
    public Run build(Path archive, Path store, int threads, Path log) throws IOException, InterruptedException {
        org.dais.store.BulkLoad.deleteTree(store);
        List<String> cmd = new ArrayList<>(java);
        cmd.addAll(buildOnly);
        cmd.addAll(List.of("-cp", classPath, "org.dais.cli.Main", "build", "--input", archive.toString(), "--store", store.toString(),
                "--threads", Integer.toString(threads)));
        return run("build", cmd, log);
    }

    private static final Pattern PHASES = Pattern.compile(
            "extraction with the store filled beside it ([0-9.]+) s, then the load finished \\(summaries, commit\\) in ([0-9.]+) s");

    private Run run(String what, List<String> cmd, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        long cpu0 = childrenCpuTicks();
        long t0 = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        long cpu1 = childrenCpuTicks();
        double cpu = cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) / (double) TICKS_PER_SECOND;
        if (exit != 0) throw new IOException(what + " exited with " + exit + ": see " + log + " (" + String.join(" ", cmd) + ")");
        double extract = Double.NaN, load = Double.NaN;
        Matcher m = PHASES.matcher(Files.readString(log));
        if (m.find()) {
            extract = Double.parseDouble(m.group(1));
            load = Double.parseDouble(m.group(2));
        }
        return new Run(what, wall, cpu, exit, extract, load);
    }

    /** Linux reports times in /proc in USER_HZ, 100 a second on every architecture it runs on. */
    static final int TICKS_PER_SECOND = 100;

    /**
     * The CPU ticks (user + system) of this process's reaped children: fields 16 and 17 of
     * {@code /proc/self/stat}, counted after the command name (which may hold spaces); -1 where
     * there is no such file.
     */
    static long childrenCpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            // fields[0] is field 3 (state): cutime is field 16, cstime field 17.
            return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The load average over the last minute, as the kernel reports it, or NaN. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
