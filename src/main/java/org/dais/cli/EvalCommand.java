package org.dais.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.dais.facts.FactsExporter;
import org.dais.facts.Scorer;
import org.dais.store.DaisStore;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the store's canonical facts against a gold file: precision, recall and F1 per fact type and micro-F1 (as score.py).")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold facts (JSON Lines, FACTS.md)")
    Path gold;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) {
            System.err.println("dais eval: " + gold + ": no such file");
            return 2;
        }
        if (!Files.isDirectory(storeOptions.store)) {
            System.err.println("dais eval: no store at " + storeOptions.store + " (run `dais build` first)");
            return 2;
        }
        Path system = Files.createTempFile("dais-facts", ".jsonl");
        try {
            try (DaisStore store = DaisStore.open(storeOptions.store);
                 BufferedWriter out = Files.newBufferedWriter(system, StandardCharsets.UTF_8)) {
                for (Map<String, String> fact : FactsExporter.facts(store)) {
                    out.write(FactsExporter.toJson(fact));
                    out.newLine();
                }
            }
            System.out.print(Scorer.score(gold, system).table());
            return 0;
        } catch (Scorer.InputError e) {
            System.err.println("dais eval: " + e.getMessage());
            return 2;
        } finally {
            Files.deleteIfExists(system);
        }
    }
}
