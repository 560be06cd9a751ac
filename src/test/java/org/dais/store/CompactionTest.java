package org.dais.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;

/** Re-ingesting grows TDB2 until compacted; compaction brings it back near a fresh store, with the same data. */
class CompactionTest {
    @Test
    void thirtyReingestsCompactToWithinOneAndAHalfTimesAFreshStore(@TempDir Path dir) throws Exception {
        Pipeline pipeline = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));
        long fresh, freshAllocated;
        try (DaisStore once = DaisStore.open(dir.resolve("fresh"))) {
            new Ingester(pipeline, once).ingest(List.of(Path.of("seeds")), line -> {});
            once.compact();
            fresh = once.sizeOnDisk();
        }
        freshAllocated = allocatedKiB(dir.resolve("fresh"));
        try (DaisStore store = DaisStore.open(dir.resolve("busy"))) {
            for (int i = 0; i < 30; i++) new Ingester(pipeline, store).reingestingUnchanged().ingest(List.of(Path.of("seeds")), line -> {});
            long quads = store.quadCount();
            long grown = store.sizeOnDisk();
            store.compact();
            long compacted = store.sizeOnDisk();
            System.out.printf("seeds store (file sizes, TDB2 preallocates sparse files): fresh compacted %,d bytes; after 30 re-ingests %,d; compacted %,d%n",
                    fresh, grown, compacted);
            assertTrue(grown > compacted, "re-ingesting left old versions behind");
            assertTrue(compacted <= 1.5 * fresh, compacted + " > 1.5 × " + fresh);
            assertEquals(quads, store.quadCount(), "compaction keeps every quad");
        }
        long compactedAllocated = allocatedKiB(dir.resolve("busy"));
        if (freshAllocated > 0 && compactedAllocated > 0) {
            System.out.printf("seeds store (disk blocks, du): fresh compacted %,d KiB; 30 re-ingests compacted %,d KiB%n", freshAllocated, compactedAllocated);
            assertTrue(compactedAllocated <= 1.5 * freshAllocated, compactedAllocated + " KiB > 1.5 × " + freshAllocated + " KiB");
        }
    }

    /** Disk blocks in use (du), which sparse preallocated files do not inflate; -1 where du is missing. */
    private static long allocatedKiB(Path dir) throws Exception {
        if (!java.nio.file.Files.isExecutable(Path.of("/usr/bin/du"))) return -1;
        Process p = new ProcessBuilder("/usr/bin/du", "-sk", dir.toString()).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }
}
