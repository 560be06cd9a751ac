package org.dais.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

import org.dais.store.Ontology;

/** The small fixed resources: the ontology, the JSON-LD context, and full dumps. */
final class StaticServlets {
    private StaticServlets() {}

    /**
     * The ontology at {@code /ontology} (negotiated: Turtle, HTML, and the other RDF formats) and
     * {@code /ontology.ttl}, {@code .html}, {@code .jsonld}, {@code .nt}, {@code .rdf}; 406 for an
     * Accept none of them meets; validators from the bytes (the ontology changes with the jar).
     */
    static HttpServlet ontology() {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String uri = request.getRequestURI();
                String last = uri.substring(uri.lastIndexOf('/') + 1);
                int dot = last.lastIndexOf('.');
                Formats format = dot < 0 ? null : Formats.byExtension(last.substring(dot + 1));
                response.setHeader("Vary", "Accept");
                if (dot >= 0 && format == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such representation of the ontology: " + last);
                    return;
                }
                boolean negotiated = format == null;
                if (format == null) format = Formats.negotiate(request.getHeader("Accept"));
                if (format == null) {
                    LinkedDataServlet.notAcceptable(response);
                    return;
                }
                if (negotiated) response.setHeader("Content-Location", "/ontology." + format.extension);
                response.setHeader("Link", LinkedDataServlet.alternates("/ontology"));
                LinkedDataServlet.write(request, response, Ontology.ontology(), format, "https://w3id.org/dais/ontology",
                        "https://w3id.org/dais/ontology#", "/ontology#", null);
            }
        };
    }

    /** The JSON-LD context at {@code /context.jsonld}. */
    static HttpServlet context() {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                byte[] body = JsonLd.context().getBytes(StandardCharsets.UTF_8);
                response.setContentType("application/ld+json");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        };
    }

    /**
     * Full dumps at {@code /dais/dump.nq} (every named graph), {@code .ttl} and {@code .jsonld}
     * (the union). A filter, because Fuseki owns the {@code /dais} path; other requests pass.
     */
    static Filter dumps(Dataset dataset) {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
                HttpServletRequest request = (HttpServletRequest) req;
                HttpServletResponse response = (HttpServletResponse) res;
                String uri = request.getRequestURI();
                if (!"GET".equals(request.getMethod()) || !uri.matches(".*/dais/dump\\.(nq|ttl|jsonld)$")) {
                    chain.doFilter(req, res);
                    return;
                }
                String ext = uri.substring(uri.lastIndexOf('.') + 1);
                response.setCharacterEncoding("UTF-8");
                OutputStream out = response.getOutputStream();
                switch (ext) {
                    case "nq" -> {
                        response.setContentType("application/n-quads");
                        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, org.dais.store.OfficeSummary.without(dataset.asDatasetGraph()), Lang.NQUADS));
                    }
                    case "ttl" -> {
                        response.setContentType("text/turtle; charset=utf-8");
                        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, org.dais.store.OfficeSummary.without(dataset.asDatasetGraph()).getUnionGraph(), RDFFormat.TURTLE_BLOCKS));
                    }
                    default -> {
                        response.setContentType("application/ld+json");
                        // Named graphs kept, as in dump.nq (issue 14).
                        String json = Txn.calculateRead(dataset, () -> org.dais.export.JsonLdDump.write(org.dais.store.OfficeSummary.without(dataset.asDatasetGraph())));
                        out.write(json.getBytes(StandardCharsets.UTF_8));
                    }
                }
                out.flush();
            }
        };
    }
}
