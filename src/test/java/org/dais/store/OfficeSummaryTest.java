package org.dais.store;

import org.dais.rdf.DocumentTriples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.DAIS;
import org.dais.rdf.IriMinter;

/**
 * The office summary stays what a full recomputation from the documents' graphs gives, through
 * ingests, re-ingests and removals in any order, and a bulk load computes the same one.
 */
class OfficeSummaryTest {
    static final String BASE = IriMinter.DEFAULT_BASE;
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SCHEMA = "http://schema.org/";

    @TempDir
    Path dir;

    /**
     * The summary recomputed by SPARQL from the documents' graphs alone (not by the store's code):
     * per person and post, the articles, their count, the first and last publication dates.
     */
    static Map<String, String> recomputed(DaisStore store) {
        Map<String, String> out = new TreeMap<>();
        for (var r : SparqlRows.select(store.dataset(), """
                PREFIX dais: <https://w3id.org/dais/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX schema: <http://schema.org/>
                SELECT ?person ?post (COUNT(DISTINCT ?a) AS ?n) (GROUP_CONCAT(DISTINCT COALESCE(STR(?d), "-"); separator=" ") AS ?dates)
                       (GROUP_CONCAT(DISTINCT STR(?a); separator=" ") AS ?articles) {
                  GRAPH ?g { ?t a dais:Tenure ; org:member ?person ; dais:post ?post ; prov:wasDerivedFrom ?a .
                             OPTIONAL { ?a schema:datePublished ?d } }
                  FILTER (?g != dais:summary)
                } GROUP BY ?person ?post""")) {
            // First and last over the dated articles ("-": an undated one).
            List<String> dates = java.util.Arrays.stream(r.get("dates").split(" ")).filter(d -> !d.equals("-")).sorted().toList();
            out.put(IriMinter.officeSummary(r.get("person"), r.get("post")), line(r.get("person"), r.get("post"), r.get("n"),
                    dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1), sorted(r.get("articles"))));
        }
        // Every person named in a fact: the person's own node.
        for (var r : SparqlRows.select(store.dataset(), """
                PREFIX dais: <https://w3id.org/dais/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX schema: <http://schema.org/>
                SELECT ?person (COUNT(DISTINCT ?a) AS ?n) (GROUP_CONCAT(DISTINCT COALESCE(STR(?d), "-"); separator=" ") AS ?dates)
                       (GROUP_CONCAT(DISTINCT STR(?a); separator=" ") AS ?articles) {
                  GRAPH ?g { { ?f org:member ?person } UNION { ?f dais:speaker ?person } UNION { ?f dais:participant ?person }
                             ?f prov:wasDerivedFrom ?a . OPTIONAL { ?a schema:datePublished ?d } }
                  FILTER (?g != dais:summary)
                } GROUP BY ?person""")) {
            List<String> dates = java.util.Arrays.stream(r.get("dates").split(" ")).filter(d -> !d.equals("-")).sorted().toList();
            out.put(IriMinter.personSummary(r.get("person")), line(r.get("person"), null, r.get("n"),
                    dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1), sorted(r.get("articles"))));
        }
        return out;
    }

    /** The summary as stored, in the same form. */
    static Map<String, String> stored(DaisStore store) {
        Map<String, String> out = new TreeMap<>();
        for (var r : SparqlRows.select(store.dataset(), """
                PREFIX dais: <https://w3id.org/dais/ontology#>
                SELECT ?s ?person ?post ?n ?first ?last (GROUP_CONCAT(STR(?a); separator=" ") AS ?articles) {
                  GRAPH dais:summary { ?s dais:summaryOf ?person ; dais:articleCount ?n ; dais:attestedIn ?a .
                                       OPTIONAL { ?s dais:summaryPost ?post }
                                       OPTIONAL { ?s dais:firstAttested ?first } OPTIONAL { ?s dais:lastAttested ?last } }
                } GROUP BY ?s ?person ?post ?n ?first ?last""")) {
            String before = out.put(r.get("s"), line(r.get("person"), r.get("post"), r.get("n"), r.get("first"), r.get("last"), sorted(r.get("articles"))));
            assertEquals(null, before, "one count and one date each for " + r.get("s"));
        }
        return out;
    }

    static String line(String person, String post, String n, String first, String last, String articles) {
        return person + " | " + post + " | " + n + " | " + first + " .. " + last + " | " + articles;
    }

    static String sorted(String words) {
        return String.join(" ", new java.util.TreeSet<>(List.of(words.split(" "))));
    }

    /** A document's graph as the mapper writes it, invented: an article, maybe dated, and tenures of a few people. */
    static Model document(int doc, Random random) {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(BASE + "doc/d" + doc, DAIS.Article).addProperty(DAIS.sourceFile, "d" + doc + ".txt");
        if (random.nextInt(5) > 0) {
            article.addLiteral(m.createProperty(SCHEMA, "datePublished"),
                    m.createTypedLiteral(String.format("2030-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        }
        int tenures = random.nextInt(5);
        for (int i = 0; i < tenures; i++) {
            Resource person = m.createResource(BASE + "person/p" + random.nextInt(4), m.createResource("http://xmlns.com/foaf/0.1/Person"));
            Resource post = m.createResource(BASE + "post/q" + random.nextInt(3), ORG.Post);
            Resource tenure = m.createResource(BASE + "tenure/" + doc + "-" + i, DAIS.Tenure)
                    .addProperty(ORG.member, person).addProperty(DAIS.post, post)
                    .addProperty(m.createProperty(PROV, "wasDerivedFrom"), article);
            if (article.hasProperty(m.createProperty(SCHEMA, "datePublished"))) {
                tenure.addProperty(DAIS.attestedOn, article.getProperty(m.createProperty(SCHEMA, "datePublished")).getObject());
            }
        }
        // Speeches and participation name people too (some of them with no office).
        for (int i = random.nextInt(3); i > 0; i--) {
            Resource person = m.createResource(BASE + "person/p" + random.nextInt(6), m.createResource("http://xmlns.com/foaf/0.1/Person"));
            m.createResource(BASE + (i % 2 == 0 ? "speech/" : "participation/") + doc + "-" + i, i % 2 == 0 ? DAIS.Speech : DAIS.Participation)
                    .addProperty(i % 2 == 0 ? DAIS.speaker : DAIS.participant, person)
                    .addProperty(m.createProperty(PROV, "wasDerivedFrom"), article);
        }
        // The leader's occasions: a few shared by many documents, each typed and dated in some of
        // them only (the day one article gives serves the others), people in their lists by role.
        for (int i = random.nextInt(4); i > 0; i--) {
            Resource occasion = m.createResource(BASE + "activity/o" + random.nextInt(4));
            if (random.nextInt(3) > 0) occasion.addProperty(RDF.type, DAIS.Activity);
            if (random.nextInt(3) == 0) {
                occasion.addLiteral(m.createProperty(SCHEMA, "startDate"),
                        m.createTypedLiteral("2030-05-0" + (1 + random.nextInt(3)), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
            }
            int who = random.nextInt(6);
            Resource person = m.createResource(BASE + "person/p" + who, m.createResource("http://xmlns.com/foaf/0.1/Person"))
                    .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/", "name"), random.nextInt(5) == 0 ? "P. " + who : "Person " + who);
            Resource part = m.createResource(BASE + "participation/" + doc + "-o" + i, DAIS.Participation)
                    .addProperty(DAIS.participant, person).addProperty(DAIS.participatedIn, occasion)
                    .addProperty(DAIS.participationRole, ROLES.get(random.nextInt(ROLES.size())))
                    .addProperty(m.createProperty(PROV, "wasDerivedFrom"), article);
            if (random.nextBoolean()) {
                part.addLiteral(DAIS.listRank, m.createTypedLiteral(Integer.toString(1 + random.nextInt(5)), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            }
        }
        // What the label summary mirrors: posts with a title and an organization, and names of the
        // office holders, each in a few wordings, so a wording only one document gives comes and goes with it.
        for (int i = random.nextInt(3); i > 0; i--) {
            int q = random.nextInt(3), o = random.nextInt(2);
            Resource role = m.createResource(BASE + "role/r" + q).addProperty(RDFS.label, random.nextInt(4) == 0 ? "Deputy title " + q : "Title " + q);
            Resource organization = m.createResource(BASE + "org/o" + o).addProperty(RDFS.label, random.nextInt(4) == 0 ? "Old body " + o : "Body " + o);
            m.createResource(BASE + "post/q" + q, ORG.Post).addProperty(ORG.role, role).addProperty(ORG.postIn, organization)
                    .addProperty(RDFS.label, "Title " + q + " of body " + o);
            m.createResource(BASE + "person/p" + random.nextInt(4))
                    .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/", "name"), random.nextInt(3) == 0 ? "Holder " + q + "." : "Holder " + q);
        }
        return m;
    }

    /**
     * The label summary recomputed by SPARQL from the documents' graphs alone: each distinct
     * subject, mirrored predicate and value, in the summary's own predicates.
     */
    static java.util.Set<String> recomputedLabels(DaisStore store) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (var r : SparqlRows.select(store.dataset(), """
                PREFIX dais: <https://w3id.org/dais/ontology#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?s ?mirror ?o {
                  VALUES (?p ?mirror) { (foaf:name dais:summaryName) (rdfs:label dais:summaryLabel) (org:role dais:summaryRole) (org:postIn dais:summaryPostIn) }
                  GRAPH ?g { ?s ?p ?o } FILTER (?g != dais:summary && ?g != <https://w3id.org/dais/ontology>)
                }""")) out.add(r.get("s") + " " + r.get("mirror") + " " + r.get("o"));
        return out;
    }

    /** The label summary as stored, in the same form. */
    static java.util.Set<String> storedLabels(DaisStore store) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (var r : SparqlRows.select(store.dataset(), """
                PREFIX dais: <https://w3id.org/dais/ontology#>
                SELECT ?s ?mirror ?o {
                  VALUES ?mirror { dais:summaryName dais:summaryLabel dais:summaryRole dais:summaryPostIn }
                  GRAPH dais:summary { ?s ?mirror ?o }
                }""")) out.add(r.get("s") + " " + r.get("mirror") + " " + r.get("o"));
        return out;
    }

    static final List<String> ROLES = List.of("accompanied", "accompanied", "present", "greeted", "led", "guest");

    /**
     * The appearance summary recomputed by SPARQL from the documents' graphs alone, as the company
     * questions read them before the summary: per person, name, occasion and day, whether on the
     * occasion's own day, whether accompanying, the sum and number of list ranks, the roles.
     */
    static Map<String, String> recomputedAppearances(DaisStore store) {
        Map<String, String> out = new TreeMap<>();
        for (var r : SparqlRows.select(store.dataset(), """
                PREFIX dais: <https://w3id.org/dais/ontology#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX schema: <http://schema.org/>
                SELECT ?who ?person ?occasion ?start (SAMPLE(?onDay) AS ?day) (MAX(?acc) AS ?accompanying)
                       (SUM(COALESCE(?rank, 0)) AS ?sum) (COUNT(?rank) AS ?n) (GROUP_CONCAT(DISTINCT ?role; separator=" ") AS ?roles) {
                  { SELECT DISTINCT ?p ?who ?person ?role ?occasion WHERE {
                      GRAPH ?article { ?p dais:participant ?who ; dais:participationRole ?role ; dais:participatedIn ?occasion . ?who foaf:name ?person }
                      FILTER (?role != "led" && ?role != "guest")
                  } }
                  ?occasion a dais:Activity .
                  FILTER EXISTS { ?leader dais:participatedIn ?occasion ; dais:participationRole "led" }
                  OPTIONAL { ?occasion schema:startDate ?d }
                  OPTIONAL { ?p prov:wasDerivedFrom/schema:datePublished ?published }
                  BIND (COALESCE(?d, ?published) AS ?start)
                  FILTER (BOUND(?start))
                  OPTIONAL { ?p dais:listRank ?listRank }
                  BIND (BOUND(?d) AS ?onDay)
                  BIND (?role = "accompanied" AS ?acc)
                  BIND (IF(?acc, ?listRank, ?none) AS ?rank)
                } GROUP BY ?who ?person ?occasion ?start""")) {
            out.put(String.join(" | ", r.get("who"), r.get("person"), r.get("occasion"), r.get("start")),
                    String.join(" | ", r.get("day"), r.get("accompanying"), r.get("sum"), r.get("n"), sorted(r.get("roles"))));
        }
        return out;
    }

    /** The appearance summary as stored, in the same form; one node per person, name, occasion and day. */
    static Map<String, String> storedAppearances(DaisStore store) {
        Map<String, String> out = new TreeMap<>();
        for (var r : SparqlRows.select(store.dataset(), """
                PREFIX dais: <https://w3id.org/dais/ontology#>
                SELECT ?s ?who ?person ?occasion ?start ?day ?acc ?sum ?n (GROUP_CONCAT(?role; separator=" ") AS ?roles) {
                  GRAPH dais:summary { ?s a dais:AppearanceSummary ; dais:appearanceOf ?who ; dais:appearanceName ?person ;
                      dais:appearanceAt ?occasion ; dais:appearanceDate ?start ; dais:onOccasionDay ?day ; dais:accompanying ?acc ;
                      dais:rankSum ?sum ; dais:rankCount ?n ; dais:appearanceRole ?role }
                } GROUP BY ?s ?who ?person ?occasion ?start ?day ?acc ?sum ?n""")) {
            String before = out.put(String.join(" | ", r.get("who"), r.get("person"), r.get("occasion"), r.get("start")),
                    String.join(" | ", r.get("day"), r.get("acc"), r.get("sum"), r.get("n"), sorted(r.get("roles"))));
            assertEquals(null, before, "one node each for " + r.get("s"));
        }
        return out;
    }

    @Test
    void randomIngestsReingestsAndRemovalsKeepTheSummaryExact() {
        Random random = new Random(15);
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            int changes = 0, ranked = 0, onArticleDate = 0, labelsLost = 0;
            java.util.Set<String> labelsBefore = java.util.Set.of();
            for (int step = 0; step < 300; step++) {
                int doc = random.nextInt(12);
                String graph = BASE + "doc/d" + doc;
                int op = random.nextInt(10);
                if (op < 6) {
                    store.replaceDocument(graph, document(doc, random));
                } else if (op < 8) {
                    // Several documents in one transaction, as a batch of a backfill writes them.
                    List<DocumentTriples> batch = new ArrayList<>();
                    for (int k = 0; k < 3; k++) {
                        int d = random.nextInt(12);
                        batch.add(DocumentTriples.of(BASE + "doc/d" + d, document(d, random)));
                    }
                    store.replaceDocuments(batch);
                } else {
                    store.removeDocument(graph);
                }
                Map<String, String> expected = recomputed(store);
                assertEquals(expected, stored(store), "after step " + step);
                assertNoStrayNodes(store, "after step " + step);
                if (!expected.isEmpty()) changes++;
                Map<String, String> appearances = recomputedAppearances(store);
                assertEquals(appearances, storedAppearances(store), "appearances after step " + step);
                if (appearances.values().stream().anyMatch(v -> v.startsWith("true | true") && !v.contains("| 0 | 0 |"))) ranked++;
                if (appearances.values().stream().anyMatch(v -> v.startsWith("false"))) onArticleDate++;
                java.util.Set<String> labels = recomputedLabels(store);
                assertEquals(labels, storedLabels(store), "labels after step " + step);
                if (!labels.containsAll(labelsBefore)) labelsLost++;
                labelsBefore = labels;
            }
            assertTrue(labelsLost > 20, "the steps took wordings away with their last document: " + labelsLost);
            assertTrue(changes > 200, "the steps left offices to summarize: " + changes);
            // Only occasions someone led count (a ceremony without him is not his company), so fewer steps qualify.
            assertTrue(ranked > 50 && onArticleDate > 50, "the steps left ranked appearances on an occasion's day (" + ranked
                    + ") and appearances on an article's date (" + onArticleDate + ")");
            // And the one-pass rebuild of a bulk load gives the same summary.
            Map<String, String> kept = stored(store), keptAppearances = storedAppearances(store);
            store.rebuildSummary();
            assertEquals(kept, stored(store));
            assertEquals(keptAppearances, storedAppearances(store));
            assertEquals(recomputedLabels(store), storedLabels(store));
            // Each appearance node against its shape (the invented documents are not whole enough for every shape of theirs).
            Model union = store.read(() -> ModelFactory.createDefaultModel().add(store.dataset().getUnionModel()));
            Shapes shapes = Shapes.parse(Ontology.shapes().getGraph());
            List<Resource> nodes = union.listSubjectsWithProperty(RDF.type, DAIS.AppearanceSummary).toList();
            assertFalse(nodes.isEmpty());
            for (Resource node : nodes) {
                var report = ShaclValidator.get().validate(shapes, union.getGraph(), node.asNode());
                assertTrue(report.conforms(), () -> "the appearance summary conforms: " + report.getEntries());
            }
        }
    }

    /**
     * Every node of the summary graph whole: a type, one article count, the articles it counts.
     * What {@link #stored} reads joins on the articles and so would not see a node without them.
     */
    static void assertNoStrayNodes(DaisStore store, String when) {
        for (var r : SparqlRows.select(store.dataset(), """
                PREFIX dais: <https://w3id.org/dais/ontology#>
                SELECT ?s (COUNT(DISTINCT ?n) AS ?counts) (COUNT(DISTINCT ?a) AS ?articles) (SAMPLE(?n) AS ?count) (COUNT(DISTINCT ?type) AS ?types) {
                  GRAPH dais:summary { { ?s dais:articleCount ?x } UNION { ?s a dais:OfficeSummary } UNION { ?s a dais:PersonSummary }
                                       OPTIONAL { ?s dais:articleCount ?n } OPTIONAL { ?s dais:attestedIn ?a }
                                       OPTIONAL { ?s a ?type FILTER (?type IN (dais:OfficeSummary, dais:PersonSummary)) } }
                } GROUP BY ?s""")) {
            String s = r.get("s");
            assertEquals("1", r.get("counts"), when + ": one article count for " + s);
            assertEquals("1", r.get("types"), when + ": a type for " + s);
            assertEquals(r.get("articles"), r.get("count"), when + ": the count of " + s + " is its articles");
        }
    }

    /** An article of a given date attesting one person's post. */
    static Model tenureDocument(int doc, String date, int person, int post) {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(BASE + "doc/t" + doc, DAIS.Article).addProperty(DAIS.sourceFile, "t" + doc + ".txt")
                .addLiteral(m.createProperty(SCHEMA, "datePublished"), m.createTypedLiteral(date, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        m.createResource(BASE + "tenure/t" + doc, DAIS.Tenure)
                .addProperty(ORG.member, m.createResource(BASE + "person/h" + person))
                .addProperty(DAIS.post, m.createResource(BASE + "post/w" + post, ORG.Post))
                .addProperty(m.createProperty(PROV, "wasDerivedFrom"), article);
        return m;
    }

    /** The store's summary node {@code node} set to hold {@code count} as its article count (a drifted node, as a damaged store held them). */
    static void setCount(DaisStore store, String node, String count) {
        org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> {
            var dsg = store.datasetGraph();
            var s = org.apache.jena.graph.NodeFactory.createURI(node);
            dsg.deleteAny(OfficeSummary.GRAPH_NODE, s, DAIS.articleCount.asNode(), org.apache.jena.graph.Node.ANY);
            dsg.add(OfficeSummary.GRAPH_NODE, s, DAIS.articleCount.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralDT(count, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        });
    }

    static long quadsOf(DaisStore store, String node) {
        return store.read(() -> org.apache.jena.atlas.iterator.Iter.count(store.datasetGraph().find(OfficeSummary.GRAPH_NODE,
                org.apache.jena.graph.NodeFactory.createURI(node), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)));
    }

    /**
     * A node's existence and count follow its stored articles, not what it held before: a count that
     * disagrees with them (what a store damaged by a crash held: CrashSafetyIT's stray counts) is put
     * right by the node's next change, a node whose last article goes goes whole whatever its count
     * said, and a node left with nothing but a count is made whole when an article attests it again.
     */
    @Test
    void aNodeIsMadeFromItsStoredArticlesWhateverItHeldBefore() {
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            String office = IriMinter.officeSummary(BASE + "person/h1", BASE + "post/w1"), person = IriMinter.personSummary(BASE + "person/h1");
            store.replaceDocument(BASE + "doc/t1", tenureDocument(1, "2031-03-01", 1, 1));
            store.replaceDocument(BASE + "doc/t2", tenureDocument(2, "2031-04-01", 1, 1));
            store.replaceDocument(BASE + "doc/t3", tenureDocument(3, "2031-05-01", 1, 1));
            assertEquals(recomputed(store), stored(store));

            setCount(store, office, "5");
            store.removeDocument(BASE + "doc/t1");
            assertEquals(recomputed(store), stored(store), "the count is the two articles left, not 5 - 1");
            assertNoStrayNodes(store, "after a removal");

            setCount(store, office, "7");
            setCount(store, person, "7");
            store.removeDocument(BASE + "doc/t2");
            store.removeDocument(BASE + "doc/t3");
            assertEquals(0, quadsOf(store, office), "no article left, no node, whatever its count said");
            assertEquals(0, quadsOf(store, person));
            assertEquals(0L, store.read(() -> (long) store.dataset().getNamedModel(OfficeSummary.GRAPH).size()));

            setCount(store, office, "1"); // a node with nothing but a count
            store.replaceDocument(BASE + "doc/t4", tenureDocument(4, "2031-06-01", 1, 1));
            assertEquals(recomputed(store), stored(store));
            assertNoStrayNodes(store, "after an article attests a bare count's node");
            Model kept = store.read(() -> ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(OfficeSummary.GRAPH)));
            store.rebuildSummary();
            Model rebuilt = store.read(() -> ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(OfficeSummary.GRAPH)));
            assertTrue(kept.isIsomorphicWith(rebuilt), "the node is whole: type, person, post, one count, its article and dates");
        }
    }

    @Test
    void aStoreSummarizedBeforeTheAppearancesGetsThemBeforeItsNextIngest() {
        Random random = new Random(3);
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            for (int d = 0; d < 12; d++) store.replaceDocument(BASE + "doc/d" + d, document(d, random));
            Map<String, String> appearances = storedAppearances(store);
            assertFalse(appearances.isEmpty());
            assertFalse(store.lacksSummary());
            // As an earlier dais left it: the office summary, no appearance nodes.
            org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> {
                var dsg = store.datasetGraph();
                for (var q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(OfficeSummary.GRAPH_NODE, org.apache.jena.graph.Node.ANY,
                        RDF.type.asNode(), DAIS.AppearanceSummary.asNode()))) {
                    dsg.deleteAny(OfficeSummary.GRAPH_NODE, q.getSubject(), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
                }
            });
            assertTrue(storedAppearances(store).isEmpty());
            assertTrue(store.lacksSummary(), "appearances with the leader and no summary of them");
            store.rebuildSummary();
            assertFalse(store.lacksSummary());
            assertEquals(appearances, storedAppearances(store));
            assertEquals(recomputedAppearances(store), storedAppearances(store));
        }
    }

    @Test
    void aStoreSummarizedBeforeTheLabelsGetsThemBeforeItsNextIngest() {
        Random random = new Random(5);
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            for (int d = 0; d < 12; d++) store.replaceDocument(BASE + "doc/d" + d, document(d, random));
            java.util.Set<String> labels = storedLabels(store);
            assertFalse(labels.isEmpty());
            assertFalse(store.lacksSummary());
            // As an earlier dais left it: office and appearance summaries, no mirrored labels.
            org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> {
                for (var mirror : LabelSummary.MIRRORS.values()) store.datasetGraph().deleteAny(OfficeSummary.GRAPH_NODE, org.apache.jena.graph.Node.ANY, mirror, org.apache.jena.graph.Node.ANY);
            });
            assertTrue(storedLabels(store).isEmpty());
            assertTrue(store.lacksSummary(), "names and labels and no summary of them");
            store.rebuildSummary();
            assertFalse(store.lacksSummary());
            assertEquals(labels, storedLabels(store));
            assertEquals(recomputedLabels(store), storedLabels(store));
        }
    }

    @Test
    void reingestingTheSameGraphChangesNothingAndRemovingEverythingLeavesNoSummary() {
        Random random = new Random(7);
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            List<Model> docs = new ArrayList<>();
            for (int d = 0; d < 6; d++) {
                docs.add(document(d, random));
                store.replaceDocument(BASE + "doc/d" + d, docs.get(d));
            }
            Map<String, String> once = stored(store);
            assertFalse(once.isEmpty());
            for (int d = 0; d < 6; d++) store.replaceDocument(BASE + "doc/d" + d, docs.get(d));
            assertEquals(once, stored(store));
            for (int d = 0; d < 6; d++) assertTrue(store.removeDocument(BASE + "doc/d" + d));
            assertFalse(store.removeDocument(BASE + "doc/d0"), "nothing left to remove");
            assertEquals(0L, store.read(() -> (long) store.dataset().getNamedModel(OfficeSummary.GRAPH).size()));
            assertFalse(store.holdsDocuments(), "the summary graph is no document");
        }
    }

    @Test
    void aBulkLoadedStoreHasTheSummaryATransactionalBuildHasAndItConformsToTheShapes() throws Exception {
        IriMinter iris = new IriMinter(BASE);
        Path nquads = dir.resolve("seeds.nq");
        Model transactional;
        try (DaisStore store = DaisStore.open(dir.resolve("one-by-one"))) {
            new Ingester(new Pipeline(iris), store).ingest(List.of(Path.of("seeds")), line -> {});
            assertEquals(recomputed(store), stored(store));
            assertTrue(stored(store).size() > 20, "the seeds attest dozens of offices");
            transactional = store.read(() -> ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(OfficeSummary.GRAPH)));
            store.read(() -> {
                try (var out = Files.newOutputStream(nquads)) {
                    org.apache.jena.riot.RDFDataMgr.write(out, store.datasetGraph(), org.apache.jena.riot.Lang.NQUADS);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
            Model union = store.read(() -> ModelFactory.createDefaultModel().add(store.dataset().getUnionModel()));
            Shapes shapes = Shapes.parse(Ontology.shapes().getGraph());
            var report = ShaclValidator.get().validate(shapes, union.getGraph());
            assertTrue(report.conforms(), () -> "the union with the summary conforms: " + report.getEntries());
            assertTrue(union.contains(null, RDF.type, DAIS.OfficeSummary));
        }
        // The N-Quads without the summary graph: what a distributed extraction writes.
        Path documentsOnly = dir.resolve("documents.nq");
        Files.write(documentsOnly, Files.readAllLines(nquads).stream().filter(l -> !l.contains("<" + OfficeSummary.GRAPH + ">")).toList());
        BulkLoad.into(dir.resolve("bulk"), List.of(documentsOnly));
        try (DaisStore bulk = DaisStore.open(dir.resolve("bulk"))) {
            Model loaded = bulk.read(() -> ModelFactory.createDefaultModel().add(bulk.dataset().getNamedModel(OfficeSummary.GRAPH)));
            assertTrue(loaded.isIsomorphicWith(transactional), "bulk load and one transaction per document give the same summary");
            assertEquals(recomputed(bulk), stored(bulk));
            assertEquals(recomputedLabels(bulk), storedLabels(bulk));
            assertTrue(storedLabels(bulk).size() > 100, "the seeds name and label hundreds of nodes");
        }
    }
}
