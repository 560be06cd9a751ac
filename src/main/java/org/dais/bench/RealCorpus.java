package org.dais.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonWriter;

import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.ingest.FieldMapping;
import org.dais.ingest.Input;
import org.dais.ingest.Inputs;
import org.dais.ingest.SourceDocument;

/**
 * Real articles for the benchmark: every document under the given files and folders (loose
 * articles and archive records alike), replicated under distinct names to reach a size. A copy
 * keeps its text, so the extractor sees real sentence lengths, name lists and repeated names
 * (the leaders' recur in every copy, as they do across an archive); only its name and link
 * differ, so each copy is a document of its own in the store.
 */
public final class RealCorpus {
    private final List<SourceDocument> originals;

    private RealCorpus(List<SourceDocument> originals) {
        this.originals = List.copyOf(originals);
    }

    /** Reads every document under {@code inputs}; an unreadable one is an error naming it. */
    public static RealCorpus read(List<Path> inputs) throws IOException {
        List<SourceDocument> docs = new ArrayList<>();
        DocumentReaders readers = new DocumentReaders();
        Inputs all = Inputs.of(inputs, FieldMapping.defaults());
        while (all.hasNext()) {
            Input in = all.next();
            if (in instanceof Input.ArticleFile f) {
                try {
                    docs.add(readers.read(f.path()));
                } catch (DocumentException e) {
                    throw new IOException("bench corpus: " + e.getMessage(), e);
                }
            } else if (in instanceof Input.ArchiveRecord r) {
                docs.add(r.document());
            } else if (in instanceof Input.Failed failed) {
                throw new IOException("bench corpus: " + failed.error().getMessage(), failed.error());
            }
        }
        if (docs.isEmpty()) throw new IOException("bench corpus: no articles under " + inputs);
        return new RealCorpus(docs);
    }

    public int originals() {
        return originals.size();
    }

    /** The first {@code n} documents of the corpus repeated: copy k of a document is named "NAME~k". */
    public List<SourceDocument> replicated(int n) {
        List<SourceDocument> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SourceDocument d = originals.get(i % originals.size());
            int copy = i / originals.size();
            if (copy == 0) {
                out.add(d);
            } else {
                String url = d.url() == null ? null : d.url() + "#copy-" + copy;
                out.add(new SourceDocument(d.sourceName() + "~" + copy, d.path(), d.text(), d.declaredDate(), url));
            }
        }
        return out;
    }

    /**
     * The documents as one JSONL archive (the form a real feed arrives in), for the paths that
     * read inputs from disk (backfill, transactional build). Each record's id is its distinct name.
     */
    public static long writeArchive(List<SourceDocument> docs, Path archive) throws IOException {
        Files.createDirectories(archive.toAbsolutePath().getParent());
        long bytes = 0;
        try (Writer out = Files.newBufferedWriter(archive, StandardCharsets.UTF_8)) {
            for (SourceDocument d : docs) {
                JsonWriter json = new JsonWriter(out);
                json.beginObject();
                json.name("id").value(d.sourceName());
                if (d.url() != null) json.name("link").value(d.url());
                LocalDate date = d.declaredDate();
                if (date != null) json.name("date").value(date.toString());
                json.name("story_text").value(d.receivedText());
                json.endObject();
                json.flush();
                out.write('\n');
                bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return bytes;
    }
}
