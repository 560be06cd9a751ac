package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A surname and one syllable cut before the name's last word (invented names), and names that do end there. */
class NameContinuationTest {
    private static boolean continues(String sentence, int first) {
        return NameFinding.continuesName(sentence.split(" "), first, first + 1);
    }

    @Test
    void theNameGoesOnOverASyllableBeforeACommaOrAWordOfNoLanguageTheListsKnow() {
        assertTrue(continues("Vice-Chairman Ri Sung On , Director of the Bureau", 1));
        assertTrue(continues("the teachings of Comrade Ho Van Thuc , who", 4));
        assertTrue(continues("the ideas of Ho Van Thuc's era", 3));
    }

    @Test
    void aNameEndsBeforeAnEnglishWordASurnameOrAHeadlineWord() {
        assertFalse(continues("Kim Chol University was founded", 0));
        assertFalse(continues("Pak Chol Ri Song attended", 0));
        assertFalse(continues("Kim Chol On Monday arrived", 0), "a syllable followed by a word is no name's end");
        assertFalse(continues("Kim Chol Jong Il attended", 0));
    }
}
