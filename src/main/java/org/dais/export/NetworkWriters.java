package org.dais.export;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.dais.facts.FactsExporter;

/** GraphML (Gephi, yEd, Cytoscape), GEXF 1.2 (Gephi) and Cytoscape.js JSON writers for a {@link NetworkGraph}. */
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
        key(x, "etype", "edge", "type", "string");
        key(x, "weight", "edge", "weight", "double");
        for (String a : NetworkGraph.EDGE_ATTRIBUTES) key(x, "e" + a, "edge", a, a.equals("rank") ? "int" : "string");
        x.writeStartElement("graph");
        x.writeAttribute("id", "dais");
        x.writeAttribute("edgedefault", "directed");
        for (NetworkGraph.Node n : g.nodes()) {
            x.writeStartElement("node");
            x.writeAttribute("id", n.id());
            data(x, "label", n.label());
            data(x, "type", n.type());
            for (String a : NetworkGraph.NODE_ATTRIBUTES) if (n.attributes().containsKey(a)) data(x, a, n.attributes().get(a));
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
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
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
        x.writeAttribute("defaultedgetype", "directed");
        x.writeAttribute("mode", "static");
        List<String> nodeAttrs = new java.util.ArrayList<>(List.of("type"));
        nodeAttrs.addAll(NetworkGraph.NODE_ATTRIBUTES);
        List<String> edgeAttrs = new java.util.ArrayList<>(List.of("type"));
        edgeAttrs.addAll(NetworkGraph.EDGE_ATTRIBUTES);
        attributes(x, "node", nodeAttrs);
        attributes(x, "edge", edgeAttrs);
        x.writeStartElement("nodes");
        for (NetworkGraph.Node n : g.nodes()) {
            x.writeStartElement("node");
            x.writeAttribute("id", n.id());
            x.writeAttribute("label", n.label());
            Map<String, String> values = new java.util.LinkedHashMap<>(n.attributes());
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
            Map<String, String> values = new java.util.LinkedHashMap<>(e.attributes());
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

    private static void attributes(XMLStreamWriter x, String cls, List<String> names) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        for (int i = 0; i < names.size(); i++) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", cls.charAt(0) + String.valueOf(i));
            x.writeAttribute("title", names.get(i));
            x.writeAttribute("type", names.get(i).equals("rank") ? "integer" : "string");
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

    /** Cytoscape.js elements JSON (also read by Cytoscape desktop as .cyjs). */
    public static void cytoscape(NetworkGraph g, OutputStream out) {
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        p.println("{\"elements\": {\"nodes\": [");
        List<NetworkGraph.Node> nodes = g.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NetworkGraph.Node n = nodes.get(i);
            Map<String, String> data = new java.util.LinkedHashMap<>();
            data.put("id", n.id());
            data.put("label", n.label());
            data.put("type", n.type());
            data.putAll(n.attributes());
            p.print("  {\"data\": " + FactsExporter.toJson(data) + "}");
            p.println(i + 1 < nodes.size() ? "," : "");
        }
        p.println("], \"edges\": [");
        List<NetworkGraph.Edge> edges = g.edges();
        for (int i = 0; i < edges.size(); i++) {
            NetworkGraph.Edge e = edges.get(i);
            Map<String, String> data = new java.util.LinkedHashMap<>();
            data.put("id", e.id());
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("type", e.type());
            data.putAll(e.attributes());
            String json = FactsExporter.toJson(data);
            json = json.substring(0, json.length() - 1) + ", \"weight\": " + e.weight() + "}";
            p.print("  {\"data\": " + json + "}");
            p.println(i + 1 < edges.size() ? "," : "");
        }
        p.println("]}}");
        p.flush();
    }
}
