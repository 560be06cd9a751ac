package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.dais.RandomTexts;
import org.junit.jupiter.api.Test;

/** The one-pass reading of a Korean-shaped name agrees with the split reading it replaced. */
class KoreanShapeTest {
    @Test
    void onePassAgreesWithSplitting() {
        // Invented names and pieces: surnames, syllables, hyphens of both kinds, blanks of every kind regex and strip know.
        String[] pieces = {"Pak", "Ri", "Chon", "Ok", "Hyon", "Mun", "Sol", "-", "‐", " ", "  ", "\t", "\n", "\u000B", "\u00A0", "\u2003",
                "sun", "Gwang", "Smith", "'s", "x", ""};
        Random random = new Random(21);
        int shaped = 0;
        for (int round = 0; round < 100_000; round++) {
            String s = RandomTexts.of(random, pieces, 7);
            boolean expected = NameMentionFilter.koreanShapedBySplitting(s);
            if (expected) shaped++;
            assertEquals(expected, NameMentionFilter.koreanShaped(s), "[" + s + "]");
        }
        assertTrue(shaped > 1000, "too few Korean-shaped names to say anything: " + shaped);
        assertTrue(NameMentionFilter.koreanShaped("Pak Sol-ok"));
        assertFalse(NameMentionFilter.koreanShaped("Pak"));
    }
}
