package org.dais.export;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.dais.facts.FactsExporter;

/**
 * GraphML (yEd, Gephi, Cytoscape, networkx), dynamic GEXF 1.2 (Gephi's timeline) and Cytoscape
 * JSON (Cytoscape.js, Cytoscape desktop, networkx's {@code cytoscape_graph}) writers for a
 * {@link NetworkGraph}. All three are undirected multigraphs (see {@link NetworkGraph}).
 */
public final class NetworkWriters {
    private NetworkWriters() {}

    public static void graphml(NetworkGraph g, OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("graphml");
        x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        key(x, "label", "node", "label", "string");
        key(x, "type", "node", "type", "string");
        for (String a : NetworkGraph.NODE_ATTRIBUTES) key(x, a, "node", a, "string");
        key(x, "nstart", "node", "first date", "string");
        key(x, "nend", "node", "last date", "string");
        key(x, "etype", "edge", "type", "string");
        key(x, "weight", "edge", "weight", "double");
        for (String a : NetworkGraph.EDGE_ATTRIBUTES) key(x, "e" + a, "edge", a, isInteger(a) ? "int" : "string");
        key(x, "estart", "edge", "first date", "string");
        key(x, "eend", "edge", "last date", "string");
        x.writeStartElement("graph");
        x.writeAttribute("id", "dais");
        x.writeAttribute("edgedefault", "undirected");
        for (NetworkGraph.Node n : g.nodes()) {
            x.writeStartElement("node");
            x.writeAttribute("id", n.id());
            data(x, "label", n.label());
            data(x, "type", n.type());
            for (String a : NetworkGraph.NODE_ATTRIBUTES) if (n.attributes().containsKey(a)) data(x, a, n.attributes().get(a));
            if (n.start() != null) data(x, "nstart", n.start());
            if (n.end() != null) data(x, "nend", n.end());
            x.writeEndElement();
        }
        for (NetworkGraph.Edge e : g.edges()) {
            x.writeStartElement("edge");
            x.writeAttribute("id", e.id());
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            data(x, "etype", e.type());
            data(x, "weight", String.valueOf(e.weight()));
            for (String a : NetworkGraph.EDGE_ATTRIBUTES) if (e.attributes().containsKey(a)) data(x, "e" + a, e.attributes().get(a));
            if (e.start() != null) data(x, "estart", e.start());
            if (e.end() != null) data(x, "eend", e.end());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
    }

    private static boolean isInteger(String attribute) {
        return attribute.equals("rank") || attribute.equals("size");
    }

    private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", forWhat);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    /**
     * GEXF 1.2, {@code mode="dynamic"} with {@code timeformat="date"}: each node and edge has the
     * {@code start} and {@code end} the graph attests it (elements without a date are always
     * present), so Gephi's timeline plays the network as the articles report it.
     */
    public static void gexf(NetworkGraph g, OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("gexf");
        x.writeDefaultNamespace("http://www.gexf.net/1.2draft");
        x.writeAttribute("version", "1.2");
        x.writeStartElement("meta");
        x.writeStartElement("creator");
        x.writeCharacters("dais");
        x.writeEndElement();
        x.writeStartElement("description");
        x.writeCharacters("Persons, organizations and meetings from DPRK state media");
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("graph");
        x.writeAttribute("defaultedgetype", "undirected");
        x.writeAttribute("mode", "dynamic");
        x.writeAttribute("timeformat", "date");
        List<String> nodeAttrs = new ArrayList<>(List.of("type"));
        nodeAttrs.addAll(NetworkGraph.NODE_ATTRIBUTES);
        List<String> edgeAttrs = new ArrayList<>(List.of("type"));
        edgeAttrs.addAll(NetworkGraph.EDGE_ATTRIBUTES);
        attributes(x, "node", nodeAttrs);
        attributes(x, "edge", edgeAttrs);
        x.writeStartElement("nodes");
        for (NetworkGraph.Node n : g.nodes()) {
            x.writeStartElement("node");
            x.writeAttribute("id", n.id());
            x.writeAttribute("label", n.label());
            span(x, n.start(), n.end());
            Map<String, String> values = new LinkedHashMap<>(n.attributes());
            values.put("type", n.type());
            attvalues(x, "node", nodeAttrs, values);
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeStartElement("edges");
        for (NetworkGraph.Edge e : g.edges()) {
            x.writeStartElement("edge");
            x.writeAttribute("id", e.id());
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            x.writeAttribute("label", e.type());
            x.writeAttribute("weight", String.valueOf(e.weight()));
            span(x, e.start(), e.end());
            Map<String, String> values = new LinkedHashMap<>(e.attributes());
            values.put("type", e.type());
            attvalues(x, "edge", edgeAttrs, values);
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
    }

    private static void span(XMLStreamWriter x, String start, String end) throws XMLStreamException {
        if (start != null) x.writeAttribute("start", start);
        if (end != null) x.writeAttribute("end", end);
    }

    private static void attributes(XMLStreamWriter x, String cls, List<String> names) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        // Attribute values do not change over an element's life: static within the dynamic graph.
        x.writeAttribute("mode", "static");
        for (int i = 0; i < names.size(); i++) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", cls.charAt(0) + String.valueOf(i));
            x.writeAttribute("title", names.get(i));
            x.writeAttribute("type", isInteger(names.get(i)) ? "integer" : "string");
        }
        x.writeEndElement();
    }

    /** Attribute ids are "n0.." / "e0..", in the order written in {@code <attributes>}. */
    private static void attvalues(XMLStreamWriter x, String cls, List<String> names, Map<String, String> values) throws XMLStreamException {
        x.writeStartElement("attvalues");
        for (int i = 0; i < names.size(); i++) {
            String v = values.get(names.get(i));
            if (v == null) continue;
            x.writeEmptyElement("attvalue");
            x.writeAttribute("for", cls.charAt(0) + String.valueOf(i));
            x.writeAttribute("value", v);
        }
        x.writeEndElement();
    }

    /**
     * Cytoscape JSON as Cytoscape desktop imports it (.cyjs) and {@code networkx.cytoscape_graph}
     * reads it: graph-level {@code data}, {@code directed} and {@code multigraph}; each node's data
     * has {@code id}, {@code value} (the node key networkx uses) and {@code name}; each edge's data
     * has {@code source}, {@code target} and a {@code key} telling parallel edges apart.
     */
    public static void cytoscape(NetworkGraph g, OutputStream out) {
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        p.println("{\"data\": {\"name\": \"dais\"}, \"directed\": false, \"multigraph\": true,");
        p.println(" \"elements\": {\"nodes\": [");
        List<NetworkGraph.Node> nodes = g.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NetworkGraph.Node n = nodes.get(i);
            Map<String, String> data = new LinkedHashMap<>();
            data.put("id", n.id());
            data.put("value", n.id());
            data.put("name", n.label());
            data.put("label", n.label());
            data.put("type", n.type());
            data.putAll(n.attributes());
            if (n.start() != null) data.put("start", n.start());
            if (n.end() != null) data.put("end", n.end());
            p.print("  {\"data\": " + FactsExporter.toJson(data) + "}");
            p.println(i + 1 < nodes.size() ? "," : "");
        }
        p.println("], \"edges\": [");
        List<NetworkGraph.Edge> edges = g.edges();
        for (int i = 0; i < edges.size(); i++) {
            NetworkGraph.Edge e = edges.get(i);
            Map<String, String> data = new LinkedHashMap<>();
            data.put("id", e.id());
            data.put("key", e.id());
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("type", e.type());
            data.put("interaction", e.type());
            data.putAll(e.attributes());
            if (e.start() != null) data.put("start", e.start());
            if (e.end() != null) data.put("end", e.end());
            String json = FactsExporter.toJson(data);
            json = json.substring(0, json.length() - 1) + ", \"weight\": " + e.weight() + "}";
            p.print("  {\"data\": " + json + "}");
            p.println(i + 1 < edges.size() ? "," : "");
        }
        p.println("]}}");
        p.flush();
    }
}
