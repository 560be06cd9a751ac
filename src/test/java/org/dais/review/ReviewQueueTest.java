package org.dais.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dais.extract.Extraction;
import org.dais.ingest.SourceDocument;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;

/** The review queue on an invented article: what was not read, classed, with offsets into the document. */
class ReviewQueueTest {
    private static final String ARTICLE = "Forestry Meeting Held\n\n"
            + "Pyongyang, April 3 (KCNA) -- A meeting of forestry workers of Sokhu Province was held on April 2, 2023.\n\n"
            + "Pang Il Gyu, chief secretary of the Sokhu Provincial Committee of the WPK, made a report at the meeting.\n\n"
            + "Tong Hyon Chol and Sa Kum Ok sat quietly in the hall watching the others.\n\n"
            + "Greetings came from Governor Alvaro Mendez Castillo of a friendly country.\n";

    private static ReviewQueue.Review review() {
        Pipeline pipeline = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));
        SourceDocument document = new SourceDocument("forestry.txt", null, ARTICLE);
        Extraction e = pipeline.extract(document);
        return ReviewQueue.review(e, pipeline.sentences(e.document(), e.metadata()));
    }

    @Test
    void sentencesWithNamesButNoFactAreQueuedWithTheirOffsets() {
        ReviewQueue.Review r = review();
        List<String> quotes = r.unread().stream().map(ReviewQueue.Unread::quote).toList();
        assertTrue(quotes.stream().anyMatch(q -> q.startsWith("Tong Hyon Chol and Sa Kum Ok sat")), quotes.toString());
        for (ReviewQueue.Unread u : r.unread()) {
            assertEquals(u.quote(), ARTICLE.substring(u.start(), u.end()).strip().replaceAll("\\s+", " "), "offsets point at the sentence");
        }
        // The report was read: its sentence is not in the queue.
        assertTrue(quotes.stream().noneMatch(q -> q.startsWith("Pang Il Gyu")), quotes.toString());
    }

    @Test
    void aCeremonyReadAsAnEventIsNotQueued() {
        String article = "Orchard Opened\n\n"
                + "Pyongyang, May 9 (KCNA) -- A ceremony for the completion of a fruit orchard took place at the Tongrim Orchard on May 8.\n\n"
                + "Present at the ceremony were Ki Sang Hun, chairman of the Tongrim County People's Committee, and orchard workers.\n";
        Pipeline pipeline = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));
        Extraction e = pipeline.extract(new SourceDocument("2030-05-09_orchard.txt", null, article));
        assertTrue(!e.events().isEmpty(), "the ceremony is read as an event: " + e.events());
        ReviewQueue.Review r = ReviewQueue.review(e, pipeline.sentences(e.document(), e.metadata()));
        assertTrue(r.unread().stream().noneMatch(u -> u.quote().startsWith("A ceremony for the completion")), r.unread().toString());
        assertTrue(r.unread().stream().noneMatch(u -> u.quote().startsWith("Present at the ceremony")), r.unread().toString());
    }

    @Test
    void aTitledNameTheFinderMissedIsANamesError() {
        assertTrue(review().unread().stream().anyMatch(u -> u.kind() == ReviewQueue.Kind.NAMES && u.quote().contains("Castillo")),
                review().unread().toString());
    }

    @Test
    void factsAreListedWeakestFirst() {
        List<ReviewQueue.Weak> weak = review().weak();
        assertTrue(weak.stream().anyMatch(w -> w.fact().startsWith("speech Pang Il Gyu | report")), weak.toString());
        for (int i = 1; i < weak.size(); i++) assertTrue(weak.get(i - 1).support() <= weak.get(i).support());
    }

    @Test
    void classesFollowTheSentencesCues() {
        assertEquals(ReviewQueue.Kind.SEVERAL_MEETINGS,
                ReviewQueue.classify("Meetings of the weavers and of the dyers were held at the mill.", List.of(), false, false));
        assertEquals(ReviewQueue.Kind.MEETING_KIND,
                ReviewQueue.classify("A gathering-day ceremony took place at the square.", List.of(), false, false));
    }
}
