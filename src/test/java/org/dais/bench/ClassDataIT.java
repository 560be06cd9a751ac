package org.dais.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench process --class-data} from the jar, as an operator runs it: each program dumps an
 * archive of its own, and the timed children map it (they run with -Xshare:on, so a child that
 * could not would have failed the run).
 */
class ClassDataIT {
    static final Path JAR = Path.of("target", "dais.jar");

    @Test
    void eachProgramDumpsItsOwnArchiveAndTheTimedChildrenRunOnIt(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "target/dais.jar is built by mvn package");
        Path work = dir.resolve("work");
        Process p = new ProcessBuilder(List.of("java", "-jar", JAR.toString(), "bench", "process", "--corpus", "seeds", "--articles", "3",
                "--repeat", "1", "--untimed", "0", "--threads", "1", "--class-data", "--work", work.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("bench.log").toFile()).start();
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "bench process did not end");
        String report = Files.readString(dir.resolve("bench.log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), report);
        assertTrue(report.contains("each program its own class-data archive"), report);
        for (String archive : List.of("baseline.jsa", "build.jsa")) {
            assertTrue(Files.size(work.resolve(archive)) > 1_000_000, archive + " holds the classes of a run");
        }
        assertTrue(Files.readString(work.resolve("baseline-0.log")).contains("bare OpenNLP: 3 records"), "the timed baseline ran");
        assertTrue(Files.readString(work.resolve("build-0.log")).contains("3 documents ingested"), "the timed build ran");
        assertTrue(report.lines().anyMatch(l -> l.trim().startsWith("1 |")), report);
    }
}
