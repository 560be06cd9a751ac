package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A scan from first words finds what {@code find()} finds, match for match, on invented sentences. */
class WordStartsTest {
    private static final Pattern VERBS = Pattern.compile(
            "(?i)(?:(?<![\\p{L}])|(?<=Ro Tae Sop))(?:(?<visit>visited|toured)|(?<talk>held\\s+talks)|(?<met>met)(?:\\s+with)?)(?![\\p{L}])");
    private static final WordStarts VERB_STARTS = WordStarts.of("visited", "toured", "held", "met");
    private static final Pattern ANCHORED = Pattern.compile("(?i)^\\W*opening\\s+the\\s+forum\\s*,|\\bwas\\s+present\\b");
    private static final WordStarts ANCHORED_STARTS = WordStarts.of("was").orTextStart();

    private static List<String> found(Matcher m, java.util.function.BooleanSupplier next) {
        List<String> out = new ArrayList<>();
        while (next.getAsBoolean()) out.add(m.start() + "-" + m.end() + ":" + m.group());
        return out;
    }

    private static void same(Pattern p, WordStarts starts, String text, String glued) {
        Matcher plain = p.matcher(text);
        WordStarts.Scan scan = glued == null ? starts.scan(p, text) : starts.scan(p, text, glued);
        assertEquals(found(plain, plain::find), found(scan.matcher(), scan::find), text);
    }

    @Test
    void findsWhatFindFindsInEveryForm() {
        String[] texts = {
            "Ro Tae Sop visited the Sunrise Glassworks and met with its managers.",
            "VISITED twice, the hall was then TOURED by the delegation, which HELD TALKS there.",
            "The delegation revisited the site and remet nobody; a metal works was toured3 times.",
            "Ro Tae Sopvisited the dam (glued in the copy) and then held talks.",
            "ro tae sopmet the builders.",
            "Nothing here moves: a quiet sentence about rainfall in the hills.",
            "Émet, étoured: accented letters before a verb make no word start.",
            "",
            "met",
        };
        for (String t : texts) same(VERBS, VERB_STARTS, t, "Ro Tae Sop");
    }

    @Test
    void anAnchoredBranchIsTriedAtTheTextStartOnly() {
        for (String t : new String[] {"\"Opening the forum, the chairman spoke.", "She said, opening the forum, that all was present.",
                "All were present.", "Kang was present, and Yun was present too."}) {
            same(ANCHORED, ANCHORED_STARTS, t, null);
        }
        WordStarts.Scan scan = ANCHORED_STARTS.scan(ANCHORED, "- Opening the forum, Kang spoke; Yun was present.");
        assertTrue(scan.find());
        assertEquals(0, scan.matcher().start());
        assertTrue(scan.find());
        assertEquals("was present", scan.matcher().group());
    }

    @Test
    void aFirstWordIsLowerCaseLetters() {
        assertThrows(IllegalArgumentException.class, () -> WordStarts.of("Visited"));
        assertThrows(IllegalArgumentException.class, () -> WordStarts.of("held talks"));
    }
}
