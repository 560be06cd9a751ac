package org.dais.ingest;

/** Pipeline stage 2: publisher, publication date, headline and the bounds of the article body. */
public interface MetadataExtractor {
    DocumentMetadata extract(SourceDocument document);
}
