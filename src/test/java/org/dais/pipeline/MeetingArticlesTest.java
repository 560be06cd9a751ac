package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.dais.ingest.DocumentException;

/**
 * Meetings in the forms of other sources, years and kinds (issue 11), one invented article each
 * (names, places and meetings of no evaluation set): a Rodong Sinmun page dated "Juche 111
 * (2022). 6. 9." with a plenary meeting of the SPA Standing Committee; an enlarged plenary
 * meeting of the Cabinet; a provincial people's assembly's session in December that plans for the
 * coming year; a youth league congress that "opened"; a national meeting of activists; a joint
 * meeting of two mass organizations under a "2024.3.5." date line; a Central Committee plenary
 * meeting "from December 26 to 30"; an undated report meeting; plenums of the trade unions and
 * the agricultural workers' union ("Participating in it were", "heard reports of A and B"); a
 * Children's Union congress; sessions of local assemblies ("At the 3rd Session of ..., A made a
 * report", "on September 28 and 29"); a seminar and a consultative meeting ("spoke at"); an SPA
 * session with a recall; an overseas association's "15th regular general meeting" whose
 * addresses share a sentence ("A made an opening address and B, its secretary-general, made a
 * report"); a forestry conference whose presidium, speakers ("Among the speakers were", "followed by speeches of A and B") and further attendance ("Also attending were") are lists, and a meeting held "on the same day" takes its day. Only the facts of the meeting rules are compared (document, meeting, speech,
 * participation): persons, offices and organizations are other rules' and tested there. Later forms: older wire copy
 * ("here yesterday", "here Sept. 8 to mark X", "on Feb. 15 to celebrate X" cut by no sentence end), "Presiding over the meeting
 * was A", "Also present at the meeting was A", "The conference ended on ...", a memorial service and its address, sessions of
 * "provincial, city and county" assemblies as one, a seminar reported by its participle alone, two days across a month's
 * end, a date in figures "2031.10.2". Round 10 (1993-2030, older KCNA, Rodong Sinmun, other outlets' copy): "called to order by A",
 * "was opened by A with an opening speech", "was closed with a concluding speech by A", "held under the guidance of A", "with A in the
 * chair", "A was in the chair", "Opening the meeting, A ...", "In his opening address, A ...", "Reports were heard from A and B",
 * "A reported on X", "Then followed discussions by delegates including A", "Those on the platform included", "were also present",
 * "closed on DAY after a five-day session", "The X convened its 3rd enlarged meeting", "The Political Bureau of the Central Committee
 * of X met on ...", a dateline "Pyongyang, Juche 94 (2005), September 10 --", weekday dates, numbered agenda lists.
 */
class MeetingArticlesTest {
    static final Path ARTICLES = Path.of("src/test/resources/articles-meetings");
    private static final Set<String> COMPARED = Set.of("document", "meeting", "speech", "participation");

    static Stream<Path> articles() throws IOException {
        return Files.list(ARTICLES).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void meetingFactsOfEachArticleAreTheReviewedOnes(Path article) throws IOException, DocumentException {
        Path expected = ARTICLES.resolve("expected").resolve(article.getFileName().toString().replaceFirst("\\.txt$", ".jsonl"));
        assertEquals(GoldenFacts.expected(expected), compared(GoldenFacts.of(article)));
    }

    private static Set<String> compared(Set<String> facts) {
        return facts.stream().filter(f -> COMPARED.stream().anyMatch(t -> f.contains("type=" + t + ",") || f.contains("type=" + t + "}"))).collect(Collectors.toCollection(TreeSet::new));
    }
}
