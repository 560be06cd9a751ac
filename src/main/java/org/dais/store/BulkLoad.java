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
            quads = load(fresh, files, output);
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
        return new Summary(List.copyOf(files), quads);
    }

    /** Bulk-loads {@code files} into the empty store directory {@code directory}, then the ontology. */
    public static long load(Path directory, List<Path> files, MonitorOutput output) throws IOException {
        try (DaisStore store = DaisStore.open(directory)) {
            if (!store.isEmpty()) throw new IOException(directory + ": the bulk loader fills an empty store only");
            MonitorOutput out = output == null ? (fmt, args) -> {} : output;
            DataLoader loader = LoaderFactory.createLoader(store.datasetGraph(), out);
            loader.startBulk();
            try {
                loader.load(files.stream().map(Path::toString).toList());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            Ontology.install(store);
            return store.quadCount();
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

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
