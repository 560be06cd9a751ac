package org.dais.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.dais.ingest.DeclaredMetadata;
import org.dais.pipeline.Pipeline;

/**
 * Ingests articles dropped into a folder while the server answers queries. A file is taken once
 * its size and modification time have held still for a moment (a copy in progress is not half
 * read); each document goes in with one write transaction, so readers see all of it or none
 * (TDB2 readers work on a snapshot). A file changed later is ingested again and replaces its graph.
 * An archive of records that grows (a day's records appended) is read again once it settles:
 * its unchanged records are skipped, the new ones go in.
 */
public final class LiveIngest implements AutoCloseable {
    private static final long SETTLE_MILLIS = 300;

    private final Path folder;
    private final Ingester ingester;
    private final Consumer<String> log;
    private final Thread thread;
    private final AtomicLong ingested = new AtomicLong();
    private final Map<Path, Long> seen = new HashMap<>();
    private volatile boolean running = true;

    public LiveIngest(Path folder, Pipeline pipeline, DaisStore store, Consumer<String> log) throws IOException {
        if (!Files.isDirectory(folder)) throw new IOException(folder + ": not a folder to watch");
        this.folder = folder;
        this.ingester = new Ingester(pipeline, store);
        this.log = log;
        this.thread = new Thread(this::run, "dais-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Documents ingested since the watch began. */
    public long ingested() { return ingested.get(); }

    private void run() {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            scan();
            while (running) {
                WatchKey key = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
                scan();
            }
        } catch (IOException e) {
            log.accept("watch of " + folder + " stopped: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ingests every file whose content settled since it was last taken. */
    private void scan() throws IOException {
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !DeclaredMetadata.isSidecar(p)).sorted().toList();
        }
        for (Path file : files) {
            long stamp;
            try {
                stamp = Files.getLastModifiedTime(file).toMillis() * 31 + Files.size(file);
                if (System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis() < SETTLE_MILLIS) continue; // still being written
            } catch (IOException vanished) {
                continue;
            }
            if (Long.valueOf(stamp).equals(seen.get(file))) continue;
            seen.put(file, stamp);
            Ingester.Summary s = ingester.ingest(List.of(file), line -> log.accept("watch: " + line));
            ingested.addAndGet(s.ingested());
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
