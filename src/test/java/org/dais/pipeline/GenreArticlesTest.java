package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.dais.ingest.DocumentException;
import org.dais.rdf.DAIS;
import org.dais.rdf.IriMinter;

/**
 * Articles written for the tests, one per genre, era of titles and page format (all names and
 * places invented): a plenary meeting with organizational matters; a 2016 Political Bureau
 * meeting with first-secretary-era titles and a marshal; a Supreme People's Assembly session
 * printed on one line; a congress sitting on a Rodong Sinmun page; a conference of cell
 * secretaries on a Pyongyang Times page followed by other headlines; a provincial Party
 * conference in HTML; a funeral committee on a blog repost with a capture banner; a national
 * meeting in Markdown; an enlarged meeting of the Central Military Commission; a seminar with
 * lectures; a provincial plenary meeting whose titles are shared by lists or printed before
 * the names, with addresses in list, passive and "report of" forms and participation in other
 * words; older KCNA with a dateline printing its Juche year and a weekday ("April 10, Juche 101
 * (2012) (KCNA) --", "opened ... on Tuesday") and offices held "and concurrently"; a weekly's
 * day-first masthead ("The Pyongyang Times, 17 September 2033") with "on Friday"; a Rodong Sinmun
 * provincial plenum under a Juche year line with "Taking the floor were A and B"; a Central
 * Committee plenum's organizational matters ("by-elected A and B members of X, and C an alternate
 * member of Y"); a provincial people's assembly's session where "Deputies A and B spoke" (the
 * assembly's deputies); a national conference whose "discussants included" A and B. Each article's
 * facts are compared with its reviewed expectation.
 */
class GenreArticlesTest {
    static final Path ARTICLES = Path.of("src/test/resources/articles");

    static Stream<Path> articles() throws IOException {
        return Files.list(ARTICLES).filter(p -> p.toString().matches(".*\\.(txt|html)$")).sorted();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void factsOfEachArticleAreTheReviewedOnes(Path article) throws IOException, DocumentException {
        Path expected = ARTICLES.resolve("expected").resolve(article.getFileName().toString().replaceFirst("\\.[a-z]+$", ".jsonl"));
        assertEquals(GoldenFacts.expected(expected), GoldenFacts.of(article));
    }

    private static Model graphOf(String file) throws DocumentException {
        return new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)).process(ARTICLES.resolve(file)).model();
    }

    @Test
    void aMarshalIsARankNotAnOffice() throws DocumentException {
        Model m = graphOf("politburo-era-2016.txt");
        Resource person = m.listSubjectsWithProperty(FOAF.name, "Ra Chang Bok").next();
        assertEquals("Marshal", person.getProperty(DAIS.militaryRank).getString());
        assertFalse(m.listSubjectsWithProperty(RDF.type, DAIS.Tenure).toList().stream()
                .anyMatch(t -> t.getProperty(org.apache.jena.vocabulary.ORG.role).getResource().getURI().endsWith("/marshal")));
    }

    @Test
    void aDatelineWithoutAYearSaysSo() throws DocumentException {
        Model m = graphOf("provincial-conference.html");
        Resource article = m.listSubjectsWithProperty(RDF.type, DAIS.Article).next();
        assertFalse(article.getProperty(DAIS.yearStated).getBoolean(), "the year came from the text, not the dateline");
        Model printed = graphOf("plenary-organizational-matters.txt");
        assertTrue(printed.listSubjectsWithProperty(RDF.type, DAIS.Article).next().hasProperty(DAIS.publishedWording));
    }

    @Test
    void pageChromeAndTeasersProduceNoFacts() throws DocumentException {
        for (String file : List.of("provincial-conference.html", "cell-secretaries-pyongyang-times.txt", "funeral-committee-blog.txt")) {
            Set<String> names = graphOf(file).listObjectsOfProperty(FOAF.name).mapWith(n -> n.asLiteral().getString()).toSet();
            assertFalse(names.contains("Kim Jong Un") && !file.startsWith("funeral"), file + ": the leader appears only in a script, teaser or footer");
        }
    }
}
