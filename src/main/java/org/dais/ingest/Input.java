package org.dais.ingest;

import java.nio.file.Path;

/**
 * One item of a run's input, in input order: an article file still to be read, a record of an
 * archive already read into a document, an input that could not be read, or a file dais does not read.
 */
public sealed interface Input {
    /** A loose article file; reading it is part of its extraction (on a worker thread). */
    record ArticleFile(Path path) implements Input {}

    /** A record of an archive; {@code where} names it for an operator ("news.jsonl line 17"). */
    record ArchiveRecord(SourceDocument document, String where) implements Input {}

    /** An input or record that cannot be read; the error names it and says why. */
    record Failed(DocumentException error) implements Input {}

    /** A file of a type dais does not read. */
    record Skipped(Path path, String reason) implements Input {}
}
