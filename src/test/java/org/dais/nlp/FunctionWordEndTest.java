package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The line-end test of the block splitter says what its pattern says, on invented lines and on random ones. */
class FunctionWordEndTest {
    @Test
    void aLineEndingInAFunctionWordRunsOn() {
        assertTrue(OpenNlpSentenceAnalyzer.endsWithFunctionWord("Workers of the Iron Works and"));
        assertTrue(OpenNlpSentenceAnalyzer.endsWithFunctionWord("A letter sent to THE"));
        assertTrue(OpenNlpSentenceAnalyzer.endsWithFunctionWord("of"));
        assertFalse(OpenNlpSentenceAnalyzer.endsWithFunctionWord("The farm's new data"), "a word ending in one is none");
        assertFalse(OpenNlpSentenceAnalyzer.endsWithFunctionWord("Harvest Begins in Orchards"));
    }

    @Test
    void theTestAgreesWithThePatternOnRandomLines() {
        String[] pieces = {"of", "and", "An", "a", "tHe", "in", "to", "with", "by", "x", " ", "_", "7", "-", "\u00e9", "\u0131n", "\u0301", "s", "ON", "."};
        Random random = new Random(15);
        for (int round = 0; round < 50000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String line = b.toString();
            assertEquals(OpenNlpSentenceAnalyzer.ENDS_WITH_FUNCTION_WORD.matcher(line).matches(),
                    OpenNlpSentenceAnalyzer.endsWithFunctionWord(line), "'" + line + "'");
        }
    }
}
