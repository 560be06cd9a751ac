package org.dais.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/** Pipeline stage 4: runs a {@link TokenNameFinder} over each sentence's tokens. */
public final class NameFinding {
    private final TokenNameFinder finder;

    public NameFinding(TokenNameFinder finder) {
        this.finder = finder;
    }

    public List<NameMention> find(String documentText, List<Sentence> sentences) {
        List<NameMention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
            for (Span span : finder.find(words)) {
                int start = tokens.get(span.getStart()).start();
                int end = tokens.get(span.getEnd() - 1).end();
                String name = documentText.substring(start, end).replaceAll("\\s+", " ").replaceAll("(?:'s|’s)$", "").strip();
                if (name.endsWith("'s") || name.endsWith("’s")) end -= 2;
                mentions.add(new NameMention(name, start, start + name.length(), sentence.index()));
            }
        }
        return mentions;
    }
}
