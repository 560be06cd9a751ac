package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dais.ingest.DocumentMetadata;
import org.dais.ingest.FieldMapping;
import org.dais.ingest.HeaderMetadataExtractor;
import org.dais.ingest.Input;
import org.dais.ingest.Inputs;
import org.dais.ingest.SourceDocument;
import org.dais.nlp.ChineseNameFinder;
import org.dais.nlp.ForeignNameFinder;
import org.dais.nlp.GluedWordRepair;
import org.dais.nlp.KoreanNameFinder;
import org.dais.nlp.NameFinding;
import org.dais.nlp.NameMention;
import org.dais.nlp.OpenNlpSentenceAnalyzer;
import org.dais.nlp.Sentence;

/**
 * The trigger-word gate ({@link Triggers}) only skips rules that could not have matched: with
 * and without it, the extraction of every rule example, of every gold set's articles and of the
 * real 2024 archive is the same, claim for claim; so is the activity rules' gate on the text their
 * patterns need ({@link RequiredText}). A rule whose pattern gains a form its triggers
 * lack fails here on that form's example.
 */
class RuleGateTest {
    private final GluedWordRepair glued = new GluedWordRepair();
    private final HeaderMetadataExtractor metadata = new HeaderMetadataExtractor();
    private final OpenNlpSentenceAnalyzer sentences = new OpenNlpSentenceAnalyzer();
    private final NameFinding names = new NameFinding(new KoreanNameFinder(), new ForeignNameFinder(), new ChineseNameFinder());
    private final RuleBasedExtractor gated = new RuleBasedExtractor(true);
    private final RuleBasedExtractor ungated = new RuleBasedExtractor(false);
    private final ActivityRules gatedActivities = new ActivityRules(true);
    private final ActivityRules ungatedActivities = new ActivityRules(false);

    @Test
    void theGateChangesNoExtractionOfARuleExample() {
        int n = 0;
        for (RuleFamily family : gated.families()) {
            for (Rule rule : family.rules()) {
                for (RuleExample example : rule.examples()) {
                    String text = RuleExamplesTest.DATELINE + example.text() + "\n";
                    sameBothWays(new SourceDocument("example.txt", Path.of("example.txt"), text), family.name() + " / " + rule.name());
                    n++;
                }
            }
        }
        assertTrue(n > 20, "rule examples read: " + n);
    }

    @Test
    void theGateChangesNoExtractionOfARealArticle() throws Exception {
        List<Path> sets = new ArrayList<>();
        // The invented articles of the pipeline tests too: their activity and meeting forms are not all in the gold sets.
        for (String dir : List.of("seeds", "src/test/resources/articles", "src/test/resources/articles-meetings", "../shared/eval/dev/docs", "../shared/eval/dev2/docs", "../shared/eval/dev-activities/docs",
                "../shared/corpus/kcna-2024.jsonl")) {
            if (Files.exists(Path.of(dir))) sets.add(Path.of(dir));
        }
        assertFalse(sets.isEmpty(), "no article sets found");
        Inputs inputs = Inputs.of(sets, FieldMapping.defaults());
        int n = 0;
        while (inputs.hasNext()) {
            Input in = inputs.next();
            SourceDocument doc = in instanceof Input.ArchiveRecord r ? r.document()
                    : in instanceof Input.ArticleFile f ? new org.dais.ingest.DocumentReaders().read(f.path()) : null;
            if (doc == null) continue;
            sameBothWays(doc, doc.sourceName());
            n++;
        }
        assertTrue(n >= 20, "articles read: " + n);
    }

    private void sameBothWays(SourceDocument received, String what) {
        SourceDocument document = glued.repair(received);
        DocumentMetadata meta = metadata.extract(document);
        List<Sentence> sents = sentences.analyze(document.text(), meta.bodyStart(), meta.bodyEnd());
        List<NameMention> found = names.find(document.text(), sents);
        Extraction ungatedClaims = ungated.extract(document, meta, sents, found);
        assertEquals(ungatedClaims, gated.extract(document, meta, sents, found), what);
        // The activity rules' gates (RequiredText) the same way, on the same claims.
        assertEquals(ungatedActivities.extend(ungatedClaims, sents), gatedActivities.extend(ungatedClaims, sents), what + " (activities)");
    }

    @Test
    void aTextIsAdmittedByAnyLiteralItHoldsEvenInsideAWord() {
        String lower = "On 3May the 2nd Ceremonies were HELD at the works.".toLowerCase(java.util.Locale.ROOT);
        assertTrue(RequiredText.anyOf("ceremon").admits(lower), "inside a longer word");
        assertTrue(RequiredText.anyOf("nothing", "held").admits(lower), "case aside, once lower-cased");
        assertTrue(RequiredText.anyOf("may").admits(lower), "a digit before it");
        assertFalse(RequiredText.anyOf("took", "staged").admits(lower));
        assertTrue(RequiredText.anyOf("took").admits(null), "no text: ungated");
        assertThrows(IllegalArgumentException.class, () -> RequiredText.anyOf("Held"));
    }

    @Test
    void aWordIsFoundWhetherItsTriggerWasDeclaredBeforeOrAfterTheSentenceWasRead() {
        Triggers before = Triggers.anyOf("kolkhoz"), beforeAccented = Triggers.anyOf("\u00e7iftlik");
        Triggers.Words words = Triggers.Words.of("The KOLKHOZ and the \u00c7iftlik met_up in 2nd-rank halls.");
        Triggers after = Triggers.anyOf("met_up"), afterAccented = Triggers.anyOf("\u00e7iftlik", "zzz");
        assertTrue(before.admits(words), "declared before, read from the characters");
        assertTrue(beforeAccented.admits(words), "declared before, a word beyond ASCII lower-cased whole");
        assertTrue(after.admits(words), "declared after: read from the text again");
        assertTrue(afterAccented.admits(words));
        assertTrue(Triggers.anyOf("2nd").admits(words));
        assertFalse(Triggers.anyOf("kolk").admits(words), "part of a word");
        assertFalse(Triggers.anyOf("hall").admits(words));
    }

    @Test
    void aSentenceIsAdmittedByAnyOfItsWholeWordsCaseAside() {
        Triggers.Words words = Triggers.Words.of("The reports were READ out, by-and-by, at the plant's hall.");
        assertTrue(Triggers.anyOf("read").admits(words));
        assertTrue(Triggers.anyOf("hall", "nothing").admits(words));
        assertTrue(Triggers.anyOf("by").admits(words), "hyphens delimit words as \\b does");
        assertFalse(Triggers.anyOf("report").admits(words), "a word inside a longer one is no trigger");
        assertFalse(Triggers.anyOf("plan").admits(words));
        assertTrue(Triggers.ALWAYS.admits(words));
        assertTrue(Triggers.anyOf("read").admits(null), "no words: ungated");
        assertThrows(IllegalArgumentException.class, () -> Triggers.anyOf("took the"));
    }
}
