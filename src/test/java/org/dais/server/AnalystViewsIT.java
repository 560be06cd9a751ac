package org.dais.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;
import org.dais.store.Ontology;
import org.dais.store.SparqlRows;

/**
 * The analyst's views served over HTTP from the seeds, the dev sets and two invented sessions of
 * one assembly (a platform reordered, an office changed), each checked against the graph by
 * SPARQL written here, not by the views' own code: dossier spans are the first and last
 * attestation dates, ranks are list order, the feed has one entry per change and is Atom.
 */
class AnalystViewsIT {
    static final String PREFIXES = "PREFIX dais: <https://w3id.org/dais/ontology#> PREFIX org: <http://www.w3.org/ns/org#> "
            + "PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX schema: <http://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    @TempDir
    static Path dir;
    static DaisStore store;
    static DaisServer server;
    static String base;
    static ListeningPort listening;
    static final HttpClient http = HttpClient.newHttpClient();
    /**
     * Whether the shared dev sets sit beside the worktree: a clean clone elsewhere (CI) has only
     * the seeds, and the counts below must hold for what was read, not fail for what was absent.
     */
    static boolean devSets;

    @BeforeAll
    static void start() throws Exception {
        // Bound now and held while the seeds are ingested under IRIs that name it.
        listening = ListeningPort.bind("localhost", 0);
        base = IriMinter.baseFor("localhost", listening.port());
        store = DaisStore.open(dir.resolve("tdb2"));
        Ontology.install(store);
        List<Path> inputs = new ArrayList<>(List.of(Path.of("seeds"), Path.of("src/test/resources/views")));
        for (String set : List.of("dev", "dev2", "dev-activities")) {
            Path docs = Path.of("../shared/eval", set, "docs");
            if (Files.isDirectory(docs)) {
                inputs.add(docs);
                devSets = true;
            }
        }
        new Ingester(new Pipeline(new IriMinter(base)), store).ingest(inputs, line -> {});
        server = DaisServer.start(store, new ServerOptions("localhost", listening.port(), null, false, 10_000, ServerOptions.DEFAULT_MAX_RESULTS, dir.resolve("fuseki"), base), listening);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (listening != null) listening.close(); // the server has closed it; else the ingest failed and it is let go here
        if (store != null) store.close();
    }

    static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    static Document page(String iri) throws Exception {
        HttpResponse<String> r = get(server.baseUrl() + "/id/" + iri.substring(base.length()));
        assertEquals(200, r.statusCode(), iri);
        return Jsoup.parse(r.body());
    }

    static List<Map<String, String>> select(String query) {
        return SparqlRows.select(store.dataset(), PREFIXES + query);
    }

    static List<String> iris(String query, String var) {
        return select(query).stream().map(r -> r.get(var)).toList();
    }

    @Test
    void dossierSpansAreTheFirstAndLastAttestations() throws Exception {
        List<String> people = iris("SELECT DISTINCT ?p { ?t a dais:Tenure ; org:member ?p } ORDER BY ?p", "p");
        assertTrue(people.size() > (devSets ? 100 : 40), (devSets ? "seeds and dev sets: " : "seeds alone: ") + people.size());
        int spans = 0, current = 0;
        for (String person : people) {
            Map<String, String[]> expected = new TreeMap<>();
            String latest = "";
            // Offices from undated articles are shown too, without dates.
            for (var r : select("SELECT ?post (COUNT(DISTINCT ?doc) AS ?n) { ?t org:member <" + person
                    + "> ; dais:post ?post ; prov:wasDerivedFrom ?doc } GROUP BY ?post")) {
                expected.put(r.get("post"), new String[] {"", "", r.get("n")});
            }
            for (var r : select("SELECT ?post (MIN(?d) AS ?first) (MAX(?d) AS ?last) { ?t org:member <" + person
                    + "> ; dais:post ?post ; dais:attestedOn ?d } GROUP BY ?post")) {
                expected.get(r.get("post"))[0] = r.get("first");
                expected.get(r.get("post"))[1] = r.get("last");
                if (r.get("last").compareTo(latest) > 0) latest = r.get("last");
            }
            Document d = page(person);
            Map<String, String[]> shown = new TreeMap<>();
            for (Element row : d.select("tr.office-span")) {
                shown.put(row.attr("data-post"), new String[] {row.attr("data-first"), row.attr("data-last"), row.attr("data-articles")});
                boolean marked = row.hasClass("current");
                assertEquals(!latest.isEmpty() && row.attr("data-last").equals(latest), marked, "current = attested by the latest article: " + person + " " + row.attr("data-post"));
                if (marked) current++;
                // Each article is linked by its headline (or file), with its date.
                assertEquals(Integer.parseInt(row.attr("data-articles")), row.select("ul.articles li a").size());
            }
            assertEquals(expected.keySet(), shown.keySet(), person);
            for (var e : expected.entrySet()) assertEquals(List.of(e.getValue()), List.of(shown.get(e.getKey())), person + " " + e.getKey());
            spans += shown.size();
        }
        assertTrue(current >= people.size() * 9 / 10, "nearly everyone with an office has a current one (not those only in undated articles)");
        System.out.println("dossiers: " + people.size() + " persons, " + spans + " office spans checked");
    }

    @Test
    void ranksOnPagesAreTheListOrderOfTheArticles() throws Exception {
        // In the graph: within one sentence listing a meeting's people in one role, rank follows the order the names are printed.
        Map<String, List<String[]>> lists = new HashMap<>();
        for (var r : select("SELECT ?x ?m ?role ?quote ?name ?rank ?size { ?x dais:participatedIn ?m ; dais:participationRole ?role ; "
                + "dais:listRank ?rank ; dais:listSize ?size ; dais:participant/foaf:name ?name ; dais:evidence/dais:quote ?quote }")) {
            lists.computeIfAbsent(r.get("m") + " " + r.get("role") + " " + r.get("quote"), k -> new ArrayList<>())
                    .add(new String[] {r.get("name"), r.get("rank"), r.get("size"), r.get("quote")});
            assertTrue(Integer.parseInt(r.get("rank")) <= Integer.parseInt(r.get("size")), "rank within its list: " + r);
        }
        int ordered = 0;
        for (List<String[]> list : lists.values()) {
            list.sort((a, b) -> Integer.parseInt(a[1]) - Integer.parseInt(b[1]));
            int at = -1;
            for (String[] p : list) {
                int i = p[3].indexOf(p[0]);
                if (i < 0) continue; // printed in another spelling
                assertTrue(i > at, "rank " + p[1] + " (" + p[0] + ") is named after rank " + (at < 0 ? "none" : "the one before") + ": " + p[3]);
                at = i;
                ordered++;
            }
        }
        assertTrue(ordered >= (devSets ? 30 : 20), "ranked names checked against their sentence: " + ordered);

        // On each meeting page: every list in rank order, each rank the graph's.
        int checked = 0;
        for (String meeting : iris("SELECT DISTINCT ?m { ?x dais:participatedIn ?m ; dais:listRank ?r }", "m")) {
            Map<String, String> rankOf = new HashMap<>();
            for (var r : select("SELECT ?p ?role (MIN(?r) AS ?rank) { ?x dais:participatedIn <" + meeting + "> ; dais:participant ?p ; "
                    + "dais:participationRole ?role ; dais:listRank ?r } GROUP BY ?p ?role")) {
                rankOf.put(r.get("role") + " " + r.get("p"), r.get("rank"));
            }
            Document d = page(meeting);
            for (Element table : d.select("table.list")) {
                int previous = 0;
                for (Element row : table.select("tr.listed")) {
                    String rank = row.attr("data-rank");
                    assertEquals(rankOf.getOrDefault(table.attr("data-role") + " " + row.attr("data-person"), ""), rank, meeting);
                    if (rank.isEmpty()) { previous = Integer.MAX_VALUE; continue; }
                    assertTrue(Integer.parseInt(rank) >= previous, "in rank order, unranked last: " + meeting);
                    previous = Integer.parseInt(rank);
                    checked++;
                }
            }
        }
        assertEquals(select("SELECT DISTINCT ?p ?m ?role { ?x dais:participant ?p ; dais:participatedIn ?m ; dais:participationRole ?role ; "
                + "dais:listRank ?r }").size(), checked, "every ranked person is on their meeting's page");

        // The dossier's rank chart has one point per ranked appearance, at the graph's rank.
        String mover = iris("SELECT ?p { ?p foaf:name \"Jin Kwang Mo\" }", "p").get(0);
        List<String> points = page(mover).select("svg.rank-chart circle.rank-point").stream().map(e -> e.attr("data-date") + " " + e.attr("data-rank")).toList();
        assertEquals(List.of("2031-03-08 6", "2031-09-29 2"), points);
    }

    /** The rank questions in queries/, with their VALUES set to the invented sessions, answer what the lists say. */
    @Test
    void rankQueriesAnswerFromTheLists() throws Exception {
        String moves = Files.readString(Path.of("queries/rank-moves.rq"))
                .replaceFirst("VALUES \\(\\?seriesName \\?first \\?second\\) \\{[^}]*\\}", "VALUES (?seriesName ?first ?second) { (\"16th supreme people\" 2 3) }");
        List<Map<String, String>> rows = SparqlRows.select(store.dataset(), moves);
        assertEquals(Map.of("person", "Jin Kwang Mo", "list", "platform", "before", "6", "after", "2", "rose", "4"), rows.get(0), "the biggest move first");
        assertEquals(8, rows.size(), "everyone on both platforms");
        String person = Files.readString(Path.of("queries/person-rank.rq")).replaceFirst("VALUES \\?name \\{[^}]*\\}", "VALUES ?name { \"Jin Kwang Mo\" }");
        assertEquals(List.of("6 8", "2 8"), SparqlRows.select(store.dataset(), person).stream().map(r -> r.get("position") + " " + r.get("listSize")).toList());
        String meeting = Files.readString(Path.of("queries/meeting-rank.rq"))
                .replaceFirst("VALUES \\?meetingName \\{[^}]*\\}", "VALUES ?meetingName { \"3rd session of the 16th\" }");
        assertEquals(List.of("Ko Chol Bom", "Jin Kwang Mo", "Yun Hye Sun", "Pang Tok Su", "Mun Il Hyok", "Tak Song Gil", "Sim Ok Ran", "Ha Jong Bae"),
                SparqlRows.select(store.dataset(), meeting).stream().map(r -> r.get("person")).toList());
    }

    @Test
    void meetingPageLinksTheSeriesAndListsSpeakersInOrder() throws Exception {
        String second = iris("SELECT ?m { ?m rdfs:label \"2nd Session of the 16th Supreme People's Assembly\" }", "m").get(0);
        String third = iris("SELECT ?m { ?m rdfs:label \"3rd Session of the 16th Supreme People's Assembly\" }", "m").get(0);
        Document d = page(second);
        assertEquals("/id/" + third.substring(base.length()), d.select("nav.series a[rel=next]").attr("href"));
        assertTrue(d.select("nav.series a[rel=prev]").isEmpty());
        assertEquals("/id/" + second.substring(base.length()), page(third).select("nav.series a[rel=prev]").attr("href"));
        // Speakers in the order the article reports them: the report, then the speech.
        assertEquals(List.of("Ko Chol Bom", "Jin Kwang Mo"), d.select("ol.speakers li a").eachText());
        assertTrue(d.text().contains("2031-03-08"), "the date");
        assertFalse(d.select("h2:contains(Evidence) ~ blockquote").isEmpty(), "the sentences read");
    }

    @Test
    void organizationPageShowsHoldersWithSpans() throws Exception {
        int checked = 0;
        for (String org : iris("SELECT DISTINCT ?o { ?t a dais:Tenure ; org:organization ?o } ORDER BY ?o LIMIT 60", "o")) {
            Map<String, String> expected = new TreeMap<>();
            for (var r : select("SELECT DISTINCT ?p ?post { ?t org:organization <" + org + "> ; org:member ?p ; dais:post ?post }")) {
                expected.put(r.get("p") + " " + r.get("post"), " ");
            }
            for (var r : select("SELECT ?p ?post (MIN(?d) AS ?first) (MAX(?d) AS ?last) { ?t org:organization <" + org
                    + "> ; org:member ?p ; dais:post ?post ; dais:attestedOn ?d } GROUP BY ?p ?post")) {
                expected.put(r.get("p") + " " + r.get("post"), r.get("first") + " " + r.get("last"));
            }
            Map<String, String> shown = new TreeMap<>();
            for (Element row : page(org).select("tr.office-span")) {
                shown.put(row.attr("data-person") + " " + row.attr("data-post"), row.attr("data-first") + " " + row.attr("data-last"));
            }
            assertEquals(expected, shown, org);
            checked += shown.size();
        }
        assertTrue(checked > 50, "holders checked: " + checked);
    }

    @Test
    void theFeedIsAtomWithOneEntryPerChange() throws Exception {
        HttpResponse<String> r = get(server.baseUrl() + "/changes.atom");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        List<Map<String, String>> entries = atomEntries(r.body());

        // One entry per change, each kind counted from the graph by SPARQL of its own.
        long appointed = select("SELECT DISTINCT ?p ?post { ?t a dais:Tenure ; org:member ?p ; dais:post ?post ; dais:attestedOn ?d }").size();
        long dropped = select("SELECT ?p ?post { { SELECT ?p ?post (MAX(?d) AS ?last) { ?t a dais:Tenure ; org:member ?p ; dais:post ?post ; "
                + "dais:attestedOn ?d } GROUP BY ?p ?post } FILTER EXISTS { ?t2 a dais:Tenure ; org:member ?p ; dais:attestedOn ?later FILTER (?later > ?last) } }").size();
        long moves = select("""
                SELECT ?who ?series ?role ?o1 ?o2 {
                  { SELECT ?who ?series ?role ?o1 (MIN(?r1) AS ?rank1) { ?x1 dais:participant ?who ; dais:participationRole ?role ; dais:listRank ?r1 ;
                      dais:participatedIn ?m1 . ?m1 dais:inSeries ?series ; dais:ordinal ?o1 } GROUP BY ?who ?series ?role ?o1 }
                  { SELECT ?who ?series ?role ?o2 (MIN(?r2) AS ?rank2) { ?x2 dais:participant ?who ; dais:participationRole ?role ; dais:listRank ?r2 ;
                      dais:participatedIn ?m2 . ?m2 dais:inSeries ?series ; dais:ordinal ?o2 } GROUP BY ?who ?series ?role ?o2 }
                  FILTER (?o1 < ?o2 && ABS(?rank1 - ?rank2) > 3)
                  FILTER NOT EXISTS { ?y dais:participationRole ?role ; dais:listRank ?any ; dais:participatedIn ?mid .
                                      ?mid dais:inSeries ?series ; dais:ordinal ?between FILTER (?between > ?o1 && ?between < ?o2) }
                }""").size();
        // The leader's company (issue 13): each person's dates with him at his activities, a first one and returns after 120 days.
        Map<String, java.util.TreeSet<String>> company = new TreeMap<>();
        for (Map<String, String> row : select("""
                SELECT DISTINCT ?who ?date { ?x dais:participant ?who ; dais:participationRole ?role ; dais:participatedIn ?e .
                  FILTER (?role != "led" && ?role != "guest") ?e a dais:Activity .
                  ?l dais:participatedIn ?e ; dais:participationRole "led" ; dais:participant ?leader FILTER (?leader != ?who)
                  OPTIONAL { ?e schema:startDate ?s } OPTIONAL { ?x prov:wasDerivedFrom/schema:datePublished ?pub }
                  BIND (STR(COALESCE(?s, ?pub)) AS ?date) FILTER (BOUND(?date)) }""")) {
            company.computeIfAbsent(row.get("who"), k -> new java.util.TreeSet<>()).add(row.get("date"));
        }
        int returns = 0;
        for (var dates : company.values()) {
            String previous = null;
            for (String d : dates) {
                if (previous != null && java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(previous), java.time.LocalDate.parse(d)) > 120) returns++;
                previous = d;
            }
        }
        Map<String, Integer> expected = new TreeMap<>(Map.of("appointed", (int) appointed, "no-longer-named", (int) dropped, "rank-move", (int) moves));
        if (!company.isEmpty()) expected.put("with-leader-first", company.size());
        if (returns > 0) expected.put("with-leader-again", returns);
        Map<String, Integer> byKind = new TreeMap<>();
        for (var e : entries) byKind.merge(e.get("category"), 1, Integer::sum);
        assertEquals(expected, byKind);
        assertTrue(moves >= 1 && dropped >= 1, "the invented sessions: a rank move and a dropped office");
        assertEquals(entries.size(), entries.stream().map(e -> e.get("id")).distinct().count(), "entry ids are unique");

        // Newest first; each entry links the person and the evidence.
        for (int i = 1; i < entries.size(); i++) assertTrue(entries.get(i - 1).get("updated").compareTo(entries.get(i).get("updated")) >= 0);
        Set<String> articles = new HashSet<>(iris("SELECT ?a { ?a a dais:Article }", "a"));
        Set<String> persons = new HashSet<>(iris("SELECT ?p { ?p a foaf:Person }", "p"));
        for (var e : entries) {
            assertTrue(persons.contains(e.get("alternate")), e.toString());
            assertTrue(articles.contains(e.get("related")), e.toString());
        }
        Map<String, String> move = entries.stream().filter(e -> e.get("category").equals("rank-move")).findFirst().orElseThrow();
        assertTrue(move.get("summary").contains("rose from 6 to 2"), move.get("summary"));

        // ?person= keeps one person's entries, all of them.
        String mover = iris("SELECT ?p { ?p foaf:name \"Jin Kwang Mo\" }", "p").get(0);
        List<Map<String, String>> own = atomEntries(get(server.baseUrl() + "/changes.atom?person=" + URLEncoder.encode(mover, StandardCharsets.UTF_8)).body());
        assertEquals(entries.stream().filter(e -> e.get("alternate").equals(mover)).toList(), own);
        assertEquals(Set.of("appointed", "no-longer-named", "rank-move"), new HashSet<>(own.stream().map(e -> e.get("category")).toList()));
        assertEquals(400, get(server.baseUrl() + "/changes.atom?person=" + URLEncoder.encode("> } DROP ALL", StandardCharsets.UTF_8)).statusCode());

        // A parser dais did not write reads it as Atom too.
        assertEquals(String.valueOf(entries.size()), pythonAtomEntries(r.body()));
    }

    /** The feed's entries (id, updated, category, alternate and related links, summary), checking the elements Atom requires. */
    static List<Map<String, String>> atomEntries(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        org.w3c.dom.Element feed = doc.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String required : List.of("id", "title", "updated", "author")) assertEquals(1, children(feed, required).size(), required);
        List<Map<String, String>> out = new ArrayList<>();
        for (org.w3c.dom.Element entry : children(feed, "entry")) {
            Map<String, String> e = new TreeMap<>();
            for (String required : List.of("id", "title", "updated", "summary")) {
                assertEquals(1, children(entry, required).size(), required);
                e.put(required, children(entry, required).get(0).getTextContent());
            }
            assertTrue(e.get("updated").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), "RFC 3339 date-time");
            for (org.w3c.dom.Element link : children(entry, "link")) e.put(link.getAttribute("rel"), link.getAttribute("href"));
            e.put("category", children(entry, "category").get(0).getAttribute("term"));
            out.add(e);
        }
        return out;
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof org.w3c.dom.Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) list.add(e);
        }
        return list;
    }

    private static String pythonAtomEntries(String xml) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")));
        Path file = dir.resolve("changes.atom");
        Files.writeString(file, xml);
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import sys, xml.etree.ElementTree as ET\n"
                + "root = ET.parse(sys.argv[1]).getroot()\nassert root.tag == '{http://www.w3.org/2005/Atom}feed'\n"
                + "print(len(root.findall('{http://www.w3.org/2005/Atom}entry')))", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
