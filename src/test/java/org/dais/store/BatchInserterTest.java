package org.dais.store;

import org.dais.rdf.DocumentTriples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches added index by index give the store that quad-by-quad adds give: every kind of node
 * (IRIs, plain and language-tagged strings, inlined numbers and dates, blank nodes), a graph
 * name given twice (its quads merge), a node met again after the remembered ids were dropped,
 * and every index answering the patterns it serves.
 */
class BatchInserterTest {
    @Test
    void batchesGiveTheQuadsThatAddingOneByOneGives(@TempDir Path dir) {
        List<DocumentTriples> first = List.of(document("a", "Pak Chol Ho", 3), document("b", "Ri Song Mi", 41));
        List<DocumentTriples> second = List.of(document("c", "Pak Chol Ho", 3), document("a", "O Kum Sil", 7));

        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(expected, () -> {
            for (var batch : List.of(first, second)) {
                for (var g : batch) {
                    Node graph = NodeFactory.createURI(g.graphIri());
                    g.triples().forEach(t -> expected.add(Quad.create(graph, t)));
                }
            }
        });

        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            DatasetGraph dsg = store.datasetGraph();
            dsg.begin(TxnType.WRITE);
            try {
                BatchInserter inserter = new BatchInserter(dsg, 3); // forgets its ids often
                inserter.add(first);
                inserter.add(second);
                dsg.commit();
            } finally {
                dsg.end();
            }
            Txn.executeRead(dsg, () -> Txn.executeRead(expected, () -> {
                assertTrue(IsoMatcher.isomorphic(expected, dsg), "the same quads");
                assertEquals(count(expected, Node.ANY, Node.ANY, Node.ANY, Node.ANY), count(dsg, Node.ANY, Node.ANY, Node.ANY, Node.ANY));
                // Each index of the six reached by a pattern it serves.
                Node name = NodeFactory.createURI("http://example.org/name");
                Node graphA = NodeFactory.createURI("http://example.org/doc/a");
                Node pak = NodeFactory.createLiteralLang("Pak Chol Ho", "en");
                Node three = NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger);
                for (Node[] pattern : new Node[][] {
                        {graphA, Node.ANY, Node.ANY, Node.ANY}, {graphA, Node.ANY, name, Node.ANY}, {graphA, Node.ANY, Node.ANY, pak},
                        {Node.ANY, Node.ANY, name, pak}, {Node.ANY, Node.ANY, Node.ANY, three}, {Node.ANY, NodeFactory.createURI("http://example.org/person/pak-chol-ho"), Node.ANY, Node.ANY}}) {
                    assertEquals(count(expected, pattern[0], pattern[1], pattern[2], pattern[3]), count(dsg, pattern[0], pattern[1], pattern[2], pattern[3]),
                            java.util.Arrays.toString(pattern));
                }
            }));
        }
    }

    private static long count(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        long n = 0;
        for (var it = dsg.find(g, s, p, o); it.hasNext(); it.next()) n++;
        return n;
    }

    private static DocumentTriples document(String name, String person, int rank) {
        Model m = ModelFactory.createDefaultModel();
        String slug = person.toLowerCase().replace(' ', '-');
        var who = m.createResource("http://example.org/person/" + slug);
        who.addProperty(m.createProperty("http://example.org/name"), person, "en");
        who.addProperty(m.createProperty("http://example.org/label"), person);
        var doc = m.createResource("http://example.org/doc/" + name);
        doc.addLiteral(m.createProperty("http://example.org/rank"), m.createTypedLiteral(String.valueOf(rank), XSDDatatype.XSDinteger));
        doc.addProperty(m.createProperty("http://example.org/date"), m.createTypedLiteral("2031-04-0" + (rank % 9 + 1), XSDDatatype.XSDdate));
        var evidence = m.createResource(); // a blank node
        evidence.addProperty(m.createProperty("http://example.org/quote"), "said " + person + " in " + name);
        doc.addProperty(m.createProperty("http://example.org/evidence"), evidence);
        doc.addProperty(m.createProperty("http://example.org/mentions"), who);
        return DocumentTriples.of("http://example.org/doc/" + name, m);
    }
}
