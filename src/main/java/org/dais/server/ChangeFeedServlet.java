package org.dais.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;

import org.dais.server.ChangeLog.Change;

/**
 * {@code /changes.atom}: the changes the ingested articles show ({@link ChangeLog}), newest
 * first, as an Atom 1.0 feed (RFC 4287) for feed readers and scripts. Each entry links to the
 * person (alternate) and to the article that shows the change (related); {@code ?person=IRI}
 * keeps one person's changes.
 */
final class ChangeFeedServlet extends HttpServlet {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    private final Dataset dataset;
    private final String base;

    ChangeFeedServlet(Dataset dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String person = request.getParameter("person");
        if (person != null && !ViewQueries.isIri(person)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "person must be an http(s) IRI");
            return;
        }
        String self = request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        byte[] body;
        try {
            body = feed(ChangeLog.changes(dataset, person), self, person);
        } catch (XMLStreamException e) {
            throw new IOException("writing the change feed", e);
        }
        response.setContentType("application/atom+xml; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    byte[] feed(List<Change> changes, String self, String person) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("feed");
        x.writeDefaultNamespace(ATOM);
        text(x, "id", person == null ? base + "changes" : base + "changes?person=" + person);
        text(x, "title", person == null ? "dais: changes in offices and protocol rank" : "dais: changes of " + person);
        // The feed is as new as its newest change; an empty feed is dated now.
        text(x, "updated", changes.isEmpty() ? Instant.now().toString().replaceAll("\\.\\d+Z$", "Z") : timestamp(changes.get(0).date()));
        x.writeEmptyElement("link");
        x.writeAttribute("rel", "self");
        x.writeAttribute("href", self);
        x.writeStartElement("author");
        text(x, "name", "dais");
        x.writeEndElement();
        for (Change c : changes) {
            x.writeStartElement("entry");
            text(x, "id", c.id());
            text(x, "title", c.kind().title + ": " + c.personName());
            text(x, "updated", timestamp(c.date()));
            x.writeEmptyElement("link");
            x.writeAttribute("rel", "alternate");
            x.writeAttribute("href", c.person());
            x.writeAttribute("title", c.personName());
            x.writeEmptyElement("link");
            x.writeAttribute("rel", "related");
            x.writeAttribute("href", c.evidence().iri());
            x.writeAttribute("title", c.evidence().title());
            x.writeEmptyElement("category");
            x.writeAttribute("term", c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            x.writeAttribute("label", c.kind().title);
            text(x, "summary", c.personName() + " " + c.summary() + " — " + c.evidence().title()
                    + (c.evidence().date() == null ? "" : " (" + c.evidence().date() + ")"));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
        return out.toByteArray();
    }

    /** Atom needs a date-time; an article's day is given as its midnight UTC. Undated changes get the epoch. */
    private static String timestamp(String date) {
        return (date == null ? "1970-01-01" : date) + "T00:00:00Z";
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
