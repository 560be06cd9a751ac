package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class RuleTokenizerTest {
    static List<String> tokens(String s) {
        return List.of(RuleTokenizer.INSTANCE.tokenize(s));
    }

    @Test
    void wordsKeepInnerApostrophesHyphensAndStops() {
        assertEquals(List.of("Pak", "Sang", "Chol's", "report", ",", "given", "on", "2031.4.9.", ",", "was", "heard", "."),
                tokens("Pak Sang Chol's report, given on 2031.4.9., was heard."));
        assertEquals(List.of("the", "Chile-Korea", "Friendship", "Society", "and", "the", "U.S.", "envoy"),
                tokens("the Chile-Korea Friendship Society and the U.S. envoy"));
        assertEquals(List.of("(", "\u201C", "Forward", "!", "\u201D", ")"), tokens("(\u201CForward!\u201D)"));
    }

    @Test
    void spansAreOffsetsIntoTheSentence() {
        String s = "  Vice-Premier Om Tae Sik: welcome.";
        for (Span t : RuleTokenizer.INSTANCE.tokenizePos(s)) assertEquals(t.getCoveredText(s).toString().strip(), t.getCoveredText(s).toString());
        assertEquals(List.of("Vice-Premier", "Om", "Tae", "Sik", ":", "welcome", "."), tokens(s));
    }

    @Test
    void whitespaceIsTheJdksForEveryCharacter() {
        // ASCII is answered without the JDK's table; every character must still be whitespace exactly when it says.
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), RuleTokenizer.isWhitespace((char) c), "U+" + Integer.toHexString(c));
        }
        // Separators beyond ASCII part words; a no-break space does not (the JDK's rule, kept).
        assertEquals(List.of("Ri", "Pak", "said\u00A0so"), tokens("Ri\u2003Pak\u001Csaid\u00A0so"));
    }

    @Test
    void theTokensAreTheOnesTheListPerWordVersionCut() {
        // The tokenizer before its trailing marks were added without a list of their own, as the reference.
        String[] pieces = {"Ri", "U.S", ".", ",", ";", "'", "\u2019", "\u201C", "\u201D", "(", ")", "!", "?", "-", "\u2014", " ", "  ", "\t", "7", "s", "\u00e9"};
        java.util.Random random = new java.util.Random(15);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            assertEquals(List.of(reference(text)), List.of(RuleTokenizer.INSTANCE.tokenizePos(text)), "'" + text + "'");
        }
    }

    private static Span[] reference(String s) {
        List<Span> out = new java.util.ArrayList<>();
        int n = s.length(), i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= n) break;
            int start = i, end = i;
            while (end < n && !Character.isWhitespace(s.charAt(end))) end++;
            i = end;
            while (start < end && isPunct(s.charAt(start))) {
                out.add(new Span(start, start + 1));
                start++;
            }
            List<Span> trailing = new java.util.ArrayList<>();
            while (end > start && (isPunct(s.charAt(end - 1)) || s.charAt(end - 1) == '.' && s.lastIndexOf('.', end - 2) < start)) {
                trailing.add(0, new Span(end - 1, end));
                end--;
            }
            if (end > start) out.add(new Span(start, end));
            out.addAll(trailing);
        }
        return out.toArray(Span[]::new);
    }

    private static boolean isPunct(char c) {
        return ",;:!?\"()[]{}\u201C\u201D\u2018\u2019'\u2014\u2013".indexOf(c) >= 0;
    }
}
