package org.dais.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.pipeline.Pipeline;

/**
 * Pipeline stage 8: each document's graph into the store, one write transaction per document
 * replacing its previous graph. A bad file is reported and skipped; the rest go in.
 */
public final class Ingester {
    private final Pipeline pipeline;
    private final DaisStore store;

    public Ingester(Pipeline pipeline, DaisStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    /** Outcome of one run: counts and one line per failed input. */
    public record Summary(int ingested, int failed, long triples, List<String> failures) {
        public Summary {
            failures = List.copyOf(failures);
        }
    }

    public Summary ingest(List<Path> inputs, Consumer<String> progress) throws IOException {
        List<Path> files = DocumentReaders.expand(inputs);
        int ingested = 0;
        long triples = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                Pipeline.DocumentGraph graph = pipeline.process(file);
                store.replaceDocument(graph.graphIri(), graph.model());
                ingested++;
                triples += graph.model().size();
                progress.accept(String.format("ingested %s (%d triples)", file, graph.model().size()));
            } catch (DocumentException e) {
                failures.add(e.getMessage());
                progress.accept("FAILED " + e.getMessage());
            }
        }
        return new Summary(ingested, failures.size(), triples, failures);
    }
}
