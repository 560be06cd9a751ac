package org.dais.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.dais.bench.SyntheticArticles;

/** Benchmarks are not unit tests: CI only checks that a tiny run of the command works and reports ratios. */
class BenchSmokeTest {
    @Test
    void aTinyBenchRunPrintsARowWithRatios(@TempDir Path dir) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new Main()).execute("bench", "--articles", "12", "--threads", "1", "--work", dir.toString());
            assertEquals(0, code);
        } finally {
            System.setOut(old);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("extr/bl") && report.contains("bl/bf") && report.contains("speedup"), report);
        assertTrue(report.lines().anyMatch(l -> l.trim().startsWith("12 ")), report);
    }

    @Test
    void theGeneratorIsDeterministic() {
        assertEquals(new SyntheticArticles(7).article(3), new SyntheticArticles(7).article(3));
        assertTrue(!new SyntheticArticles(7).article(3).equals(new SyntheticArticles(8).article(3)));
    }
}
