package org.dais.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;

import org.dais.server.Attestations.Appearance;
import org.dais.server.Attestations.ArticleRef;
import org.dais.server.Attestations.OfficeSpan;
import org.dais.server.Attestations.SpeechRef;
import org.dais.server.ChangeLog.Change;

/**
 * A person's dossier, as biographers of the leadership keep one: current offices (attested by the
 * latest article), every office as a span with its articles by headline and date, meeting
 * appearances with role, rank and list size, speeches, appearances at other events and in whose
 * company, the changes, the protocol rank chart, and the spellings printed.
 */
final class PersonDossier {
    private PersonDossier() {}

    private static final String EVIDENCE = """
            SELECT DISTINCT ?doc ?headline ?published ?source ?quote ?offset {
              ?f dais:evidence ?e . { ?f org:member ?person } UNION { ?f dais:speaker ?person } UNION { ?f dais:participant ?person }
              ?e dais:quote ?quote ; dais:startOffset ?offset ; prov:wasDerivedFrom ?doc .
              ?doc dais:sourceFile ?source . OPTIONAL { ?doc schema:headline ?headline } OPTIONAL { ?doc schema:datePublished ?published }
            } ORDER BY ?published ?source ?offset
            """;

    static String render(Dataset dataset, String person, String base, String localPrefix) {
        String name = Attestations.label(dataset, person);
        List<OfficeSpan> offices = Attestations.offices(dataset, "person", person);
        List<Appearance> appearances = Attestations.appearances(dataset, "person", person);
        List<SpeechRef> speeches = Attestations.speeches(dataset, "person", person);
        List<String> variants = Attestations.variants(dataset, person);
        List<Change> changes = ChangeLog.changes(dataset, person);
        StringBuilder h = new StringBuilder(16384);

        h.append("<p class=\"summary\">").append(offices.size()).append(" offices, ")
                .append(appearances.stream().filter(Appearance::meeting).count()).append(" meeting appearances, ")
                .append(speeches.size()).append(" speeches, ").append(changes.size()).append(" changes.</p>\n");
        if (!variants.isEmpty()) {
            h.append("<h2>Spellings</h2>\n<ul class=\"variants\">");
            for (String v : variants) h.append("<li>").append(Html.escape(v)).append("</li>");
            h.append("</ul>\n");
        }

        h.append("<h2>Offices</h2>\n");
        if (offices.isEmpty()) h.append("<p class=\"muted\">No office attested.</p>\n");
        else {
            h.append("<table class=\"offices\"><tr><th>Office</th><th>Organization</th><th>First attested</th><th>Last attested</th>"
                    + "<th>Articles</th><th>Evidence</th></tr>\n");
            for (OfficeSpan s : offices) {
                h.append("<tr class=\"office-span").append(s.current() ? " current" : "").append("\" data-post=\"").append(Html.escape(s.post()))
                        .append("\" data-first=\"").append(Html.escape(s.first())).append("\" data-last=\"").append(Html.escape(s.last()))
                        .append("\" data-articles=\"").append(s.articles().size()).append("\"><td>")
                        .append(Html.escape(s.postLabel())).append(s.current() ? "<span class=\"badge\">current</span>" : "")
                        .append("</td><td>").append(Html.entity(s.organization(), s.organizationLabel(), base, localPrefix))
                        .append("</td><td>").append(Html.escape(s.first())).append("</td><td>").append(Html.escape(s.last()))
                        .append("</td><td class=\"num\">").append(s.articles().size()).append("</td><td>")
                        .append(articles(s.articles(), base, localPrefix)).append("</td></tr>\n");
            }
            h.append("</table>\n<p class=\"muted\">Current: attested by the latest article that names an office of this person.</p>\n");
        }

        String chart = RankChart.svg(appearances);
        if (!chart.isEmpty()) h.append("<h2>Protocol rank</h2>\n").append(chart);

        List<Appearance> meetings = appearances.stream().filter(Appearance::meeting).toList();
        h.append("<h2>Meetings</h2>\n");
        if (meetings.isEmpty()) h.append("<p class=\"muted\">No meeting appearance.</p>\n");
        else {
            h.append("<table class=\"appearances\"><tr><th>Date</th><th>Meeting</th><th>Role</th><th>Rank</th><th>List size</th><th>Evidence</th></tr>\n");
            for (Appearance a : meetings) appearanceRow(h, a, base, localPrefix, null);
            h.append("</table>\n");
        }

        h.append("<h2>Speeches</h2>\n");
        if (speeches.isEmpty()) h.append("<p class=\"muted\">No speech attested.</p>\n");
        else {
            h.append("<table class=\"speeches\"><tr><th>Date</th><th>Kind</th><th>Meeting</th><th>Title</th><th>Evidence</th></tr>\n");
            for (SpeechRef s : speeches) {
                h.append("<tr class=\"speech\" data-date=\"").append(Html.escape(s.date())).append("\"><td>").append(Html.escape(s.date()))
                        .append("</td><td>").append(Html.escape(s.kind())).append("</td><td>")
                        .append(Html.entity(s.event(), s.eventLabel(), base, localPrefix)).append("</td><td>").append(Html.escape(s.title()))
                        .append("</td><td>").append(articles(s.articles(), base, localPrefix)).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        List<Appearance> events = appearances.stream().filter(a -> !a.meeting()).toList();
        if (!events.isEmpty()) eventsSection(h, dataset, person, events, base, localPrefix);

        h.append("<h2>Changes</h2>\n");
        if (changes.isEmpty()) h.append("<p class=\"muted\">No change attested.</p>\n");
        else {
            h.append("<table class=\"changes\"><tr><th>Date</th><th>Change</th><th>Evidence</th></tr>\n");
            for (Change c : changes) {
                h.append("<tr class=\"change\" data-kind=\"").append(c.kind()).append("\"><td>").append(Html.escape(c.date())).append("</td><td>")
                        .append(Html.escape(c.summary())).append("</td><td>").append(articles(List.of(c.evidence()), base, localPrefix))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        MeetingPage.evidence(h, ViewQueries.select(dataset, EVIDENCE, "person", person), base, localPrefix);
        h.append("<p class=\"iri\"><a href=\"/changes.atom?person=").append(Html.escape(java.net.URLEncoder.encode(person, java.nio.charset.StandardCharsets.UTF_8)))
                .append("\">this person's changes as Atom</a> · <a href=\"/explore?iri=")
                .append(Html.escape(java.net.URLEncoder.encode(person, java.nio.charset.StandardCharsets.UTF_8))).append("\">in the explorer</a> · as")
                .append(HtmlPage.alternates(person, base, localPrefix)).append("</p>\n");
        return Html.page(name == null ? person : name, person, h.toString());
    }

    private static final String BY_MONTH_AND_KIND = """
            SELECT ?month ?kind (COUNT(DISTINCT ?occasion) AS ?occasions) {
              ?p dais:participant ?person ; dais:participatedIn ?occasion .
              ?occasion a dais:Activity ; dais:activityKind ?kind .
              OPTIONAL { ?occasion schema:startDate ?start }
              OPTIONAL { ?p prov:wasDerivedFrom/schema:datePublished ?published }
              BIND (COALESCE(SUBSTR(STR(COALESCE(?start, ?published)), 1, 7), "undated") AS ?month)
            }
            GROUP BY ?month ?kind
            ORDER BY ?month ?kind
            """;

    /** The tracker's count: occasions by month and kind (an occasion without a day at its article's month). */
    private static void byMonthAndKind(StringBuilder h, Dataset dataset, String person) {
        List<Map<String, String>> rows = ViewQueries.select(dataset, BY_MONTH_AND_KIND, "person", person);
        if (rows.isEmpty()) return;
        h.append("<h3>By month and kind</h3>\n<table class=\"by-month\"><tr><th>Month</th><th>Kind</th><th>Occasions</th></tr>\n");
        for (Map<String, String> r : rows) {
            h.append("<tr class=\"month-kind\" data-month=\"").append(Html.escape(r.get("month"))).append("\" data-kind=\"")
                    .append(Html.escape(r.get("kind"))).append("\"><td>").append(Html.escape(r.get("month"))).append("</td><td>")
                    .append(Html.escape(r.get("kind"))).append("</td><td>").append(Html.escape(r.get("occasions"))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Appearances at events other than meetings (the leader's activities): how often, in whose company, at what rank. */
    private static void eventsSection(StringBuilder h, Dataset dataset, String person, List<Appearance> events, String base, String localPrefix) {
        Map<String, Integer> company = new TreeMap<>();
        Map<String, String> companyName = new LinkedHashMap<>();
        h.append("<h2>Activities (appearances other than meetings)</h2>\n<p>").append(events.size()).append(" appearances at ")
                .append(events.stream().map(Appearance::event).distinct().count()).append(" events.</p>\n");
        h.append("<table class=\"events\"><tr><th>Date</th><th>Event</th><th>Role</th><th>Rank</th><th>List size</th><th>Evidence</th><th>With</th></tr>\n");
        for (Appearance a : events) {
            List<String> with = new ArrayList<>();
            for (Appearance other : Attestations.appearances(dataset, "event", a.event())) {
                if (other.person().equals(person)) continue;
                with.add(other.personName() + " (" + other.role() + ")");
                company.merge(other.person(), 1, Integer::sum);
                companyName.putIfAbsent(other.person(), other.personName());
            }
            appearanceRow(h, a, base, localPrefix, String.join(", ", with.stream().distinct().toList()));
        }
        h.append("</table>\n");
        byMonthAndKind(h, dataset, person);
        if (!company.isEmpty()) {
            h.append("<p>Most often with: ");
            List<String> top = company.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(10)
                    .map(e -> Html.entity(e.getKey(), companyName.get(e.getKey()), base, localPrefix) + " (" + e.getValue() + ")").toList();
            h.append(String.join(", ", top)).append("</p>\n");
        }
    }

    private static void appearanceRow(StringBuilder h, Appearance a, String base, String localPrefix, String with) {
        h.append("<tr class=\"appearance\" data-event=\"").append(Html.escape(a.event())).append("\" data-role=\"").append(Html.escape(a.role()))
                .append("\" data-rank=\"").append(a.rank() == null ? "" : a.rank()).append("\" data-size=\"")
                .append(a.listSize() == null ? "" : a.listSize()).append("\"><td>").append(Html.escape(a.date())).append("</td><td>")
                .append(Html.entity(a.event(), a.eventLabel(), base, localPrefix)).append("</td><td>").append(Html.escape(a.role()))
                .append("</td><td class=\"num\">").append(a.rank() == null ? "" : a.rank()).append("</td><td class=\"num\">")
                .append(a.listSize() == null ? "" : a.listSize()).append("</td><td>").append(articles(a.articles(), base, localPrefix)).append("</td>");
        if (with != null) h.append("<td>").append(Html.escape(with)).append("</td>");
        h.append("</tr>\n");
    }

    static String articles(List<ArticleRef> articles, String base, String localPrefix) {
        StringBuilder b = new StringBuilder("<ul class=\"articles\">");
        for (ArticleRef a : articles) {
            b.append("<li>").append(Html.entity(a.iri(), a.title(), base, localPrefix));
            if (a.date() != null) b.append(" <span class=\"muted\">").append(Html.escape(a.date())).append("</span>");
            b.append("</li>");
        }
        return b.append("</ul>").toString();
    }
}
