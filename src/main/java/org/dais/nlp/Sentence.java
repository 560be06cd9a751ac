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
    public String quote() {
        // What WHITESPACE.matcher(text.strip()).replaceAll(" ") gives, by one loop: every sentence's evidence is quoted.
        String stripped = text.strip();
        // Copied from the first whitespace that is not a single space on: a text with none is quoted as it is.
        StringBuilder out = null;
        boolean inSpace = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = RegexSpace.is(c);
            if (out == null) {
                if (!(space && (c != ' ' || inSpace))) {
                    inSpace = space;
                    continue;
                }
                out = new StringBuilder(stripped.length()).append(stripped, 0, i);
                if (inSpace) {
                    inSpace = true;
                    continue; // the run's single space is already copied
                }
            }
            if (space) {
                if (!inSpace) out.append(' ');
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out == null ? stripped : out.toString();
    }

}
