package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import org.dais.extract.AppearanceClaim;
import org.dais.extract.EventClaim;
import org.dais.extract.Extraction;
import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.rdf.DAIS;
import org.dais.rdf.IriMinter;
import org.dais.store.Ontology;

/**
 * The leader's public activities in the invented articles {@code articles/*activity*} (their
 * facts are compared one by one in {@link GenreArticlesTest}): what the facts do not show, the
 * list ranks, the place linked to the organization it is, the shapes on a store built from them,
 * and the year that is never guessed.
 */
class ActivityArticlesTest {
    static final Path ARTICLES = Path.of("src/test/resources/articles");
    static final Property schemaLocation = ResourceFactory.createProperty("http://schema.org/location");
    static final Property schemaStartDate = ResourceFactory.createProperty("http://schema.org/startDate");

    static List<Path> activityArticles() throws IOException {
        try (var files = Files.list(ARTICLES)) {
            return files.filter(p -> p.getFileName().toString().contains("activity")).sorted().toList();
        }
    }

    static Extraction extraction(String file) throws DocumentException {
        return new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)).extract(new DocumentReaders().read(ARTICLES.resolve(file)));
    }

    static Model graph(String file) throws DocumentException {
        return new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)).process(ARTICLES.resolve(file)).model();
    }

    @Test
    void thereIsAnArticleForEveryKindTheyReportOften() throws Exception {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        java.util.Set<String> roles = new java.util.TreeSet<>();
        for (Path p : activityArticles()) {
            Extraction x = extraction(p.getFileName().toString());
            x.events().forEach(e -> kinds.add(e.kind()));
            x.appearances().forEach(a -> roles.add(a.role()));
        }
        assertEquals(new java.util.TreeSet<>(List.of("inspection", "visit", "test", "drill", "performance", "ceremony", "reception", "talks", "other")), kinds);
        assertEquals(new java.util.TreeSet<>(AppearanceClaim.ROLES), roles);
    }

    @Test
    void thoseAccompanyingHimAreRankedInPrintedOrderAcrossBothLists() throws DocumentException {
        Extraction x = extraction("2031-03-21_activity-field-guidance-weekday.txt");
        Map<Integer, String> ranked = new TreeMap<>();
        for (AppearanceClaim a : x.appearances()) if (a.role().equals("accompanied")) ranked.put(a.rank(), a.person());
        assertEquals(List.of("Paek Chun Gil", "Sol Hae Ryong", "Om Tae Sik", "Pyo Kil Nam"), new ArrayList<>(ranked.values()),
                "\"Accompanying him were also\" continues the first list");
        Model m = graph("2031-03-21_activity-field-guidance-weekday.txt");
        Resource first = m.listSubjectsWithProperty(DAIS.listRank, m.createTypedLiteral("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)).next();
        assertEquals("Paek Chun Gil", first.getPropertyResourceValue(DAIS.participant).getProperty(FOAF.name).getString());
        assertEquals("accompanied", first.getProperty(DAIS.participationRole).getString());
    }

    @Test
    void aWeekdayIsTheLastSuchDayBeforeTheRecordDate() throws DocumentException {
        EventClaim e = extraction("2031-03-21_activity-field-guidance-weekday.txt").events().get(0);
        assertEquals(java.time.LocalDate.of(2031, 3, 18), e.start(), "Tuesday before Friday 21 March 2031");
        assertEquals("Tuesday", e.dateWording());
    }

    @Test
    void twoPlacesInOneReportAreTwoOccasionsWithTheirOwnHosts() throws DocumentException {
        Extraction x = extraction("2031-05-14_activity-inspection-two-sites.txt");
        assertEquals(List.of("Ryonghwa Tile Factory", "Tonghung Cooperative Farm"), x.events().stream().map(EventClaim::place).toList());
        Map<String, List<String>> greetedAt = x.appearances().stream().filter(a -> a.role().equals("greeted"))
                .collect(Collectors.groupingBy(a -> x.events().get(a.event() - 1).place(), TreeMap::new,
                        Collectors.mapping(AppearanceClaim::person, Collectors.toList())));
        assertEquals(Map.of("Ryonghwa Tile Factory", List.of("Ho Chang Bom", "Kye Sun Ok"), "Tonghung Cooperative Farm", List.of("Wi Yong Hui")),
                greetedAt);
        // The unit visited is the organization the article names, not a second node.
        Model m = graph("2031-05-14_activity-inspection-two-sites.txt");
        Resource factory = m.listSubjectsWithProperty(RDF.type, DAIS.Activity).toList().stream()
                .map(a -> a.getPropertyResourceValue(schemaLocation)).filter(l -> l.hasProperty(RDF.type, DAIS.Factory)).findFirst().orElse(null);
        assertNotNull(factory, "the factory inspected is the dais:Factory the article names, not a place of its own");
    }

    @Test
    void aTestReportedWithoutHimIsTheOneHeWatched() throws DocumentException {
        Extraction x = extraction("2031-06-06_activity-test-and-drill.txt");
        EventClaim test = x.events().stream().filter(e -> e.kind().equals("test")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2031, 6, 5), test.start(), "conducted on Thursday, watched by him");
        assertEquals(2, x.events().size(), "the test, and the drill he also oversaw");
        assertTrue(x.appearances().stream().filter(a -> a.role().equals("accompanied")).allMatch(a -> a.event() == test.id()),
                "those accompanying him belong to the occasion the report is about");
    }

    @Test
    void foreignVisitorsAreGuestsFoundFromTheirOfficeNotFromAList() throws DocumentException {
        Extraction lao = extraction("2031-09-04_activity-reception-delegation.txt");
        assertTrue(lao.appearances().stream().anyMatch(a -> a.person().equals("Bounthavy Keomanivong") && a.role().equals("guest")),
                "the head of the delegation received: " + lao.appearances());
        assertEquals(1, lao.events().stream().filter(e -> e.kind().equals("reception")).count(), "the talks are part of the reception");
        Extraction russian = extraction("2031-03-10_activity-received-foreign-minister.txt");
        List<String> persons = russian.persons().stream().map(n -> n.name()).distinct().toList();
        assertTrue(persons.containsAll(List.of("Yevgeny Orlovsky", "Pavel Gromtsev")), persons.toString());
        assertFalse(russian.appearances().stream().anyMatch(a -> a.person().equals("Pavel Gromtsev")),
                "a minister who only sent greetings was not there");
    }

    @Test
    void noYearIsGuessedWhereNoneIsInEvidence() throws DocumentException {
        Extraction x = extraction("activity-undated-visit.txt");
        assertEquals(1, x.events().size());
        assertEquals(null, x.events().get(0).start(), "a dateline without a year and an undated file: the day is not given a year");
        assertFalse(graph("activity-undated-visit.txt").listSubjectsWithProperty(RDF.type, DAIS.Activity).next().hasProperty(schemaStartDate));
    }

    @Test
    void aStoreOfTheActivityArticlesSatisfiesTheShapes() throws Exception {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Pipeline pipeline = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));
        for (Path p : activityArticles()) {
            // An article needs its publication date (ArticleShape); the undated one is there to have none.
            if (p.getFileName().toString().contains("undated")) continue;
            Pipeline.DocumentGraph g = pipeline.process(p);
            Txn.executeWrite(dataset, () -> dataset.addNamedModel(g.graphIri(), g.model()));
        }
        Txn.executeWrite(dataset, () -> dataset.addNamedModel(Ontology.GRAPH, Ontology.ontology()));
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        Txn.executeRead(dataset, () -> {
            Model union = dataset.getUnionModel();
            assertTrue(union.listSubjectsWithProperty(RDF.type, DAIS.Activity).toList().size() >= 12, "the activities are in the store");
            ValidationReport r = ShaclValidator.get().validate(shapes, union.getGraph());
            assertTrue(r.conforms(), r.getEntries().toString());
        });
    }
}
