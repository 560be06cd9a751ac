package org.dais.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.dais.nlp.OpenNlpModels;

/**
 * The baseline of the whole-process benchmark, as a program of its own: reads a JSON Lines
 * archive from disk, and runs bare OpenNLP on every record's text (sentence detection, then
 * {@code TokenizerME} on each sentence) on N threads, each taking the next record as it finishes
 * one. What issue 15 measured the whole build against: a fresh JVM doing the statistical
 * NLP dais does, and nothing else. Prints the records and tokens it counted.
 *
 * <p>{@code java -cp dais.jar org.dais.bench.BareOpenNlp ARCHIVE.jsonl [THREADS]}
 */
public final class BareOpenNlp {
    private BareOpenNlp() {}

    /** The record fields a text is read from, as the archive reader's defaults name them. */
    static final List<String> TEXT_FIELDS = List.of("story_text", "body", "text", "content");

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BareOpenNlp ARCHIVE.jsonl [THREADS]");
            System.exit(2);
        }
        Path archive = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<String> texts = texts(archive);
        ThreadLocal<SentenceDetectorME> sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.sentences()));
        ThreadLocal<TokenizerME> tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(OpenNlpModels.tokens()));
        long[] tokens = new long[1];
        ParallelRun.Measure m = ParallelRun.run(texts, threads, text -> tokens(text, sentences.get(), tokenizers.get()));
        System.out.printf("bare OpenNLP: %d records, %.2f s on %d threads%n", texts.size(), m.wall(), threads);
    }

    /** Sentences of the text, then the tokens of each: the count, so the work cannot be dropped. */
    static long tokens(String text, SentenceDetectorME sentences, TokenizerME tokenizer) {
        long n = 0;
        for (Span s : sentences.sentPosDetect(text)) n += tokenizer.tokenizePos(s.getCoveredText(text).toString()).length;
        return n;
    }

    /** Every record's text; a line that is no record with a text is an error naming the archive and line. */
    static List<String> texts(Path archive) throws IOException {
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(archive, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                texts.add(text(line, archive, lineNo));
            }
        }
        return texts;
    }

    private static String text(String line, Path archive, int lineNo) throws IOException {
        try {
            JsonObject record = JsonParser.parseString(line).getAsJsonObject();
            for (String field : TEXT_FIELDS) {
                JsonElement e = record.get(field);
                if (e != null && e.isJsonPrimitive()) return e.getAsString();
            }
            throw new IOException(archive + " line " + lineNo + ": no text field (" + String.join(", ", TEXT_FIELDS) + ")");
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(archive + " line " + lineNo + ": not a JSON record: " + e.getMessage(), e);
        }
    }
}
