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
import org.dais.rdf.Prefixes;

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
    private final java.util.function.Supplier<java.time.Instant> lastChange;
    private final java.util.function.Function<Set<String>, java.time.Instant> lastChangeOf;
    private final org.dais.rdf.IriMinter minter;
    /** Old meeting IRIs (word-bag slugs) to the readable ones, built from the data, rebuilt when it changes. */
    private volatile Redirects redirects;

    private record Redirects(java.time.Instant asOf, java.util.Map<String, String> oldToNew) {}

    /** {@code base}: the minting base (e.g. http://localhost:3030/id/); {@code localPrefix}: where it is served ("/id/"). */
    LinkedDataServlet(Dataset dataset, String base, String localPrefix) {
        this(dataset, base, localPrefix, () -> null);
    }

    /** {@code lastChange}: when the store last changed (null if unknown). */
    LinkedDataServlet(Dataset dataset, String base, String localPrefix, java.util.function.Supplier<java.time.Instant> lastChange) {
        this(dataset, base, localPrefix, lastChange, graphs -> lastChange.get());
    }

    /** {@code lastChangeOf}: when any of the named graphs last changed (Last-Modified of what they describe; null if unknown). */
    LinkedDataServlet(Dataset dataset, String base, String localPrefix, java.util.function.Supplier<java.time.Instant> lastChange,
            java.util.function.Function<Set<String>, java.time.Instant> lastChangeOf) {
        this.dataset = dataset;
        this.base = base;
        this.localPrefix = localPrefix;
        this.lastChange = lastChange;
        this.lastChangeOf = lastChangeOf;
        this.minter = new org.dais.rdf.IriMinter(base);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        response.setHeader("Vary", "Accept");
        // IRIs are slugs of letters, digits and - _ . / only: anything else (.., encoded slashes,
        // backslashes, control characters) names nothing here and is refused as such.
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..") || path.contains("//")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Not an entity path: " + localPrefix + path);
            return;
        }
        Formats format = null;
        String extension = "";
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            format = Formats.byExtension(path.substring(dot + 1));
            if (format != null) {
                extension = path.substring(dot);
                path = path.substring(0, dot);
            }
        }
        boolean negotiated = format == null;
        if (format == null) format = Formats.negotiate(request.getHeader("Accept"));
        if (format == null) {
            notAcceptable(response);
            return;
        }
        String iri = base + path;
        Set<String> graphs = new java.util.HashSet<>();
        Model description = Txn.calculateRead(dataset, () -> {
            // The graphs the entity is in: its Last-Modified is the latest write to any of them.
            var node = org.apache.jena.graph.NodeFactory.createURI(iri);
            var dsg = dataset.asDatasetGraph();
            dsg.find(org.apache.jena.graph.Node.ANY, node, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)
                    .forEachRemaining(q -> graphs.add(q.getGraph().getURI()));
            dsg.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, node)
                    .forEachRemaining(q -> graphs.add(q.getGraph().getURI()));
            return describe(dataset.getUnionModel(), iri);
        });
        if (description.isEmpty()) {
            String moved = movedTo(iri);
            if (moved != null) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", localPrefix + moved.substring(base.length()) + extension);
                return;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No entity " + iri);
            return;
        }
        if (negotiated) response.setHeader("Content-Location", localPrefix + path + "." + format.extension);
        response.setHeader("Link", alternates(localPrefix + path));
        java.time.Instant modified = lastChangeOf.apply(graphs);
        java.time.Instant asOf = modified != null ? modified : lastChange.get();
        // Persons, meetings and organizations get the analyst's page (issue 14); others the statement page.
        String page = format == Formats.HTML ? EntityPages.html(dataset, iri, base, localPrefix) : null;
        if (page != null) {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType("text/html; charset=utf-8");
            ConditionalGet.send(request, response, page.getBytes(StandardCharsets.UTF_8), asOf);
            return;
        }
        write(request, response, description, format, iri, base, localPrefix, asOf);
    }

    private static final java.util.regex.Pattern SAFE_PATH = java.util.regex.Pattern.compile("[A-Za-z0-9._~/-]*");

    /** 406 naming what is served. */
    static void notAcceptable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println("None of the types in Accept is served here. Available: " + Formats.available()
                + " (or a suffix: .html, .ttl, .jsonld, .nt, .rdf)");
    }

    /** {@code Link} to every format of the resource at {@code path} (served path, no suffix). */
    static String alternates(String path) {
        StringBuilder link = new StringBuilder();
        for (Formats f : Formats.values()) {
            if (link.length() > 0) link.append(", ");
            link.append('<').append(path).append('.').append(f.extension).append(">; rel=\"alternate\"; type=\"").append(f.mediaType).append('"');
        }
        return link.toString();
    }

    /** Where an IRI minted by an earlier dais now lives (a meeting, or one of its days), or null. */
    private String movedTo(String iri) {
        String meetings = base + "meeting/";
        if (!iri.startsWith(meetings)) return null;
        String rest = iri.substring(meetings.length());
        int slash = rest.indexOf('/');
        String meeting = slash < 0 ? iri : meetings + rest.substring(0, slash);
        String moved = redirects().get(meeting);
        return moved == null ? null : moved + (slash < 0 ? "" : rest.substring(slash));
    }

    private java.util.Map<String, String> redirects() {
        java.time.Instant now = lastChange.get();
        Redirects r = redirects;
        if (r != null && java.util.Objects.equals(r.asOf(), now) && now != null) return r.oldToNew();
        java.util.Map<String, String> map = new java.util.HashMap<>();
        Txn.executeRead(dataset, () -> dataset.getUnionModel().listResourcesWithProperty(RDF.type, DAIS.Meeting).forEachRemaining(m -> {
            if (!m.isURIResource()) return;
            m.listProperties(RDFS.label).forEachRemaining(label -> {
                String old = minter.legacyMeeting(label.getString());
                if (!old.equals(m.getURI())) map.put(old, m.getURI());
            });
        }));
        redirects = new Redirects(now, map);
        return map;
    }

    static void write(HttpServletResponse response, Model model, Formats format, String iri, String base, String localPrefix) throws IOException {
        byte[] bytes = render(response, model, format, iri, base, localPrefix);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Writes with validators: ETag, Last-Modified, and 304 when the client's copy is current. */
    static void write(HttpServletRequest request, HttpServletResponse response, Model model, Formats format, String iri, String base,
            String localPrefix, java.time.Instant lastModified) throws IOException {
        ConditionalGet.send(request, response, render(response, model, format, iri, base, localPrefix), lastModified);
    }

    private static byte[] render(HttpServletResponse response, Model model, Formats format, String iri, String base, String localPrefix) {
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
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** What a client following the IRI should get. */
    static Model describe(Model union, String iri) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(PrefixMapping.Standard).setNsPrefixes(Prefixes.mapping());
        Resource r = union.createResource(iri);
        if (!union.containsResource(r)) return out;
        Set<Resource> neighbours = new java.util.HashSet<>();
        // The office summary's statements are derived, not any document's: no page shows them as facts.
        union.listStatements(r, null, (RDFNode) null).forEachRemaining(s -> {
            if (org.dais.store.OfficeSummary.isSummaryTerm(s.getPredicate().asNode(), s.getObject().asNode())) return;
            out.add(s);
            if (s.getObject().isResource()) neighbours.add(s.getResource());
        });
        union.listStatements(null, null, r).forEachRemaining(s -> {
            if (org.dais.store.OfficeSummary.isSummaryTerm(s.getPredicate().asNode(), s.getObject().asNode())) return;
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
