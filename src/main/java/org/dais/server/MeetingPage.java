package org.dais.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;

import org.dais.server.Attestations.Appearance;
import org.dais.server.Attestations.ArticleRef;
import org.dais.server.Attestations.SpeechRef;

/**
 * A meeting's page: date and place, convening body, every list of officials in protocol order
 * (guided, platform, attended, and any other kind the graph has), the speakers in the order
 * reported, the previous and next meeting of its series, and the sentences read.
 */
final class MeetingPage {
    /** The order lists are shown in: who guided, the platform, then the hall; other kinds after. */
    static final List<String> LIST_ORDER = List.of("guided", "led", "platform", "accompanied", "attended");

    private MeetingPage() {}

    private static final String ABOUT = """
            SELECT (MAX(?l) AS ?label) (SAMPLE(?k) AS ?kind) (MIN(?s) AS ?start) (MAX(?e) AS ?end) (SAMPLE(?w) AS ?wording)
                   (SAMPLE(?o) AS ?ordinal) (SAMPLE(?ser) AS ?series) (MAX(?serl) AS ?seriesLabel) (SAMPLE(?b) AS ?body)
                   (MAX(?bl) AS ?bodyLabel) (SAMPLE(?t) AS ?term) (SAMPLE(?pl) AS ?place) {
              ?m rdfs:label ?l .
              OPTIONAL { ?m dais:meetingKind|dais:activityKind ?k } OPTIONAL { ?m schema:startDate ?s } OPTIONAL { ?m schema:endDate ?e }
              OPTIONAL { ?m dais:dateWording ?w } OPTIONAL { ?m dais:ordinal ?o } OPTIONAL { ?m dais:bodyTerm ?t }
              OPTIONAL { ?m dais:inSeries ?ser . OPTIONAL { ?ser rdfs:label ?serl } }
              OPTIONAL { ?m dais:convenedBy ?b . OPTIONAL { ?b rdfs:label ?bl } }
              OPTIONAL { ?m schema:location ?loc . OPTIONAL { ?loc rdfs:label ?locl } BIND (COALESCE(?locl, STR(?loc)) AS ?pl) }
            }
            """;

    private static final String SERIES = """
            SELECT ?m (MAX(?l) AS ?label) (MIN(?o) AS ?ordinal) { ?m dais:inSeries ?series ; dais:ordinal ?o ; rdfs:label ?l }
            GROUP BY ?m ORDER BY ?ordinal
            """;

    private static final String EVIDENCE = """
            SELECT DISTINCT ?doc ?headline ?published ?source ?quote ?offset {
              ?f dais:evidence ?e . { ?f dais:participatedIn ?m } UNION { ?f dais:deliveredAt ?m }
              ?e dais:quote ?quote ; dais:startOffset ?offset ; prov:wasDerivedFrom ?doc .
              ?doc dais:sourceFile ?source . OPTIONAL { ?doc schema:headline ?headline } OPTIONAL { ?doc schema:datePublished ?published }
            } ORDER BY ?published ?source ?offset
            """;

    static String render(Dataset dataset, String meeting, String base, String localPrefix) {
        Map<String, String> about = ViewQueries.select(dataset, ABOUT, "m", meeting).get(0);
        String label = about.getOrDefault("label", meeting);
        StringBuilder h = new StringBuilder(16384);
        h.append("<table class=\"about\">\n");
        row(h, "Kind", Html.escape(about.get("kind")));
        String date = about.get("start") == null ? null
                : about.get("end") == null || about.get("end").equals(about.get("start")) ? about.get("start") : about.get("start") + " – " + about.get("end");
        row(h, "Date", Html.escape(date) + (about.get("wording") == null ? "" : " <span class=\"muted\">(" + Html.escape(about.get("wording")) + ")</span>"));
        row(h, "Place", Html.escape(about.get("place")));
        row(h, "Convened by", about.get("body") == null ? "" : Html.entity(about.get("body"), about.get("bodyLabel"), base, localPrefix)
                + (about.get("term") == null ? "" : " <span class=\"muted\">(term " + Html.escape(about.get("term")) + ")</span>"));
        row(h, "Series", about.get("series") == null ? "" : Html.escape(about.get("seriesLabel")) + " · no. " + Html.escape(about.get("ordinal")));
        h.append("</table>\n");

        if (about.get("series") != null) seriesLinks(h, dataset, meeting, about.get("series"), base, localPrefix);

        Map<String, List<Appearance>> lists = new TreeMap<>(Comparator.comparingInt((String role) -> {
            int i = LIST_ORDER.indexOf(role);
            return i < 0 ? LIST_ORDER.size() : i;
        }).thenComparing(Comparator.naturalOrder()));
        for (Appearance a : Attestations.appearances(dataset, "event", meeting)) lists.computeIfAbsent(a.role(), k -> new ArrayList<>()).add(a);
        for (var e : lists.entrySet()) {
            List<Appearance> people = new ArrayList<>(e.getValue());
            // Protocol order: ranked names by rank, then the unranked ones by name.
            people.sort(Comparator.comparing((Appearance a) -> a.rank() == null ? Integer.MAX_VALUE : a.rank()).thenComparing(Appearance::personName));
            h.append("<h2>").append(Html.escape(capitalized(e.getKey()))).append(" (").append(people.size()).append(")</h2>\n")
                    .append("<table class=\"list\" data-role=\"").append(Html.escape(e.getKey()))
                    .append("\"><tr><th>Rank</th><th>Person</th><th>List size</th><th>Evidence</th></tr>\n");
            for (Appearance a : people) {
                h.append("<tr class=\"listed\" data-person=\"").append(Html.escape(a.person())).append("\" data-rank=\"")
                        .append(a.rank() == null ? "" : a.rank()).append("\"><td class=\"num\">").append(a.rank() == null ? "" : a.rank())
                        .append("</td><td>").append(Html.entity(a.person(), a.personName(), base, localPrefix)).append("</td><td class=\"num\">")
                        .append(a.listSize() == null ? "" : a.listSize()).append("</td><td>")
                        .append(PersonDossier.articles(a.articles(), base, localPrefix)).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        List<SpeechRef> speeches = Attestations.speeches(dataset, "event", meeting);
        if (!speeches.isEmpty()) {
            h.append("<h2>Speakers</h2>\n<ol class=\"speakers\">\n");
            for (SpeechRef s : speeches) {
                h.append("<li class=\"speaker\" data-person=\"").append(Html.escape(s.event())).append("\">")
                        .append(Html.entity(s.event(), s.eventLabel(), base, localPrefix)).append(": ").append(Html.escape(s.kind()))
                        .append(s.title() == null ? "" : " — “" + Html.escape(s.title()) + "”").append("</li>\n");
            }
            h.append("</ol>\n");
        }

        evidence(h, ViewQueries.select(dataset, EVIDENCE, "m", meeting), base, localPrefix);
        h.append("<p class=\"iri\"><a href=\"/explore?iri=").append(Html.escape(java.net.URLEncoder.encode(meeting, java.nio.charset.StandardCharsets.UTF_8)))
                .append("\">in the explorer</a> · as").append(HtmlPage.alternates(meeting, base, localPrefix)).append("</p>\n");
        return Html.page(label, meeting, h.toString());
    }

    /** The sentences read, under their article's headline and date (rows: doc, headline, published, source, quote). */
    static void evidence(StringBuilder h, List<Map<String, String>> evidence, String base, String localPrefix) {
        if (evidence.isEmpty()) return;
        h.append("<h2>Evidence</h2>\n");
        String doc = null;
        for (Map<String, String> r : evidence) {
            if (!r.get("doc").equals(doc)) {
                doc = r.get("doc");
                ArticleRef a = Attestations.article(r, "published");
                h.append("<h3>").append(Html.entity(a.iri(), a.title(), base, localPrefix)).append(" <span class=\"muted\">")
                        .append(Html.escape(a.date())).append("</span></h3>\n");
            }
            h.append("<blockquote>").append(Html.escape(r.get("quote"))).append("</blockquote>\n");
        }
    }

    private static void seriesLinks(StringBuilder h, Dataset dataset, String meeting, String series, String base, String localPrefix) {
        List<Map<String, String>> all = ViewQueries.select(dataset, SERIES, "series", series);
        int at = -1;
        for (int i = 0; i < all.size(); i++) if (all.get(i).get("m").equals(meeting)) at = i;
        if (at < 0 || all.size() < 2) return;
        h.append("<nav class=\"series\">");
        if (at > 0) h.append("<a rel=\"prev\" href=\"").append(href(all.get(at - 1).get("m"), base, localPrefix)).append("\">← ")
                .append(Html.escape(all.get(at - 1).get("label"))).append("</a>");
        if (at + 1 < all.size()) h.append("<a rel=\"next\" href=\"").append(href(all.get(at + 1).get("m"), base, localPrefix)).append("\">")
                .append(Html.escape(all.get(at + 1).get("label"))).append(" →</a>");
        h.append("</nav>\n");
    }

    private static String href(String iri, String base, String localPrefix) {
        return Html.escape(iri.startsWith(base) ? localPrefix + iri.substring(base.length()) : iri);
    }

    private static void row(StringBuilder h, String name, String valueHtml) {
        if (valueHtml == null || valueHtml.isBlank()) return;
        h.append("<tr><td class=\"p\">").append(name).append("</td><td>").append(valueHtml).append("</td></tr>\n");
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
