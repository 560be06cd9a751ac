package org.dais.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;

/**
 * The analyst's page for an entity IRI, by its type: a person's dossier, a meeting's page, an
 * organization's page. Other entities keep the generic statement page ({@link HtmlPage}).
 */
final class EntityPages {
    private EntityPages() {}

    private static final String KIND = """
            SELECT ?kind {
              # An activity of the leader (dais:Activity, where the graph has them) reads like a meeting: lists in rank order.
              VALUES (?class ?kind) { (foaf:Person "person") (dais:Meeting "meeting") (dais:Activity "meeting") (org:Organization "organization") }
              ?x a ?class
            } LIMIT 1
            """;

    /** The page's HTML, or null when the entity has no page of its own. */
    static String html(Dataset dataset, String iri, String base, String localPrefix) {
        if (!ViewQueries.isIri(iri)) return null;
        var rows = ViewQueries.select(dataset, KIND, "x", iri);
        if (rows.isEmpty()) return null;
        Map<String, String> r = rows.get(0);
        return switch (r.get("kind")) {
            case "person" -> PersonDossier.render(dataset, iri, base, localPrefix);
            case "meeting" -> MeetingPage.render(dataset, iri, base, localPrefix);
            case "organization" -> OrganizationPage.render(dataset, iri, base, localPrefix);
            default -> null;
        };
    }

    /** Writes the page and answers true, or answers false (nothing written) for an entity without one. */
    static boolean write(HttpServletResponse response, Dataset dataset, String iri, String base, String localPrefix) throws IOException {
        String page = html(dataset, iri, base, localPrefix);
        if (page == null) return false;
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        return true;
    }
}
