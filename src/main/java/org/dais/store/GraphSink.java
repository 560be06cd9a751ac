package org.dais.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;

/**
 * Where the {@link Ingester} puts documents' graphs: the live store (one write transaction per
 * call, replacing each document's named graph) or an N-Quads file for a bulk load. A call
 * returns only once its graphs are durable, so progress is reported only for what is safe.
 */
public interface GraphSink {
    /** Writes the graphs, each keyed by the IRI of the named graph it goes into. */
    void write(List<Map.Entry<String, Model>> graphs) throws IOException;
}
