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
        String report = run("bench", "--articles", "12", "--threads", "1", "--warm-up", "1", "--work", dir.toString());
        assertTrue(report.contains("extr/bl") && report.contains("bl/bf") && report.contains("speedup"), report);
        assertTrue(report.lines().anyMatch(l -> l.trim().startsWith("12 ")), report);
        // the whole build against the baseline, paired run by run: a positive ratio in the backfill's columns
        assertTrue(report.contains("bf/bl"), report);
        String row = report.lines().map(String::trim).filter(l -> l.startsWith("12 ") && !l.startsWith("12 |")).findFirst().orElseThrow();
        String[] backfillColumns = row.split("\\|")[3].trim().split("\\s+");
        assertEquals(7, backfillColumns.length, report);
        assertTrue(Double.parseDouble(backfillColumns[3]) > 0, report);
        // and where the wall went: one account line for the row, the baseline's and extraction's columns
        assertTrue(report.contains("Where the median timed pass's wall went"), report);
        assertEquals(4, report.lines().filter(l -> l.trim().startsWith("12 |")).findFirst().orElseThrow().split("\\|").length, report);
    }

    @Test
    void aTinyWholeProcessRunTimesFreshJvmsOfBothSidesAndReportsTheirRatios(@TempDir Path dir) throws Exception {
        String report = run("bench", "process", "--corpus", "seeds", "--articles", "8", "--repeat", "1", "--untimed", "0",
                "--threads", "1", "--work", dir.toString());
        String row = report.lines().map(String::trim).filter(l -> l.startsWith("1 |")).findFirst().orElseThrow(() -> new AssertionError(report));
        String[] cells = row.replace("|", " ").trim().split("\\s+");
        // run, bl wall, bl cpu, bd wall, bd cpu, bd ext, bd load, wall/bl, cpu/bl, load
        assertEquals(10, cells.length, row);
        for (int i = 1; i <= 4; i++) assertTrue(Double.parseDouble(cells[i]) > 0, "a positive time in " + row);
        assertTrue(Double.parseDouble(cells[2]) >= 0.1, "a JVM's start alone takes a tenth of a second of CPU: " + row);
        assertTrue(report.contains("whole build / bare OpenNLP"), report);
        // both children ran to the end and said what they did
        assertTrue(java.nio.file.Files.readString(dir.resolve("baseline-0.log")).contains("bare OpenNLP: 8 records"));
        assertTrue(java.nio.file.Files.readString(dir.resolve("build-0.log")).contains("8 documents ingested"));
    }

    @Test
    void aTinySparqlLoadRunReportsEveryQueryAndClientCount(@TempDir Path dir) {
        String report = run("bench", "sparql", "--articles", "10", "--clients", "1,2", "--seconds", "0.3", "--work", dir.toString());
        assertTrue(report.contains("p99 ms"), report);
        for (String query : java.util.List.of("person-timeline", "platform-of-meeting", "offices-by-person")) {
            assertEquals(2, report.lines().filter(l -> l.startsWith(query + " ")).count(), report);
        }
        assertTrue(report.lines().filter(l -> l.startsWith("person-timeline ")).allMatch(l -> l.contains("lookup")), report);
    }

    @Test
    void aSparqlLoadRunWithoutItsQueriesFolderSaysSoBeforeBuildingAnything(@TempDir Path dir) {
        java.io.StringWriter err = new java.io.StringWriter();
        CommandLine cl = Main.commandLine();
        cl.getSubcommands().get("bench").getSubcommands().get("sparql").setErr(new java.io.PrintWriter(err));
        int code = cl.execute("bench", "sparql", "--articles", "10", "--queries", dir.resolve("no-such").toString(), "--work", dir.resolve("work").toString());
        assertTrue(code != 0, "exit code " + code);
        assertTrue(err.toString().contains("no-such") && err.toString().contains("no folder of analyst .rq files"), err.toString());
        assertTrue(!java.nio.file.Files.exists(dir.resolve("work").resolve("tdb2-10")), "no store was built");
    }

    @Test
    void lookupParametersAreReplacedPerRequest() {
        String query = "SELECT * { VALUES ?name { \"A\" } BIND (\"m\" AS ?meetingName) BIND (\"office\" AS ?what) }";
        var text = org.dais.bench.SparqlLoad.parameterized(query, java.util.List.of("Ri \"X\""), java.util.List.of("7th Plenary Meeting"), 1);
        assertEquals("SELECT * { VALUES ?name { \"Ri \\\"X\\\"\" } BIND (\"7th Plenary Meeting\" AS ?meetingName) BIND (\"office\" AS ?what) }",
                text.apply(0));
        assertTrue(org.dais.bench.SparqlLoad.isLookup(query));
        assertTrue(!org.dais.bench.SparqlLoad.isLookup("SELECT * { BIND (\"office\" AS ?what) }"));
    }

    /** Runs the command, asserts it exits 0, and returns what it printed. */
    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.commandLine().execute(args));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theGeneratorIsDeterministic() {
        assertEquals(new SyntheticArticles(7).article(3), new SyntheticArticles(7).article(3));
        assertTrue(!new SyntheticArticles(7).article(3).equals(new SyntheticArticles(8).article(3)));
    }
}
