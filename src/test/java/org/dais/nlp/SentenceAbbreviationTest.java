package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A rank or honorific with a stop before a name ends no sentence: the name stays with its verb. */
class SentenceAbbreviationTest {
    private static final OpenNlpSentenceAnalyzer ANALYZER = new OpenNlpSentenceAnalyzer();

    @ParameterizedTest
    @ValueSource(strings = {
            "She was met at the gate by Col. General Pyon Tae Gum, head of the college.",
            "The report was read by Lt. Gen. Sok Myong Il, commander of the engineers' corps.",
            "A salute was given by Maj. General Hwang Un Chol of the signal battalion.",
            "Flowers were handed over by Capt. Yun Chang Ok and Sgt. Mun Hye Ryon of the guard.",
            "The guests were welcomed by Dr. Tak Sung Mi, rector of the medical school."})
    void aRankBeforeANameEndsNoSentence(String sentence) {
        String text = "The delegation arrived in the morning. " + sentence + " Then it left for the port.";
        List<Sentence> sentences = ANALYZER.analyze(text, 0, text.length());
        assertEquals(3, sentences.size(), () -> sentences.stream().map(Sentence::text).toList().toString());
        assertEquals(sentence, sentences.get(1).text());
    }

    @Test
    void aFullStopAfterAnOrdinaryWordStillEndsTheSentence() {
        String text = "The unit was led by a general. Mr Pyon spoke next.";
        List<Sentence> sentences = ANALYZER.analyze(text, 0, text.length());
        assertEquals(2, sentences.size());
        assertTrue(sentences.get(1).text().startsWith("Mr Pyon"));
    }
}
