package org.dais.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.ingest.DocumentReaders;
import org.dais.ingest.FieldMapping;
import org.dais.ingest.Input;
import org.dais.ingest.Inputs;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.DAIS;
import org.dais.rdf.IriMinter;

/** An archive of records goes into the store like loose files: same graphs, bad records reported, good ones in. */
class ArchiveIngestTest {
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);

    /** The articles in the repository (seeds and test articles) as text files. */
    private static List<Path> articles() throws Exception {
        DocumentReaders readers = new DocumentReaders();
        return DocumentReaders.expand(List.of(Path.of("seeds"), Path.of("src/test/resources/articles"))).stream()
                .filter(p -> p.toString().endsWith(".txt") && readers.accepts(p)).toList();
    }

    @Test
    void anArchiveGivesTheGraphsLooseFilesWithSidecarsGive(@TempDir Path dir) throws Exception {
        Path loose = Files.createDirectories(dir.resolve("loose"));
        StringBuilder jsonl = new StringBuilder();
        List<Path> files = articles();
        assertTrue(files.size() >= 8, files.toString());
        for (int i = 0; i < files.size(); i++) {
            String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
            // One day each from January 1: more articles than a month has days run on into February.
            String date = java.time.LocalDate.of(2020, 1, 1).plusDays(i).toString(), url = "https://example.org/story/" + i;
            Files.writeString(loose.resolve(i + ".txt"), text);
            Files.writeString(loose.resolve(i + ".txt.json"), "{\"date\": \"" + date + "\", \"url\": \"" + url + "\"}");
            JsonObject record = new JsonObject();
            record.addProperty("date", date);
            record.addProperty("link", url);
            record.addProperty("story_text", text);
            jsonl.append(record).append('\n');
        }
        Path archive = Files.writeString(dir.resolve("stories.jsonl"), jsonl);
        Pipeline pipeline = new Pipeline(IRIS);
        Map<String, Model> fromFiles = new HashMap<>();
        for (Path f : DocumentReaders.expand(List.of(loose))) {
            Pipeline.DocumentGraph g = pipeline.process(f);
            fromFiles.put(urlOf(g.model()), g.model());
        }
        int compared = 0;
        Inputs records = Inputs.of(List.of(archive), FieldMapping.defaults());
        while (records.hasNext()) {
            Input.ArchiveRecord r = (Input.ArchiveRecord) records.next();
            Model fromArchive = pipeline.process(r.document()).model();
            Model fromFile = fromFiles.get(r.document().url());
            assertTrue(withoutSourceNames(fromArchive).isIsomorphicWith(withoutSourceNames(fromFile)), r.where() + ": graphs differ");
            compared++;
        }
        assertEquals(files.size(), compared);
    }

    private static String urlOf(Model m) {
        return m.listObjectsOfProperty(m.createProperty("http://schema.org/url")).next().asResource().getURI();
    }

    /**
     * The graph with what is named after the source (the article's IRI and file name, and the
     * IRIs of tenures, participations and evidence, hashed with it) made anonymous.
     */
    private static Model withoutSourceNames(Model m) {
        Model out = ModelFactory.createDefaultModel();
        Map<String, Resource> blanks = new HashMap<>();
        for (Statement s : m.listStatements().toList()) {
            if (s.getPredicate().equals(DAIS.sourceFile)) continue;
            out.add(anon(out, s.getSubject(), blanks).asResource(), s.getPredicate(), anon(out, s.getObject(), blanks));
        }
        return out;
    }

    private static RDFNode anon(Model out, RDFNode n, Map<String, Resource> blanks) {
        if (!n.isURIResource()) return n;
        String uri = n.asResource().getURI();
        for (String kind : List.of("doc/", "tenure/", "participation/", "evidence/", "speech/")) {
            if (uri.startsWith(IRIS.base() + kind)) return blanks.computeIfAbsent(uri, u -> out.createResource());
        }
        return n;
    }

    @Test
    void aUrlListedTwiceIsOneDocumentInBothLoadPaths(@TempDir Path dir) throws Exception {
        String good = Files.readString(Path.of("seeds", "002_0220f7c6bd20be88.txt"), StandardCharsets.UTF_8);
        JsonObject one = new JsonObject();
        one.addProperty("date", "2020-02-02");
        one.addProperty("link", "https://example.org/story/1");
        one.addProperty("story_text", good);
        JsonObject again = one.deepCopy();
        again.addProperty("story_text", good + "\nA repeated listing.");
        Path archive = Files.writeString(dir.resolve("twice.jsonl"), one + "\n" + again + "\n");
        List<String> lines = new ArrayList<>();
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            Ingester.Summary s = new Ingester(() -> new Pipeline(IRIS), store, 2).ingest(List.of(archive), lines::add);
            assertEquals(1, s.ingested(), lines.toString());
            assertEquals(1, s.skipped(), lines.toString());
            assertTrue(lines.contains("skipped twice.jsonl line 2: same source name as an earlier record (twice.jsonl#https://example.org/story/1)"), lines.toString());
        }
        Backfill.Result bulk = Backfill.run(dir.resolve("bulk"), List.of(archive), () -> new Pipeline(IRIS), 2, false, line -> {});
        assertEquals(1, bulk.summary().ingested());
        try (DaisStore store = DaisStore.open(dir.resolve("bulk"))) {
            assertEquals(1, Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionModel().listObjectsOfProperty(DAIS.contentHash).toList().size()),
                    "one version of the document, not two merged");
        }
    }

    @Test
    void goodRecordsGoInAndEachBadOneIsOneFailure(@TempDir Path dir) throws Exception {
        String good = Files.readString(Path.of("seeds", "002_0220f7c6bd20be88.txt"), StandardCharsets.UTF_8);
        JsonObject one = new JsonObject();
        one.addProperty("date", "2020-02-02");
        one.addProperty("link", "https://example.org/story/1");
        one.addProperty("story_text", good);
        JsonObject two = one.deepCopy();
        two.addProperty("link", "https://example.org/story/2");
        Path archive = Files.writeString(dir.resolve("mixed.jsonl"), one + "\n{\"story_text\": 7}\n" + two + "\n{\"story_te");
        List<String> lines = new ArrayList<>();
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            Ingester.Summary s = new Ingester(() -> new Pipeline(IRIS), store, 2).ingest(List.of(archive), lines::add);
            assertEquals(2, s.ingested(), lines.toString());
            assertEquals(2, s.failed(), lines.toString());
            assertEquals(List.of("FAILED " + archive + ": line 2: field \"story_text\" is a number, not text"),
                    lines.stream().filter(l -> l.contains("line 2")).toList());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("FAILED " + archive + ": line 4: truncated last line")), lines.toString());
            List<String> sources = Txn.calculateRead(store.dataset(), () -> {
                List<String> found = new ArrayList<>();
                store.dataset().getUnionModel().listObjectsOfProperty(DAIS.sourceFile).forEachRemaining(o -> found.add(o.asLiteral().getString()));
                return found.stream().sorted().toList();
            });
            assertEquals(List.of("mixed.jsonl#https://example.org/story/1", "mixed.jsonl#https://example.org/story/2"), sources);
        }
    }
}
