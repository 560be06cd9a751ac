package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** Hand-written scans that stand in for a pattern on hot paths find what the pattern finds. */
class RuleScansTest {
    @Test
    void firstHeIsWhereThePatternFirstMatches() {
        List<String> texts = List.of("He inspected the farm.", "Then he said", "the hewn stone, his gift", "Hisako and Hew",
                "Shen Tao, His", "", "h", "He", "They", "(he)", "héhe he", "\uD835\uDC00he is", "he\uD835\uDC00 his", "Chehe; His.",
                "THE HIS", "ahis his");
        for (String t : texts) {
            Matcher m = ActivityRules.HE.matcher(t);
            assertEquals(m.find() ? m.start() : -1, ActivityRules.firstHe(t), t);
        }
    }
}
