package org.dais.store;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

import org.dais.rdf.DocumentTriples;
import org.dais.rdf.Prefixes;

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

    /**
     * Opens (creating if needed) the TDB2 store in {@code directory}; refuses ({@link StoreRefusal})
     * a store another process holds, e.g. a running {@code dais serve}.
     */
    public static DaisStore open(Path directory) {
        Dataset dataset;
        JournalRepair.repair(directory); // a process killed mid-commit must not make the store unopenable
        try {
            dataset = TDB2Factory.connectDataset(directory.toString());
        } catch (org.apache.jena.dboe.DBOpEnvException locked) {
            // TDB2 says "Failed to get a lock" (ProcessFileLock) or throws AlreadyLocked; other failures are not ours to word.
            if (!(locked instanceof org.apache.jena.dboe.base.file.AlreadyLocked)
                    && (locked.getMessage() == null || !locked.getMessage().contains("lock"))) throw locked;
            throw new StoreRefusal("the store " + directory + " is in use by another process (a running `dais serve`?): "
                    + "stop that process first, or use another --store", locked);
        }
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
        Txn.executeWrite(dataset, () -> replaceSummarized(graphIri, DocumentTriples.of(graphIri, graph), graph));
        touch(java.util.List.of(graphIri));
    }

    /** Replaces the document's named graph with its triples, as {@link #replaceDocument(String, Model)} with the mapper's prefixes. */
    public void replaceDocument(DocumentTriples graph) {
        Txn.executeWrite(dataset, () -> replaceSummarized(graph.graphIri(), graph, Prefixes.mapping()));
        touch(java.util.List.of(graph.graphIri()));
    }

    /**
     * The document's graph replaced and the office summary brought along, in the caller's write
     * transaction: the summary changes by the tenures the graph lost and gained.
     */
    private void replaceSummarized(String graphIri, DocumentTriples graph, org.apache.jena.shared.PrefixMapping prefixes) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        org.apache.jena.graph.Node name = org.apache.jena.graph.NodeFactory.createURI(graphIri);
        // The stored graph read once, for all three summaries.
        TripleIndex stored = TripleIndex.of(dsg.getGraph(name));
        var before = OfficeSummary.attestations(stored);
        var occasions = AppearanceSummary.occasions(stored);
        var labels = LabelSummary.labels(graphIri, stored);
        // What removeNamedModel and addNamedModel did: the graph's quads deleted, the new ones added, the prefixes copied.
        dsg.deleteAny(name, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
        TripleIndex now = graph == null ? null : new TripleIndex(graph.triples());
        if (graph != null) {
            dsg.getGraph(name).getPrefixMapping().setNsPrefixes(prefixes);
            for (var t : graph.triples()) dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
        }
        OfficeSummary.update(dsg, before, now == null ? java.util.Set.of() : OfficeSummary.attestations(now));
        if (now != null) occasions.addAll(AppearanceSummary.occasions(now));
        AppearanceSummary.update(dsg, occasions);
        LabelSummary.update(dsg, labels, now == null ? java.util.Set.of() : LabelSummary.labels(graphIri, now));
    }

    /**
     * Removes a document's graph, and its attestations from the office summary, in one write
     * transaction; false if the store has no such graph.
     */
    public boolean removeDocument(String graphIri) {
        boolean removed = Txn.calculateWrite(dataset, () -> {
            if (!dataset.containsNamedModel(graphIri)) return false;
            replaceSummarized(graphIri, null, null);
            return true;
        });
        if (removed) touch(java.util.List.of(graphIri));
        return removed;
    }

    /**
     * Computes the office summary again from every document's graph, replacing the stored one, in
     * one write transaction (after a bulk load; or for a store built before the summary existed).
     * Returns the number of offices summarized.
     */
    public long rebuildSummary() {
        return Txn.calculateWrite(dataset, () -> OfficeSummary.rebuild(dataset.asDatasetGraph()));
    }

    /** Whether the store holds documents but no office summary (bulk-loaded by an earlier dais), or appearances with the leader but no summary of them (summarized by one). */
    public boolean lacksSummary() {
        return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().containsGraph(OfficeSummary.GRAPH_NODE)
                && dataset.asDatasetGraph().find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                        org.apache.jena.vocabulary.RDF.type.asNode(), org.dais.rdf.DAIS.Tenure.asNode()).hasNext()
                || AppearanceSummary.missing(dataset.asDatasetGraph())
                || LabelSummary.missing(dataset.asDatasetGraph()));
    }

    /**
     * Replaces several documents' graphs in one write transaction: for a backfill, where one
     * commit (and its fsync) per document would dominate the run.
     */
    public void replaceDocuments(java.util.List<DocumentTriples> graphs) {
        Txn.executeWrite(dataset, () -> {
            for (DocumentTriples g : graphs) replaceSummarized(g.graphIri(), g, Prefixes.mapping());
        });
        touch(graphs.stream().map(DocumentTriples::graphIri).toList());
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

    // ---- the store's record: the base it was minted under, and when it last changed -----------
    // Kept in a small file beside TDB2's own (not as quads: every graph in the dataset is a
    // document or the ontology, and tests and dumps compare them graph by graph).

    /** The file in the store's folder that records its base and last ingest. */
    static final String RECORD = "dais-store.properties";
    private static final String DOC_PATH = "doc/";

    /**
     * The base the store's IRIs were minted under: as recorded when it was built, else read off
     * its document graphs' names ({@code BASE + "doc/" + slug}, for stores bulk-loaded from
     * N-Quads); empty for a store without documents.
     */
    public java.util.Optional<String> recordedBase() {
        String recorded = record().getProperty("base");
        if (recorded != null && !recorded.isBlank()) return java.util.Optional.of(recorded);
        return Txn.calculateRead(dataset, () -> {
            var graphs = dataset.asDatasetGraph().listGraphNodes();
            while (graphs.hasNext()) {
                var g = graphs.next();
                if (!g.isURI() || g.getURI().equals(Ontology.GRAPH) || g.getURI().equals(OfficeSummary.GRAPH)) continue;
                int at = g.getURI().lastIndexOf(DOC_PATH);
                if (at > 0) return java.util.Optional.of(g.getURI().substring(0, at));
            }
            return java.util.Optional.<String>empty();
        });
    }

    /** Records the base the store is built under (read back by {@link #recordedBase()}). */
    public synchronized void recordBase(String base) {
        java.util.Properties p = record();
        p.setProperty("base", base);
        writeRecord(p);
    }

    /** When documents last went into the store (empty if never recorded, e.g. after a bulk load). */
    public java.util.Optional<java.time.Instant> lastIngest() {
        String at = record().getProperty("lastIngest");
        if (at == null) return java.util.Optional.empty();
        try {
            return java.util.Optional.of(java.time.Instant.parse(at));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty(); // a hand-edited record: the time is advisory
        }
    }

    /** When documents last went into the store, and into each of {@code graphs}. */
    private synchronized void touch(java.util.List<String> graphs) {
        java.time.Instant now = java.time.Instant.now();
        java.util.Properties p = record();
        p.setProperty("lastIngest", now.toString());
        writeRecord(p);
        // One line per graph written, appended (a re-ingest adds a line; the last one wins).
        StringBuilder lines = new StringBuilder();
        for (String g : graphs) lines.append(now).append('\t').append(g).append('\n');
        try {
            java.nio.file.Files.writeString(directory.resolve(GRAPH_LOG), lines, java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + directory.resolve(GRAPH_LOG), e);
        }
        if (graphChanges != null) for (String g : graphs) graphChanges.put(g, now);
    }

    /** The file in the store's folder where each graph's writes are logged (time, tab, graph IRI). */
    static final String GRAPH_LOG = "dais-graphs.log";
    private java.util.Map<String, java.time.Instant> graphChanges;

    /**
     * When any of {@code graphs} was last written, as logged by this store (empty if none was, e.g.
     * after a bulk load): the {@code Last-Modified} of a resource described from those graphs.
     */
    public synchronized java.util.Optional<java.time.Instant> lastChange(java.util.Collection<String> graphs) {
        if (graphChanges == null) graphChanges = readGraphLog();
        java.time.Instant latest = null;
        for (String g : graphs) {
            java.time.Instant t = graphChanges.get(g);
            if (t != null && (latest == null || t.isAfter(latest))) latest = t;
        }
        return java.util.Optional.ofNullable(latest);
    }

    private java.util.Map<String, java.time.Instant> readGraphLog() {
        java.util.Map<String, java.time.Instant> changes = new java.util.HashMap<>();
        Path log = directory.resolve(GRAPH_LOG);
        if (!java.nio.file.Files.isRegularFile(log)) return changes;
        try (var lines = java.nio.file.Files.lines(log, java.nio.charset.StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                int tab = line.indexOf('\t');
                if (tab < 0) return; // a line cut short by a crash: that graph's time is unknown
                try {
                    changes.put(line.substring(tab + 1), java.time.Instant.parse(line.substring(0, tab)));
                } catch (java.time.format.DateTimeParseException torn) {
                    // as above
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + log, e);
        }
        return changes;
    }

    private synchronized java.util.Properties record() {
        java.util.Properties p = new java.util.Properties();
        Path file = directory.resolve(RECORD);
        if (java.nio.file.Files.isRegularFile(file)) {
            try (var in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + file, e);
            }
        }
        return p;
    }

    /** Written whole to a temporary file and moved into place: a crash never leaves half a record. */
    private synchronized void writeRecord(java.util.Properties p) {
        Path file = directory.resolve(RECORD);
        try {
            Path temp = java.nio.file.Files.createTempFile(directory, RECORD, ".tmp");
            try (var out = java.nio.file.Files.newBufferedWriter(temp, java.nio.charset.StandardCharsets.UTF_8)) {
                p.store(out, "dais store record");
            }
            java.nio.file.Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Rewrites every IRI under {@code from} to the same path under {@code to} (subjects, objects
     * and graph names), in one write transaction, and records {@code to}: a store moved to another
     * domain. Returns the number of quads rewritten.
     */
    public long rebase(String from, String to) {
        long rewritten = Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            java.util.List<org.apache.jena.sparql.core.Quad> moved = new java.util.ArrayList<>();
            dsg.find().forEachRemaining(q -> {
                if (under(q.getGraph(), from) || under(q.getSubject(), from) || under(q.getObject(), from)) moved.add(q);
            });
            for (var q : moved) {
                dsg.delete(q);
                dsg.add(swap(q.getGraph(), from, to), swap(q.getSubject(), from, to), q.getPredicate(), swap(q.getObject(), from, to));
            }
            return (long) moved.size();
        });
        recordBase(to);
        java.util.List<String> renamed = new java.util.ArrayList<>();
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(to)) renamed.add(g.getURI());
        }));
        touch(renamed);
        return rewritten;
    }

    private static boolean under(org.apache.jena.graph.Node n, String base) {
        return n.isURI() && n.getURI().startsWith(base);
    }

    private static org.apache.jena.graph.Node swap(org.apache.jena.graph.Node n, String from, String to) {
        return under(n, from) ? org.apache.jena.graph.NodeFactory.createURI(to + n.getURI().substring(from.length())) : n;
    }

    /** Whether any document's graph is in the store (the ontology's own graph does not count). */
    public boolean holdsDocuments() {
        return Txn.calculateRead(dataset, () -> {
            var graphs = dataset.asDatasetGraph().listGraphNodes();
            while (graphs.hasNext()) {
                String g = graphs.next().getURI();
                if (!g.equals(Ontology.GRAPH) && !g.equals(OfficeSummary.GRAPH)) return true;
            }
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
