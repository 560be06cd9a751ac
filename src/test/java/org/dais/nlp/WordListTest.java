package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The word list answers as a set read line by line from the same resource would. */
class WordListTest {
    private static final String ENGLISH = "/nlp/english-words.txt";

    /** The English list's lines as the reader-and-HashSet loading kept them. */
    private static Set<String> linesOf(String resource) throws Exception {
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(WordListTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) if (!line.isEmpty() && !line.startsWith("#")) words.add(line);
        }
        return words;
    }

    @Test
    void theEnglishListHoldsEveryLineAndNothingElse() throws Exception {
        Set<String> expected = linesOf(ENGLISH);
        WordList list = WordList.resource(ENGLISH);
        assertEquals(expected.size(), list.size());
        for (String word : expected) {
            assertTrue(list.contains(word), word);
            assertTrue(list.contains(new String(word.toCharArray())), "a copy of " + word); // not by identity
        }
        // Near misses: a letter more, less or changed, another case, a comment line, blanks and non-ASCII.
        Random random = new Random(15);
        String[] all = expected.toArray(String[]::new);
        for (int k = 0; k < 200_000; k++) {
            String word = all[random.nextInt(all.length)];
            String other = switch (random.nextInt(6)) {
                case 0 -> word + (char) ('a' + random.nextInt(26));
                case 1 -> word.substring(0, word.length() - 1);
                case 2 -> word.substring(1);
                case 3 -> word.toUpperCase(java.util.Locale.ROOT);
                case 4 -> word.replace(word.charAt(random.nextInt(word.length())), (char) ('a' + random.nextInt(26)));
                default -> word + "\u00e9";
            };
            assertEquals(expected.contains(other), list.contains(other), other);
        }
        for (String none : new String[] {"", " ", "#", "# English words of 2+ letters", "\r"}) assertFalse(list.contains(none), "'" + none + "'");
    }

    @Test
    void commentsBlankLinesAndLineEnds() {
        WordList list = WordList.of("# a comment\nalpha\r\n\nbeta\n\r\ngamma\ngamma".getBytes(StandardCharsets.US_ASCII), "test");
        assertEquals(3, list.size(), "gamma twice is one word");
        for (String word : new String[] {"alpha", "beta", "gamma"}) assertTrue(list.contains(word), word);
        for (String word : new String[] {"alpha\r", "# a comment", "a comment", "", "\r"}) assertFalse(list.contains(word), "'" + word + "'");
        assertEquals(0, WordList.of(new byte[0], "empty").size());
        assertFalse(WordList.of(new byte[0], "empty").contains("alpha"));
    }

    @Test
    void aListThatIsNotAsciiIsRefusedWithItsLine() {
        var e = assertThrows(IllegalStateException.class,
                () -> WordList.of("alpha\ncaf\u00e9\n".getBytes(StandardCharsets.UTF_8), "words.txt"));
        assertEquals("words.txt, line 2: not ASCII", e.getMessage());
    }
}
