package org.dais.store;

import java.io.IOException;
import java.util.List;

import org.dais.rdf.DocumentTriples;

/**
 * Where the {@link Ingester} puts documents' graphs: the live store (one write transaction per
 * call, replacing each document's named graph) or an N-Quads file for a bulk load. A call
 * returns only once its graphs are durable, so progress is reported only for what is safe.
 */
public interface GraphSink {
    /** Writes the graphs, each into the named graph of its IRI. */
    void write(List<DocumentTriples> graphs) throws IOException;
}
