package org.dais.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.google.gson.JsonObject;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.DAIS;
import org.dais.rdf.IriMinter;

/** serve --watch: an archive that grows by appended records gets its new records ingested, the old ones left alone. */
class LiveArchiveTest {
    private static String record(int n) {
        JsonObject o = new JsonObject();
        o.addProperty("date", String.format("2021-06-%02d", n));
        o.addProperty("link", "https://example.org/mill/" + n);
        o.addProperty("story_text", "Kanggye, June " + n + " (KCNA) -- Workers of the mill met. Present was Ri Sol Ho, manager of the Kanggye Mill.");
        return o + "\n";
    }

    @Test
    void aGrowingArchiveIsReadOnAsItGrows(@TempDir Path dir) throws Exception {
        Path watched = Files.createDirectories(dir.resolve("drop"));
        Path archive = watched.resolve("mill.jsonl");
        Files.writeString(archive, record(1) + record(2));
        Files.writeString(watched.resolve("note.txt"), "Kanggye, June 3 (KCNA) -- The mill was opened.");
        Files.writeString(watched.resolve("note.txt.json"), "{\"date\": \"2021-06-03\"}");
        List<String> log = new CopyOnWriteArrayList<>();
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"));
             LiveIngest live = new LiveIngest(watched, new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)), store, log::add)) {
            await(live, 3, log);
            Files.writeString(archive, record(3), StandardOpenOption.APPEND);
            await(live, 4, log);
            Thread.sleep(1500); // further scans find nothing new
            assertEquals(4, live.ingested(), log.toString());
            assertEquals(4, Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionModel().listSubjectsWithProperty(DAIS.contentHash).toList().size()));
            assertEquals(List.of(), log.stream().filter(l -> l.contains("FAILED") || l.contains("skipped")).toList(), "the sidecar is no input of its own");
        }
    }

    private static void await(LiveIngest live, int n, List<String> log) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (live.ingested() < n && System.currentTimeMillis() < deadline) Thread.sleep(100);
        assertEquals(n, live.ingested(), log.toString());
    }
}
