package org.dais.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once per JVM from the classpath by resource path: the model
 * jars from Maven Central put their {@code .bin} at the root. (The name-based constructors,
 * e.g. {@code new SentenceDetectorME("en")}, try to download and fail offline.)
 */
public final class OpenNlpModels {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private OpenNlpModels() {}

    private static final class Holder {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
        static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
    }

    public static SentenceModel sentences() { return Holder.SENTENCES; }

    public static TokenizerModel tokens() { return Holder.TOKENS; }

    private interface Loader<M> { M load(InputStream in) throws IOException; }

    private static <M> M load(String resource, Loader<M> loader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
