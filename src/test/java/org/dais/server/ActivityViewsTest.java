package org.dais.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The pages read the leader's activities where a graph has them (an occasion that is no meeting,
 * its people with roles led and accompanied, list ranks), by SPARQL alone: an invented graph of
 * the form the activities extraction writes, so the pages work before and after it is merged.
 */
class ActivityViewsTest {
    static final String BASE = "http://localhost:3030/id/";
    static final String GRAPH = """
            @prefix dais: <https://w3id.org/dais/ontology#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix schema: <http://schema.org/> . @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix id: <http://localhost:3030/id/> .
            id:doc-1 a dais:Article ; dais:sourceFile "visit.txt" ; schema:headline "Leader Inspects Invented Works" ; schema:datePublished "2031-05-03"^^<http://www.w3.org/2001/XMLSchema#date> .
            id:person-leader a foaf:Person ; foaf:name "Kang Il Bok" ; rdfs:label "Kang Il Bok" .
            id:person-first a foaf:Person ; foaf:name "Mun Sol Hui" ; rdfs:label "Mun Sol Hui" .
            id:person-second a foaf:Person ; foaf:name "Ro Tae Gun" ; rdfs:label "Ro Tae Gun" .
            id:activity-1 a dais:Activity ; rdfs:label "inspection at Invented Works on 2031-05-02" ; dais:activityKind "inspection" ;
                schema:startDate "2031-05-02"^^<http://www.w3.org/2001/XMLSchema#date> .
            id:p1 a dais:Participation ; dais:participant id:person-leader ; dais:participatedIn id:activity-1 ; dais:participationRole "led" ; prov:wasDerivedFrom id:doc-1 .
            id:p2 a dais:Participation ; dais:participant id:person-second ; dais:participatedIn id:activity-1 ; dais:participationRole "accompanied" ;
                dais:listRank 2 ; prov:wasDerivedFrom id:doc-1 .
            id:p3 a dais:Participation ; dais:participant id:person-first ; dais:participatedIn id:activity-1 ; dais:participationRole "accompanied" ;
                dais:listRank 1 ; prov:wasDerivedFrom id:doc-1 .
            """;

    static Dataset dataset() {
        Dataset d = DatasetFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(d, () -> RDFParser.fromString(GRAPH, Lang.TURTLE).parse(d.getDefaultModel()));
        return d;
    }

    @Test
    void aDossierShowsActivitiesTheirCompanyAndRank() {
        Document page = Jsoup.parse(EntityPages.html(dataset(), BASE + "person-first", BASE, "/id/"));
        var rows = page.select("table.events tr.appearance");
        assertEquals(1, rows.size());
        assertEquals("accompanied", rows.get(0).attr("data-role"));
        assertEquals("1", rows.get(0).attr("data-rank"));
        assertTrue(rows.get(0).text().contains("Kang Il Bok (led)"), rows.get(0).text());
        assertTrue(rows.get(0).text().contains("Leader Inspects Invented Works"), "the article by headline");
        assertEquals(List.of("2031-05-02 1"), page.select("svg.rank-chart circle.rank-point").stream()
                .map(e -> e.attr("data-date") + " " + e.attr("data-rank")).toList());
    }

    @Test
    void anActivityPageListsWhoLedThenWhoAccompaniedInRankOrder() {
        Document page = Jsoup.parse(EntityPages.html(dataset(), BASE + "activity-1", BASE, "/id/"));
        assertEquals(List.of("led", "accompanied"), page.select("table.list").eachAttr("data-role"));
        assertEquals(List.of("Mun Sol Hui", "Ro Tae Gun"), page.select("table.list[data-role=accompanied] tr.listed td:nth-child(2)").eachText());
        assertTrue(page.text().contains("inspection"), "its kind");
    }
}
