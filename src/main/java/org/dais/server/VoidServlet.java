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
 * distributions). Every count is a SPARQL count over the store at the time of the request.
 */
final class VoidServlet extends HttpServlet {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    private final Dataset dataset;
    private final String publicBase;
    private final String[] classes = {
        "http://xmlns.com/foaf/0.1/Person", "http://www.w3.org/ns/org#Organization", "http://www.w3.org/ns/org#Post",
        "https://w3id.org/dais/ontology#Tenure", "https://w3id.org/dais/ontology#Meeting", "https://w3id.org/dais/ontology#Speech",
        "https://w3id.org/dais/ontology#Participation", "https://w3id.org/dais/ontology#Article", "https://w3id.org/dais/ontology#Evidence"};

    /** {@code publicBase}: the server's own URL, e.g. http://localhost:3030. */
    VoidServlet(Dataset dataset, String publicBase) {
        this.dataset = dataset;
        this.publicBase = publicBase;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String server = publicBase != null ? publicBase : request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        Model description = Txn.calculateRead(dataset, () -> describe(server));
        Formats format = Formats.negotiate(request.getHeader("Accept"));
        response.setHeader("Vary", "Accept");
        LinkedDataServlet.write(response, description, format, server + "/.well-known/void#dais", server + "/", "/");
    }

    Model describe(String server) {
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
                .addProperty(m.createProperty(VOID, "uriSpace"), m.createResource(server + "/id/").getURI());
        long triples = count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        ds.addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(String.valueOf(triples), XSDDatatype.XSDinteger));
        ds.addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(String.valueOf(
                count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c }")), XSDDatatype.XSDinteger));
        for (String c : classes) {
            long n = count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <" + c + "> }");
            Resource partition = m.createResource(server + "/.well-known/void#class-" + c.replaceAll(".*[#/]", ""))
                    .addProperty(m.createProperty(VOID, "class"), m.createResource(c))
                    .addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger));
            ds.addProperty(m.createProperty(VOID, "classPartition"), partition);
            String example = first("SELECT ?s { ?s a <" + c + "> } ORDER BY ?s LIMIT 1");
            if (example != null) ds.addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(example));
        }
        String[][] dumps = {{"nq", "application/n-quads"}, {"ttl", "text/turtle"}, {"jsonld", "application/ld+json"}};
        for (String[] d : dumps) {
            Resource dump = m.createResource(server + "/dais/dump." + d[0]);
            ds.addProperty(m.createProperty(VOID, "dataDump"), dump);
            ds.addProperty(m.createProperty(DCAT, "distribution"), m.createResource(server + "/.well-known/void#dump-" + d[0])
                    .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                    .addProperty(m.createProperty(DCAT, "downloadURL"), dump)
                    .addProperty(m.createProperty(DCAT, "mediaType"), d[1]));
        }
        ds.addProperty(m.createProperty(DCAT, "distribution"), m.createResource(server + "/.well-known/void#sparql")
                .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .addProperty(m.createProperty(DCAT, "endpointURL"), m.createResource(server + "/dais/sparql")));
        return m;
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
