package org.dais.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dais.RandomTexts;
import org.junit.jupiter.api.Test;

/**
 * The metadata stage's loops and rewritten patterns find what the patterns they replace found, on
 * random texts built of the characters and words that matter to each (line terminators of every
 * kind, blanks, the publishers' names in either case, letters around them).
 */
class HeaderScansTest {
    @Test
    void theLineLoopFindsTheLinesOfTheMultilinePattern() {
        Pattern line = Pattern.compile("(?m)^.*$");
        String[] pieces = {"\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u000B", "\f", " ", "\t", "\u3000", "\u00A0", "\u2003",
                "\uD83D\uDE00", "\uD800", "a", "Headline of twenty chars", "é"};
        Random random = new Random(15);
        for (int round = 0; round < 50_000; round++) {
            String text = RandomTexts.of(random, pieces, 30);
            List<String> expected = new ArrayList<>();
            for (Matcher m = line.matcher(text); m.find(); ) expected.add(m.start() + "-" + m.end());
            List<String> actual = new ArrayList<>();
            if (!text.isEmpty()) { // the pattern finds no line in an empty text; the loop one empty line, too short to count
                for (int start = 0, end; start >= 0; start = HeaderMetadataExtractor.nextLineStart(text, end)) {
                    end = HeaderMetadataExtractor.lineEnd(text, start);
                    actual.add(start + "-" + end);
                    assertEquals(text.substring(start, end).strip().length(), HeaderMetadataExtractor.strippedLength(text, start, end), text);
                }
            }
            assertEquals(expected, actual, text.replace("\n", "\\n").replace("\r", "\\r"));
        }
    }

    @Test
    void linesAsAskedForAreThoseOfSplitThenBlankOnesAtTheEnd() {
        String[] pieces = {"\n", "\r", "\r\n", "\u0085", "\u2028", "\u000B", " ", "**", "a", "Line"};
        Random random = new Random(15);
        for (int round = 0; round < 50_000; round++) {
            String text = RandomTexts.of(random, pieces, 30);
            String[] split = text.split("\\R");
            HeaderMetadataExtractor.Lines lines = new HeaderMetadataExtractor.Lines(text);
            List<String> all = new ArrayList<>();
            for (int i = 0; lines.has(i); i++) all.add(lines.get(i));
            assertEquals(Arrays.asList(split), all.subList(0, split.length), text);
            for (String rest : all.subList(split.length, all.size())) assertEquals("", rest, "only empty lines after split's: " + text);
        }
        assertFalse(new HeaderMetadataExtractor.Lines("one line").has(1));
    }

    /** A publisher is found in a text where its pattern, scanned from the start, finds it (the former test). */
    @Test
    void aPublisherIsFoundWhereItsPatternScannedFromTheStartFindsIt() {
        String[] pieces = {"KCNA", "kcna", "Kcna", "KCNAs", "xKCNA", "Korean", "KOREAN", "korean", " Central ", "central", " News ", "news",
                " Agency", "agency", "Rodong", "RODONG", " Sinmun", "sinmun", "로동신문", "로동", ".rep.kp", "Voice", "VOICE", " of ", "Korea",
                "vok", "VOK", "Pyongyang", " Times", "times", "Minju", " Joson", "Chongnyon", " Chonwi", "Uriminzokkiri", " ", "\n", "\t", "_",
                "1", "é", "\u212A", "\u0130", "\u017F", "K", "r", "v", "(", ")"};
        Random random = new Random(15);
        for (HeaderMetadataExtractor.Publisher p : HeaderMetadataExtractor.PUBLISHERS) {
            int found = 0;
            for (int round = 0; round < 40_000; round++) {
                String text = RandomTexts.of(random, pieces, 12);
                boolean expected = p.pattern().matcher(text).find();
                if (expected) found++;
                assertEquals(expected, p.in(text, text.toLowerCase(java.util.Locale.ROOT)), p.name() + ": " + text);
            }
            assertTrue(found > 50, p.name() + " found in " + found + " texts only");
        }
    }

    @Test
    void aCalendarOpeningBeforeTheHeaderEndIsWhatFindFirstFinds() {
        // Calendar lines in invented wordings, pieces of them, and text around them.
        String[] pieces = {"Sept. 9, Juche 112 (2023)", "Apr 3, 2031 Juche 120", "Aug. 17. 2015, Jue 104", "Dec 1, 2026 Jche 115", "May 5",
                ", Juche ", "(1999)", " 2019 ", "Ju", "che 88", "Oct.", "Summary 4, 2020 Juche 109", " ", "\n", "x", "7", "é", "\u2028"};
        Random random = new Random(13);
        for (Pattern p : List.of(HeaderMetadataExtractor.CALENDAR, HeaderMetadataExtractor.CALENDAR_YEAR_JUCHE)) {
            for (int round = 0; round < 20_000; round++) {
                String text = RandomTexts.of(random, pieces, 12);
                int limit = random.nextInt(text.length() + 1);
                Matcher found = p.matcher(text);
                boolean expected = found.find() && found.start() < limit;
                Matcher scanned = p.matcher(text);
                assertEquals(expected, HeaderMetadataExtractor.opensBefore(scanned, limit), text + " / " + limit);
                if (expected) assertEquals(found.group() + found.start(), scanned.group() + scanned.start(), text);
            }
        }
    }
}
