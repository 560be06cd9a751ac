package org.dais.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.bench.SyntheticArticles;

/**
 * Crash safety: a build is killed with SIGKILL at random moments; after each kill the store opens,
 * every document it holds is complete (isomorphic to the same document in an uninterrupted
 * build) and none is half-written; re-running the build then finishes the job with the same graph
 * as the uninterrupted run.
 */
class CrashSafetyIT {
    static final int ARTICLES = 200;

    @Test
    void killedBuildsLeaveOnlyWholeDocumentsAndResume(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        SyntheticArticles generator = new SyntheticArticles(42);
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(articles.resolve(String.format("a%03d.txt", i)), generator.article(i), StandardCharsets.UTF_8);
        }
        Path reference = dir.resolve("reference");
        assertEquals(0, build(articles, reference).waitFor(), "uninterrupted build");
        Map<String, Model> expected = graphs(reference);
        assertEquals(ARTICLES + 1, expected.size(), "every article and the ontology");

        Path crashed = dir.resolve("crashed");
        Random random = new Random(7);
        int kills = 0, wholeSeen = 0;
        for (int round = 0; round < 6; round++) {
            Process p = build(articles, crashed);
            Thread.sleep(1200 + random.nextInt(2000));
            if (p.isAlive()) {
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
                kills++;
            }
            p.waitFor(30, TimeUnit.SECONDS);
            Map<String, Model> found = graphs(crashed);
            for (var e : found.entrySet()) {
                assertTrue(e.getValue().isIsomorphicWith(expected.get(e.getKey())), "after kill " + kills + ", " + e.getKey() + " is not whole");
            }
            wholeSeen += found.size();
        }
        assertTrue(kills >= 3, "the builds were killed mid-run: " + kills);
        assertEquals(0, build(articles, crashed).waitFor(), "re-running finishes the job");
        Map<String, Model> finished = graphs(crashed);
        assertEquals(expected.keySet(), finished.keySet());
        for (var e : expected.entrySet()) assertTrue(e.getValue().isIsomorphicWith(finished.get(e.getKey())), e.getKey());
        System.out.printf("crash safety: %d kills (SIGKILL) survived, %d whole documents seen across them, none partial; resumed build isomorphic%n",
                kills, wholeSeen);
    }

    /** `dais build` in a JVM of its own, one document per transaction (as into a live store). */
    private static Process build(Path input, Path store) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.dais.cli.Main", "build", "--threads", "1",
                "--input", input.toString(), "--store", store.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Map<String, Model> graphs(Path storeDir) {
        Map<String, Model> graphs = new HashMap<>();
        if (!Files.isDirectory(storeDir)) return graphs;
        try (DaisStore store = DaisStore.open(storeDir)) {
            Txn.executeRead(store.dataset(), () -> store.dataset().listNames().forEachRemaining(name -> {
                Model copy = ModelFactory.createDefaultModel();
                copy.add(store.dataset().getNamedModel(name));
                graphs.put(name, copy);
            }));
        }
        return graphs;
    }

}
