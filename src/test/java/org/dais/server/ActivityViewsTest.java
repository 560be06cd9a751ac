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

    /**
     * Later occasions of the same invented company: a drill 17 days after the inspection (no news),
     * a visit 200 days after that without a day of its own (dated by its article), where the first
     * official is back after a long absence and a third is seen with him for the first time, and
     * a reception where a visitor is a guest (no part of his company).
     */
    static final String LATER = """
            @prefix dais: <https://w3id.org/dais/ontology#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix schema: <http://schema.org/> . @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix id: <http://localhost:3030/id/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            id:doc-2 a dais:Article ; dais:sourceFile "drill.txt" ; schema:headline "Leader Oversees Invented Drill" ; schema:datePublished "2031-05-20"^^xsd:date .
            id:doc-3 a dais:Article ; dais:sourceFile "farm.txt" ; schema:headline "Leader Visits Invented Farm" ; schema:datePublished "2031-12-06"^^xsd:date .
            id:person-third a foaf:Person ; foaf:name "Yon Chang Sik" ; rdfs:label "Yon Chang Sik" .
            id:person-guest a foaf:Person ; foaf:name "Ada Guestova" ; rdfs:label "Ada Guestova" .
            id:activity-2 a dais:Activity ; rdfs:label "drill on 2031-05-19" ; dais:activityKind "drill" ; schema:startDate "2031-05-19"^^xsd:date .
            id:activity-3 a dais:Activity ; rdfs:label "visit at Invented Farm" ; dais:activityKind "visit" .
            id:activity-4 a dais:Activity ; rdfs:label "reception" ; dais:activityKind "reception" ; schema:startDate "2031-12-05"^^xsd:date .
            id:q1 a dais:Participation ; dais:participant id:person-leader ; dais:participatedIn id:activity-2 ; dais:participationRole "led" ; prov:wasDerivedFrom id:doc-2 .
            id:q2 a dais:Participation ; dais:participant id:person-first ; dais:participatedIn id:activity-2 ; dais:participationRole "accompanied" ; dais:listRank 1 ; prov:wasDerivedFrom id:doc-2 .
            id:q3 a dais:Participation ; dais:participant id:person-leader ; dais:participatedIn id:activity-3 ; dais:participationRole "led" ; prov:wasDerivedFrom id:doc-3 .
            id:q4 a dais:Participation ; dais:participant id:person-first ; dais:participatedIn id:activity-3 ; dais:participationRole "greeted" ; prov:wasDerivedFrom id:doc-3 .
            id:q5 a dais:Participation ; dais:participant id:person-third ; dais:participatedIn id:activity-3 ; dais:participationRole "attended" ; prov:wasDerivedFrom id:doc-3 .
            id:q6 a dais:Participation ; dais:participant id:person-leader ; dais:participatedIn id:activity-4 ; dais:participationRole "led" ; prov:wasDerivedFrom id:doc-3 .
            id:q7 a dais:Participation ; dais:participant id:person-guest ; dais:participatedIn id:activity-4 ; dais:participationRole "guest" ; prov:wasDerivedFrom id:doc-3 .
            """;

    static Dataset laterDataset() {
        Dataset d = DatasetFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(d, () -> {
            RDFParser.fromString(GRAPH, Lang.TURTLE).parse(d.getDefaultModel());
            RDFParser.fromString(LATER, Lang.TURTLE).parse(d.getDefaultModel());
        });
        return d;
    }

    @Test
    void theChangesSayWhoJoinedHisCompanyAndWhoCameBackAfterALongAbsence() {
        List<String> changes = ChangeLog.changes(laterDataset(), null).stream()
                .filter(c -> c.kind().name().startsWith("WITH_LEADER"))
                .map(c -> c.date() + " " + c.personName() + " " + c.kind()).sorted().toList();
        assertEquals(List.of(
                "2031-05-02 Mun Sol Hui WITH_LEADER_FIRST",
                "2031-05-02 Ro Tae Gun WITH_LEADER_FIRST",
                "2031-12-06 Mun Sol Hui WITH_LEADER_AGAIN",
                "2031-12-06 Yon Chang Sik WITH_LEADER_FIRST"), changes);
        String again = ChangeLog.changes(laterDataset(), BASE + "person-first").stream()
                .filter(c -> c.kind() == ChangeLog.Kind.WITH_LEADER_AGAIN).findFirst().orElseThrow().summary();
        assertTrue(again.contains("Kang Il Bok (greeted)") && again.contains("after 201 days (last 2031-05-19)"), again);
    }

    @Test
    void theDossierCountsOccasionsByMonthAndKindAndListsTheCompanyChanges() {
        Document page = Jsoup.parse(EntityPages.html(laterDataset(), BASE + "person-first", BASE, "/id/"));
        assertEquals(List.of("2031-05 drill 1", "2031-05 inspection 1", "2031-12 visit 1"), page.select("table.by-month tr.month-kind").stream()
                .map(r -> r.attr("data-month") + " " + r.attr("data-kind") + " " + r.select("td").get(2).text()).toList());
        assertEquals(List.of("WITH_LEADER_AGAIN", "WITH_LEADER_FIRST"), page.select("table.changes tr.change").eachAttr("data-kind")
                .stream().filter(k -> k.startsWith("WITH_LEADER")).toList());
    }

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
