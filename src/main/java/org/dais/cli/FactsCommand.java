package org.dais.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.dais.facts.FactsExporter;
import org.dais.store.DaisStore;

@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Print the canonical facts (JSON Lines) of the store, from SPARQL over it.")
public final class FactsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        if (!Files.isDirectory(storeOptions.store)) {
            System.err.println("dais facts: no store at " + storeOptions.store + " (run `dais build` first)");
            return 2;
        }
        try (DaisStore store = DaisStore.open(storeOptions.store)) {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            FactsExporter.write(store, out);
            out.flush();
        }
        return 0;
    }
}
