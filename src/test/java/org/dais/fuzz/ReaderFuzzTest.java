package org.dais.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.ingest.SourceDocument;

/**
 * Jazzer fuzz test of the document reader (any bytes, any extension): it must never crash. Without JAZZER_FUZZ it replays the
 * checked-in seed corpus (ReaderFuzzTestInputs/); with JAZZER_FUZZ=1 it fuzzes for the given duration.
 * One fuzz test per class: Jazzer fuzzes one test per JVM, and the fuzz tests run in a JVM each.
 */
class ReaderFuzzTest {
    private static final DocumentReaders READERS = new DocumentReaders();

    @FuzzTest(maxDuration = "15s")
    void readerNeverCrashes(FuzzedDataProvider data) throws Exception {
        String extension = data.pickValue(new String[] {".txt", ".html", ".md", ""});
        byte[] bytes = data.consumeRemainingAsBytes();
        Path file = Files.createTempFile("fuzz", extension);
        try {
            Files.write(file, bytes);
            try {
                SourceDocument doc = READERS.read(file);
                assertTrue(doc.text() != null);
            } catch (DocumentException expected) {
                // A clear refusal naming the file is the right answer to bad input.
                assertTrue(expected.getMessage().contains(file.getFileName().toString()));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
