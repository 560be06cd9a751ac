package org.dais.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * JSON-LD under dais's published context ({@code /context.jsonld}): short, stable keys
 * ({@code name}, {@code holds}, {@code memberOf}, {@code spokeAt}, ...), so a web developer can
 * read it as plain JSON. The context is embedded, so a document stands on its own.
 */
public final class JsonLd {
    private JsonLd() {}

    public static final String CONTEXT_RESOURCE = "/ld/context.jsonld";

    private static final class Holder {
        static final String CONTEXT = load();
    }

    public static String context() { return Holder.CONTEXT; }

    private static String load() {
        try (InputStream in = JsonLd.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) throw new IllegalStateException(CONTEXT_RESOURCE + " is not in the jar");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model compacted with the dais context. */
    public static String write(Model model) {
        StringWriter expanded = new StringWriter();
        RDFDataMgr.write(expanded, model, RDFFormat.JSONLD11_FLAT);
        return compact(expanded.toString(), "the model");
    }

    /**
     * Expanded (flat) JSON-LD compacted with the dais context and pretty-printed; {@code what}
     * names the input in the error, which is the library's reason.
     */
    public static String compact(String expandedJsonLd, String what) {
        try {
            JsonObject compacted = com.apicatalog.jsonld.JsonLd
                    .compact(JsonDocument.of(new StringReader(expandedJsonLd)), JsonDocument.of(new StringReader(context())))
                    .get();
            StringWriter out = new StringWriter();
            JsonWriterFactory writers = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
            writers.createWriter(out).write(compacted);
            return out.toString();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction of " + what + " failed: " + e.getMessage(), e);
        }
    }
}
