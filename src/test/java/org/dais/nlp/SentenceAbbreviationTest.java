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
        assertOneSentenceBetweenOthers(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "He visited the Sohung Youth Power Station No. 3 on Tuesday.",
            "The workers of the Ryusong Mine No. 12 met on the spot.",
            "Pit No. 4 of the colliery was completed."})
    void aNumberSignBeforeANumberEndsNoSentence(String sentence) {
        assertOneSentenceBetweenOthers(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "A central report meeting took place at the hall on Feb. 15 to celebrate the day.",
            "A national meeting was held here Sept. 8 to mark the founding anniversary of the union.",
            "The seminar went on from Aug. 2 to Aug. 4 at the library."})
    void anAbbreviatedMonthBeforeADayEndsNoSentence(String sentence) {
        assertOneSentenceBetweenOthers(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "He received a message of greeting from P. Lindqvist, president of the Republic of Finland, on Monday.",
            "A delegation headed by Prime Minister J. K. Abernathy of Canada arrived by air.",
            "The letter was sent by President M.T. Oduya of Kenya to the leader."})
    void anInitialBeforeASurnameEndsNoSentence(String sentence) {
        assertOneSentenceBetweenOthers(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Baskets came from Zhou Minghao, general manager of the Yanbian Lihua Trading Co. Ltd. of China, and others.",
            "The firm Tarvel Inc. and its partners sent a basket."})
    void aCompanysAbbreviationBeforeALowerCaseWordEndsNoSentence(String sentence) {
        assertOneSentenceBetweenOthers(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The 9th lantern rally and march under the slogan \"Bread, not bombs!\" were held in Tarvel on April 4.",
            "A letter titled \"Why should we wait?\" was read out at the gathering.",
            "The workers shouted \u201cForward!\u201d waving their flags at the gate."})
    void aQuotedExclamationBeforeALowerCaseWordEndsNoSentence(String sentence) {
        assertOneSentenceBetweenOthers(sentence);
    }

    @Test
    void aQuotedExclamationBeforeACapitalStillEnds() {
        String text = "The crowd shouted \"Long live peace!\" Then the band played.";
        assertEquals(2, ANALYZER.analyze(text, 0, text.length()).size());
    }

    @Test
    void aDottedAbbreviationOfAStateIsNoInitial() {
        assertTrue(OpenNlpSentenceAnalyzer.endsWithInitial("a message from P."));
        assertTrue(OpenNlpSentenceAnalyzer.endsWithInitial("President M.T."));
        assertTrue(!OpenNlpSentenceAnalyzer.endsWithInitial("sanctions of the U.S."), "U.S.");
        assertTrue(!OpenNlpSentenceAnalyzer.endsWithInitial("the resolution of the U.N."), "U.N.");
        assertTrue(!OpenNlpSentenceAnalyzer.endsWithInitial("It is the KPA."), "a word in capitals");
        assertTrue(!OpenNlpSentenceAnalyzer.endsWithInitial("He met Mr Alan."), "a word");
    }

    @Test
    void aWordEndingLikeAMonthStillEnds() {
        // Only the month's abbreviation itself: "Mardec." is a word, and the figure after it opens the next sentence.
        String text = "They watched a play at the Mardec. 3 new plays were shown.";
        assertEquals(2, ANALYZER.analyze(text, 0, text.length()).size());
    }

    @Test
    void aSentenceEndingInAWordNoStillEnds() {
        // Only the word "No." is the number sign: a word ending in "no" ("Kino.") before a number still ends the sentence.
        String text = "They watched a film at the Kino. 3 new films were shown.";
        assertEquals(2, ANALYZER.analyze(text, 0, text.length()).size());
    }

    @Test
    void aFullStopAfterAnOrdinaryWordStillEndsTheSentence() {
        String text = "The unit was led by a general. Mr Pyon spoke next.";
        List<Sentence> sentences = ANALYZER.analyze(text, 0, text.length());
        assertEquals(2, sentences.size());
        assertTrue(sentences.get(1).text().startsWith("Mr Pyon"));
    }

    /** {@code sentence} between two plain ones comes out as one sentence of its own: nothing in it ends it early. */
    private static void assertOneSentenceBetweenOthers(String sentence) {
        String text = "The delegation arrived in the morning. " + sentence + " Then it left for the port.";
        List<Sentence> sentences = ANALYZER.analyze(text, 0, text.length());
        assertEquals(3, sentences.size(), () -> sentences.stream().map(Sentence::text).toList().toString());
        assertEquals(sentence, sentences.get(1).text());
    }
}
