package org.dais.nlp;

import java.util.List;

import opennlp.tools.util.Span;

/**
 * Lists of OpenNLP spans as the analysis stages hand them on: the sentence analyzer's sentences and
 * the name finders' names. Loops, not the collection's generic helpers, because these run for every
 * sentence and are inlined into their callers' compiled code.
 */
final class Spans {
    private Spans() {
    }

    /**
     * The spans as an array, copied by a loop: {@code List.toArray} is shared by every caller with arrays of all
     * types, and its type checks, inlined into a finder, threw the compiled finder away (JFR deoptimizations).
     */
    static Span[] toArray(List<Span> spans) {
        Span[] array = new Span[spans.size()];
        for (int k = 0; k < array.length; k++) array[k] = spans.get(k);
        return array;
    }

    /** Whether {@code span} shares a token with one of {@code spans} (a loop: the stream's lambda was a unit to inline per span). */
    static boolean intersectsAny(List<Span> spans, Span span) {
        for (int k = 0; k < spans.size(); k++) if (spans.get(k).intersects(span)) return true;
        return false;
    }
}
