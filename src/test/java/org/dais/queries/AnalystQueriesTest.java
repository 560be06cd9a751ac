package org.dais.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;
import org.dais.store.Ontology;

/** Every analyst question in queries/, run on the seeds graph, with the rows a reader of the seeds expects. */
class AnalystQueriesTest {
    @TempDir
    static Path dir;
    static DaisStore store;

    @BeforeAll
    static void build() throws Exception {
        store = DaisStore.open(dir.resolve("tdb2"));
        Ontology.install(store);
        new Ingester(new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE)), store).ingest(List.of(Path.of("seeds")), line -> {});
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Rows of a query file, each an ordered map of variable to lexical form. */
    static List<Map<String, String>> run(String file) throws IOException {
        return rows(store.dataset(), Files.readString(Path.of("queries", file), StandardCharsets.UTF_8));
    }

    /** Rows of a query, each an ordered map of variable to lexical form (null where unbound), for the query tests. */
    static List<Map<String, String>> rows(org.apache.jena.query.Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<Map<String, String>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = s.get(v);
                        row.put(v, n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }

    @Test
    void everyQueryFileParsesAndSaysWhatItAsks() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("queries"))) {
            files = walk.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 16, "fact queries and analyst questions: " + files);
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("#"), f + " starts with a comment saying the question");
            QueryFactory.create(text);
        }
    }

    @Test
    void officesByPersonGivesEachOfficesSpan() throws IOException {
        List<Map<String, String>> rows = run("offices-by-person.rq");
        assertTrue(rows.contains(Map.of("person", "Ri Hang Gol", "title", "chief secretary", "organization", "Yonthan County Party Committee",
                "first", "2021-03-05", "last", "2021-03-05", "articles", "1")));
        // One office attested by three articles is one row: from the first article's date to the last's.
        List<Map<String, String>> member = rows.stream().filter(r -> r.get("person").equals("Jo Yong Won") && r.get("title").equals("member")).toList();
        assertEquals(1, member.size());
        assertEquals("2021-03-04", member.get(0).get("first"));
        assertEquals("2024-01-30", member.get(0).get("last"));
        assertEquals("3", member.get(0).get("articles"));
    }

    /**
     * Each office's span is what the rows per attesting article (the query's whole-graph form
     * before the summary, kept in the test resources) add up to: first and last dates, and the
     * number of articles.
     */
    @Test
    void officeSpansAddUpTheRowsPerArticle() throws IOException {
        String perArticle = Files.readString(Path.of("src/test/resources/queries-whole-graph/offices-by-person.rq"), StandardCharsets.UTF_8);
        Map<List<String>, List<Map<String, String>>> byOffice = new java.util.TreeMap<>(java.util.Comparator.comparing(Object::toString));
        for (Map<String, String> r : rows(store.dataset(), perArticle))
            byOffice.computeIfAbsent(List.of(r.get("person"), r.get("title"), r.get("organization")), k -> new ArrayList<>()).add(r);
        assertTrue(byOffice.size() > 20);
        List<String> expected = new ArrayList<>();
        byOffice.forEach((office, attesting) -> {
            List<String> dates = attesting.stream().map(r -> r.get("date")).filter(java.util.Objects::nonNull).sorted().toList();
            Map<String, String> span = new java.util.HashMap<>(Map.of("person", office.get(0), "title", office.get(1), "organization", office.get(2),
                    "articles", Long.toString(attesting.stream().map(r -> r.get("source")).distinct().count())));
            if (!dates.isEmpty()) {
                span.put("first", dates.get(0));
                span.put("last", dates.get(dates.size() - 1));
            }
            expected.add(new java.util.TreeMap<>(span).toString());
        });
        List<String> now = rows(store.dataset(), unpaged("offices-by-person.rq")).stream()
                .map(r -> { Map<String, String> m = new java.util.TreeMap<>(); r.forEach((k, v) -> { if (v != null) m.put(k, v); }); return m.toString(); })
                .sorted().toList();
        assertEquals(expected.stream().sorted().toList(), now);
    }

    @Test
    void countyChiefSecretaries() throws IOException {
        List<Map<String, String>> rows = run("county-chief-secretaries.rq");
        assertEquals(13, rows.size(), "the seeds name 13 county chief secretaries (city and district ones are other levels)");
        assertEquals(Map.of("person", "Ri Hang Gol", "committee", "Yonthan County Party Committee", "date", "2021-03-05"), rows.get(rows.size() - 1));
        assertTrue(column(rows, "committee").stream().allMatch(c -> c.endsWith("County Party Committee")));
    }

    @Test
    void peopleInMoreThanOneDocument() throws IOException {
        List<Map<String, String>> rows = run("multi-document-people.rq");
        assertEquals(List.of("Kim Jong Un", "Jo Yong Won", "Kim Jae Ryong", "Kim Myong Il", "Ri Il Hwan"), column(rows, "name"));
        assertEquals("5", rows.get(0).get("articles"));
        assertEquals("3", rows.get(1).get("articles"));
    }

    @Test
    void speakersOfAMeetingInArticleOrder() throws IOException {
        List<Map<String, String>> rows = run("speakers-of-meeting.rq");
        List<String> kinds = rows.stream().map(r -> r.get("speaker") + ": " + r.get("kind")).toList();
        assertEquals("Kim Jong Un: concluding speech", kinds.get(0));
        assertEquals("Secretaries of Primary Party Committees Should Become Genuine Political Workers of the Motherly Party", rows.get(0).get("title"));
        assertEquals(List.of("Kim Jong Un: opening address", "Jo Yong Won: report"), kinds.subList(1, 3));
        assertEquals(11, rows.size(), "opening address, report, eight speeches (and the concluding speech from the other article)");
    }

    @Test
    void platformInRankOrder() throws IOException {
        List<Map<String, String>> rows = run("platform-of-meeting.rq");
        assertEquals(List.of("Jo Yong Won", "Ri Il Hwan", "Kim Jae Ryong", "O Il Jong", "Kim Yong Hwan", "Ju Chang Il"), column(rows, "person"));
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), column(rows, "rank"));
    }

    @Test
    void personTimelineByDate() throws IOException {
        List<Map<String, String>> rows = run("person-timeline.rq");
        List<String> dates = column(rows, "date");
        assertEquals(dates.stream().sorted().toList(), dates, "in date order");
        assertEquals(Map.of("date", "2021-03-03", "what", "speech: opening address",
                "detail", "1st Short Course for Chief Secretaries of City and County Party Committees", "source", "001_5072b2127bf76b40.txt"),
                rows.stream().filter(r -> r.get("what").equals("speech: opening address")).findFirst().orElseThrow());
        assertTrue(rows.contains(Map.of("date", "2022-02-26", "what", "speech: concluding speech",
                "detail", "2nd Conference of Secretaries of Primary Committees of Workers' Party of Korea", "source", "003_0cbd08e6f6f94bf8.txt")),
                "a speech is dated by its meeting's start");
        assertTrue(rows.contains(Map.of("date", "2022-02-27", "what", "office",
                "detail", "president of the State Affairs of Democratic People's Republic of Korea", "source", "004_7ef1878747e8bd59.txt")),
                "an office is dated by its article");
        assertEquals("2021-03-03", dates.get(0));
    }

    @Test
    void meetingsOfASeries() throws IOException {
        List<Map<String, String>> rows = run("meetings-of-series.rq");
        assertEquals(List.of("1", "2"), column(rows, "ordinal"));
        assertEquals(List.of("2021-03-03", "2024-01-25"), column(rows, "start"));
        assertEquals(1, rows.stream().map(r -> r.get("series")).distinct().count(), "one series");
    }

    @Test
    void evidenceSentencesForAPerson() throws IOException {
        List<Map<String, String>> rows = run("evidence-for-person.rq");
        assertTrue(rows.size() >= 10);
        Map<String, String> report = rows.stream().filter(r -> r.get("quote").equals("The respected Comrade Kim Jong Un made an opening address."))
                .findFirst().orElseThrow();
        assertEquals("001_5072b2127bf76b40.txt", report.get("source"));
        String article = Files.readString(Path.of("seeds", report.get("source")), StandardCharsets.UTF_8);
        assertEquals(report.get("quote"), article.substring(Integer.parseInt(report.get("start")), Integer.parseInt(report.get("end"))),
                "offsets point at the sentence in the article");
    }

    /** A query file with its page clause removed: every row. */
    static String unpaged(String file) throws IOException {
        return Files.readString(Path.of("queries", file), StandardCharsets.UTF_8).replaceAll("(?m)^LIMIT \\d+ OFFSET \\d+$", "");
    }

    static List<String> sortedRows(List<Map<String, String>> rows) {
        return rows.stream().map(Object::toString).sorted().toList();
    }

    /**
     * The questions now read from the summary give the rows their whole-graph forms (as they were
     * before the summary, kept in the test resources) give: the same rows, as many times each.
     */
    @Test
    void summaryQueriesAnswerWhatTheWholeGraphQueriesAnswered() throws IOException {
        for (String q : List.of("county-chief-secretaries.rq", "person-timeline.rq", "multi-document-people.rq")) {
            String before = Files.readString(Path.of("src/test/resources/queries-whole-graph", q), StandardCharsets.UTF_8);
            assertTrue(!before.contains("dais:summary") && unpaged(q).contains("dais:summary"), q + " reads the summary, its old form did not");
            List<Map<String, String>> old = rows(store.dataset(), before), now = rows(store.dataset(), unpaged(q));
            assertTrue(!old.isEmpty(), q);
            assertEquals(sortedRows(old), sortedRows(now), q);
        }
    }

    /**
     * The questions that read names and labels from the label summary give, row for row and in the
     * same order, what their forms reading them from the union of the graphs gave (kept in the test
     * resources). meeting-rank over every meeting (an empty part of a name matches them all).
     */
    @Test
    void labelSummaryQueriesAnswerWhatTheUnionLookupsAnswered() throws IOException {
        for (String q : List.of("changed-offices.rq", "meeting-rank.rq", "multi-document-people.rq", "offices-by-person.rq")) {
            String before = Files.readString(Path.of("src/test/resources/queries-union-labels", q), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^LIMIT \\d+ OFFSET \\d+$", "");
            String now = unpaged(q);
            assertTrue(!before.contains("dais:summaryName") && now.contains("dais:summaryName"), q + " reads the label summary, its old form did not");
            String any = "VALUES ?meetingName { \"conference of secretaries\" }";
            before = before.replace(any, "VALUES ?meetingName { \"\" }");
            now = now.replace(any, "VALUES ?meetingName { \"\" }");
            List<Map<String, String>> old = rows(store.dataset(), before);
            assertFalse(old.isEmpty(), q + " has rows on the seeds");
            assertEquals(old, rows(store.dataset(), now), q);
        }
    }

    /** Report queries page: the pages, in order, are the whole answer in its order. */
    @Test
    void reportPagesJoinUpToTheWholeAnswer() throws IOException {
        String all = unpaged("offices-by-person.rq");
        List<Map<String, String>> whole = rows(store.dataset(), all);
        assertTrue(whole.size() > 20);
        List<Map<String, String>> paged = new ArrayList<>();
        for (int offset = 0; offset < whole.size() + 10; offset += 10) paged.addAll(rows(store.dataset(), all + "LIMIT 10 OFFSET " + offset));
        assertEquals(whole, paged);
        try (Stream<Path> walk = Files.list(Path.of("queries"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (text.contains("dais:summary")) {
                    assertTrue(text.contains("ORDER BY") && text.matches("(?s).*\\nLIMIT \\d+ OFFSET \\d+\\s*$"), f + " pages in order");
                    assertTrue(text.contains("Paged:"), f + " says how it pages");
                }
            }
        }
    }

    /** Whose title changed: one row per change (pair of offices), not per pair of articles attesting them. */
    @Test
    void changedOfficesOneRowPerChange() throws IOException {
        List<Map<String, String>> rows = run("changed-offices.rq");
        Map<String, String> change = rows.stream().filter(r -> r.get("name").equals("Kim Myong Il")).findFirst().orElseThrow();
        assertEquals("chief secretary of Sunam District Party Committee", change.get("office1"));
        assertEquals("secretary of the primary Party committee of Sangwon Limestone Mine", change.get("office2"));
        assertTrue(change.get("first1").compareTo(change.get("first2")) < 0, "the earlier office first");
        assertEquals("false", change.get("overlap"), "the first office was not attested once the second was");
        assertTrue(rows.stream().noneMatch(r -> r.get("name").equals("Jo Yong Won")), "the same two offices from the first article on are no change");
        for (Map<String, String> r : rows) assertTrue(Integer.parseInt(r.get("articles1")) >= 1 && Integer.parseInt(r.get("articles2")) >= 1);
        assertTrue(column(rows, "name").contains("Kim Jong Un"));
        assertEquals(rows.size(), rows.stream().map(r -> List.of(r.get("name"), r.get("office1"), r.get("first1"), r.get("office2"), r.get("first2")))
                .distinct().count(), "one row per change");
    }
}
