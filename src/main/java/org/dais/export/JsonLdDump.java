package org.dais.export;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
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
        try {
            JsonObject compacted = com.apicatalog.jsonld.JsonLd
                    .compact(JsonDocument.of(new StringReader(expanded.toString())), JsonDocument.of(new StringReader(JsonLd.context())))
                    .get();
            StringWriter out = new StringWriter();
            JsonWriterFactory writers = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
            writers.createWriter(out).write(compacted);
            return out.toString();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction of the dataset failed: " + e.getMessage(), e);
        }
    }
}
