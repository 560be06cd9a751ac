package org.dais.ingest;

import java.nio.file.Path;

/** An input that cannot be turned into a graph; the message names the file and the reason. */
public class DocumentException extends Exception {
    private final Path file;
    private final String reason;

    public DocumentException(Path file, String reason) {
        this(file, reason, null);
    }

    public DocumentException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() { return file; }

    public String reason() { return reason; }
}
