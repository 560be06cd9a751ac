package org.dais.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.dais.store.DaisStore;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact the TDB2 store: reclaim the space old versions of re-ingested documents still hold.")
public final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        if (!Files.isDirectory(storeOptions.store)) {
            System.err.println("dais compact: no store at " + storeOptions.store);
            return 2;
        }
        try (DaisStore store = DaisStore.open(storeOptions.store)) {
            long before = store.sizeOnDisk();
            store.compact();
            long after = store.sizeOnDisk();
            System.err.printf("dais compact: %s: %,d bytes → %,d bytes%n", storeOptions.store, before, after);
        }
        return 0;
    }
}
