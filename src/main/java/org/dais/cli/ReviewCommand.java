package org.dais.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.dais.extract.Extraction;
import org.dais.ingest.DocumentException;
import org.dais.ingest.FieldMapping;
import org.dais.ingest.Input;
import org.dais.ingest.Inputs;
import org.dais.ingest.SourceDocument;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.review.ReviewQueue;

/**
 * {@code dais review PATH...}: the analyst's review queue. For each article (files, folders,
 * archives of records), the sentences that name a person or a meeting from which no fact was
 * read, with the class of error each most likely shows, and the facts read with least support,
 * with their character offsets; then the counts per class.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "List, per article, sentences naming a person or meeting from which no fact was read, and the least-supported facts.")
public final class ReviewCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders or archives (.jsonl, .json, .csv).")
    List<Path> inputs;

    @Option(names = "--weak", defaultValue = "3", description = "Least-supported facts listed per article (default ${DEFAULT-VALUE}).")
    int weakPerArticle;

    @Option(names = "--summary", description = "Print only the counts per class.")
    boolean summaryOnly;

    @Override
    public Integer call() throws Exception {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                System.err.println("dais review: no such input: " + p);
                return 2;
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Pipeline pipeline = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));
        Map<ReviewQueue.Kind, Integer> unread = new EnumMap<>(ReviewQueue.Kind.class);
        Map<ReviewQueue.Kind, Integer> weakest = new EnumMap<>(ReviewQueue.Kind.class);
        int articles = 0, failed = 0, undated = 0;
        Inputs items = Inputs.of(inputs, FieldMapping.defaults());
        while (items.hasNext()) {
            Input item = items.next();
            SourceDocument document;
            try {
                if (item instanceof Input.ArticleFile f) document = pipeline.read(f.path());
                else if (item instanceof Input.ArchiveRecord r) document = r.document();
                else if (item instanceof Input.Failed f) throw f.error();
                else document = null; // a file dais does not read
            } catch (DocumentException e) {
                System.err.println("dais review: " + e.getMessage());
                failed++;
                continue;
            }
            if (document == null) continue;
            Extraction extraction = pipeline.extract(document);
            ReviewQueue.Review review = ReviewQueue.review(extraction, pipeline.sentences(extraction.document(), extraction.metadata()));
            articles++;
            if (review.published() == null) undated++;
            for (ReviewQueue.Unread u : review.unread()) unread.merge(u.kind(), 1, Integer::sum);
            List<ReviewQueue.Weak> weak = review.weak().stream().filter(w -> w.support() == 0).toList();
            for (ReviewQueue.Weak w : weak) weakest.merge(w.kind(), 1, Integer::sum);
            if (summaryOnly || review.unread().isEmpty() && review.weak().isEmpty() && review.published() != null) continue;
            out.println("# " + review.source() + " (" + (review.published() == null ? "no date" : review.published()) + ")");
            for (ReviewQueue.Unread u : review.unread()) {
                out.println("  unread [" + u.start() + "-" + u.end() + "] " + u.kind().label + ": " + u.quote()
                        + (u.names().isEmpty() ? "" : "  names=" + u.names()));
            }
            review.weak().stream().limit(weakPerArticle).forEach(w -> out.println("  weak   [" + w.start() + "-" + w.end() + "] " + w.kind().label
                    + ": " + w.fact() + "  (support " + w.support() + (w.lacking().isEmpty() ? "" : ": " + w.lacking()) + ")"));
        }
        out.println("== " + articles + " articles reviewed, " + failed + " failed, " + undated + " without a date");
        out.println(String.format("%-20s %8s %8s", "class", "unread", "weakest"));
        for (ReviewQueue.Kind k : ReviewQueue.Kind.values()) {
            out.println(String.format("%-20s %8d %8d", k.label, unread.getOrDefault(k, 0), weakest.getOrDefault(k, 0)));
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }
}
