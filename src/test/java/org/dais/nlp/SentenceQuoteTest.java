package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A sentence is quoted as the regex form it replaced quotes it: stripped, each whitespace run one space. */
class SentenceQuoteTest {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Test
    void quotesCollapseWhitespaceAsTheRegexDid() {
        String pieces = "ab  \t\n\r\u000B\f\u00A0\u2003.";
        Random random = new Random(15);
        for (int round = 0; round < 50000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) b.append(pieces.charAt(random.nextInt(pieces.length())));
            String text = b.toString();
            Sentence s = new Sentence(0, 0, text.length(), text, List.of());
            assertEquals(WHITESPACE.matcher(text.strip()).replaceAll(" "), s.quote(), "'" + text + "'");
        }
    }
}
