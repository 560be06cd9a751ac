package org.dais.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.apache.jena.system.progress.MonitorOutputs;

import org.dais.store.BulkLoad;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-load RDF files (the N-Quads shards of a Spark run) into a new store that replaces the one at --store.",
                "The store is built beside it and swapped in when complete; stop a server on it first."})
public final class LoadCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory to replace (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path store;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines from the loader")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of RDF (.nq, .nq.gz, .nt, .trig, ...)")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                System.err.println("dais load: " + p + ": no such file or folder");
                return 2;
            }
        }
        List<Path> files = BulkLoad.rdfFiles(inputs);
        if (files.isEmpty()) {
            System.err.println("dais load: no RDF files (.nq, .nt, .trig, ...) in " + inputs);
            return 2;
        }
        long t0 = System.nanoTime();
        BulkLoad.Summary summary = BulkLoad.replaceStore(store, files, quiet ? null : MonitorOutputs.outputTo(System.err));
        System.err.printf("dais load: %d files, %d quads, %.1f s → %s%n", summary.files().size(), summary.quads(),
                (System.nanoTime() - t0) / 1e9, store);
        return 0;
    }
}
