package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import org.dais.ingest.SourceDocument;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.DAIS;
import org.dais.rdf.IriMinter;

/**
 * Glued words (a scraper dropping the spaces around a name set in a span of its own) are split
 * where a romanized name meets an English word, never inside a real word, and offsets map back
 * to the text as received. The sentences and names are invented.
 */
class GluedWordRepairTest {
    private static final GluedWordRepair REPAIR = new GluedWordRepair();

    @Test
    void wordsGluedBeforeAndAfterANameAreSplit() {
        assertEquals("a letter sent by Pak Chol Min was read out", REPAIR.repair("a letter sent byPak Chol Minwas read out"));
        assertEquals("the respected Comrade Ri Sol Ho visited the mill", REPAIR.repair("the respected ComradeRi Sol Hovisited the mill"));
        assertEquals("greetings to Han Yong Su and the workers", REPAIR.repair("greetings toHan Yong Suand the workers"));
        assertEquals("students of Choe Hyon Il University gathered", REPAIR.repair("students ofChoe Hyon IlUniversity gathered"));
        assertEquals("thanks to H.E. Kang Mun Sok who arrived", REPAIR.repair("thanks to H.E.Kang Mun Sokwho arrived"));
        assertEquals("On May 3 Yun Tok Chol opened it", REPAIR.repair("On May 3Yun Tok Chol opened it"));
        assertEquals("gifts from HE Son Il Gwang and his wife", REPAIR.repair("gifts from HESon Il Gwangand his wife"));
    }

    @Test
    void aDashGluedToTheWordAfterIt() {
        assertEquals("Sariwon, June 2 (KCNA) -- Pak Chol Min inspected", REPAIR.repair("Sariwon, June 2 (KCNA) --Pak Chol Min inspected"));
        assertEquals("Sariwon, June 2 (KCNA) -- Pak Chol Min inspected", REPAIR.repair("Sariwon, June 2 (KCNA)--Pak Chol Min inspected"));
        assertEquals("(photos) - Pak Chol Min left", REPAIR.repair("(photos) -Pak Chol Min left"));
    }

    @Test
    void aNameSyllableGluedToAListedWordOnlyWhereTheNamesLastSyllableIsDue() {
        assertEquals("Pak Chol Min to the plant", REPAIR.repair("Pak Chol Minto the plant"), "'minto' is a word, but a name is unfinished");
        assertEquals("Kang Il Nam Guides Work", REPAIR.repair("Kang Il Nam Guides Work"), "the name is complete: 'Guides' is a word");
    }

    @Test
    void realWordsAreNeverSplit() {
        for (String text : List.of("General MacArthur landed", "the McCune-Reischauer system", "an iPhone and a YouTube channel",
                "the DPRK's stand", "a 5 kWh battery", "the Kimchi festival", "Minister of Kim Chaek University", "on Sunday Kim Jong Sik spoke",
                "the Pak-Kim Jong talks", "a JavaScript and PowerPoint file", "the eBay sale", "McDonald's and O'Neill", "mRNA vaccines",
                "Kim Ok Sun Sunday school")) {
            assertEquals(text, REPAIR.repair(text), text);
        }
    }

    @Test
    void offsetsMapBackToTheTextAsReceived() {
        String received = "The letter sent byPak Chol Minwas read. (Sariwon) --Ri Sol Ho spoke.";
        SourceDocument repaired = REPAIR.repair(new SourceDocument("x.txt", Path.of("x.txt"), received));
        assertEquals("The letter sent by Pak Chol Min was read. (Sariwon) -- Ri Sol Ho spoke.", repaired.text());
        assertEquals(received, repaired.receivedText());
        assertEquals(3, repaired.repair().insertions());
        for (String word : List.of("Pak", "Min", "was", "Ri", "spoke", "letter")) {
            int at = repaired.text().indexOf(word);
            int back = repaired.toReceived(at);
            assertEquals(word, received.substring(back, back + word.length()), word);
            assertEquals(back + word.length(), repaired.toReceived(at + word.length()), word + " end");
        }
        assertEquals(received.length(), repaired.toReceived(repaired.text().length()));
    }

    @Test
    void anUngluedDocumentIsTheSameDocument() {
        SourceDocument doc = new SourceDocument("x.txt", Path.of("x.txt"), "Pak Chol Min visited the mill on Sunday.");
        assertSame(doc, REPAIR.repair(doc));
        assertNull(doc.repair());
    }

    @Test
    void evidenceInTheGraphPointsIntoTheTextAsReceived() {
        String received = "Mill Opened\n\nSariwon, June 2 (KCNA) --The opening ceremony of the mill was held.\n"
                + "Present were Pak Chol Min, chief secretary of the North Hwanghae Provincial Committee of the WPK, and workers.\n"
                + "A letter sent byRi Sol Howas read out.\n";
        SourceDocument doc = new SourceDocument("mill.txt", Path.of("mill.txt"), received);
        Model m = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)).process(doc).model();
        List<Resource> evidence = m.listSubjectsWithProperty(RDF.type, DAIS.Evidence).toList();
        assertTrue(!evidence.isEmpty(), "the office is attested");
        for (Resource e : evidence) {
            int start = e.getProperty(DAIS.startOffset).getInt(), end = e.getProperty(DAIS.endOffset).getInt();
            String quote = e.getProperty(DAIS.quote).getString();
            assertEquals(received.substring(start, end).strip().replaceAll("\\s+", " "), quote);
        }
    }

    @Test
    void theCharacterScanFindsThePatternsMatches() {
        // Random texts of the characters the two patterns turn on: letters, dashes, brackets, spaces, a letter beyond ASCII.
        String alphabet = "aZk-\u2014\u2013) \n\t.\u00e9(4";
        java.util.Random random = new java.util.Random(15);
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            List<Integer> cuts = new java.util.ArrayList<>(), expectedCuts = new java.util.ArrayList<>();
            List<int[]> words = new java.util.ArrayList<>();
            GluedWordRepair.scan(text, cuts, words);
            java.util.regex.Matcher dash = GluedWordRepair.GLUED_DASH.matcher(text);
            while (dash.find()) {
                if (text.charAt(dash.start() - 1) == ')') expectedCuts.add(dash.start());
                expectedCuts.add(dash.end());
            }
            List<String> expectedWords = new java.util.ArrayList<>();
            java.util.regex.Matcher w = GluedWordRepair.WORD.matcher(text);
            while (w.find()) expectedWords.add(w.start() + "-" + w.end());
            assertEquals(expectedCuts, cuts, text);
            assertEquals(expectedWords, words.stream().map(r -> r[0] + "-" + r[1]).toList(), text);
            for (int[] r : words) {
                boolean innerCapital = !text.substring(r[0] + 1, r[1]).equals(text.substring(r[0] + 1, r[1]).toLowerCase(java.util.Locale.ROOT));
                assertEquals(innerCapital ? 1 : 0, r[2], text + ": the inner capital of " + text.substring(r[0], r[1]));
            }
        }
    }

    @Test
    void theLastPieceIsWhatTheCamelSplitEndsWith() {
        // Random words of lower-case letters and capitals (the boundaries turn on both), and invented glued forms.
        String alphabet = "aQrKbT";
        java.util.Random random = new java.util.Random(16);
        List<String> words = new java.util.ArrayList<>(List.of("", "a", "Q", "ofRyom", "HEPyon", "VIPs", "ABCd", "AbCdEf", "XYz", "xY"));
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 1 + random.nextInt(9); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            words.add(b.toString());
        }
        for (String word : words) {
            String[] pieces = java.util.regex.Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z])").split(word);
            assertEquals(pieces[pieces.length - 1], GluedWordRepair.lastPiece(word), word);
        }
    }
}
