package org.dais.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Reading a file's bytes with the failure turned into a reason an operator can act on. */
final class ReadFiles {
    private ReadFiles() {}

    static byte[] bytes(Path file, long maxBytes) throws DocumentException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            // A folder, pipe or device has no size to check against the limit: reading a pipe or
            // /dev/zero would block or fill memory, so only regular files are read.
            if (attributes.isDirectory()) {
                // A folder listed as an input entry is one that could not be listed: say why if it still cannot be.
                try (var entries = Files.newDirectoryStream(file)) {
                    throw new DocumentException(file, "is a folder, not a file");
                }
            }
            if (!attributes.isRegularFile()) throw new DocumentException(file, "not a regular file (a device, pipe or socket)");
            long size = attributes.size();
            checkSize(file, size, maxBytes);
            byte[] bytes = new byte[(int) size];
            try (InputStream in = Files.newInputStream(file)) {
                int read = in.readNBytes(bytes, 0, bytes.length);
                // A file written to while we read it would go in half-written: refuse it instead.
                if (read < bytes.length || in.read() != -1) {
                    throw new DocumentException(file, "file changed size while being read (is it still being written?)");
                }
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new DocumentException(file, "file does not exist (or vanished while reading)", e);
        } catch (AccessDeniedException e) {
            throw new DocumentException(file, "permission denied", e);
        } catch (FileSystemException e) {
            // Its message repeats the path; the reason alone keeps the line to "file: reason".
            throw new DocumentException(file, "cannot read: " + (e.getReason() != null ? e.getReason() : e.getMessage()), e);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Larger inputs are not articles; refusing them keeps one bad input from exhausting memory. */
    static void checkSize(Path file, long size, long maxBytes) throws DocumentException {
        if (size > maxBytes) {
            throw new DocumentException(file, "file is " + size + " bytes (" + mib(size) + "), over the "
                    + maxBytes + "-byte (" + mib(maxBytes) + ") limit for one article");
        }
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
