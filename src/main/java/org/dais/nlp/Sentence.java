package org.dais.nlp;

import java.util.List;

/**
 * A sentence of the article body: {@code text} is the document text between {@code start} and
 * {@code end} with line breaks and Markdown markers blanked out (same length, so offsets hold).
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (end - start != text.length()) throw new IllegalArgumentException("sentence text does not span its offsets");
    }

    /** The sentence text with runs of whitespace collapsed, as an analyst would quote it. */
    public String quote() { return WHITESPACE.matcher(text.strip()).replaceAll(" "); }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
}
