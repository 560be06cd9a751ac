package org.dais.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The prefixes dais writes and queries with, declared once: the pages' Turtle, the mapper's
 * graphs (as models, and in the store) and the SPARQL behind the pages and exports all use the same short names, so a query
 * copied from one into the endpoint reads the same.
 */
public final class Prefixes {
    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    private static final PrefixMapping DAIS_PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("dais", DAIS.NS).setNsPrefix("org", ORG.NS).setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("schema", SCHEMA).setNsPrefix("prov", PROV).setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("rdfs", RDFS.uri)
            .lock();

    /** The SPARQL prologue declaring every prefix, one {@code PREFIX} line each. */
    public static final String SPARQL = sparqlPrologue();

    private Prefixes() {}

    /** dais's prefixes (locked: copy them into a model with {@code setNsPrefixes}). */
    public static PrefixMapping mapping() { return DAIS_PREFIXES; }

    private static String sparqlPrologue() {
        StringBuilder prologue = new StringBuilder();
        DAIS_PREFIXES.getNsPrefixMap().forEach((prefix, ns) -> prologue.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n"));
        return prologue.toString();
    }
}
