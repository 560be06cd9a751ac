package org.dais.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.StoreRefusal;

/** Options every command that opens the store shares. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder to read or build (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path store;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI entities are minted under, where their IRIs dereference (e.g. https://dais.example.org/id/). "
                    + "Default: the base the store was built with; for a new store, the server's own address for serve "
                    + "(http://HOST:PORT/id/), else " + IriMinter.DEFAULT_BASE)
    String base;

    /**
     * The base to mint into {@code target} under: {@code --base}, else the one the store was built
     * with, else {@code fallback}. A {@code --base} other than the store's is refused: one store,
     * one base (a store moves with {@code serve --rebase}).
     */
    String baseFor(DaisStore target, String fallback) {
        return baseFor(target.recordedBase(), fallback);
    }

    /** As above, for a store whose recorded base is {@code recordedBase} (empty for a new store). */
    String baseFor(java.util.Optional<String> recordedBase, String fallback) {
        String recorded = recordedBase.orElse(null);
        String asked = base == null ? null : new IriMinter(base).base();
        if (asked != null && recorded != null && !asked.equals(recorded)) {
            throw new StoreRefusal("the store " + store + " was built with base " + recorded + ", not " + asked
                    + ": leave out --base (or give that one), or build into another --store");
        }
        return asked != null ? asked : recorded != null ? recorded : new IriMinter(fallback).base();
    }
}
