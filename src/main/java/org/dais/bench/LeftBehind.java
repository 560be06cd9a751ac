package org.dais.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build left in the process after it returned: dais threads still alive (every one of
 * them is named {@code dais-...}) and mappings of files already deleted (a store's mmapped
 * files, kept until their buffers are collected). Either would be a leak for a long-running
 * {@code serve} and a cost a pass after the build would pay. Measured at f6d3aa3's bench on the
 * seeds x 200: none, after each of five backfills.
 */
public record LeftBehind(List<String> threads, long deletedMappings) {
    public static LeftBehind now() {
        List<String> threads = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("dais-")).sorted().toList();
        return new LeftBehind(threads, countDeletedMappings());
    }

    public boolean isEmpty() {
        return threads.isEmpty() && deletedMappings <= 0;
    }

    /** "" when nothing was left, else what was. */
    public String describe() {
        if (isEmpty()) return "";
        return " " + (threads.isEmpty() ? "" : "threads " + threads + " ") + (deletedMappings > 0 ? deletedMappings + " mappings of deleted files" : "");
    }

    /** Lines of /proc/self/maps naming a deleted file; -1 where the platform has no such file. */
    static long countDeletedMappings() {
        try {
            return Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(l -> l.endsWith("(deleted)")).count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
