package org.dais.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.dais.nlp.KoreanNameFinder;

/**
 * Jazzer fuzz test of the name finder: it must never crash. Without JAZZER_FUZZ it replays the
 * checked-in seed corpus (NameFinderFuzzTestInputs/); with JAZZER_FUZZ=1 it fuzzes for the given duration.
 * One fuzz test per class: Jazzer fuzzes one test per JVM, and the fuzz tests run in a JVM each.
 */
class NameFinderFuzzTest {
    private static final KoreanNameFinder NAMES = new KoreanNameFinder();

    @FuzzTest(maxDuration = "15s")
    void nameFinderNeverCrashes(FuzzedDataProvider data) {
        String[] tokens = data.consumeRemainingAsString().split("\\s+");
        for (var span : NAMES.find(tokens)) assertTrue(span.getStart() >= 0 && span.getEnd() <= tokens.length && span.getStart() < span.getEnd());
    }
}
