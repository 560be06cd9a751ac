package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The sentence analyzer's two end-of-text tests (a line that ends a sentence; a sentence that ends in a rank
 * or honorific before a name) say what their patterns say, on invented texts and on random ones.
 */
class SentenceEndTest {
    @Test
    void aLineEndsASentenceAtAFinalMarkOrTheSignOff() {
        assertTrue(OpenNlpSentenceAnalyzer.endsSentence("The harvest was gathered in."));
        assertTrue(OpenNlpSentenceAnalyzer.endsSentence("He said: \u201CForward!\u201D"));
        assertTrue(OpenNlpSentenceAnalyzer.endsSentence("(The end) -0-"));
        assertFalse(OpenNlpSentenceAnalyzer.endsSentence("Orchards in Bloom"));
        assertFalse(OpenNlpSentenceAnalyzer.endsSentence(""));
    }

    @Test
    void aSentenceEndingInARankOrHonorificIsFound() {
        assertTrue(OpenNlpSentenceAnalyzer.endsWithAbbreviationBeforeName("He was greeted by Lt."));
        assertTrue(OpenNlpSentenceAnalyzer.endsWithAbbreviationBeforeName("Dr."));
        assertTrue(OpenNlpSentenceAnalyzer.endsWithAbbreviationBeforeName("a speech by (Prof."));
        assertFalse(OpenNlpSentenceAnalyzer.endsWithAbbreviationBeforeName("It was made by WorkGen."), "no: the pattern wants no letter before");
        assertFalse(OpenNlpSentenceAnalyzer.endsWithAbbreviationBeforeName("He spoke to Mr"));
        assertFalse(OpenNlpSentenceAnalyzer.endsWithAbbreviationBeforeName("The Colonel."));
    }

    @Test
    void bothTestsAgreeWithTheirPatternsOnRandomTexts() {
        String[] pieces = {"Col", "Lt", "Gen", "Mrs", "Mr", "Ms", "Comdr", "Cdr", "Rev", "Hon", "x", "a", " ", ".", "!", "?", ":", "\"",
                "\u201D", "\u2019", ")", "-0-", "-", "0", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u00e9", "\u0131", "\uD835\uDC00",
                "(", ",", "Z"};
        Random random = new Random(15);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            assertEquals(OpenNlpSentenceAnalyzer.ENDS_SENTENCE.matcher(text).matches(), OpenNlpSentenceAnalyzer.endsSentence(text),
                    "ends a sentence: '" + text + "'");
            assertEquals(OpenNlpSentenceAnalyzer.ABBREVIATION_BEFORE_NAME.matcher(text).find(),
                    OpenNlpSentenceAnalyzer.endsWithAbbreviationBeforeName(text), "ends in an abbreviation: '" + text + "'");
        }
    }
}
