package org.dais.nlp;

import java.util.List;

/** Pipeline stage 3: the article body into sentences and tokens, offsets kept. */
public interface SentenceAnalyzer {
    List<Sentence> analyze(String documentText, int bodyStart, int bodyEnd);
}
