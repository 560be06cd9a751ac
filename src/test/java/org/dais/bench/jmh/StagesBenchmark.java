package org.dais.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import org.dais.bench.RealCorpus;
import org.dais.bench.SyntheticArticles;
import org.dais.extract.Extraction;
import org.dais.ingest.DocumentReaders;
import org.dais.ingest.SourceDocument;
import org.dais.nlp.OpenNlpModels;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.rdf.RdfMapper;
import org.dais.resolve.KeyResolver;
import org.dais.resolve.ResolvedDocument;

/**
 * The hot stages one at a time, per article, on the same articles, real or synthetic
 * ({@code corpus}: {@code seeds} (the default, real articles in the repository), any file or
 * folder {@code dais build} reads, e.g. {@code -p corpus=../shared/corpus/kcna-2024.jsonl}, or
 * {@code synthetic}): the bare OpenNLP
 * baseline (sentences and tokens), extraction up to claims (metadata, sentences, names, rules),
 * resolution with RDF mapping, and the whole pipeline from bytes. Run as the README says:
 * {@code java -cp ... org.openjdk.jmh.Main StagesBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StagesBenchmark {
    @Param("64")
    int articles;

    /** Real text first: the synthetic articles are short and regular and hid the costs of real ones. */
    @Param({"seeds", "synthetic"})
    String corpus;

    List<byte[]> bytes;
    List<SourceDocument> documents;
    List<Extraction> extractions;
    Pipeline pipeline;
    SentenceDetectorME sentences;
    TokenizerME tokenizer;
    RdfMapper mapper;
    int next;

    @Setup
    public void setUp() throws Exception {
        SyntheticArticles generator = new SyntheticArticles(1);
        List<SourceDocument> real = corpus.equals("synthetic") ? null : RealCorpus.read(List.of(Path.of(corpus))).replicated(articles);
        DocumentReaders readers = new DocumentReaders();
        pipeline = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));
        mapper = new RdfMapper(new IriMinter(IriMinter.DEFAULT_BASE));
        sentences = new SentenceDetectorME(OpenNlpModels.sentences());
        tokenizer = new TokenizerME(OpenNlpModels.tokens());
        bytes = new ArrayList<>();
        documents = new ArrayList<>();
        extractions = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            byte[] b = (real != null ? real.get(i).receivedText() : generator.article(i)).getBytes(StandardCharsets.UTF_8);
            bytes.add(b);
            SourceDocument d = real != null ? real.get(i) : readers.read("a" + i + ".txt", b);
            documents.add(d);
            extractions.add(pipeline.extract(d));
        }
    }

    private int nextIndex() {
        next = (next + 1) % articles;
        return next;
    }

    @Benchmark
    public void openNlpBaseline(Blackhole bh) {
        String text = documents.get(nextIndex()).text();
        for (Span s : sentences.sentPosDetect(text)) bh.consume(tokenizer.tokenizePos(s.getCoveredText(text).toString()));
    }

    @Benchmark
    public Extraction extraction() {
        return pipeline.extract(documents.get(nextIndex()));
    }

    @Benchmark
    public Object resolutionAndMapping() {
        ResolvedDocument resolved = new KeyResolver().resolve(extractions.get(nextIndex()));
        return mapper.map(resolved);
    }

    @Benchmark
    public Object wholePipeline() throws Exception {
        int i = nextIndex();
        return pipeline.process("a" + i + ".txt", bytes.get(i));
    }
}
