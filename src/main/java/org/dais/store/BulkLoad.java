package org.dais.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Fills a new store from RDF files (the N-Quads shards a Spark run writes, say) with TDB2's bulk
 * loader, which builds the indexes in bulk rather than a transaction per document. It loads into
 * a fresh directory beside the store and only then swaps it in, so a failed load leaves the
 * old store as it was; the ontology goes into its graph as {@code dais build} puts it.
 */
public final class BulkLoad {
    private BulkLoad() {}

    /** What was loaded: the files read and the quads in the new store. */
    public record Summary(List<Path> files, long quads) {}

    /** The RDF files under {@code inputs} (by extension: .nq, .nq.gz, .nt, .trig, …), in a stable order. */
    public static List<Path> rdfFiles(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                        .filter(BulkLoad::isRdf)
                        .sorted()
                        .forEach(files::add);
                }
            } else {
                if (!isRdf(input)) throw new IOException(input + ": not a file of RDF (by its extension: .nq, .nt, .trig, .ttl, optionally .gz)");
                files.add(input);
            }
        }
        return files;
    }

    private static boolean isRdf(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        return lang != null && (RDFLanguages.isQuads(lang) || RDFLanguages.isTriples(lang));
    }

    /**
     * Bulk-loads {@code files} into a new store that replaces whatever is at {@code store}
     * (nothing may have it open: stop a server on it first). {@code output} gets the loader's
     * progress lines, or null for none.
     */
    public static Summary replaceStore(Path store, List<Path> files, MonitorOutput output) throws IOException {
        return new Summary(List.copyOf(files), replaceWith(store, fresh -> load(fresh, files, output)));
    }

    /** What fills a fresh, empty store directory; returns the quads in it. */
    public interface Fill {
        long into(Path fresh) throws IOException;
    }

    /**
     * Fills a new store beside {@code store} with {@code fill}, and only then swaps it in for
     * whatever is at {@code store}: a failed fill leaves the old store as it was.
     */
    static long replaceWith(Path store, Fill fill) throws IOException {
        Path dir = store.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new IOException(store + " is a file, not a store: not replacing it");
        if (Files.isDirectory(dir) && !isEmptyDir(dir) && !isTdb2(dir)) {
            throw new IOException(store + " is neither empty nor a TDB2 store: not replacing it");
        }
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        Path fresh = Files.createTempDirectory(parent, dir.getFileName() + ".loading-");
        long quads;
        try {
            quads = fill.into(fresh);
        } catch (RuntimeException | IOException e) {
            deleteTree(fresh);
            throw e;
        }
        Path old = null;
        if (Files.exists(dir)) {
            old = parent.resolve(dir.getFileName() + ".old-" + System.currentTimeMillis());
            Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) deleteTree(old);
        return quads;
    }

    /** Bulk-loads {@code files} into the empty store directory {@code directory}, then the ontology. */
    public static long load(Path directory, List<Path> files, MonitorOutput output) throws IOException {
        try (DaisStore store = DaisStore.open(directory)) {
            if (!store.isEmpty()) throw new IOException(directory + ": the bulk loader fills an empty store only");
            run(store.datasetGraph(), files.stream().map(Path::toString).toList(), output == null ? (fmt, args) -> {} : output);
            return completeLoaded(store);
        }
    }

    /**
     * What a bulk load of files ends with, before its store is swapped in: the ontology, and the
     * office summary in one pass over the loaded tenures. Returns the quads in the store, counted
     * from the indexes' sizes rather than by decoding every quad. (A {@link StreamingLoad} does the
     * same in its load's own transaction.)
     */
    static long completeLoaded(DaisStore store) {
        Ontology.install(store);
        store.rebuildSummary();
        return indexedQuads(store);
    }

    /**
     * The store's quads (the default graph's triples and the named graphs' quads) as its primary
     * indexes count their entries: what {@link DaisStore#quadCount()} finds, without decoding each
     * quad's nodes (BackfillTest checks the two agree).
     */
    static long indexedQuads(DaisStore store) {
        return store.read(() -> {
            var tdb = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(store.datasetGraph());
            return tdb.getTripleTable().getNodeTupleTable().getTupleTable().size()
                    + tdb.getQuadTable().getNodeTupleTable().getTupleTable().size();
        });
    }

    /** One bulk load of {@code files} into {@code dsg}; on failure the loader cleans up what it can. */
    private static DataLoader run(org.apache.jena.sparql.core.DatasetGraph dsg, List<String> files, MonitorOutput out) {
        DataLoader loader = loader(dsg, out);
        loader.startBulk();
        try {
            loader.load(files);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader;
    }

    /**
     * Jena's phased loader builds indexes on several threads; on fewer than 4 cores those threads
     * only contend, and the sequential loader is faster (measured on 2 cores with 344k quads:
     * sequential 67k quads/s, phased 28-31k, parallel 27k).
     */
    static DataLoader loader(org.apache.jena.sparql.core.DatasetGraph dsg, MonitorOutput out) {
        return Runtime.getRuntime().availableProcessors() >= 4 ? LoaderFactory.phasedLoader(dsg, out)
                : LoaderFactory.sequentialLoader(dsg, out);
    }

    /**
     * A backfill's load: like {@link #replaceStore} but only where no documents would be lost
     * ({@code storeDir} absent, an empty folder, or a store holding at most the ontology).
     * Returns the quads in the new store.
     */
    public static long into(Path storeDir, List<Path> nquads) throws IOException {
        return into(storeDir, fresh -> load(fresh, rdfFiles(nquads), null));
    }

    /** As above, the new store filled by {@code fill} (a {@link StreamingLoad} fed by extraction, say). */
    public static long into(Path storeDir, Fill fill) throws IOException {
        Path dir = storeDir.toAbsolutePath().normalize();
        if (Files.isDirectory(dir) && isTdb2(dir)) {
            try (DaisStore existing = DaisStore.open(dir)) {
                if (existing.holdsDocuments()) {
                    throw new IOException(storeDir + " already holds data: a bulk load only fills a store without documents (use build to replace documents)");
                }
            }
        }
        clearInterruptedLoads(dir);
        return replaceWith(storeDir, fill);
    }

    /** The folders an interrupted load or swap left beside the store. */
    private static void clearInterruptedLoads(Path dir) throws IOException {
        Path parent = dir.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        String prefix = dir.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix + "loading") || n.startsWith(prefix + "old-")) deleteTree(p);
            }
        }
    }

    /** Jena's bulk loader alone on {@code files} into a new store at {@code dir}: what a backfill's load is measured against. */
    public static long loadInto(Path dir, List<String> files) {
        var dsg = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            return run(dsg, files, (fmt, args) -> {}).countQuads();
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** A TDB2 database directory: its lock file or a data generation ({@code Data-0001}, ...). */
    private static boolean isTdb2(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).anyMatch(n -> n.equals("tdb.lock") || n.startsWith("Data-"));
        }
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
