package org.dais.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The dataset described for machines at {@code /.well-known/void}: VoID (triples, entities per
 * class, the SPARQL endpoint, example resources, dumps) and DCAT (the dataset and its
 * distributions). Every count is a SPARQL count over the store at the time of the request, over
 * the documents' named graphs only (the data); the ontology's graph and any other graph (derived
 * ones, such as summaries) are subsets of their own with their own counts. {@code void:uriSpace}
 * is the base the entities are minted under; licence and publisher are the operator's
 * ({@code serve --license}, {@code --publisher}); {@code dcterms:modified} is the last ingest.
 */
final class VoidServlet extends HttpServlet {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String IANA = "https://www.iana.org/assignments/media-types/";
    private final Dataset dataset;
    private final String publicBase;
    private final String base;
    private final String license;
    private final String publisher;
    private final java.util.function.Supplier<java.time.Instant> lastChange;
    private final String[] classes = {
        "http://xmlns.com/foaf/0.1/Person", "http://www.w3.org/ns/org#Organization", "http://www.w3.org/ns/org#Post",
        "https://w3id.org/dais/ontology#Tenure", "https://w3id.org/dais/ontology#Meeting", "https://w3id.org/dais/ontology#Speech",
        "https://w3id.org/dais/ontology#Participation", "https://w3id.org/dais/ontology#Article", "https://w3id.org/dais/ontology#Evidence"};

    /** {@code publicBase}: the server's own URL, e.g. http://localhost:3030 (null: from the request). */
    VoidServlet(Dataset dataset, String publicBase) {
        this(dataset, publicBase, org.dais.rdf.IriMinter.DEFAULT_BASE, null, null, () -> null);
    }

    /** {@code base}: the minting base (the uriSpace); {@code license}, {@code publisher}: null if not stated. */
    VoidServlet(Dataset dataset, String publicBase, String base, String license, String publisher,
            java.util.function.Supplier<java.time.Instant> lastChange) {
        this.dataset = dataset;
        this.publicBase = publicBase;
        this.base = base;
        this.license = license;
        this.publisher = publisher;
        this.lastChange = lastChange;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String server = publicBase != null ? publicBase : request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        Formats format = Formats.negotiate(request.getHeader("Accept"));
        response.setHeader("Vary", "Accept");
        if (format == null) {
            LinkedDataServlet.notAcceptable(response);
            return;
        }
        java.time.Instant modified = lastChange.get();
        Model description = Txn.calculateRead(dataset, () -> describe(server, modified));
        LinkedDataServlet.write(request, response, description, format, server + "/.well-known/void#dais", server + "/", "/", modified);
    }

    Model describe(String server) {
        return describe(server, lastChange.get());
    }

    Model describe(String server, java.time.Instant modified) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("dcterms", DCTerms.NS);
        Resource ds = m.createResource(server + "/.well-known/void#dais")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(DCTerms.title, "dais: offices, meetings and speeches in DPRK state media")
                .addProperty(DCTerms.description, "People, organizations, offices, meetings, speeches and participation read from "
                        + "English-language DPRK state-media articles, with the sentence behind every fact.")
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(server + "/dais/sparql"))
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource("https://w3id.org/dais/ontology#"))
                .addProperty(m.createProperty(VOID, "uriSpace"), base);
        if (license != null) ds.addProperty(DCTerms.license, m.createResource(license));
        if (publisher != null) {
            ds.addProperty(DCTerms.publisher, publisher.matches("(?i)https?://\\S+")
                    ? m.createResource(publisher)
                    : m.createResource(server + "/.well-known/void#publisher").addProperty(RDF.type, m.createResource("http://xmlns.com/foaf/0.1/Agent"))
                            .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/name"), publisher));
        }
        if (modified != null) {
            ds.addLiteral(DCTerms.modified, m.createTypedLiteral(modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                    XSDDatatype.XSDdateTime));
        }
        // The data: the documents' graphs (BASE doc/...); every other graph is a subset of its own.
        String documents = "FILTER(STRSTARTS(STR(?g), \"" + base + "doc/\"))";
        integer(m, ds, "triples", count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } " + documents + " }"));
        integer(m, ds, "entities", count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } " + documents + " }"));
        for (String c : classes) {
            long n = count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a <" + c + "> } " + documents + " }");
            Resource partition = m.createResource(server + "/.well-known/void#class-" + c.replaceAll(".*[#/]", ""))
                    .addProperty(m.createProperty(VOID, "class"), m.createResource(c));
            integer(m, partition, "entities", n);
            ds.addProperty(m.createProperty(VOID, "classPartition"), partition);
            String example = first("SELECT ?s { GRAPH ?g { ?s a <" + c + "> } " + documents + " } ORDER BY ?s LIMIT 1");
            if (example != null) ds.addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(example));
        }
        for (String graph : otherGraphs()) {
            boolean ontology = graph.equals(org.dais.store.Ontology.GRAPH);
            boolean summary = graph.equals(org.dais.store.OfficeSummary.GRAPH);
            Resource subset = m.createResource(server + "/.well-known/void#" + (ontology ? "ontology" : summary ? "summary"
                            : "graph-" + Integer.toHexString(graph.hashCode())))
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                    .addProperty(DCTerms.title, ontology ? "The dais ontology"
                            : summary ? "The office and person summary, derived from the documents' graphs (not in the dumps)" : "Derived graph " + graph)
                    .addProperty(m.createProperty("http://www.w3.org/ns/sparql-service-description#", "name"), m.createResource(graph));
            integer(m, subset, "triples", count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }"));
            if (ontology) subset.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(server + "/ontology.ttl"));
            ds.addProperty(m.createProperty(VOID, "subset"), subset);
        }
        String[][] dumps = {{"nq", "application/n-quads"}, {"ttl", "text/turtle"}, {"jsonld", "application/ld+json"}};
        for (String[] d : dumps) {
            Resource dump = m.createResource(server + "/dais/dump." + d[0]);
            ds.addProperty(m.createProperty(VOID, "dataDump"), dump);
            ds.addProperty(m.createProperty(DCAT, "distribution"), m.createResource(server + "/.well-known/void#dump-" + d[0])
                    .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                    .addProperty(m.createProperty(DCAT, "downloadURL"), dump)
                    .addProperty(m.createProperty(DCAT, "mediaType"), m.createResource(IANA + d[1])
                            .addProperty(RDF.type, DCTerms.MediaType)));
        }
        ds.addProperty(m.createProperty(DCAT, "distribution"), m.createResource(server + "/.well-known/void#sparql")
                .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .addProperty(m.createProperty(DCAT, "endpointURL"), m.createResource(server + "/dais/sparql")));
        return m;
    }

    private static void integer(Model m, Resource r, String property, long n) {
        r.addLiteral(m.createProperty(VOID, property), m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger));
    }

    /** Named graphs that are not documents: the ontology, and any derived graph. */
    private java.util.List<String> otherGraphs() {
        java.util.List<String> out = new java.util.ArrayList<>();
        dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && !g.getURI().startsWith(base + "doc/")) out.add(g.getURI());
        });
        java.util.Collections.sort(out);
        return out;
    }

    private long count(String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            QuerySolution row = qe.execSelect().next();
            return row.getLiteral("n").getLong();
        }
    }

    private String first(String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            var rs = qe.execSelect();
            return rs.hasNext() ? rs.next().getResource("s").getURI() : null;
        }
    }
}
