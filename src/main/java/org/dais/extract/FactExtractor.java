package org.dais.extract;

import java.util.List;

import org.dais.ingest.DocumentMetadata;
import org.dais.ingest.SourceDocument;
import org.dais.nlp.NameMention;
import org.dais.nlp.Sentence;

/** Pipeline stage 5: sentences and names to claims about offices, meetings, speeches, participation. */
public interface FactExtractor {
    Extraction extract(SourceDocument document, DocumentMetadata metadata, List<Sentence> sentences, List<NameMention> names);
}
