package org.dais.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/** Reading a file's bytes with the failure turned into a reason an operator can act on. */
final class ReadFiles {
    private ReadFiles() {}

    static byte[] bytes(Path file, long maxBytes) throws DocumentException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new DocumentException(file, "file is " + size + " bytes, over the " + maxBytes + "-byte limit for one article");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DocumentException(file, "file does not exist (or vanished while reading)", e);
        } catch (AccessDeniedException e) {
            throw new DocumentException(file, "permission denied", e);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}
