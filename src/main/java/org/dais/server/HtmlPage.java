package org.dais.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import org.dais.rdf.DAIS;

/**
 * The page a browser gets for an entity: its label and types, every statement out and in with
 * links, and the sentences the facts were read from. Every string is escaped.
 */
final class HtmlPage {
    private HtmlPage() {}

    static String render(Model model, String iri, String base, String localPrefix) {
        Resource r = model.createResource(iri);
        String title = label(model, r);
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(title))
                .append(" — dais</title>\n<style>body{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#222}"
                        + "table{border-collapse:collapse;width:100%}td{border-bottom:1px solid #ddd;padding:.3em .5em;vertical-align:top}"
                        + "td.p{color:#555;width:22%}blockquote{margin:.5em 0;padding:.5em 1em;background:#f6f6f2;border-left:3px solid #b33}"
                        + ".iri{color:#777;font-size:.85em}</style></head><body>\n");
        h.append("<p><a href=\"/explore\">dais explorer</a> · <a href=\"/\">SPARQL</a></p>\n");
        h.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"iri\">").append(Html.escape(iri)).append("</p>\n");
        List<String> types = new ArrayList<>();
        r.listProperties(RDF.type).forEachRemaining(s -> types.add(link(model, s.getObject(), base, localPrefix)));
        if (!types.isEmpty()) h.append("<p>").append(String.join(", ", types)).append("</p>\n");

        h.append("<h2>Statements</h2>\n<table>\n");
        List<Statement> out = r.listProperties().toList();
        out.sort(Comparator.comparing((Statement s) -> s.getPredicate().getLocalName()).thenComparing(s -> s.getObject().toString()));
        for (Statement s : out) {
            if (s.getPredicate().equals(RDF.type)) continue;
            h.append("<tr><td class=\"p\">").append(link(model, s.getPredicate(), base, localPrefix)).append("</td><td>")
                    .append(link(model, s.getObject(), base, localPrefix)).append("</td></tr>\n");
        }
        h.append("</table>\n");

        List<Statement> in = model.listStatements(null, null, r).toList();
        if (!in.isEmpty()) {
            h.append("<h2>Referenced by</h2>\n<table>\n");
            in.sort(Comparator.comparing((Statement s) -> s.getPredicate().getLocalName()).thenComparing(s -> label(model, s.getSubject())));
            for (Statement s : in) {
                h.append("<tr><td>").append(link(model, s.getSubject(), base, localPrefix)).append("</td><td class=\"p\">")
                        .append(link(model, s.getPredicate(), base, localPrefix)).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        List<Resource> evidence = model.listSubjectsWithProperty(RDF.type, DAIS.Evidence).toList();
        if (!evidence.isEmpty()) {
            h.append("<h2>Evidence</h2>\n");
            evidence.sort(Comparator.comparing((Resource e) -> String.valueOf(e.getPropertyResourceValue(org.apache.jena.rdf.model.ResourceFactory
                    .createProperty("http://www.w3.org/ns/prov#wasDerivedFrom")))).thenComparing(e -> e.hasProperty(DAIS.startOffset)
                    ? e.getProperty(DAIS.startOffset).getInt() : 0));
            for (Resource e : evidence) {
                Statement quote = e.getProperty(DAIS.quote);
                Resource doc = e.getPropertyResourceValue(org.apache.jena.rdf.model.ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"));
                h.append("<blockquote>").append(Html.escape(quote == null ? "" : quote.getString())).append("<br><span class=\"iri\">");
                if (doc != null) h.append(link(model, doc, base, localPrefix));
                if (e.hasProperty(DAIS.startOffset)) {
                    h.append(" · characters ").append(e.getProperty(DAIS.startOffset).getInt()).append("–").append(e.getProperty(DAIS.endOffset).getInt());
                }
                h.append("</span></blockquote>\n");
            }
        }
        h.append("<p class=\"iri\">Also as").append(alternates(iri, base, localPrefix)).append("</p>\n</body></html>\n");
        return h.toString();
    }

    /** Links to the same resource in every other format, for the HTML pages. */
    static String alternates(String iri, String base, String localPrefix) {
        if (!iri.startsWith(base)) return "";
        String path = localPrefix + iri.substring(base.length());
        StringBuilder b = new StringBuilder();
        for (Formats f : Formats.values()) {
            if (f == Formats.HTML) continue;
            b.append(" <a href=\"").append(Html.escape(path + "." + f.extension)).append("\">").append(f.extension).append("</a>");
        }
        return b.toString();
    }

    static String label(Model model, Resource r) {
        if (r.isAnon()) return "(blank node)";
        Statement l = model.getProperty(r, RDFS.label);
        if (l != null) return l.getString();
        String uri = r.getURI();
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
    }

    private static String link(Model model, RDFNode node, String base, String localPrefix) {
        if (node.isLiteral()) {
            Literal l = node.asLiteral();
            return Html.escape(l.getLexicalForm());
        }
        Resource r = node.asResource();
        if (r.isAnon()) return "(blank node)";
        String uri = r.getURI();
        String href = uri.startsWith(base) ? localPrefix + uri.substring(base.length()) : uri;
        return "<a href=\"" + Html.escape(href) + "\" title=\"" + Html.escape(uri) + "\">" + Html.escape(label(model, r)) + "</a>";
    }
}
