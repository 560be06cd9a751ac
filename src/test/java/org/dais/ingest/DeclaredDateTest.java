package org.dais.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.DAIS;
import org.dais.rdf.IriMinter;

/**
 * A date and URL declared from outside the text (dated file name, sidecar JSON) date an article
 * whose text prints no year; a full date in the text wins, and a disagreement is noted.
 */
class DeclaredDateTest {
    private static final HeaderMetadataExtractor METADATA = new HeaderMetadataExtractor();
    private static final String YEARLESS = "Gardeners Meet in Port Town\n\nHaeju, March 3 (KCNA) -- A meeting of orchard gardeners took place here.\n";
    private static final String FULL_DATE = "Gardeners Meet in Port Town\n\n2019.5.20.\n\nA meeting of orchard gardeners took place in Haeju.\n";

    @TempDir
    Path dir;

    @Test
    void yearlessDatelineTakesTheDeclaredDate() {
        DocumentMetadata meta = METADATA.extract(new SourceDocument("a.txt", Path.of("a.txt"), YEARLESS, LocalDate.of(2021, 3, 3), null));
        assertEquals(LocalDate.of(2021, 3, 3), meta.published());
        assertTrue(meta.yearStated(), "a declared year is not an inferred one");
        assertNull(meta.dateConflict());
    }

    @Test
    void aDatelineOfAnotherDayIsNotedAndTheDeclaredDateTaken() {
        DocumentMetadata meta = METADATA.extract(new SourceDocument("a.txt", Path.of("a.txt"), YEARLESS, LocalDate.of(2021, 3, 4), null));
        assertEquals(LocalDate.of(2021, 3, 4), meta.published());
        assertTrue(meta.dateConflict().contains("2021-03-04"), meta.dateConflict());
    }

    @Test
    void theTextsFullDateWinsAndTheConflictIsNoted() {
        DocumentMetadata meta = METADATA.extract(new SourceDocument("a.txt", Path.of("a.txt"), FULL_DATE, LocalDate.of(2019, 5, 22), null));
        assertEquals(LocalDate.of(2019, 5, 20), meta.published());
        assertTrue(meta.dateConflict().contains("2019-05-20") && meta.dateConflict().contains("2019-05-22"), meta.dateConflict());
    }

    @Test
    void aFullDateFarFromTheDeclaredOneIsOneTheTextMentions() {
        String anniversary = "Gardeners Remember Founding\n\nHaeju, March 3 (KCNA) -- The society was founded on March 3, Juche 38 (1949).\n";
        DocumentMetadata meta = METADATA.extract(new SourceDocument("a.txt", Path.of("a.txt"), anniversary, LocalDate.of(2021, 3, 3), null));
        assertEquals(LocalDate.of(2021, 3, 3), meta.published());
        assertTrue(meta.dateConflict().contains("1949-03-03") && meta.dateConflict().contains("too far"), meta.dateConflict());
        String ahead = "Fair Announced\n\n2019.6.20.\n\nA fair opens in Haeju.\n";
        assertEquals(LocalDate.of(2019, 5, 22),
                METADATA.extract(new SourceDocument("a.txt", Path.of("a.txt"), ahead, LocalDate.of(2019, 5, 22), null)).published(),
                "a date weeks after the listing is not the publication date");
    }

    @Test
    void agreeingDatesHaveNoConflict() {
        DocumentMetadata meta = METADATA.extract(new SourceDocument("a.txt", Path.of("a.txt"), FULL_DATE, LocalDate.of(2019, 5, 20), null));
        assertEquals(LocalDate.of(2019, 5, 20), meta.published());
        assertNull(meta.dateConflict());
    }

    @Test
    void withoutADeclaredDateNothingChanges() {
        SourceDocument plain = new SourceDocument("a.txt", Path.of("a.txt"), FULL_DATE);
        assertNull(plain.declaredDate());
        assertEquals(LocalDate.of(2019, 5, 20), METADATA.extract(plain).published());
    }

    @Test
    void datedFileNames() {
        assertEquals(LocalDate.of(2021, 3, 3), DeclaredMetadata.fromFileName("2021-03-03_orchard-meeting.txt"));
        assertEquals(LocalDate.of(2021, 3, 3), DeclaredMetadata.fromFileName("20210303-orchard.html"));
        assertNull(DeclaredMetadata.fromFileName("2021-13-40_not-a-date.txt"));
        assertNull(DeclaredMetadata.fromFileName("orchard-2021-03-03.txt"), "only a leading date dates the file");
        assertNull(DeclaredMetadata.fromFileName("202103031.txt"), "a longer number is no date");
    }

    @Test
    void declaredDateForms() {
        LocalDate d = LocalDate.of(2022, 11, 7);
        for (String form : List.of("2022-11-07", "2022-11-07T08:30:00+09:00", "2022/11/07", "2022.11.7.", "November 7, 2022",
                "Nov. 7, 2022", "7 November 2022", "Monday, November 7, 2022")) {
            assertEquals(d, DeclaredMetadata.parseDate(form), form);
        }
        for (String bad : List.of("", "yesterday", "2022-02-30", "11/07/2022x")) assertNull(DeclaredMetadata.parseDate(bad), bad);
    }

    @Test
    void aDatedFileIsDatedByItsName() throws Exception {
        Path file = write("2021-03-03_orchard.txt", YEARLESS);
        SourceDocument doc = new DocumentReaders().read(file);
        assertEquals(LocalDate.of(2021, 3, 3), doc.declaredDate());
        assertEquals(LocalDate.of(2021, 3, 3), METADATA.extract(doc).published());
    }

    @Test
    void aSidecarGivesDateAndUrlAndIsNoInputOfItsOwn() throws Exception {
        Path file = write("orchard.txt", YEARLESS);
        write("orchard.txt.json", "{\"date\": \"2021-03-03\", \"url\": \"https://example.org/news/orchard\"}");
        Path other = write("quarry.html", "<html><body><p>" + YEARLESS + "</p></body></html>");
        write("quarry.json", "{\"published\": \"2020-03-03\", \"link\": \"https://example.org/news/quarry\"}");
        SourceDocument doc = new DocumentReaders().read(file);
        assertEquals(LocalDate.of(2021, 3, 3), doc.declaredDate());
        assertEquals("https://example.org/news/orchard", doc.url());
        SourceDocument page = new DocumentReaders().read(other);
        assertEquals(LocalDate.of(2020, 3, 3), page.declaredDate());
        assertEquals(List.of(file, other), DocumentReaders.expand(List.of(dir)));
    }

    @Test
    void theSidecarWinsOverTheFileName() throws Exception {
        Path file = write("2021-03-03_orchard.txt", YEARLESS);
        write("2021-03-03_orchard.txt.json", "{\"date\": \"2021-03-05\"}");
        assertEquals(LocalDate.of(2021, 3, 5), new DocumentReaders().read(file).declaredDate());
    }

    @Test
    void aBadSidecarIsAnErrorNamingIt() throws Exception {
        Path file = write("orchard.txt", YEARLESS);
        Path sidecar = write("orchard.txt.json", "{\"date\": \"2021-03-03\", ");
        DocumentException e = assertThrows(DocumentException.class, () -> new DocumentReaders().read(file));
        assertEquals(sidecar, e.file());
        assertTrue(e.reason().contains("not valid JSON"), e.reason());
        Files.writeString(sidecar, "{\"date\": \"the third\"}");
        e = assertThrows(DocumentException.class, () -> new DocumentReaders().read(file));
        assertTrue(e.reason().contains("\"the third\" is not a date"), e.reason());
        Files.writeString(sidecar, "{\"date\": 20210303}");
        e = assertThrows(DocumentException.class, () -> new DocumentReaders().read(file));
        assertTrue(e.reason().contains("\"date\" is not a string"), e.reason());
    }

    @Test
    void theGraphCarriesDeclaredDateUrlAndConflict() throws Exception {
        Path file = write("2019-05-22_orchard.txt", FULL_DATE);
        write("2019-05-22_orchard.txt.json", "{\"url\": \"https://example.org/news/orchard\"}");
        Pipeline.DocumentGraph g = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)).process(file);
        Model m = g.model();
        var article = m.listSubjectsWithProperty(RDF.type, DAIS.Article).next();
        assertEquals("2019-05-22", article.getProperty(DAIS.declaredDate).getLiteral().getLexicalForm());
        assertEquals("2019-05-20", article.getProperty(ResourceFactory.createProperty("http://schema.org/datePublished")).getLiteral().getLexicalForm());
        assertTrue(article.hasProperty(DAIS.dateConflict));
        assertEquals("https://example.org/news/orchard",
                article.getProperty(ResourceFactory.createProperty("http://schema.org/url")).getResource().getURI());
    }

    @Test
    void aUrlThatIsNoIriIsLeftOutOfTheGraph() throws Exception {
        Path file = write("2021-03-03_orchard.txt", YEARLESS);
        write("2021-03-03_orchard.txt.json", "{\"url\": \"not a link\"}");
        Model m = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)).process(file).model();
        assertFalse(m.contains(null, ResourceFactory.createProperty("http://schema.org/url")));
    }

    private Path write(String name, String text) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
