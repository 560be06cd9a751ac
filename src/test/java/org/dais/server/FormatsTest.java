package org.dais.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Content negotiation: a type nobody serves is a 406 (null), not Turtle by default. */
class FormatsTest {
    @Test
    void negotiates() {
        assertEquals(Formats.TURTLE, Formats.negotiate(null));
        assertEquals(Formats.TURTLE, Formats.negotiate("*/*"));
        assertEquals(Formats.HTML, Formats.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(Formats.JSONLD, Formats.negotiate("application/x-foo, application/ld+json;q=0.5"));
        assertNull(Formats.negotiate("application/x-foo"));
        assertNull(Formats.negotiate("image/png, text/turtle;q=0"));
        assertTrue(Formats.available().contains("application/rdf+xml"));
    }
}
