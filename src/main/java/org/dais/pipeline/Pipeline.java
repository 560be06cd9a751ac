package org.dais.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.dais.extract.ActivityRules;
import org.dais.extract.Extraction;
import org.dais.extract.FactExtractor;
import org.dais.extract.RuleBasedExtractor;
import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentMetadata;
import org.dais.ingest.DocumentReaders;
import org.dais.ingest.HeaderMetadataExtractor;
import org.dais.ingest.MetadataExtractor;
import org.dais.ingest.SourceDocument;
import org.dais.nlp.ChineseNameFinder;
import org.dais.nlp.ForeignNameFinder;
import org.dais.nlp.GluedWordRepair;
import org.dais.nlp.KoreanNameFinder;
import org.dais.nlp.NameFinding;
import org.dais.nlp.NameMention;
import org.dais.nlp.OpenNlpSentenceAnalyzer;
import org.dais.nlp.Sentence;
import org.dais.nlp.SentenceAnalyzer;
import org.dais.rdf.DocumentTriples;
import org.dais.rdf.IriMinter;
import org.dais.rdf.RdfMapper;
import org.dais.resolve.EntityResolver;
import org.dais.resolve.KeyResolver;
import org.dais.resolve.ResolvedDocument;

/**
 * The stages in order: read → glued-word repair → metadata → sentences and tokens → names → extraction →
 * resolution → RDF. A pure function of one file to its graph; not thread-safe (OpenNLP's
 * {@code *ME} classes), so use one pipeline per thread — the models themselves are shared.
 */
public final class Pipeline {
    private final DocumentReaders reader = new DocumentReaders();
    private final MetadataExtractor metadata = new HeaderMetadataExtractor();
    private final SentenceAnalyzer sentences = new OpenNlpSentenceAnalyzer();
    private final NameFinding names = new NameFinding(new KoreanNameFinder(), new ForeignNameFinder(), new ChineseNameFinder());
    private final FactExtractor extractor = new RuleBasedExtractor();
    private final ActivityRules activities = new ActivityRules();
    private final EntityResolver resolver = new KeyResolver();
    private final RdfMapper mapper;
    private final GluedWordRepair glued = new GluedWordRepair();

    public Pipeline(IriMinter iris) {
        this.mapper = new RdfMapper(iris);
    }

    /**
     * Loads what every pipeline shares and its first construction would (the sentence model, the
     * English word list, the rules' patterns), in the order a pipeline builds its stages, without
     * the RDF stage: nothing here touches Jena, whose initialization is the caller's (the store's
     * opening) and must not run on two threads at once. A build runs this on a thread of its own
     * while the store opens, so the first document does not wait for it (seeds x 200 at 5cc89e4:
     * about 0.8 s between the store's opening and the first document, on one core, before).
     */
    public static void loadShared() {
        new DocumentReaders();
        new HeaderMetadataExtractor();
        new OpenNlpSentenceAnalyzer();
        new NameFinding(new KoreanNameFinder(), new ForeignNameFinder(), new ChineseNameFinder());
        new RuleBasedExtractor();
        new ActivityRules();
        new KeyResolver();
        new GluedWordRepair();
    }

    /** A document's graph (its triples and the IRI of the named graph they go into) and the document's source name. */
    public record DocumentGraph(String sourceName, DocumentTriples triples) {
        public String graphIri() { return triples.graphIri(); }

        /** The graph as a Jena model, made on each call (for tests and diagnostics; the store takes the triples). */
        public org.apache.jena.rdf.model.Model model() { return triples.model(); }
    }

    public DocumentGraph process(Path file) throws DocumentException {
        return graphOf(reader.read(file));
    }

    /**
     * The same graph for an article whose bytes are in hand, named as its file would be: what a
     * distributed job, which reads input splits rather than local files, calls.
     */
    public DocumentGraph process(String sourceName, byte[] content) throws DocumentException {
        return graphOf(reader.read(sourceName, content));
    }

    /** The graph of a document already read (an archive's record, say). */
    public DocumentGraph process(SourceDocument document) {
        return graphOf(document);
    }

    private DocumentGraph graphOf(SourceDocument document) {
        return new DocumentGraph(document.sourceName(), mapper.map(resolve(document)));
    }

    /** The stages up to resolution, for tests and diagnostics. */
    public ResolvedDocument resolve(SourceDocument document) {
        return resolver.resolve(extract(document));
    }

    /** Reads one article file (for diagnostics that need the document beside its extraction). */
    public SourceDocument read(Path file) throws DocumentException {
        return reader.read(file);
    }

    /** The sentences extraction reads in a (repaired) document, for the review queue to hold its facts against. */
    public List<Sentence> sentences(SourceDocument document, DocumentMetadata meta) {
        return sentences.analyze(document.text(), meta.bodyStart(), meta.bodyEnd());
    }

    public Extraction extract(SourceDocument received) {
        // Glued words repaired first: every later stage reads the repaired text; offsets map back in RDF.
        SourceDocument document = glued.repair(received);
        DocumentMetadata meta = metadata.extract(document);
        List<Sentence> sents = sentences.analyze(document.text(), meta.bodyStart(), meta.bodyEnd());
        List<NameMention> found = names.find(document.text(), sents);
        return activities.extend(extractor.extract(document, meta, sents, found), sents);
    }
}
