package org.dais.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One timed pass of some work over the articles on N threads, and where its wall time went:
 * the workers' own CPU, the CPU of every other thread of the process (the JIT compilers, GC
 * threads, the main thread), the JIT's compile time, the GC's pauses, and the time workers sat
 * idle at the end waiting for the last one. Each worker takes the next article as it finishes
 * one (an atomic index), so no worker is handed a long run of heavy articles while another runs
 * dry: the baseline and extraction are dealt out alike, one article at a time.
 */
public final class ParallelRun {
    /** One article's work; returns a count (quads, tokens) so the work cannot be optimized away. */
    public interface Work<T> {
        long apply(T item) throws Exception;
    }

    /**
     * What one pass measured, in seconds: wall; the workers' CPU summed; the process's CPU beyond
     * it; compile time of the JIT (summed over its threads); stop-the-world GC time; and the
     * workers' idle time after they ran out of articles (summed over workers).
     */
    public record Measure(double wall, double workerCpu, double otherCpu, double jit, double gcPause, double tailIdle) {}

    private ParallelRun() {}

    /** The work's counts, summed so the JIT cannot drop the work that produced them. */
    private static final AtomicLong CONSUMED = new AtomicLong();

    public static <T> Measure run(List<T> items, int threads, Work<T> work) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        try {
            long process0 = processCpuNanos(), jit0 = jitMillis(), gc0 = gcMillis(), wall0 = System.nanoTime();
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long cpu0 = cpu.getCurrentThreadCpuTime(), counted = 0;
                    for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) counted += work.apply(items.get(i));
                    CONSUMED.addAndGet(counted);
                    return new long[] {cpu.getCurrentThreadCpuTime() - cpu0, System.nanoTime()};
                }));
            }
            long workerCpu = 0, lastFinish = 0;
            List<Long> finishes = new ArrayList<>();
            for (Future<long[]> f : workers) {
                long[] r = get(f);
                workerCpu += r[0];
                finishes.add(r[1]);
                lastFinish = Math.max(lastFinish, r[1]);
            }
            long wall = System.nanoTime() - wall0;
            long process = processCpuNanos() - process0;
            long idle = 0;
            for (long f : finishes) idle += lastFinish - f;
            return new Measure(wall / 1e9, workerCpu / 1e9, Math.max(0, process - workerCpu) / 1e9,
                    (jitMillis() - jit0) / 1e3, (gcMillis() - gc0) / 1e3, idle / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static long[] get(Future<long[]> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) throw cause;
            throw e;
        }
    }

    /** The process's CPU time (all its threads, the JVM's own among them), or -1 where the platform does not tell. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        return -1;
    }

    static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) total += Math.max(0, gc.getCollectionTime());
        return total;
    }
}
