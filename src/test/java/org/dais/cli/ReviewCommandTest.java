package org.dais.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dais review over a folder of invented articles: per-article queue with offsets, then the counts per class. */
class ReviewCommandTest {
    private static String run(int expectedExit, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(expectedExit, Main.commandLine().execute(args));
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsUnreadSentencesAndCountsPerClass(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("2023-05-04_rally.txt"), "Rally Held\n\nWonsan, May 4 (KCNA) -- A rally of fishermen took place at the port on Wednesday.\n\n"
                + "Tong Hyon Chol and Sa Kum Ok waved flags along the pier.\n");
        String out = run(0, "review", dir.toString());
        assertTrue(out.contains("# 2023-05-04_rally.txt (2023-05-04)"), out);
        assertTrue(out.matches("(?s).*unread \\[\\d+-\\d+\\] .*Tong Hyon Chol and Sa Kum Ok waved.*"), out);
        assertTrue(out.contains("== 1 articles reviewed, 0 failed, 0 without a date"), out);
        assertTrue(out.contains("1 several meetings") && out.contains("7 names"), out);
        String summary = run(0, "review", "--summary", dir.toString());
        assertTrue(!summary.contains("unread [") && summary.contains("class"), summary);
    }

    @Test
    void aMissingInputIsRefused(@TempDir Path dir) {
        run(2, "review", dir.resolve("nowhere").toString());
    }
}
