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
}
