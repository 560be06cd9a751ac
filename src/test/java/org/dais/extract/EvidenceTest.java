package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.dais.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A sentence's evidence, quoted when asked, is the evidence its quote made at once is, as the record it replaced was. */
class EvidenceTest {
    private record AsRecord(int start, int end, String quote) {}

    @Test
    void aSentencesEvidenceIsItsQuotedEvidence() {
        String text = "  The county  committee\n met on Tuesday. ";
        Sentence s = new Sentence(3, 40, 40 + text.length(), text, List.of());
        Evidence lazy = Evidence.of(s), eager = new Evidence(s.start(), s.end(), s.quote());
        assertEquals(s.quote(), lazy.quote());
        assertEquals(eager, lazy);
        assertEquals(eager.hashCode(), lazy.hashCode());
        AsRecord record = new AsRecord(s.start(), s.end(), s.quote());
        assertEquals(record.hashCode(), lazy.hashCode(), "hashed as the record was: sets of claims keep their order");
        assertEquals(record.toString().replace("AsRecord", "Evidence"), lazy.toString());
        assertNotEquals(new Evidence(s.start(), s.end() + 1, s.quote()), lazy);
        assertEquals(new AsRecord(1, 2, null).hashCode(), new Evidence(1, 2, null).hashCode());
    }
}
