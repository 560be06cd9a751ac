package org.dais.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.dais.extract.DateExpressions;
import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.ingest.HeaderMetadataExtractor;
import org.dais.ingest.SourceDocument;
import org.dais.nlp.KoreanNameFinder;

/**
 * Fuzz tests (Jazzer): the reader, the date parsers and the name finder must never crash on any
 * input. Without JAZZER_FUZZ they replay the checked-in seed corpus (src/test/resources/org/dais/fuzz/FuzzTestsInputs);
 * with JAZZER_FUZZ=1 they fuzz for the given duration.
 */
class FuzzTests {
    private static final DocumentReaders READERS = new DocumentReaders();
    private static final HeaderMetadataExtractor METADATA = new HeaderMetadataExtractor();
    private static final KoreanNameFinder NAMES = new KoreanNameFinder();

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

    @FuzzTest(maxDuration = "15s")
    void datesNeverCrash(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        var meta = METADATA.extract(new SourceDocument("fuzz.txt", Path.of("fuzz.txt"), text));
        assertTrue(meta.bodyEnd() <= text.length() && meta.bodyStart() <= meta.bodyEnd());
        DateExpressions.Reading reading = DateExpressions.find(text, LocalDate.of(2022, 2, 27));
        if (reading != null) assertTrue(reading.start() != null);
    }

    @FuzzTest(maxDuration = "15s")
    void nameFinderNeverCrashes(FuzzedDataProvider data) {
        String[] tokens = data.consumeRemainingAsString().split("\\s+");
        for (var span : NAMES.find(tokens)) assertTrue(span.getStart() >= 0 && span.getEnd() <= tokens.length && span.getStart() < span.getEnd());
    }
}
