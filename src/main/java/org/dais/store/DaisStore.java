package org.dais.store;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The TDB2 store: one named graph per source document (its provenance), the default
 * graph of every query being the union of them all.
 */
public final class DaisStore implements AutoCloseable {
    private final Path directory;
    private final Dataset dataset;

    private DaisStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the TDB2 store in {@code directory}. */
    public static DaisStore open(Path directory) {
        Dataset dataset = TDB2Factory.connectDataset(directory.toString());
        // Queries see every document's graph as one: the union is the analyst's view.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new DaisStore(directory, dataset);
    }

    public Path directory() { return directory; }

    public Dataset dataset() { return dataset; }

    public DatasetGraph datasetGraph() { return dataset.asDatasetGraph(); }

    /**
     * Replaces the named graph {@code graphIri} with {@code graph} in one write transaction:
     * re-ingesting a document is idempotent, and a failure leaves the previous version intact.
     */
    public void replaceDocument(String graphIri, Model graph) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(graphIri);
            dataset.addNamedModel(graphIri, graph);
        });
    }

    /**
     * Replaces several documents' graphs in one write transaction: for a backfill, where one
     * commit (and its fsync) per document would dominate the run.
     */
    public void replaceDocuments(java.util.List<java.util.Map.Entry<String, Model>> graphs) {
        Txn.executeWrite(dataset, () -> {
            for (var g : graphs) {
                dataset.removeNamedModel(g.getKey());
                dataset.addNamedModel(g.getKey(), g.getValue());
            }
        });
    }

    /** Number of quads over all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    /** Whether any document's graph is in the store (the ontology's own graph does not count). */
    public boolean holdsDocuments() {
        return Txn.calculateRead(dataset, () -> {
            var graphs = dataset.asDatasetGraph().listGraphNodes();
            while (graphs.hasNext()) if (!graphs.next().getURI().equals(Ontology.GRAPH)) return true;
            return false;
        });
    }

    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().find().hasNext());
    }

    /** Runs {@code action} in a read transaction. */
    public <T> T read(java.util.function.Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    public boolean inTransaction() { return dataset.isInTransaction(); }

    /**
     * Compacts the store: TDB2 never rewrites in place, so every re-ingest leaves the old
     * version's blocks behind until a compaction copies the live data to a fresh generation and
     * deletes the old one.
     */
    public void compact() {
        org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** Bytes the store occupies on disk. */
    public long sizeOnDisk() {
        try (var files = java.nio.file.Files.walk(directory)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> {
                try {
                    return java.nio.file.Files.size(p);
                } catch (java.io.IOException e) {
                    return 0; // a file removed by a concurrent compaction no longer counts
                }
            }).sum();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot measure the store at " + directory, e);
        }
    }

    /**
     * Closes the store and releases its directory: TDB2 otherwise keeps the database open (and
     * locked) for the life of the JVM, so another process could not open it after us.
     */
    @Override
    public void close() {
        if (dataset.isInTransaction()) dataset.end();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }

}
