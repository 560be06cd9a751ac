package org.dais.extract;

/** The sentence a fact was read from: its text and character offsets in the document. */
public record Evidence(int start, int end, String quote) {}
