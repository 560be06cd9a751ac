package org.dais.store;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.dais.rdf.DocumentTriples;

/**
 * A sink that passes graphs on and reports, every {@code slice} documents, how long that slice
 * took and the heap in use: whether a long backfill's time per article stays flat from the
 * first thousand to the last (issue 15: 100,000 articles), read from the build's own log
 * instead of timestamps added outside it.
 */
final class SliceClock implements GraphSink {
    private final GraphSink next;
    private final int slice;
    private final Consumer<String> report;
    private final LongSupplier clock;
    private long documents, sliceStart, sliceFirst, sliceCpu = processCpuNanos();

    SliceClock(GraphSink next, int slice, Consumer<String> report) {
        this(next, slice, report, System::nanoTime);
    }

    SliceClock(GraphSink next, int slice, Consumer<String> report, LongSupplier nanoClock) {
        if (slice < 1) throw new IllegalArgumentException("a slice holds at least one document, not " + slice);
        this.next = next;
        this.slice = slice;
        this.report = report;
        this.clock = nanoClock;
        this.sliceStart = nanoClock.getAsLong();
    }

    @Override
    public void write(List<DocumentTriples> graphs) throws IOException {
        next.write(graphs);
        long before = documents;
        documents += graphs.size();
        // A batch may cross a slice's end: reported at the batch that crosses it, timed to that batch.
        if (documents / slice > before / slice) {
            long now = clock.getAsLong();
            long inSlice = documents - sliceFirst;
            Runtime rt = Runtime.getRuntime();
            long cpu = processCpuNanos();
            // The process's CPU beside the wall: on a shared machine the wall says as much about the others as about the build.
            report.accept(String.format("%,d documents handed to the loader: the last %,d in %.1f s (%.2f ms an article), %.1f s of CPU (%.2f ms an article), heap in use %d MB",
                    documents, inSlice, (now - sliceStart) / 1e9, (now - sliceStart) / 1e6 / inSlice,
                    (cpu - sliceCpu) / 1e9, (cpu - sliceCpu) / 1e6 / inSlice, (rt.totalMemory() - rt.freeMemory()) >> 20));
            sliceStart = now;
            sliceCpu = cpu;
            sliceFirst = documents;
        }
    }

    /** The process's CPU time, all its threads; 0 where the platform does not tell (the line then shows no CPU). */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    long documents() {
        return documents;
    }
}
