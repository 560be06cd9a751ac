package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The "nothing after the name" test reads only as far as the first non-blank character, and agrees with substring-then-isBlank. */
class NameFindingTailTest {
    @Test
    void blankFromAgreesWithTheCopyingTest() {
        for (String text : List.of("", "   ", "Ri Sol\n \t", "Ri Sol met them.", "Ri Sol\u2003\u2003", "Ri Sol\u00A0x", "Ri Sol \uD835\uDC00")) {
            for (int from = 0; from <= text.length(); from++) {
                assertEquals(text.substring(from).isBlank(), NameFinding.blankFrom(text, from), "'" + text + "' from " + from);
            }
        }
    }
}
