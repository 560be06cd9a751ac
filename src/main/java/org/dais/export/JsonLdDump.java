package org.dais.export;

import java.io.StringWriter;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

import org.dais.server.JsonLd;

/**
 * The whole store as one JSON-LD document that keeps its named graphs: each article's graph is
 * a node with {@code @id} (the article) and its own {@code @graph}, as {@code dump.nq} keeps
 * them as quads, so provenance survives the round trip. Compacted with dais's context.
 */
public final class JsonLdDump {
    private JsonLdDump() {}

    /** Call inside a read transaction on the dataset. */
    public static String write(DatasetGraph dataset) {
        StringWriter expanded = new StringWriter();
        RDFDataMgr.write(expanded, dataset, RDFFormat.JSONLD11_FLAT);
        return JsonLd.compact(expanded.toString(), "the dataset");
    }
}
