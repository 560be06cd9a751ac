package org.dais.store;

import org.dais.rdf.DocumentTriples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quad indexes written packed from the load's node ids give the store that adding the quads one
 * by one gives: every kind of node TDB2 keeps inline or in its node table (negative and large
 * integers, doubles, decimals, dates, booleans, tagged and plain strings, blank nodes, IRIs),
 * a graph given twice (its quads merge, a quad both copies state is held once), enough quads
 * for trees of more than one level, and each of the six indexes answering the patterns it serves.
 */
class PackedIndexesTest {
    @Test
    void packedIndexesHoldTheQuadsThatAddingOneByOneGives(@TempDir Path dir) {
        Random random = new Random(15);
        List<List<DocumentTriples>> batches = new ArrayList<>();
        for (int b = 0; b < 6; b++) {
            List<DocumentTriples> batch = new ArrayList<>();
            for (int d = 0; d < 8; d++) batch.add(document("d" + (b * 8 + d), random));
            batches.add(batch);
        }
        batches.add(List.of(document("d3", new Random(3)), document("d3", new Random(4)))); // d3 again, twice, partly the same

        // A TDB2 store too, filled quad by quad: it gives back inlined values (doubles, decimals) in its own lexical forms.
        DaisStore expectedStore = DaisStore.open(dir.resolve("expected"));
        DatasetGraph expected = expectedStore.datasetGraph();
        Txn.executeWrite(expected, () -> {
            for (var batch : batches) {
                for (var g : batch) {
                    Node graph = NodeFactory.createURI(g.graphIri());
                    g.triples().forEach(t -> expected.add(Quad.create(graph, t)));
                }
            }
        });

        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            DatasetGraph dsg = store.datasetGraph();
            PackedIndexes packed = new PackedIndexes();
            dsg.begin(TxnType.WRITE);
            try {
                BatchInserter inserter = new BatchInserter(dsg, 50, packed); // forgets its ids often
                for (var batch : batches) inserter.add(batch);
                dsg.commit();
            } finally {
                dsg.end();
            }
            packed.writeInto(TDBInternal.getDatasetGraphTDB(dsg), 2);

            Txn.executeRead(dsg, () -> Txn.executeRead(expected, () -> {
                long all = count(expected, Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                assertTrue(all > 10_000, "trees of more than one level (a leaf holds some 250 quads): " + all);
                assertTrue(packed.size() > all, "some quads were given twice");
                assertEquals(all, count(dsg, Node.ANY, Node.ANY, Node.ANY, Node.ANY));
                assertEquals(withoutBlankNodes(expected), withoutBlankNodes(dsg), "the same quads");
                Node graph = NodeFactory.createURI("http://example.org/doc/d3");
                Node value = NodeFactory.createURI("http://example.org/value");
                Node person = NodeFactory.createURI("http://example.org/person/7");
                for (Node o : new Node[] {
                        NodeFactory.createLiteralDT("-5", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("12345678901234567890", XSDDatatype.XSDinteger),
                        NodeFactory.createLiteralDT("2.5E0", XSDDatatype.XSDdouble), NodeFactory.createLiteralDT("-0.25", XSDDatatype.XSDdecimal),
                        NodeFactory.createLiteralDT("2031-04-09", XSDDatatype.XSDdate), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean),
                        NodeFactory.createLiteralLang("name 7", "en"), NodeFactory.createLiteralString("label 7"), person}) {
                    for (Node[] pattern : new Node[][] {
                            {graph, Node.ANY, Node.ANY, Node.ANY}, {graph, Node.ANY, value, Node.ANY}, {graph, Node.ANY, Node.ANY, o},
                            {Node.ANY, Node.ANY, value, o}, {Node.ANY, Node.ANY, Node.ANY, o}, {Node.ANY, person, Node.ANY, Node.ANY},
                            {Node.ANY, person, value, Node.ANY}, {graph, person, Node.ANY, Node.ANY}}) {
                        assertEquals(count(expected, pattern[0], pattern[1], pattern[2], pattern[3]), count(dsg, pattern[0], pattern[1], pattern[2], pattern[3]),
                                java.util.Arrays.toString(pattern));
                    }
                }
            }));
        } finally {
            expectedStore.close();
        }
    }

    @Test
    void nothingToPackLeavesTheIndexesEmpty(@TempDir Path dir) {
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            new PackedIndexes().writeInto(TDBInternal.getDatasetGraphTDB(store.datasetGraph()), 2);
            assertEquals(0, store.quadCount());
        }
    }

    @Test
    void sortingGivesEveryQuadInTheIndexOrder(@TempDir Path dir) {
        try (DaisStore store = DaisStore.open(dir.resolve("tdb2"))) {
            DatasetGraph dsg = store.datasetGraph();
            PackedIndexes packed = new PackedIndexes();
            Txn.executeWrite(dsg, () -> {
                BatchInserter inserter = new BatchInserter(dsg, packed);
                Random random = new Random(7);
                for (int i = 0; i < 40_000; i++) { // past one chunk of ids
                    inserter.add(NodeFactory.createURI("http://example.org/g" + random.nextInt(30)),
                            List.of(org.apache.jena.graph.Triple.create(NodeFactory.createURI("http://example.org/s" + random.nextInt(500)),
                                    NodeFactory.createURI("http://example.org/p" + random.nextInt(5)),
                                    NodeFactory.createLiteralDT(String.valueOf(random.nextInt(2000) - 1000), XSDDatatype.XSDinteger))));
                }
            });
            int[] posg = {2, 3, 1, 0};
            int[] order = packed.sorted(posg);
            assertEquals(packed.size(), order.length);
            assertEquals(order.length, java.util.Arrays.stream(order).distinct().count(), "each quad once");
            for (int i = 1; i < order.length; i++) assertTrue(packed.compareQuads(order[i - 1], order[i], posg) <= 0, "in order at " + i);
        }
    }

    /** The quads, a blank node's own label aside (each store gives its own): the same set, the same count. */
    private static java.util.Map<Quad, Integer> withoutBlankNodes(DatasetGraph dsg) {
        java.util.Map<Quad, Integer> out = new java.util.HashMap<>();
        Node blank = NodeFactory.createURI("urn:blank");
        dsg.find().forEachRemaining(q -> out.merge(Quad.create(q.getGraph(), q.getSubject().isBlank() ? blank : q.getSubject(), q.getPredicate(),
                q.getObject().isBlank() ? blank : q.getObject()), 1, Integer::sum));
        return out;
    }

    @Test
    void distinctIdsRankAsASortedArrayDoes() {
        Random random = new Random(11);
        long[] keys = new long[50_000];
        for (int i = 0; i < keys.length; i++) keys[i] = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(5_000) - 2_500; // repeats, both signs
        PackedIndexes.DistinctIds ids = new PackedIndexes.DistinctIds(16); // grows many times
        for (long k : keys) ids.add(k);
        long[] sorted = java.util.Arrays.stream(keys).distinct().sorted().toArray();
        long[] values = ids.values();
        java.util.Arrays.sort(values);
        assertTrue(java.util.Arrays.equals(sorted, values), "each key once");
        ids.rank(values);
        for (long k : keys) assertEquals(java.util.Arrays.binarySearch(sorted, k), ids.rankOf(k));
    }

    private static long count(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        long n = 0;
        for (var it = dsg.find(g, s, p, o); it.hasNext(); it.next()) n++;
        return n;
    }

    /** A document of some 450 statements: people with names, values of every inline kind, evidence as blank nodes. */
    private static DocumentTriples document(String name, Random random) {
        Model m = ModelFactory.createDefaultModel();
        var doc = m.createResource("http://example.org/doc/" + name);
        var value = m.createProperty("http://example.org/value");
        for (int i = 0; i < 50; i++) {
            int k = random.nextInt(40);
            Resource who = m.createResource("http://example.org/person/" + k);
            who.addProperty(m.createProperty("http://example.org/name"), "name " + k, "en");
            who.addProperty(m.createProperty("http://example.org/label"), "label " + k);
            who.addProperty(value, m.createTypedLiteral(String.valueOf(random.nextInt(21) - 10), XSDDatatype.XSDinteger));
            who.addProperty(value, m.createTypedLiteral(random.nextBoolean() ? "12345678901234567890" : "-5", XSDDatatype.XSDinteger));
            who.addProperty(value, m.createTypedLiteral(random.nextBoolean() ? "2.5E0" : "-1.0E300", XSDDatatype.XSDdouble));
            who.addProperty(value, m.createTypedLiteral(random.nextBoolean() ? "-0.25" : "3.75", XSDDatatype.XSDdecimal));
            who.addProperty(value, m.createTypedLiteral("2031-04-0" + (random.nextInt(9) + 1), XSDDatatype.XSDdate));
            who.addProperty(value, m.createTypedLiteral(String.valueOf(random.nextBoolean()), XSDDatatype.XSDboolean));
            if (i < 5) {
                var evidence = m.createResource(); // a blank node
                evidence.addProperty(m.createProperty("http://example.org/quote"), "said " + k + " in " + name + " " + i);
                doc.addProperty(m.createProperty("http://example.org/evidence"), evidence);
            }
            doc.addProperty(m.createProperty("http://example.org/mentions"), who);
        }
        return DocumentTriples.of("http://example.org/doc/" + name, m);
    }
}
