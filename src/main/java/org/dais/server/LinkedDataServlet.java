package org.dais.server;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import org.dais.rdf.DAIS;

/**
 * Dereferenceable entity IRIs: {@code GET /id/person/kim-jong-un} returns the entity's
 * description, negotiated by Accept (Turtle, JSON-LD, N-Triples, RDF/XML, HTML for browsers) or
 * chosen by an extension ({@code .ttl}, {@code .jsonld}, {@code .nt}, {@code .rdf}, {@code .html}).
 * The description is every statement in and out of the entity, the labels of its neighbours, and
 * the attested facts about it with their evidence sentences. Unknown IRIs get 404.
 */
final class LinkedDataServlet extends HttpServlet {
    private final Dataset dataset;
    private final String base;
    private final String localPrefix;

    /** {@code base}: the minting base (e.g. http://localhost:3030/id/); {@code localPrefix}: where it is served ("/id/"). */
    LinkedDataServlet(Dataset dataset, String base, String localPrefix) {
        this.dataset = dataset;
        this.base = base;
        this.localPrefix = localPrefix;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Formats format = null;
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            format = Formats.byExtension(path.substring(dot + 1));
            if (format != null) path = path.substring(0, dot);
        }
        boolean negotiated = format == null;
        if (format == null) format = Formats.negotiate(request.getHeader("Accept"));
        String iri = base + path;
        Model description = Txn.calculateRead(dataset, () -> describe(dataset.getUnionModel(), iri));
        response.setHeader("Vary", "Accept");
        if (description.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No entity " + iri);
            return;
        }
        if (negotiated) response.setHeader("Content-Location", localPrefix + path + "." + format.extension);
        response.setHeader("Link", "<" + localPrefix + path + ".ttl>; rel=\"alternate\"; type=\"text/turtle\"");
        // Persons, meetings and organizations get the analyst's page (issue 14); others the statement page.
        if (format == Formats.HTML && EntityPages.write(response, dataset, iri, base, localPrefix)) return;
        write(response, description, format, iri, base, localPrefix);
    }

    static void write(HttpServletResponse response, Model model, Formats format, String iri, String base, String localPrefix) throws IOException {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(format.mediaType + (format == Formats.HTML || format == Formats.TURTLE ? "; charset=utf-8" : ""));
        String body = switch (format) {
            case HTML -> HtmlPage.render(model, iri, base, localPrefix);
            case JSONLD -> JsonLd.write(model);
            default -> {
                StringWriter out = new StringWriter();
                RDFDataMgr.write(out, model, format.lang);
                yield out.toString();
            }
        };
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** What a client following the IRI should get. */
    static Model describe(Model union, String iri) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(PrefixMapping.Standard).setNsPrefix("dais", DAIS.NS).setNsPrefix("org", "http://www.w3.org/ns/org#")
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/").setNsPrefix("schema", "http://schema.org/")
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#").setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        Resource r = union.createResource(iri);
        if (!union.containsResource(r)) return out;
        Set<Resource> neighbours = new java.util.HashSet<>();
        union.listStatements(r, null, (RDFNode) null).forEachRemaining(s -> {
            out.add(s);
            if (s.getObject().isResource()) neighbours.add(s.getResource());
        });
        union.listStatements(null, null, r).forEachRemaining(s -> {
            out.add(s);
            neighbours.add(s.getSubject());
        });
        for (Resource n : neighbours) {
            union.listStatements(n, RDFS.label, (RDFNode) null).forEachRemaining(out::add);
            union.listStatements(n, RDF.type, (RDFNode) null).forEachRemaining(out::add);
            // An attested fact about the entity brings its whole statement and the sentence behind it.
            if (n.hasProperty(RDF.type, DAIS.Tenure) || n.hasProperty(RDF.type, DAIS.Speech) || n.hasProperty(RDF.type, DAIS.Participation)
                    || n.hasProperty(RDF.type, DAIS.Evidence)) {
                union.listStatements(n, null, (RDFNode) null).forEachRemaining(s -> {
                    out.add(s);
                    if (s.getObject().isResource()) {
                        union.listStatements(s.getResource(), RDFS.label, (RDFNode) null).forEachRemaining(out::add);
                        if (s.getPredicate().equals(DAIS.evidence)) union.listStatements(s.getResource(), null, (RDFNode) null).forEachRemaining(out::add);
                    }
                });
            }
        }
        return out;
    }

    static List<Statement> sorted(List<Statement> statements) {
        List<Statement> list = new ArrayList<>(statements);
        list.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getObject().toString()));
        return list;
    }


}
