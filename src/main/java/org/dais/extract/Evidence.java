package org.dais.extract;

import java.util.Objects;

import org.dais.nlp.Sentence;

/**
 * The sentence a fact was read from: its text and character offsets in the document. Equal,
 * hashed and printed as the record {@code (start, end, quote)} it was; a whole sentence's quote
 * is made only when asked for, since most sentences yield no fact (quoting each one twice, for
 * the rules and the activities, was 4% of the 2024 feed's rule time in JFR).
 */
public final class Evidence {
    private final int start;
    private final int end;
    private final Sentence sentence;
    /** The quote, once made (a race makes the same string twice at worst). */
    private String quote;

    public Evidence(int start, int end, String quote) {
        this.start = start;
        this.end = end;
        this.sentence = null;
        this.quote = quote;
    }

    private Evidence(Sentence sentence) {
        this.start = sentence.start();
        this.end = sentence.end();
        this.sentence = sentence;
    }

    /** The evidence of a whole sentence, quoted as {@link Sentence#quote()} quotes it. */
    public static Evidence of(Sentence sentence) {
        return new Evidence(sentence);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String quote() {
        String q = quote;
        if (q == null && sentence != null) quote = q = sentence.quote();
        return q;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && start == e.start && end == e.end && Objects.equals(quote(), e.quote());
    }

    @Override
    public int hashCode() {
        return (start * 31 + end) * 31 + Objects.hashCode(quote());
    }

    @Override
    public String toString() {
        return "Evidence[start=" + start + ", end=" + end + ", quote=" + quote() + "]";
    }
}
