package org.dais.server;

import java.util.List;
import java.util.Locale;

import org.apache.jena.riot.Lang;

/** The representations dais serves, chosen by file extension or by the Accept header. */
enum Formats {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", Lang.TURTLE),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML);

    final String mediaType;
    final String extension;
    final Lang lang;

    Formats(String mediaType, String extension, Lang lang) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
    }

    static Formats byExtension(String ext) {
        for (Formats f : values()) if (f.extension.equals(ext)) return f;
        return null;
    }

    /** The media types served, for a 406 and the {@code Link} header: "text/html, text/turtle, ...". */
    static String available() {
        StringBuilder s = new StringBuilder();
        for (Formats f : values()) s.append(s.length() == 0 ? "" : ", ").append(f.mediaType);
        return s.toString();
    }

    /**
     * The best match for an Accept header by q-value; browsers (text/html) get HTML, no header gets
     * Turtle, and a header that accepts none of them (no wildcard either) gets null: a 406.
     */
    static Formats negotiate(String accept) {
        if (accept == null || accept.isBlank()) return TURTLE;
        Formats best = null;
        double bestQ = -1;
        List<String> parts = List.of(accept.toLowerCase(Locale.ROOT).split(","));
        for (int i = 0; i < parts.size(); i++) {
            String[] p = parts.get(i).trim().split(";");
            String type = p[0].trim();
            double q = 1.0;
            for (int k = 1; k < p.length; k++) {
                String param = p[k].trim();
                if (param.startsWith("q=")) {
                    try { q = Double.parseDouble(param.substring(2)); } catch (NumberFormatException e) { q = 0; }
                }
            }
            Formats f = switch (type) {
                case "text/html", "application/xhtml+xml" -> HTML;
                case "text/turtle", "application/x-turtle" -> TURTLE;
                case "application/ld+json", "application/json" -> JSONLD;
                case "application/n-triples", "text/plain" -> NTRIPLES;
                case "application/rdf+xml", "application/xml" -> RDFXML;
                case "*/*", "text/*" -> TURTLE;
                default -> null;
            };
            // Earlier entries win ties: the client listed them first. q=0 means "not this one".
            if (f != null && q > 0 && q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return best;
    }
}
