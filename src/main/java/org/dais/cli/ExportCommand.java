package org.dais.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.dais.export.JsonLdDump;
import org.dais.export.NetworkGraph;
import org.dais.export.NetworkWriters;
import org.dais.store.DaisStore;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph for graph tools (GraphML, GEXF, Cytoscape JSON) or as RDF (JSON-LD, N-Quads).")
public final class ExportCommand implements Callable<Integer> {
    enum Format { graphml, gexf, cytoscape_json, jsonld, nquads }

    @Option(names = "--format", required = true, converter = FormatConverter.class, completionCandidates = FormatNames.class,
            description = "What to write: ${COMPLETION-CANDIDATES} (graph formats for Gephi and Cytoscape; RDF as JSON-LD or N-Quads)")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output)")
    Path out;

    @Option(names = "--co-appearance", description = "Add person-person edges weighted by meetings shared (graph formats)")
    boolean coAppearance;

    @Mixin
    StoreOptions storeOptions;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) if (name(f).equals(value)) return f;
            // picocli's own message for a bad value: "Invalid value for option '--format': ..."
            throw new picocli.CommandLine.TypeConversionException("expected one of " + String.join(", ", new FormatNames()) + " but was '" + value + "'");
        }
    }

    /** The values --format takes, as written on the command line (cytoscape-json, not the enum's name). */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Format.values()).map(ExportCommand::name).iterator();
        }
    }

    private static String name(Format f) {
        return f.name().replace('_', '-');
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(storeOptions.store)) {
            System.err.println("dais export: no store at " + storeOptions.store + " (run `dais build` first)");
            return 2;
        }
        try (DaisStore store = DaisStore.open(storeOptions.store);
             OutputStream os = out == null ? System.out : new BufferedOutputStream(Files.newOutputStream(out))) {
            switch (format) {
                case graphml -> NetworkWriters.graphml(NetworkGraph.of(store.dataset(), coAppearance), os);
                case gexf -> NetworkWriters.gexf(NetworkGraph.of(store.dataset(), coAppearance), os);
                case cytoscape_json -> NetworkWriters.cytoscape(NetworkGraph.of(store.dataset(), coAppearance), os);
                case jsonld -> os.write(Txn.calculateRead(store.dataset(), () -> JsonLdDump.write(org.dais.store.OfficeSummary.without(store.datasetGraph())))
                        .getBytes(StandardCharsets.UTF_8));
                case nquads -> Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(os, org.dais.store.OfficeSummary.without(store.datasetGraph()), Lang.NQUADS));
            }
            os.flush();
        }
        return 0;
    }
}
