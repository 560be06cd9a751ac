package org.dais.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class-data archives are asked of jars only: a class folder is refused before any child runs, naming it. */
class ClassDataTest {
    @Test
    void aClassPathWithAFolderIsRefusedNamingTheFolderAndStartingNoChild(@TempDir Path dir) throws IOException {
        Path training = Files.writeString(dir.resolve("training.jsonl"), "{\"text\": \"A line.\"}\n");
        WholeProcess children = new WholeProcess("java", List.of(), "lib/a.jar" + java.io.File.pathSeparator + "build/classes");
        IOException e = assertThrows(IOException.class, () -> children.withClassData(training, dir, 1));
        assertTrue(e.getMessage().contains("build/classes"), e.getMessage());
        assertTrue(e.getMessage().contains("jar"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("baseline-class-data.log")), "no child was started");
    }
}
