package org.dais.server;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;

import org.dais.store.SparqlRows;

/**
 * The SPARQL behind the analyst's pages (dossier, meeting, organization, change feed): every
 * number on them is read from the store. An entity IRI is bound as an IRI
 * ({@link ParameterizedSparqlString}), never spliced into the text; left unbound, the same
 * query covers the whole graph (the feed).
 */
final class ViewQueries {
    static final String PREFIXES = org.dais.rdf.Prefixes.SPARQL;

    private ViewQueries() {}

    /** Runs {@code body} with {@code ?variable} bound to {@code iri} (unbound when {@code iri} is null). */
    static List<Map<String, String>> select(Dataset dataset, String body, String variable, String iri) {
        if (iri == null) return SparqlRows.select(dataset, PREFIXES + body);
        // A VALUES row at the head of the WHERE clause keeps the variable in the results (a
        // substituted IRI would break a projection naming it); the IRI is checked, then bound by
        // the parameterized string, so no text of a request reaches the query unescaped.
        if (!isIri(iri)) throw new IllegalArgumentException("not an http(s) IRI: " + iri);
        int where = body.indexOf('{');
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + body.substring(0, where + 1)
                + " VALUES ?" + variable + " { ?" + variable + "Iri } " + body.substring(where + 1));
        q.setIri(variable + "Iri", iri);
        return SparqlRows.select(dataset, q.asQuery());
    }

    /** An absolute http(s) IRI with none of the characters an IRI may not hold (so it can be bound safely). */
    static boolean isIri(String s) {
        return s != null && s.length() <= 2000 && IRI.matcher(s).matches();
    }

    private static final java.util.regex.Pattern IRI = java.util.regex.Pattern.compile("^https?://[^\\s<>\"{}|^`\\\\]+$");

    static List<Map<String, String>> select(Dataset dataset, String body) {
        return select(dataset, body, null, null);
    }

    static int intOr(Map<String, String> row, String key, int otherwise) {
        String v = row.get(key);
        return v == null ? otherwise : Integer.parseInt(v);
    }
}
