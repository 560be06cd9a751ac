package org.dais.ingest;

import java.nio.file.Path;

/** Pipeline stage 1: a file on disk to a decoded {@link SourceDocument}. */
public interface DocumentReader {
    /** Whether this reader handles the file (by its name). */
    boolean accepts(Path file);

    SourceDocument read(Path file) throws DocumentException;
}
