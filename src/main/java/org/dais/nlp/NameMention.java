package org.dais.nlp;

/** A person's name as written in a sentence, with document offsets. */
public record NameMention(String name, int start, int end, int sentenceIndex) {}
