package org.dais.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.dais.store.DaisStore;

/**
 * Canonical facts (FACTS.md) as JSON Lines, from the SPARQL queries in {@code queries/facts/}
 * run over the store: a fact counts only if it really is in the graph.
 */
public final class FactsExporter {
    /** Fact types in output order; each has {@code queries/facts/TYPE.rq}. */
    public static final List<String> TYPES = List.of("document", "person", "organization", "position", "meeting", "speech", "participation",
            "event", "appearance");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "document", List.of("source", "published"), "person", List.of("name"), "organization", List.of("name"),
            "position", List.of("person", "title", "organization"), "meeting", List.of("name"),
            "speech", List.of("speaker", "kind", "meeting"), "participation", List.of("person", "meeting", "role"),
            "event", List.of("kind"), "appearance", List.of("person", "role", "kind"));

    /** All facts, each an ordered field map starting with "type". */
    public static List<Map<String, String>> facts(DaisStore store) {
        return facts(store.dataset());
    }

    /** All facts of a dataset whose default graph is the union of its document graphs. */
    public static List<Map<String, String>> facts(org.apache.jena.query.Dataset dataset) {
        List<Map<String, String>> facts = new ArrayList<>();
        for (String type : TYPES) {
            org.apache.jena.query.Query query = org.apache.jena.query.QueryFactory.create(query(type));
            for (Map<String, String> row : org.dais.store.SparqlRows.select(dataset, query)) {
                Map<String, String> fact = new LinkedHashMap<>();
                fact.put("type", type);
                for (String v : query.getResultVars()) fact.put(v, row.get(v));
                // A fact without its required fields (an article whose date could not be read) is not exported.
                if (REQUIRED.get(type).stream().allMatch(f -> fact.get(f) != null && !fact.get(f).isBlank())) facts.add(fact);
            }
        }
        return facts;
    }

    public static void write(DaisStore store, PrintStream out) {
        for (Map<String, String> fact : facts(store)) out.println(toJson(fact));
    }

    public static String query(String type) {
        String resource = "/queries/facts/" + type + ".rq";
        try (InputStream in = FactsExporter.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("query " + resource + " is not in the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Map<String, String> fact) {
        StringBuilder sb = new StringBuilder("{");
        for (var e : fact.entrySet()) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(string(e.getKey())).append(": ").append(e.getValue() == null ? "null" : string(e.getValue()));
        }
        return sb.append('}').toString();
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
