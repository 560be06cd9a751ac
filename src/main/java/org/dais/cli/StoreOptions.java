package org.dais.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options every command that opens the store shares. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of minted entities (default: ${DEFAULT-VALUE})",
            defaultValue = org.dais.rdf.IriMinter.DEFAULT_BASE)
    String base;
}
