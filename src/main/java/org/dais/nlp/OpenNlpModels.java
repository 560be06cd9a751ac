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

    // A holder each: dais tokenizes by rule and needs the sentence model only; one holder loaded the
    // token model (16 times the size) into every build too.
    private static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
    }

    private static final class Tokens {
        static final TokenizerModel MODEL = load(TOKEN_MODEL, TokenizerModel::new);
    }

    public static SentenceModel sentences() { return Sentences.MODEL; }

    public static TokenizerModel tokens() { return Tokens.MODEL; }

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
