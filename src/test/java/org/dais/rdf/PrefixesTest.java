package org.dais.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

class PrefixesTest {
    @Test
    void theSparqlPrologueDeclaresExactlyTheMappingsPrefixes() {
        Query query = QueryFactory.create(Prefixes.SPARQL + "SELECT ?s WHERE { ?s a dais:Person ; foaf:name ?n ; org:memberOf ?o }");
        assertEquals(Prefixes.mapping().getNsPrefixMap(), query.getPrefixMapping().getNsPrefixMap());
        assertEquals(DAIS.NS, query.getPrefixMapping().getNsPrefixURI("dais"));
    }

    @Test
    void theSharedMappingCannotBeChangedByOneOfItsUsers() {
        assertThrows(PrefixMapping.JenaLockedException.class, () -> Prefixes.mapping().setNsPrefix("x", "http://example.org/x#"));
    }
}
