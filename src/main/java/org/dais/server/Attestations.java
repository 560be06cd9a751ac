package org.dais.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;

/**
 * The attested facts the analyst's pages are made of, read by SPARQL and grouped in time: an
 * office as a span (first and last attestation, the articles), a part in a meeting or event with
 * its protocol rank and list size, a speech. One article attests a fact on its publication date;
 * a meeting is dated by its start when the article gives it.
 */
final class Attestations {
    private Attestations() {}

    /** An article as a reader cites it: headline (or file name) and date. */
    record ArticleRef(String iri, String headline, String date, String source) {
        String title() { return headline == null || headline.isBlank() ? source : headline; }
    }

    /** One person's office as a span of attestations. {@code current}: attested by the person's latest article with offices. */
    record OfficeSpan(String person, String personName, String post, String postLabel, String organization, String organizationLabel,
                      String first, String last, List<ArticleRef> articles, boolean current) {}

    /** A person's part in a meeting or event, in one kind of list (role), with the best rank any article gives and the list's size. */
    record Appearance(String person, String personName, String event, String eventLabel, boolean meeting, String date, String role,
                      Integer rank, Integer listSize, List<ArticleRef> articles) {}

    /** A speech at a meeting. */
    record SpeechRef(String event, String eventLabel, String kind, String title, String date, List<ArticleRef> articles, long position) {}

    private static final String TENURES = """
            SELECT ?person ?name ?post ?postLabel ?org ?orgLabel ?date ?doc ?headline ?source {
              ?t a dais:Tenure ; org:member ?person ; dais:post ?post ; org:organization ?org ; prov:wasDerivedFrom ?doc .
              OPTIONAL { ?t dais:attestedOn ?date }
              ?person foaf:name ?name . ?post rdfs:label ?postLabel . ?org rdfs:label ?orgLabel .
              ?doc dais:sourceFile ?source . OPTIONAL { ?doc schema:headline ?headline }
            }
            """;

    /** Office spans of one person ({@code variable} "person"), of one organization ("org"), or of everyone (null). */
    static List<OfficeSpan> offices(Dataset dataset, String variable, String iri) {
        Map<String, Builder> spans = new LinkedHashMap<>();
        Map<String, String> latestOfPerson = new TreeMap<>();
        for (Map<String, String> r : ViewQueries.select(dataset, TENURES, variable, iri)) {
            String person = r.get("person");
            Builder b = spans.computeIfAbsent(person + " " + r.get("post"), k -> new Builder(r));
            b.attest(article(r, "date"));
            String date = r.get("date");
            if (date != null) latestOfPerson.merge(person, date, (x, y) -> x.compareTo(y) >= 0 ? x : y);
        }
        // "Current" is judged against everything the person is attested with, not only this organization's offices.
        if (iri != null && !"person".equals(variable)) {
            for (String person : spans.values().stream().map(b -> b.row.get("person")).distinct().toList()) {
                for (OfficeSpan s : offices(dataset, "person", person)) {
                    if (s.last() != null) latestOfPerson.merge(person, s.last(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
                }
            }
        }
        List<OfficeSpan> out = new ArrayList<>();
        for (Builder b : spans.values()) {
            Map<String, String> r = b.row;
            List<ArticleRef> articles = b.sortedArticles();
            String first = articles.stream().map(ArticleRef::date).filter(d -> d != null).min(String::compareTo).orElse(null);
            String last = articles.stream().map(ArticleRef::date).filter(d -> d != null).max(String::compareTo).orElse(null);
            boolean current = last != null && last.equals(latestOfPerson.get(r.get("person")));
            out.add(new OfficeSpan(r.get("person"), r.get("name"), r.get("post"), r.get("postLabel"), r.get("org"), r.get("orgLabel"),
                    first, last, articles, current));
        }
        out.sort(Comparator.comparing((OfficeSpan s) -> s.current() ? 0 : 1)
                .thenComparing(OfficeSpan::last, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(OfficeSpan::postLabel));
        return out;
    }

    private static final String PARTS = """
            SELECT ?person ?name ?event ?label ?isMeeting ?start ?role ?rank ?platformRank ?size ?doc ?headline ?published ?source {
              ?x a dais:Participation ; dais:participant ?person ; dais:participatedIn ?event ; dais:participationRole ?role ;
                 prov:wasDerivedFrom ?doc .
              ?person foaf:name ?name .
              OPTIONAL { ?x dais:listRank ?rank }
              OPTIONAL { ?x dais:platformRank ?platformRank }
              OPTIONAL { ?x dais:listSize ?size }
              ?event rdfs:label ?label .
              BIND (EXISTS { ?event a dais:Meeting } AS ?isMeeting)
              OPTIONAL { ?event schema:startDate ?start }
              ?doc dais:sourceFile ?source .
              OPTIONAL { ?doc schema:headline ?headline }
              OPTIONAL { ?doc schema:datePublished ?published }
            }
            """;

    /** Appearances of one person ("person") or at one meeting or event ("event"), in date order. */
    static List<Appearance> appearances(Dataset dataset, String variable, String iri) {
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        for (Map<String, String> r : ViewQueries.select(dataset, PARTS, variable, iri)) {
            groups.computeIfAbsent(r.get("person") + " " + r.get("event") + " " + r.get("role"), k -> new ArrayList<>()).add(r);
        }
        List<Appearance> out = new ArrayList<>();
        for (List<Map<String, String>> rows : groups.values()) {
            Map<String, String> r = rows.get(0);
            Integer rank = null, size = null;
            String start = null, published = null, label = r.get("label");
            Map<String, ArticleRef> articles = new TreeMap<>();
            for (Map<String, String> row : rows) {
                String rk = row.getOrDefault("rank", row.get("platformRank"));
                if (rk != null) rank = rank == null ? Integer.valueOf(rk) : Math.min(rank, Integer.parseInt(rk));
                if (row.get("size") != null) size = size == null ? Integer.valueOf(row.get("size")) : Math.max(size, Integer.parseInt(row.get("size")));
                start = min(start, row.get("start"));
                published = min(published, row.get("published"));
                if (row.get("label").compareTo(label) > 0) label = row.get("label");
                articles.putIfAbsent(row.get("doc"), article(row, "published"));
            }
            out.add(new Appearance(r.get("person"), r.get("name"), r.get("event"), label, Boolean.parseBoolean(r.get("isMeeting")),
                    start != null ? start : published, r.get("role"), rank, size, sorted(articles.values())));
        }
        out.sort(Comparator.comparing(Appearance::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Appearance::eventLabel).thenComparing(Appearance::role)
                .thenComparing(a -> a.rank() == null ? Integer.MAX_VALUE : a.rank()).thenComparing(Appearance::personName));
        return out;
    }

    private static final String SPEECHES = """
            SELECT ?speech ?person ?name ?event ?label ?kind ?title ?start ?doc ?headline ?published ?source ?offset ?quote {
              ?speech a dais:Speech ; dais:speaker ?person ; dais:deliveredAt ?event ; dais:speechKind ?kind ; prov:wasDerivedFrom ?doc .
              OPTIONAL { ?speech dais:evidence ?ev . ?ev dais:startOffset ?offset ; dais:quote ?quote }
              ?person foaf:name ?name .
              OPTIONAL { ?speech dcterms:title ?title }
              ?event rdfs:label ?label .
              OPTIONAL { ?event schema:startDate ?start }
              ?doc dais:sourceFile ?source .
              OPTIONAL { ?doc schema:headline ?headline }
              OPTIONAL { ?doc schema:datePublished ?published }
            }
            """;

    /** Speeches of one person ("person") or at one meeting ("event"), by date; the person's name leads the label for a meeting. */
    static List<SpeechRef> speeches(Dataset dataset, String variable, String iri) {
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        for (Map<String, String> r : ViewQueries.select(dataset, SPEECHES, variable, iri)) {
            groups.computeIfAbsent(r.get("speech"), k -> new ArrayList<>()).add(r);
        }
        List<SpeechRef> out = new ArrayList<>();
        for (List<Map<String, String>> rows : groups.values()) {
            Map<String, String> r = rows.get(0);
            String start = null, published = null;
            long position = Long.MAX_VALUE;
            String firstArticle = null;
            Map<String, ArticleRef> articles = new TreeMap<>();
            for (Map<String, String> row : rows) {
                // Where the earliest article reports it: its sentence, then the speaker's place in that sentence.
                String key = row.getOrDefault("published", "") + " " + row.get("source");
                if (firstArticle == null || key.compareTo(firstArticle) < 0) { firstArticle = key; position = Long.MAX_VALUE; }
                if (key.equals(firstArticle) && row.get("offset") != null) {
                    int inSentence = Math.max(0, row.get("quote").indexOf(row.get("name")));
                    position = Math.min(position, Long.parseLong(row.get("offset")) * 100_000 + inSentence);
                }
                start = min(start, row.get("start"));
                published = min(published, row.get("published"));
                articles.putIfAbsent(row.get("doc"), article(row, "published"));
            }
            boolean ofMeeting = "event".equals(variable);
            out.add(new SpeechRef(ofMeeting ? r.get("person") : r.get("event"), ofMeeting ? r.get("name") : r.get("label"), r.get("kind"),
                    r.get("title"), start != null ? start : published, sorted(articles.values()), position));
        }
        // By date, then in the order the (first) article reports them: the order they spoke in.
        out.sort(Comparator.comparing(SpeechRef::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.articles().isEmpty() ? "" : String.valueOf(s.articles().get(0).date()) + " " + s.articles().get(0).source())
                .thenComparingLong(SpeechRef::position)
                .thenComparing(SpeechRef::eventLabel));
        return out;
    }

    /** Spellings of a person's name as printed, other than the canonical one. */
    static List<String> variants(Dataset dataset, String person) {
        return ViewQueries.select(dataset, "SELECT DISTINCT ?v { ?person skos:altLabel ?v } ORDER BY ?v", "person", person)
                .stream().map(r -> r.get("v")).toList();
    }

    /** The label of an entity (the longest, when documents gave several), or null when it has none. */
    static String label(Dataset dataset, String iri) {
        List<Map<String, String>> rows = ViewQueries.select(dataset, "SELECT (MAX(?l) AS ?label) { ?x rdfs:label ?l }", "x", iri);
        return rows.isEmpty() ? null : rows.get(0).get("label");
    }

    static ArticleRef article(Map<String, String> r, String dateKey) {
        return new ArticleRef(r.get("doc"), r.get("headline"), r.get(dateKey), r.get("source"));
    }

    static List<ArticleRef> sorted(java.util.Collection<ArticleRef> articles) {
        List<ArticleRef> list = new ArrayList<>(articles);
        list.sort(Comparator.comparing(ArticleRef::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ArticleRef::source));
        return list;
    }

    private static String min(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static final class Builder {
        final Map<String, String> row;
        final Map<String, ArticleRef> articles = new TreeMap<>();

        Builder(Map<String, String> row) { this.row = row; }

        void attest(ArticleRef a) { articles.putIfAbsent(a.iri(), a); }

        List<ArticleRef> sortedArticles() { return sorted(articles.values()); }
    }
}
