package org.dais.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;

import org.dais.facts.FactsExporter;

/**
 * The explorer at {@code /explore}: a page that searches persons, organizations and meetings by
 * name, draws a neighbourhood with Cytoscape.js and expands it on click, and lists a person's
 * timeline. Its JSON endpoints bind user input as SPARQL literals and IRIs
 * ({@link ParameterizedSparqlString}), never by splicing text into a query.
 */
final class ExplorerServlet extends HttpServlet {
    private static final String PREFIXES = """
            PREFIX dais: <https://w3id.org/dais/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX schema: <http://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
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
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Persons, organizations and meetings whose name contains the text (case-insensitive). */
    String search(String text) {
        if (text.isBlank()) return "[]";
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?id (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) {
                  VALUES (?class ?t) { (foaf:Person "person") (org:Organization "organization") (dais:Meeting "meeting") }
                  ?id a ?class ; rdfs:label ?l .
                  FILTER (CONTAINS(LCASE(STR(?l)), LCASE(?text)))
                } GROUP BY ?id ORDER BY STRLEN(?label) ?label LIMIT 25
                """);
        q.setLiteral("text", text);
        List<String> items = new ArrayList<>();
        for (Map<String, String> row : select(q)) items.add(FactsExporter.toJson(row));
        return "[" + String.join(",", items) + "]";
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

    /** A person's offices and appearances by date (offices dated by their article, appearances by their meeting). */
    String timeline(String iri) {
        if (!iri.matches("^https?://\\S+$")) return "[]";
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT DISTINCT ?date ?what ?detail ?source {
                  {
                    ?t org:member ?person ; org:role/rdfs:label ?title ; org:organization/rdfs:label ?org ;
                       dais:attestedOn ?date ; prov:wasDerivedFrom/dais:sourceFile ?source .
                    BIND ("office" AS ?what) BIND (CONCAT(?title, " of ", ?org) AS ?detail)
                  } UNION {
                    { ?x dais:speaker ?person ; dais:speechKind ?k ; dais:deliveredAt ?m . BIND (CONCAT("speech: ", ?k) AS ?what) }
                    UNION
                    { ?x dais:participant ?person ; dais:participationRole ?r ; dais:participatedIn ?m . BIND (CONCAT("participation: ", ?r) AS ?what) }
                    ?x prov:wasDerivedFrom ?doc . ?doc dais:sourceFile ?source ; schema:datePublished ?published .
                    { SELECT ?m (MAX(?l) AS ?detail) (MIN(?s) AS ?start) { ?m a dais:Meeting ; rdfs:label ?l OPTIONAL { ?m schema:startDate ?s } } GROUP BY ?m }
                    BIND (COALESCE(?start, ?published) AS ?date)
                  }
                } ORDER BY ?date ?what ?detail
                """);
        q.setIri("person", iri);
        List<String> items = new ArrayList<>();
        for (Map<String, String> row : select(q)) items.add(FactsExporter.toJson(row));
        return "[" + String.join(",", items) + "]";
    }

    private List<Map<String, String>> select(ParameterizedSparqlString q) {
        return org.dais.store.SparqlRows.select(dataset, q.asQuery());
    }
}
