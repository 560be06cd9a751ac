package org.dais.server;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;

import org.dais.server.Attestations.OfficeSpan;

/**
 * An organization's page: its office holders, present (attested by their latest article) and
 * past, each office as a span of attestations; its units and the meetings it convened.
 */
final class OrganizationPage {
    private OrganizationPage() {}

    private static final String RELATED = """
            SELECT ?x (MAX(?l) AS ?label) ?how (MIN(?s) AS ?start) {
              { ?x org:subOrganizationOf ?o . BIND ("unit" AS ?how) }
              UNION { ?o org:subOrganizationOf ?x . BIND ("part of" AS ?how) }
              UNION { ?x dais:convenedBy ?o . BIND ("meeting" AS ?how) OPTIONAL { ?x schema:startDate ?s } }
              ?x rdfs:label ?l .
            } GROUP BY ?x ?how ORDER BY ?how ?start ?label
            """;

    static String render(Dataset dataset, String organization, String base, String localPrefix) {
        String label = Attestations.label(dataset, organization);
        List<OfficeSpan> holders = Attestations.offices(dataset, "org", organization);
        StringBuilder h = new StringBuilder(8192);
        h.append("<h2>Office holders</h2>\n");
        if (holders.isEmpty()) h.append("<p class=\"muted\">No office holder attested.</p>\n");
        else {
            h.append("<table class=\"holders\"><tr><th>Person</th><th>Office</th><th>First attested</th><th>Last attested</th><th>Articles</th>"
                    + "<th>Evidence</th></tr>\n");
            for (OfficeSpan s : holders) {
                h.append("<tr class=\"office-span").append(s.current() ? " current" : "").append("\" data-person=\"").append(Html.escape(s.person()))
                        .append("\" data-post=\"").append(Html.escape(s.post())).append("\" data-first=\"").append(Html.escape(s.first()))
                        .append("\" data-last=\"").append(Html.escape(s.last())).append("\"><td>")
                        .append(Html.entity(s.person(), s.personName(), base, localPrefix))
                        .append(s.current() ? "<span class=\"badge\">current</span>" : "").append("</td><td>").append(Html.escape(s.postLabel()))
                        .append("</td><td>").append(Html.escape(s.first())).append("</td><td>").append(Html.escape(s.last()))
                        .append("</td><td class=\"num\">").append(s.articles().size()).append("</td><td>")
                        .append(PersonDossier.articles(s.articles(), base, localPrefix)).append("</td></tr>\n");
            }
            h.append("</table>\n<p class=\"muted\">Current: the office is named in the holder's latest article that names any office of theirs.</p>\n");
        }
        List<Map<String, String>> related = ViewQueries.select(dataset, RELATED, "o", organization);
        if (!related.isEmpty()) {
            h.append("<h2>Units, parent and meetings</h2>\n<ul class=\"related\">\n");
            for (Map<String, String> r : related) {
                h.append("<li>").append(Html.escape(r.get("how"))).append(": ").append(Html.entity(r.get("x"), r.get("label"), base, localPrefix))
                        .append(r.get("start") == null ? "" : " <span class=\"muted\">" + Html.escape(r.get("start")) + "</span>").append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<p class=\"iri\"><a href=\"/explore?iri=").append(Html.escape(java.net.URLEncoder.encode(organization, java.nio.charset.StandardCharsets.UTF_8)))
                .append("\">in the explorer</a> · as").append(HtmlPage.alternates(organization, base, localPrefix)).append("</p>\n");
        return Html.page(label == null ? organization : label, organization, h.toString());
    }
}
