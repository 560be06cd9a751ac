package org.dais.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.util.FmtUtils;

import org.dais.facts.FactsExporter;

/**
 * The explorer at {@code /explore}: a page that searches persons, organizations and meetings by
 * name or spelling variant, draws a neighbourhood with Cytoscape.js (fCoSE layout, labels kept
 * apart) and expands it on click, and lists the timeline of a person, meeting or organization,
 * with a person's rank chart. Deep links: {@code /explore?q=TEXT}, {@code /explore?iri=IRI}.
 * Its JSON endpoints bind user input as SPARQL literals and IRIs
 * ({@link ParameterizedSparqlString}), never by splicing text into a query.
 */
final class ExplorerServlet extends HttpServlet {
    private static final String PREFIXES = org.dais.rdf.Prefixes.SPARQL;
    private static final int MAX_QUERY_LENGTH = 200;

    private final Dataset dataset;

    ExplorerServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (path) {
            case "/", "" -> page(response);
            case "/search" -> json(response, search(param(request, "q")));
            case "/graph" -> json(response, neighbourhood(param(request, "id")));
            case "/timeline" -> json(response, timeline(param(request, "id")));
            case "/entity" -> json(response, FactsExporter.toJson(entity(param(request, "id"))));
            case "/rank-chart" -> svg(response, rankChart(param(request, "id")));
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static String param(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        if (v == null) return "";
        return v.length() > MAX_QUERY_LENGTH ? v.substring(0, MAX_QUERY_LENGTH) : v;
    }

    private void page(HttpServletResponse response) throws IOException {
        try (InputStream in = ExplorerServlet.class.getResourceAsStream("/explore/index.html")) {
            if (in == null) throw new IOException("explore/index.html is not in the jar");
            byte[] body = in.readAllBytes();
            response.setContentType("text/html; charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static void json(HttpServletResponse response, String body) throws IOException {
        write(response, "application/json; charset=utf-8", body);
    }

    private static void svg(HttpServletResponse response, String body) throws IOException {
        write(response, "image/svg+xml; charset=utf-8", body);
    }

    private static void write(HttpServletResponse response, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * Persons, organizations and meetings whose name or a printed spelling (skos:altLabel)
     * contains the text, compared without case, spaces, hyphens, apostrophes or full stops
     * ("jo song-chol" finds "Jo Song Chol"), the other romanizations of a surname tried as the
     * KCNA spelling ({@link SpellingVariants}). Each form is bound as a literal.
     */
    String search(String text) {
        List<String> forms = SpellingVariants.searchForms(text);
        if (forms.isEmpty()) return "[]";
        StringBuilder values = new StringBuilder();
        for (String form : forms) values.append(' ').append(FmtUtils.stringForNode(NodeFactory.createLiteralString(form)));
        String query = PREFIXES + """
                SELECT ?id (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?v) AS ?matched) {
                  VALUES (?class ?t) { (foaf:Person "person") (org:Organization "organization") (dais:Meeting "meeting") }
                  VALUES ?form { FORMS }
                  ?id a ?class ; rdfs:label ?l .
                  { ?id rdfs:label ?v } UNION { ?id skos:altLabel ?v }
                  FILTER (CONTAINS(REPLACE(LCASE(STR(?v)), "[\\\\s'’.-]", ""), ?form))
                } GROUP BY ?id ORDER BY STRLEN(?label) ?label LIMIT 25
                """.replace("FORMS", values.toString());
        List<String> items = new ArrayList<>();
        for (Map<String, String> row : org.dais.store.SparqlRows.select(dataset, query)) {
            // The spelling that matched, when it is not the name shown.
            if (row.get("label") != null && row.get("label").equals(row.get("matched"))) row.remove("matched");
            items.add(FactsExporter.toJson(row));
        }
        return "[" + String.join(",", items) + "]";
    }

    /** An entity's label and type, for a deep link ({@code /explore?iri=...}); empty when the graph does not have it. */
    Map<String, String> entity(String iri) {
        Map<String, String> data = new LinkedHashMap<>();
        if (!ViewQueries.isIri(iri)) return data;
        ParameterizedSparqlString n = new ParameterizedSparqlString(PREFIXES + """
                SELECT (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) {
                  ?id rdfs:label ?l .
                  OPTIONAL { VALUES (?class ?t) { (foaf:Person "person") (org:Organization "organization") (dais:Meeting "meeting") } ?id a ?class }
                }
                """);
        n.setIri("id", iri);
        Map<String, String> row = select(n).get(0);
        if (!row.containsKey("label")) return data;
        data.put("id", iri);
        data.put("label", row.get("label"));
        data.put("type", row.getOrDefault("type", "other"));
        return data;
    }

    /** A person's protocol rank chart (the dossier's) as SVG; empty when the person has no ranked appearance. */
    String rankChart(String iri) {
        if (!ViewQueries.isIri(iri)) return "";
        return RankChart.svg(Attestations.appearances(dataset, "person", iri));
    }

    /** Cytoscape.js elements: the entity, its neighbours among persons, organizations and meetings, and typed edges. */
    String neighbourhood(String iri) {
        if (!iri.matches("^https?://\\S+$")) return "{\"nodes\":[],\"edges\":[]}";
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT DISTINCT ?source ?target ?type ?detail {
                  {
                    ?f a dais:Tenure ; org:member ?source ; org:organization ?target ; org:role/rdfs:label ?detail .
                    BIND ("office" AS ?type)
                  } UNION {
                    ?f a dais:Speech ; dais:speaker ?source ; dais:deliveredAt ?target ; dais:speechKind ?detail .
                    BIND ("spoke at" AS ?type)
                  } UNION {
                    ?f a dais:Participation ; dais:participant ?source ; dais:participatedIn ?target ; dais:participationRole ?detail .
                    BIND ("took part" AS ?type)
                  } UNION {
                    ?source org:subOrganizationOf ?target . BIND ("unit of" AS ?type) BIND ("" AS ?detail)
                  } UNION {
                    ?source dais:convenedBy ?target . BIND ("convened by" AS ?type) BIND ("" AS ?detail)
                  }
                  FILTER (?source = ?focus || ?target = ?focus)
                } LIMIT 400
                """);
        q.setIri("focus", iri);
        List<Map<String, String>> rows = select(q);
        Set<String> ids = new LinkedHashSet<>();
        ids.add(iri);
        for (Map<String, String> r : rows) {
            ids.add(r.get("source"));
            ids.add(r.get("target"));
        }
        List<String> nodes = new ArrayList<>();
        for (String id : ids) {
            ParameterizedSparqlString n = new ParameterizedSparqlString(PREFIXES + """
                    SELECT (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) {
                      ?id rdfs:label ?l .
                      OPTIONAL { VALUES (?class ?t) { (foaf:Person "person") (org:Organization "organization") (dais:Meeting "meeting") } ?id a ?class }
                    }
                    """);
            n.setIri("id", id);
            Map<String, String> row = select(n).get(0);
            Map<String, String> data = new LinkedHashMap<>();
            data.put("id", id);
            data.put("label", row.getOrDefault("label", id));
            data.put("type", row.getOrDefault("type", "other"));
            nodes.add("{\"data\":" + FactsExporter.toJson(data) + "}");
        }
        List<String> edges = new ArrayList<>();
        for (Map<String, String> r : rows) {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("id", r.get("source") + " " + r.get("type") + " " + r.get("detail") + " " + r.get("target"));
            data.put("source", r.get("source"));
            data.put("target", r.get("target"));
            data.put("type", r.get("type"));
            data.put("label", r.get("detail").isEmpty() ? r.get("type") : r.get("detail"));
            edges.add("{\"data\":" + FactsExporter.toJson(data) + "}");
        }
        return "{\"nodes\":[" + String.join(",", nodes) + "],\"edges\":[" + String.join(",", edges) + "]}";
    }

    /**
     * The timeline of a person (each office once, as a span, then appearances with rank and
     * speeches, by date), a meeting (its lists in protocol order, then its speakers) or an
     * organization (its office holders as spans, by date).
     */
    String timeline(String iri) {
        if (!ViewQueries.isIri(iri)) return "[]";
        String type = entity(iri).getOrDefault("type", "other");
        List<Map<String, String>> items = new ArrayList<>();
        switch (type) {
            case "person" -> {
                for (var s : Attestations.offices(dataset, "person", iri)) {
                    items.add(item(s.first(), s.last(), "office", s.postLabel(), null, null, s.articles().size(), s.current()));
                }
                for (var a : Attestations.appearances(dataset, "person", iri)) {
                    items.add(item(a.date(), null, "participation: " + a.role(), a.eventLabel(), a.rank(), a.listSize(), a.articles().size(), false));
                }
                for (var sp : Attestations.speeches(dataset, "person", iri)) {
                    items.add(item(sp.date(), null, "speech: " + sp.kind(), sp.eventLabel(), null, null, sp.articles().size(), false));
                }
                items.sort(Comparator.comparing((Map<String, String> m) -> m.getOrDefault("date", "9999")));
            }
            case "meeting" -> {
                List<Attestations.Appearance> listed = new ArrayList<>(Attestations.appearances(dataset, "event", iri));
                listed.sort(Comparator.comparingInt((Attestations.Appearance a) -> {
                    int i = MeetingPage.LIST_ORDER.indexOf(a.role());
                    return i < 0 ? MeetingPage.LIST_ORDER.size() : i;
                }).thenComparing(a -> a.rank() == null ? Integer.MAX_VALUE : a.rank()).thenComparing(Attestations.Appearance::personName));
                for (var a : listed) items.add(item(a.date(), null, a.role(), a.personName(), a.rank(), a.listSize(), a.articles().size(), false));
                // The speakers in the order reported: "report: A", "speech: B".
                for (var sp : Attestations.speeches(dataset, "event", iri)) {
                    items.add(item(sp.date(), null, sp.kind(), sp.eventLabel(), null, null, sp.articles().size(), false));
                }
            }
            case "organization" -> {
                for (var s : Attestations.offices(dataset, "org", iri)) {
                    items.add(item(s.first(), s.last(), s.postLabel(), s.personName(), null, null, s.articles().size(), s.current()));
                }
                items.sort(Comparator.comparing((Map<String, String> m) -> m.getOrDefault("date", "9999")));
            }
            default -> { }
        }
        return "[" + String.join(",", items.stream().map(FactsExporter::toJson).toList()) + "]";
    }

    private static Map<String, String> item(String date, String end, String what, String detail, Integer rank, Integer size, int articles,
                                            boolean current) {
        Map<String, String> m = new LinkedHashMap<>();
        if (date != null) m.put("date", date);
        if (end != null && !end.equals(date)) m.put("end", end);
        m.put("what", what);
        m.put("detail", detail);
        if (rank != null) m.put("rank", String.valueOf(rank));
        if (size != null) m.put("size", String.valueOf(size));
        m.put("articles", String.valueOf(articles));
        if (current) m.put("current", "true");
        return m;
    }

    private List<Map<String, String>> select(ParameterizedSparqlString q) {
        return org.dais.store.SparqlRows.select(dataset, q.asQuery());
    }
}
