package org.dais.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * A SPARQL 1.1 Service Description, answered on GET of a query endpoint without a query (as the
 * recommendation asks): what the endpoint speaks, its result formats, that its default graph is
 * the union of the named graphs, and where its VoID is. A filter, because Fuseki owns the
 * endpoint paths; requests with a query pass to Fuseki.
 */
final class ServiceDescription implements Filter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean describe = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getQueryString() == null && request.getRequestURI().matches(".*/(sparql|query)$");
        if (!describe) {
            chain.doFilter(req, res);
            return;
        }
        Formats format = Formats.negotiate(request.getHeader("Accept"));
        response.setHeader("Vary", "Accept");
        if (format == null) {
            LinkedDataServlet.notAcceptable(response);
            return;
        }
        String endpoint = request.getRequestURL().toString();
        String server = endpoint.substring(0, endpoint.length() - request.getRequestURI().length());
        LinkedDataServlet.write(request, response, describe(endpoint, server), format, endpoint, server + "/", "/", null);
    }

    static Model describe(String endpoint, String server) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("void", VoidServlet.VOID);
        Property resultFormat = m.createProperty(SD, "resultFormat");
        Resource service = m.createResource(endpoint)
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "BasicFederatedQuery"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads", "TriG"}) {
            service.addProperty(resultFormat, m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource(server + "/.well-known/void#dais");
        service.addProperty(m.createProperty(SD, "defaultDataset"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph"))
                        .addProperty(m.createProperty(VoidServlet.VOID, "inDataset"), dataset)));
        return m;
    }
}
