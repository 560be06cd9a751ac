package org.dais.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A run's inputs as one stream, in input order: loose article files as they are, archives
 * opened one at a time and read record by record as the consumer asks (so records are read
 * while earlier ones are extracted, and memory holds only what is in flight).
 */
public final class Inputs implements Iterator<Input> {
    private final Iterator<Path> files;
    private final FieldMapping mapping;
    private final DocumentReaders articles = new DocumentReaders();
    private Iterator<Input> records = Collections.emptyIterator();

    private Inputs(List<Path> files, FieldMapping mapping) {
        this.files = files.iterator();
        this.mapping = mapping;
    }

    /** The inputs under these files and folders (folders expanded as {@link DocumentReaders#expand}). */
    public static Inputs of(List<Path> inputs, FieldMapping mapping) throws IOException {
        return new Inputs(DocumentReaders.expand(inputs), mapping);
    }

    @Override
    public boolean hasNext() {
        return records.hasNext() || files.hasNext();
    }

    @Override
    public Input next() {
        if (records.hasNext()) return records.next();
        if (!files.hasNext()) throw new NoSuchElementException();
        Path file = files.next();
        if (ArchiveRecords.isArchive(file)) {
            try {
                records = ArchiveRecords.open(file, mapping);
            } catch (DocumentException e) {
                return new Input.Failed(e);
            }
            // An archive without records (an empty file) is an input with nothing in it: say so.
            return records.hasNext() ? records.next() : new Input.Skipped(file, "archive holds no records");
        }
        if (articles.accepts(file)) return new Input.ArticleFile(file);
        return new Input.Skipped(file, "unsupported file type (dais reads .txt, .md, .html, .htm, and archives .jsonl, .json, .csv)");
    }
}
