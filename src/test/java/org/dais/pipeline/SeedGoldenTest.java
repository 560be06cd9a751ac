package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.dais.ingest.DocumentException;

/**
 * Golden test per seed: the article in, its canonical facts out (exported by SPARQL from a store
 * holding just that article), compared as sets of facts with the reviewed expectation in
 * {@code src/test/resources/golden/}.
 */
class SeedGoldenTest {
    static Stream<Path> seeds() throws IOException {
        return Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void factsOfEachSeedAreTheReviewedOnes(Path seed) throws IOException, DocumentException {
        String name = seed.getFileName().toString().replaceFirst("\\.txt$", ".jsonl");
        assertEquals(GoldenFacts.expected(Path.of("src/test/resources/golden", name)), GoldenFacts.of(seed));
    }
}
