package org.dais.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ParallelRunTest {
    @Test
    void everyItemIsWorkedOnceWhateverTheThreads() throws Exception {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        for (int threads : new int[] {1, 2, 3}) {
            ConcurrentHashMap<Integer, AtomicInteger> seen = new ConcurrentHashMap<>();
            ParallelRun.Measure m = ParallelRun.run(items, threads, i -> seen.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet());
            assertEquals(1000, seen.size());
            assertTrue(seen.values().stream().allMatch(c -> c.get() == 1));
            assertTrue(m.wall() >= 0 && m.workerCpu() >= 0 && m.otherCpu() >= 0 && m.jit() >= 0 && m.gcPause() >= 0 && m.tailIdle() >= 0, m.toString());
        }
    }

    @Test
    void aWorkerThatSpinsShowsItsCpuAndTheOneLeftWaitingShowsIdleTime() throws Exception {
        // Two items on two threads: one spins until its thread has used 200 ms of CPU (CPU, not wall: others share the
        // cores), the other returns at once and waits for it at least that long.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        ParallelRun.Measure m = ParallelRun.run(List.of(200, 0), 2, ms -> {
            long end = cpu.getCurrentThreadCpuTime() + ms * 1_000_000L, x = 0;
            while (cpu.getCurrentThreadCpuTime() < end) x++;
            return x;
        });
        assertTrue(m.workerCpu() >= 0.2, m.toString());
        assertTrue(m.tailIdle() >= 0.19 && m.wall() >= 0.2, m.toString());
    }

    @Test
    void aFailingItemFailsTheRunWithItsOwnException() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ParallelRun.run(List.of(1, 2, 3), 2, i -> { if (i == 2) throw new IllegalStateException("item 2"); return i; }));
        assertEquals("item 2", e.getMessage());
    }
}
