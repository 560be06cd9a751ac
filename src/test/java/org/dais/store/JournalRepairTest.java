package org.dais.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while writing a transaction's journal leaves a torn last entry, and TDB2's
 * recovery then refuses the whole store (CrashSafetyIT met it once). Opening the store cuts that
 * tail, which never committed, and keeps every committed document.
 */
class JournalRepairTest {
    static final String BASE = DaisStoreRecordTest.OLD;

    /** A REDO entry whose header declares 24 bytes of which only 10 reached the file. */
    static void appendTornEntry(Path journal) throws IOException {
        ByteBuffer torn = ByteBuffer.allocate(JournalRepair.HEADER + 10);
        torn.putInt(24).putInt(0x1234).putInt(1).putInt(7);
        Files.write(journal, torn.array(), StandardOpenOption.APPEND);
    }

    static Path journalOf(Path store) throws IOException {
        try (Stream<Path> files = Files.find(store, 2, (p, a) -> p.getFileName().toString().endsWith(".jrnl"))) {
            return files.findFirst().orElseThrow();
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target); else Files.copy(p, target);
            }
        }
    }

    @Test
    void aTornJournalTailIsCutAndEveryCommittedDocumentKept(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("s");
        try (DaisStore s = DaisStore.open(store)) {
            s.replaceDocument(BASE + "doc/one", DaisStoreRecordTest.doc(BASE, "one"));
            s.replaceDocument(BASE + "doc/two", DaisStoreRecordTest.doc(BASE, "two"));
        }
        appendTornEntry(journalOf(store));

        // The scenario is real: TDB2 alone refuses the store.
        Path bare = dir.resolve("bare");
        copy(store, bare);
        assertThrows(RuntimeException.class, () -> {
            Dataset d = TDB2Factory.connectDataset(bare.toString());
            TDBInternal.expel(d.asDatasetGraph());
        });

        try (DaisStore s = DaisStore.open(store)) {
            List<String> graphs = Txn.calculateRead(s.dataset(), () -> {
                List<String> names = new java.util.ArrayList<>();
                s.dataset().listNames().forEachRemaining(names::add);
                return names;
            });
            assertTrue(graphs.containsAll(List.of(BASE + "doc/one", BASE + "doc/two")), graphs.toString());
        }
    }

    @Test
    void aWholeJournalIsLeftAsItIs(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("s");
        try (DaisStore s = DaisStore.open(store)) {
            s.replaceDocument(BASE + "doc/one", DaisStoreRecordTest.doc(BASE, "one"));
        }
        Path journal = journalOf(store);
        // A whole REDO entry with no COMMIT after it: recovery discards it itself; it is not ours to cut.
        ByteBuffer whole = ByteBuffer.allocate(JournalRepair.HEADER + 4);
        whole.putInt(4).putInt(0).putInt(1).putInt(7).putInt(42);
        Files.write(journal, whole.array(), StandardOpenOption.APPEND);
        long size = Files.size(journal);
        assertEquals(0, JournalRepair.repairJournal(journal));
        assertEquals(size, Files.size(journal));
    }

    /**
     * A journal as TDB2's own journal writer leaves it when the process dies after the commit point,
     * while the components write the commit back: the prepared states, then the COMMIT (an entry
     * without data, whose length field TDB2 writes as -1).
     */
    static Path committedJournal(Path dir) {
        org.apache.jena.dboe.base.file.Location location = org.apache.jena.dboe.base.file.Location.create(dir.toString());
        org.apache.jena.dboe.transaction.txn.journal.Journal journal = org.apache.jena.dboe.transaction.txn.journal.Journal.create(location);
        for (int component = 1; component <= 3; component++) {
            ByteBuffer state = ByteBuffer.allocate(24);
            state.putInt(0, component).putLong(4, 1000L * component);
            journal.write(org.apache.jena.dboe.transaction.txn.journal.JournalEntryType.REDO,
                    org.apache.jena.dboe.transaction.txn.ComponentId.allocLocal(component), state);
        }
        journal.writeJournal(org.apache.jena.dboe.transaction.txn.journal.JournalEntry.COMMIT);
        journal.sync();
        journal.close();
        return dir.resolve("journal.jrnl");
    }

    /** The entry types of a journal as TDB2 reads it. */
    static List<org.apache.jena.dboe.transaction.txn.journal.JournalEntryType> entries(Path journal) {
        var j = org.apache.jena.dboe.transaction.txn.journal.Journal.create(
                org.apache.jena.dboe.base.file.Location.create(journal.getParent().toString()));
        try {
            List<org.apache.jena.dboe.transaction.txn.journal.JournalEntryType> types = new java.util.ArrayList<>();
            j.entries().forEachRemaining(e -> types.add(e.getType()));
            return types;
        } finally {
            j.close();
        }
    }

    @Test
    void aJournalEndingInACommitIsLeftForRecoveryToComplete(@TempDir Path dir) throws IOException {
        Path journal = committedJournal(dir);
        var redo = org.apache.jena.dboe.transaction.txn.journal.JournalEntryType.REDO;
        var commit = org.apache.jena.dboe.transaction.txn.journal.JournalEntryType.COMMIT;
        assertEquals(List.of(redo, redo, redo, commit), entries(journal), "a committed transaction, as TDB2 reads it");
        long size = Files.size(journal);
        // Cut, the commit is lost though some components have already written it back: the store's
        // indexes then disagree (CrashSafetyIT: three quad indexes with a document, three without).
        assertEquals(0, JournalRepair.repairJournal(journal), "nothing of a committed transaction is cut");
        assertEquals(size, Files.size(journal));
        assertEquals(List.of(redo, redo, redo, commit), entries(journal));
    }

    @Test
    void aTornEntryAfterACommitIsCutBackToTheCommit(@TempDir Path dir) throws IOException {
        Path journal = committedJournal(dir);
        long committed = Files.size(journal);
        appendTornEntry(journal);
        assertEquals(Files.size(journal) - committed, JournalRepair.repairJournal(journal));
        assertEquals(committed, Files.size(journal));
        var redo = org.apache.jena.dboe.transaction.txn.journal.JournalEntryType.REDO;
        assertEquals(List.of(redo, redo, redo, org.apache.jena.dboe.transaction.txn.journal.JournalEntryType.COMMIT), entries(journal));
    }

    /** TDB2's components and their ids (TDB2's ComponentIdMgr), as a dataset's storage folder holds them. */
    static final java.util.Map<String, Integer> COMPONENTS = new java.util.LinkedHashMap<>();
    static {
        for (var e : List.of(java.util.Map.entry("SPO", 1), java.util.Map.entry("POS", 2), java.util.Map.entry("OSP", 4),
                java.util.Map.entry("GSPO", 11), java.util.Map.entry("GPOS", 12), java.util.Map.entry("GOSP", 14),
                java.util.Map.entry("POSG", 21), java.util.Map.entry("OSPG", 23), java.util.Map.entry("SPOG", 24),
                java.util.Map.entry("GPU", 30), java.util.Map.entry("prefixes", 40), java.util.Map.entry("prefixes-data", 41),
                java.util.Map.entry("nodes", 50), java.util.Map.entry("nodes-data", 51))) COMPONENTS.put(e.getKey(), e.getValue());
    }

    /** A component's state file: a B+tree's root and block limits, or a data file's length. */
    static Path stateFile(Path data, String component) {
        return data.resolve(component + (component.endsWith("-data") ? ".bdf" : ".bpt"));
    }

    /**
     * The store as a process killed after committing a document leaves it when only some components
     * had written the commit back: the journal holds every component's prepared state and the COMMIT
     * (as TDB2's journal writer writes them), three quad indexes and the node table still have their
     * state from before. Recovery completes the commit; the old repair cut it, and the store then held
     * the document in some indexes and not in the others, as CrashSafetyIT found.
     */
    @Test
    void aCommitKilledWhileItWasWrittenBackIsCompletedByRecovery(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("s");
        try (DaisStore s = DaisStore.open(store)) {
            s.replaceDocument(BASE + "doc/one", DaisStoreRecordTest.doc(BASE, "one"));
        }
        Path data = journalOf(store).getParent();
        java.util.Map<String, byte[]> before = new java.util.HashMap<>();
        for (String c : COMPONENTS.keySet()) before.put(c, Files.readAllBytes(stateFile(data, c)));
        try (DaisStore s = DaisStore.open(store)) {
            s.replaceDocument(BASE + "doc/two", DaisStoreRecordTest.doc(BASE, "two"));
        }
        var journal = org.apache.jena.dboe.transaction.txn.journal.Journal.create(org.apache.jena.dboe.base.file.Location.create(data.toString()));
        for (var c : COMPONENTS.entrySet()) {
            journal.write(org.apache.jena.dboe.transaction.txn.journal.JournalEntryType.REDO,
                    org.apache.jena.dboe.transaction.txn.ComponentId.alloc(c.getKey(), null, c.getValue()),
                    ByteBuffer.wrap(Files.readAllBytes(stateFile(data, c.getKey()))));
        }
        journal.writeJournal(org.apache.jena.dboe.transaction.txn.journal.JournalEntry.COMMIT);
        journal.sync();
        journal.close();
        for (String c : List.of("POSG", "OSPG", "SPOG", "nodes", "nodes-data")) Files.write(stateFile(data, c), before.get(c));

        try (DaisStore s = DaisStore.open(store)) {
            Txn.executeRead(s.dataset(), () -> {
                for (String d : List.of("one", "two")) {
                    assertTrue(s.dataset().getNamedModel(BASE + "doc/" + d).isIsomorphicWith(DaisStoreRecordTest.doc(BASE, d)), d + " is whole");
                }
            });
        }
        CrashSafetyIT.assertIndexesAgree(store, "after recovery");
    }

    @Test
    void aStoreOpenInThisProcessIsNotTouched(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("s");
        try (DaisStore s = DaisStore.open(store)) {
            s.replaceDocument(BASE + "doc/one", DaisStoreRecordTest.doc(BASE, "one"));
            Path journal = journalOf(store);
            appendTornEntry(journal);
            long size = Files.size(journal);
            assertEquals(0, JournalRepair.repair(store), "a live journal's tail may be a transaction being written");
            assertEquals(size, Files.size(journal));
            Files.write(journal, new byte[0], StandardOpenOption.TRUNCATE_EXISTING); // leave the open store as it was
        }
    }
}
