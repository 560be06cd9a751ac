package org.dais.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;

/**
 * A bulk load fed while extraction runs: documents' graphs go straight into TDB2's bulk loader
 * ({@link DataLoader#stream()}: the sequential loader adds each quad to the node table and the
 * primary index as it arrives, and builds the other indexes at the end), so the load overlaps
 * extraction and no N-Quads file is written and parsed again. Fills an empty store directory
 * only; {@link #finish()} completes it, and closing an unfinished load aborts it (the caller
 * deletes the directory).
 */
public final class StreamingLoad implements GraphSink, AutoCloseable {
    private final DaisStore store;
    private final DataLoader loader;
    private final StreamRDF stream;
    private boolean open = true;
    private long quads;
    private final OfficeSummary.Gathered summary = new OfficeSummary.Gathered();

    private StreamingLoad(DaisStore store) {
        this.store = store;
        this.loader = BulkLoad.loader(store.datasetGraph(), (fmt, args) -> {});
        loader.startBulk();
        this.stream = loader.stream();
        stream.start();
    }

    /** Starts a bulk load into the empty store directory {@code directory}. */
    public static StreamingLoad into(Path directory) throws IOException {
        DaisStore store = DaisStore.open(directory);
        if (!store.isEmpty()) {
            store.close();
            throw new IOException(directory + ": the bulk loader fills an empty store only");
        }
        return new StreamingLoad(store);
    }

    @Override
    public void write(List<Map.Entry<String, Model>> graphs) {
        for (var g : graphs) {
            Node graph = NodeFactory.createURI(g.getKey());
            summary.add(g.getKey(), g.getValue().getGraph()); // read here, in memory, not back from the store at the end
            var it = g.getValue().getGraph().find();
            while (it.hasNext()) {
                Triple t = it.next();
                stream.quad(Quad.create(graph, t));
                quads++;
            }
        }
    }

    /** Quads handed to the loader so far. */
    public long quadsWritten() { return quads; }

    /** Builds the remaining indexes, commits, adds the ontology and the office summary; returns the quads in the store. */
    public long finish() {
        stream.finish();
        loader.finishBulk();
        open = false;
        return BulkLoad.completeLoaded(store, summary.offices());
    }

    @Override
    public void close() {
        try {
            if (open) {
                open = false;
                loader.finishException(new IllegalStateException("bulk load not finished"));
            }
        } finally {
            store.close();
        }
    }
}
