package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@link OrganizationMentions#find} starts its scan in the stretch of name characters that holds the next
 * head word, not at every capital: the names found are those of the scan from every position.
 */
class OrganizationMentionsTest {
    /** Invented sentences: lists of names, commas and parentheses before and between the bodies. */
    private static final List<String> SENTENCES = List.of(
            "Ro Chang Bok, Sin Ju Hyok, Tak Un Sil and Pae Yong Gil, members of the Namsong Provincial Committee, took part.",
            "The Taebyol Fishery Works, the Ohwa Glass Factory and the Sambong Dye Mill (all in the east) sent wreaths.",
            "Officials of the Kumsan Bureau, Nurim Bureau and other bureaus of the Central Forestry Agency attended it.",
            "A vice-minister of Coastal Works, Chu Myong Dok, said the Orang Locomotive Depot fulfilled its plan.",
            "Speeches were made at the meeting by Kang Ui Sop, director of the Hwasan University, and Mok Hye Ran.",
            "\"We will do it,\" said Yom Pong Chol, manager of the Pyoksu Tractor Plant, on Tuesday.",
            "The Songdal Power  Station and the Kwangmyong Spinning Mill.");

    @Test
    void theHeadRunShortcutFindsWhatTheFullScanFinds() {
        for (String s : SENTENCES) assertEquals(OrganizationMentions.find(s, false), OrganizationMentions.find(s, true), s);
    }

    @Test
    void bodiesAfterListsOfNamesAndCommasAreFound() {
        assertTrue(OrganizationMentions.find(SENTENCES.get(1)).containsAll(
                List.of("Taebyol Fishery Works", "Ohwa Glass Factory", "Sambong Dye Mill")), SENTENCES.get(1));
        assertTrue(OrganizationMentions.find(SENTENCES.get(5)).contains("Pyoksu Tractor Plant"), SENTENCES.get(5));
        // Two spaces inside a name are read as one.
        assertTrue(OrganizationMentions.find(SENTENCES.get(6)).contains("Songdal Power Station"), SENTENCES.get(6));
    }

    @Test
    void everyLineOfTheInventedTestArticlesGivesTheSameNamesBothWays() throws Exception {
        int lines = 0;
        for (String dir : List.of("src/test/resources/articles", "src/test/resources/articles-meetings")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        assertEquals(OrganizationMentions.find(line, false), OrganizationMentions.find(line, true), f + ": " + line);
                        lines++;
                    }
                }
            }
        }
        assertTrue(lines > 100, "lines read: " + lines);
    }

    @Test
    void anOrdinalIsSeenInAnyCaseAndForm() {
        assertTrue(MeetingNames.holdsAnOrdinal("the 3rd session"));
        assertTrue(MeetingNames.holdsAnOrdinal("the twenty-first plenary meeting"));
        assertTrue(MeetingNames.holdsAnOrdinal("the 101st rally"));
        assertEquals(false, MeetingNames.holdsAnOrdinal("the plenary meeting of 2031"));
    }

    /** Real copy too: the seeds, the gold sets' articles and the 2024 archive, each line read both ways. */
    @Test
    void everyLineOfTheRealArticlesGivesTheSameNamesBothWays() throws Exception {
        List<Path> sets = new java.util.ArrayList<>();
        for (String dir : List.of("seeds", "../shared/eval/dev/docs", "../shared/eval/dev2/docs", "../shared/eval/dev-activities/docs",
                "../shared/corpus/kcna-2024.jsonl")) {
            if (Files.exists(Path.of(dir))) sets.add(Path.of(dir));
        }
        org.dais.ingest.Inputs inputs = org.dais.ingest.Inputs.of(sets, org.dais.ingest.FieldMapping.defaults());
        int lines = 0;
        while (inputs.hasNext()) {
            org.dais.ingest.Input in = inputs.next();
            org.dais.ingest.SourceDocument doc = in instanceof org.dais.ingest.Input.ArchiveRecord r ? r.document()
                    : in instanceof org.dais.ingest.Input.ArticleFile f ? new org.dais.ingest.DocumentReaders().read(f.path()) : null;
            if (doc == null) continue;
            for (String line : doc.text().split("\n")) {
                assertEquals(OrganizationMentions.find(line, false), OrganizationMentions.find(line, true), doc.sourceName() + ": " + line);
                lines++;
            }
        }
        assertTrue(lines > 100, "lines read: " + lines);
    }

    /** A head inside a hyphenated word, a name opening inside one, and lower-case words before: read as the full scan reads them. */
    @Test
    void theWalkBackFromAHeadWordReadsAsTheFullScan() {
        for (String s : List.of("Delegates of the All-Nation Unity League of Workers met in the hall.",
                "He spoke of the pro-Western Liberty Party of the islands and the anti-Colonial Front.",
                "Workers of the Ryongsan Honoured 2nd Signal Company and the Detection and Radar Bureau took part.",
                "the visited and renovated Songnim Glass Factory, Sonbong Mine and Sea-Coast Works")) {
            assertEquals(OrganizationMentions.find(s, false), OrganizationMentions.find(s, true), s);
        }
        assertTrue(OrganizationMentions.find("Delegates of the All-Nation Unity League of Workers met in the hall.").stream()
                .anyMatch(n -> n.startsWith("All-Nation Unity League")));
    }
}
