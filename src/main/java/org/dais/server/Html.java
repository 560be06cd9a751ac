package org.dais.server;

/** Escaping for HTML pages: every string from an article goes through it. Also the pages' shared frame. */
final class Html {
    private Html() {}

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:72em;margin:2em auto;padding:0 1em;color:#222}"
            + "table{border-collapse:collapse;width:100%;margin-bottom:1em}th{text-align:left;border-bottom:2px solid #bbb;padding:.3em .5em}"
            + "td{border-bottom:1px solid #ddd;padding:.3em .5em;vertical-align:top}td.num{text-align:right;width:4em}"
            + "tr.current td{background:#fff7e0}.badge{background:#b3261e;color:#fff;border-radius:3px;padding:0 .35em;font-size:.8em;margin-left:.4em}"
            + "blockquote{margin:.5em 0;padding:.5em 1em;background:#f6f6f2;border-left:3px solid #b33}.iri,.muted{color:#777;font-size:.85em}"
            + "ul.articles{margin:0;padding-left:1.1em;font-size:.9em}nav.series a{margin-right:1.5em}";

    /** The frame of an analyst's page: title, style, the links back to the explorer and SPARQL. */
    static String page(String title, String iri, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + " — dais</title>\n<style>" + STYLE
                + "</style></head><body>\n<p><a href=\"/explore\">dais explorer</a> · <a href=\"/changes.atom\">changes (Atom)</a> · <a href=\"/\">SPARQL</a></p>\n"
                + "<h1>" + escape(title) + "</h1>\n<p class=\"iri\">" + escape(iri) + "</p>\n" + body + "</body></html>\n";
    }

    /** A link to an entity: served here when minted under {@code base}, else its own IRI. */
    static String entity(String iri, String text, String base, String localPrefix) {
        if (iri == null) return escape(text);
        String href = iri.startsWith(base) ? localPrefix + iri.substring(base.length()) : iri;
        return "<a href=\"" + escape(href) + "\" title=\"" + escape(iri) + "\">" + escape(text) + "</a>";
    }
}
