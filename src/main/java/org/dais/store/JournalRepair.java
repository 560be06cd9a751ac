package org.dais.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a torn tail off a TDB2 journal before the store is opened. A process killed while it wrote
 * a transaction's journal entries leaves the last entry shorter than its header declares; TDB2's
 * recovery then refuses the store ("Failed to read the journal entry data") although every
 * committed transaction is whole. Entries after the last COMMIT belong to a transaction that never
 * committed, which recovery discards anyway: the cut drops exactly those, and only when the tail
 * is torn. A checksum error inside the journal is corruption, not a torn write, and is left for
 * TDB2 to report. A journal ending in a COMMIT is whole, and left for recovery to complete: it is
 * what a process killed after committing, while it wrote the commit back, leaves.
 */
final class JournalRepair {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRepair.class);

    /** TDB2's journal entry header: length, checksum, entry type, component id, 4 bytes each, big-endian. */
    static final int HEADER = 16;
    static final int COMMIT = 3;

    private JournalRepair() {}

    /**
     * Repairs every journal of the store in {@code directory}, only while no process (this one
     * included) holds the store: a live journal's tail is a transaction being written. Returns the bytes cut.
     */
    static long repair(Path directory) {
        Path lockFile = directory.resolve("tdb.lock");
        if (!Files.isRegularFile(lockFile)) return 0; // no store yet, or not TDB2's
        // TDB2's own lock object, one per file in the JVM: a channel of our own on the lock file would,
        // once closed, drop the locks this process holds on it (POSIX).
        ProcessFileLock lock = ProcessFileLock.create(lockFile.toString());
        if (lock.isLockedHere()) return 0; // this process has the store open
        if (!lock.tryLock()) return 0; // another process has it: opening will say so
        try (Stream<Path> files = Files.find(directory, 2, (p, a) -> a.isRegularFile() && p.getFileName().toString().endsWith(".jrnl"))) {
            long cut = 0;
            for (Path journal : files.toList()) cut += repairJournal(journal);
            return cut;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journals of the store " + directory, e);
        } finally {
            ProcessFileLock.release(lock); // unlocked and forgotten: TDB2 takes a lock of its own
        }
    }

    /** The journal truncated after its last COMMIT if its last entry is torn; the bytes cut. */
    static long repairJournal(Path journal) throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long position = 0;
            long afterLastCommit = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (position < size) {
                if (size - position < HEADER) break; // a torn header
                header.clear();
                readFully(channel, header, position);
                int length = header.getInt(0);
                int type = header.getInt(8);
                // TDB2 writes an entry without data, its COMMIT, with the length -1, and reads any length
                // below 1 as no data: such an entry is whole with its header. Taken for a torn body, the
                // COMMIT of a transaction killed while its commit was being written back was cut with
                // it, and recovery never completed that commit: some indexes kept it, the others not.
                int body = Math.max(length, 0);
                if (size - position - HEADER < body) break; // a torn body
                position += HEADER + body;
                if (type == COMMIT) afterLastCommit = position;
            }
            if (position >= size) return 0; // whole entries only: TDB2 recovers it as it is
            long cut = size - afterLastCommit;
            LOG.warn("{}: the last {} bytes are a transaction torn when its process was killed before it committed; "
                    + "cut back to the last commit at byte {} so that recovery keeps every committed transaction", journal, cut, afterLastCommit);
            channel.truncate(afterLastCommit);
            channel.force(true);
            return cut;
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) throw new IOException("journal ended while reading at byte " + position);
        }
    }
}
