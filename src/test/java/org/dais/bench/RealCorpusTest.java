package org.dais.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.ingest.FieldMapping;
import org.dais.ingest.Input;
import org.dais.ingest.Inputs;
import org.dais.ingest.SourceDocument;

class RealCorpusTest {
    @TempDir
    Path dir;

    @Test
    void copiesKeepTheTextUnderDistinctNamesAndSurviveTheArchiveRoundTrip() throws IOException {
        // Invented articles: one loose file, one archive record with a date and a link.
        Files.writeString(dir.resolve("one.txt"), "Meeting Held\n\nPyongyang, March 3 -- A meeting was held here.\n");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"link\": \"http://news.example/a/7\", \"date\": \"2023-05-06\", "
                + "\"headline\": \"Plant Visited\", \"story_text\": \"Pyongyang, May 6 -- Workers met at a plant.\"}\n");
        RealCorpus corpus = RealCorpus.read(List.of(dir));
        assertEquals(2, corpus.originals());

        List<SourceDocument> docs = corpus.replicated(7);
        assertEquals(7, docs.size());
        assertEquals(7, new HashSet<>(docs.stream().map(SourceDocument::sourceName).toList()).size(), "every copy named apart");
        for (int i = 2; i < 7; i++) assertEquals(docs.get(i % 2).text(), docs.get(i).text());

        Path archive = dir.resolve("out").resolve("copies.jsonl");
        RealCorpus.writeArchive(docs, archive);
        List<SourceDocument> back = new ArrayList<>();
        Inputs in = Inputs.of(List.of(archive), FieldMapping.defaults());
        while (in.hasNext()) if (in.next() instanceof Input.ArchiveRecord r) back.add(r.document());
        assertEquals(7, back.size(), "every copy read back as a record of its own");
        assertEquals(7, new HashSet<>(back.stream().map(SourceDocument::sourceName).toList()).size());
        for (int i = 0; i < 7; i++) {
            assertEquals(docs.get(i).text(), back.get(i).text());
            assertEquals(docs.get(i).declaredDate(), back.get(i).declaredDate());
        }
    }

    @Test
    void aFolderWithoutArticlesIsAnErrorNamingIt() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> RealCorpus.read(List.of(empty)));
        assertEquals(true, e.getMessage().contains("empty"), e.getMessage());
    }
}
