package org.dais.nlp;

/** A token with its character offsets in the document text (end exclusive). */
public record Token(String text, int start, int end) {}
