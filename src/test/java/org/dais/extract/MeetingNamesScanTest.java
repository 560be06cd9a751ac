package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dais.ingest.DocumentReaders;
import org.dais.ingest.FieldMapping;
import org.dais.ingest.Input;
import org.dais.ingest.Inputs;
import org.dais.ingest.SourceDocument;

/** MENTION scanned from an ordinal's first word or digit finds the meetings the scan at every position finds. */
class MeetingNamesScanTest {
    @Test
    void inventedSentencesReadTheSameBothWays() {
        List<String> sentences = List.of(
                "The 5th Plenary Meeting of the 3rd Central Committee of the Farmers' Union and the Sixth Session of the 2nd Provincial Assembly opened.",
                "Delegates to the twenty-second congress of the league met after the 101st Candlelight Rally and the 3rd Asian Rice Growers' Symposium.",
                "It was the second of its kind; the 12TH ENLARGED MEETING followed the eleventh.",
                "The 2nd,3rd and 4th sessions of the council were held in 2031.",
                "A9th meeting (glued) and x4th session, then the Fourth Eurasian Teachers' Forum.");
        for (String s : sentences) assertEquals(MeetingNames.find(s, false), MeetingNames.find(s, true), s);
        assertFalse(MeetingNames.find(sentences.get(0), true).isEmpty());
    }

    @Test
    void everyLineOfTheRealArticlesReadsTheSameBothWays() throws Exception {
        List<Path> sets = new ArrayList<>();
        for (String dir : List.of("seeds", "src/test/resources/articles", "src/test/resources/articles-meetings", "../shared/eval/dev/docs",
                "../shared/eval/dev2/docs", "../shared/eval/dev-activities/docs", "../shared/corpus/kcna-2024.jsonl")) {
            if (Files.exists(Path.of(dir))) sets.add(Path.of(dir));
        }
        Inputs inputs = Inputs.of(sets, FieldMapping.defaults());
        int lines = 0, meetings = 0;
        while (inputs.hasNext()) {
            Input in = inputs.next();
            SourceDocument doc = in instanceof Input.ArchiveRecord r ? r.document()
                    : in instanceof Input.ArticleFile f ? new DocumentReaders().read(f.path()) : null;
            if (doc == null) continue;
            for (String line : doc.text().split("\n")) {
                List<MeetingNames.Found> scanned = MeetingNames.find(line, true);
                assertEquals(MeetingNames.find(line, false), scanned, doc.sourceName() + ": " + line);
                meetings += scanned.size();
                lines++;
            }
        }
        assertTrue(lines > 100 && meetings > 10, "lines read: " + lines + ", meetings: " + meetings);
    }
}
