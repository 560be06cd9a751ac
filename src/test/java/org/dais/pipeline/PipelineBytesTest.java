package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dais.ingest.DocumentReaders;
import org.dais.rdf.IriMinter;

/** An article given as bytes (as a distributed job reads it) yields the graph its file yields. */
class PipelineBytesTest {
    @Test
    void bytesAndFileGiveIsomorphicGraphs() throws Exception {
        Pipeline pipeline = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));
        List<Path> files = DocumentReaders.expand(List.of(Path.of("seeds"), Path.of("src/test/resources/articles")));
        assertFalse(files.isEmpty());
        int compared = 0;
        for (Path file : files) {
            if (!new DocumentReaders().accepts(file)) continue;
            Pipeline.DocumentGraph fromFile = pipeline.process(file);
            Pipeline.DocumentGraph fromBytes = pipeline.process(file.getFileName().toString(), Files.readAllBytes(file));
            assertEquals(fromFile.graphIri(), fromBytes.graphIri(), file.toString());
            assertTrue(fromFile.model().size() > 0, file.toString());
            assertTrue(fromFile.model().isIsomorphicWith(fromBytes.model()), file + ": graphs differ");
            compared++;
        }
        assertTrue(compared >= 10, "compared " + compared);
    }
}
