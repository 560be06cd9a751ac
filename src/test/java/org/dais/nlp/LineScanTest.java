package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.dais.RandomTexts;
import org.junit.jupiter.api.Test;

/** The indexOf reading of an article's lines gives the lines the LINE pattern found, in any region of any text. */
class LineScanTest {
    @Test
    void linesAreThoseThePatternFound() {
        String[] pieces = {"\n", "\r", "\r\n", "\u0085", "\u2028", " ", "\t", "\u00A0", "\u3000", "a", "A line of words.", "\uD83D\uDE00", "é"};
        Random random = new Random(5);
        for (int round = 0; round < 50_000; round++) {
            String text = RandomTexts.of(random, pieces, 14);
            int from = random.nextInt(text.length() + 1), to = from + random.nextInt(text.length() - from + 1);
            List<String> expected = new ArrayList<>();
            Matcher m = OpenNlpSentenceAnalyzer.LINE.matcher(text).region(from, to);
            while (m.find()) {
                if (!m.group().isBlank()) expected.add(m.start() + "-" + m.end());
                if (m.end() >= to || m.end() == m.start()) break;
            }
            List<String> actual = new ArrayList<>();
            for (int[] line : OpenNlpSentenceAnalyzer.lines(text, from, to)) actual.add(line[0] + "-" + line[1]);
            assertEquals(expected, actual, text.replace("\n", "\\n") + " [" + from + ", " + to + ")");
        }
    }
}
