package org.dais.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;

/** Ingestion: parallel equals serial, bad inputs are reported and skipped, good ones still go in. */
class IngesterTest {
    @Test
    void twoThreadsBuildTheSameGraphsAsOne(@TempDir Path dir) throws Exception {
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        try (DaisStore serial = DaisStore.open(dir.resolve("one")); DaisStore parallel = DaisStore.open(dir.resolve("two"))) {
            new Ingester(() -> new Pipeline(iris), serial, 1).ingest(List.of(Path.of("seeds")), line -> {});
            new Ingester(() -> new Pipeline(iris), parallel, 2).ingest(List.of(Path.of("seeds")), line -> {});
            List<String> graphs = Txn.calculateRead(serial.dataset(), () -> {
                List<String> names = new ArrayList<>();
                serial.dataset().listNames().forEachRemaining(names::add);
                return names;
            });
            assertEquals(6, graphs.size(), "5 documents and the office summary");
            for (String g : graphs) {
                Model a = Txn.calculateRead(serial.dataset(), () -> serial.dataset().getNamedModel(g).difference(org.apache.jena.rdf.model.ModelFactory.createDefaultModel()));
                Model b = Txn.calculateRead(parallel.dataset(), () -> parallel.dataset().getNamedModel(g).difference(org.apache.jena.rdf.model.ModelFactory.createDefaultModel()));
                assertTrue(a.isIsomorphicWith(b), g);
            }
        }
    }

    @Test
    void badInputsAreReportedAndTheRestIngested(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("seeds", "002_0220f7c6bd20be88.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Files.writeString(in.resolve("scan.pdf"), "%PDF-1.4", StandardCharsets.US_ASCII);
        List<String> lines = new ArrayList<>();
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            Ingester.Summary s = new Ingester(new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)), store).ingest(List.of(in), lines::add);
            assertEquals(1, s.ingested());
            assertEquals(1, s.skipped());
            assertEquals(2, s.failed());
            assertTrue(s.failures().stream().anyMatch(f -> f.contains("empty.txt") && f.contains("empty")), s.failures().toString());
            assertTrue(s.failures().stream().anyMatch(f -> f.contains("binary.txt") && f.contains("binary")), s.failures().toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("scan.pdf") && l.contains("unsupported")), lines.toString());
            assertTrue(store.quadCount() > 100);
        }
    }
}
