package org.dais.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.dais.extract.DateExpressions;
import org.dais.ingest.HeaderMetadataExtractor;
import org.dais.ingest.SourceDocument;

/**
 * Jazzer fuzz test of the publication-date and event-date parsers: it must never crash. Without JAZZER_FUZZ it replays the
 * checked-in seed corpus (DatesFuzzTestInputs/); with JAZZER_FUZZ=1 it fuzzes for the given duration.
 * One fuzz test per class: Jazzer fuzzes one test per JVM, and the fuzz tests run in a JVM each.
 */
class DatesFuzzTest {
    private static final HeaderMetadataExtractor METADATA = new HeaderMetadataExtractor();

    @FuzzTest(maxDuration = "15s")
    void datesNeverCrash(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        var meta = METADATA.extract(new SourceDocument("fuzz.txt", Path.of("fuzz.txt"), text));
        assertTrue(meta.bodyEnd() <= text.length() && meta.bodyStart() <= meta.bodyEnd());
        DateExpressions.Reading reading = DateExpressions.find(text, LocalDate.of(2022, 2, 27));
        if (reading != null) assertTrue(reading.start() != null);
    }
}
