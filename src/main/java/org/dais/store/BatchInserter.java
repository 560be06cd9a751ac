package org.dais.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.dais.rdf.DocumentTriples;

/**
 * Adds batches of documents' graphs to a TDB2 dataset as quads, in the caller's write
 * transaction, for a load into an empty store: what {@code DatasetGraph.add} does quad by quad
 * (a node id for each node, then the quad into each of the six indexes), done a batch at a time,
 * each index fed the batch sorted in its own order. Against {@code add} in the same load (JFR, the
 * loader's thread on seeds x 200): the index inserts fell from 364 to 228 samples, since
 * consecutive keys go down the same path of the tree, and the node-id look-ups from 110 to 28, since
 * a write transaction's node table caches only 1000 nodes of its own and the nodes of a corpus
 * (graphs, predicates, the leaders' names) recur.
 */
final class BatchInserter {
    /** Nodes whose ids are remembered; past it the memory starts again (a bound, not an LRU: cheap). */
    static final int REMEMBERED_NODES = 200_000;

    private final NodeTupleTable quads;
    private final NodeTable nodes;
    private final Map<Node, NodeId> ids = new HashMap<>();
    private final int remembered;
    /** Where the quads' ids go instead of the indexes, when the indexes are written packed at the end; else null. */
    private final PackedIndexes packed;

    BatchInserter(DatasetGraph dsg) {
        this(dsg, REMEMBERED_NODES);
    }

    /** With {@code remembered} node ids kept at most (tests make it small to see the memory start again). */
    BatchInserter(DatasetGraph dsg, int remembered) {
        this(dsg, remembered, null);
    }

    /**
     * Node ids given in the caller's write transaction as here, the quads kept in {@code packed}
     * for {@link PackedIndexes#writeInto} rather than inserted into the indexes.
     */
    BatchInserter(DatasetGraph dsg, PackedIndexes packed) {
        this(dsg, REMEMBERED_NODES, packed);
    }

    BatchInserter(DatasetGraph dsg, int remembered, PackedIndexes packed) {
        this.quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
        this.remembered = remembered;
        this.packed = packed;
    }

    /** Adds each graph's triples as quads of the graph named by its IRI. */
    void add(List<DocumentTriples> graphs) {
        List<Tuple<NodeId>> tuples = new ArrayList<>();
        for (DocumentTriples g : graphs) {
            NodeId graph = id(NodeFactory.createURI(g.graphIri()));
            for (Triple t : g.triples()) {
                if (packed != null) packed.add(graph, id(t.getSubject()), id(t.getPredicate()), id(t.getObject()));
                else tuples.add(TupleFactory.create4(graph, id(t.getSubject()), id(t.getPredicate()), id(t.getObject())));
            }
        }
        insert(tuples);
    }

    /** Adds {@code triples} as quads of the graph {@code graph} (the summaries a load writes beside the documents). */
    void add(Node graph, java.util.Collection<Triple> triples) {
        NodeId g = id(graph);
        List<Tuple<NodeId>> tuples = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            if (packed != null) packed.add(g, id(t.getSubject()), id(t.getPredicate()), id(t.getObject()));
            else tuples.add(TupleFactory.create4(g, id(t.getSubject()), id(t.getPredicate()), id(t.getObject())));
        }
        insert(tuples);
    }

    /**
     * Each index fed the batch sorted in its own order. The ids are made numbers once, so the
     * six sorts compare longs instead of going through the slot mapping and the ids' fields at
     * every comparison (JFR of the loader alone on the seeds x 200: the sorts were 10% of its
     * samples); one list is sorted again for each index, so the order left by the last one
     * gives the next its runs.
     */
    private void insert(List<Tuple<NodeId>> tuples) {
        if (tuples.isEmpty()) return;
        List<Row> rows = new ArrayList<>(tuples.size());
        for (Tuple<NodeId> t : tuples) {
            long[] keys = new long[t.len()];
            for (int i = 0; i < keys.length; i++) keys[i] = key(t.get(i));
            rows.add(new Row(t, keys));
        }
        for (TupleIndex index : quads.getTupleTable().getIndexes()) {
            int[] slots = slotOrder(index.getMapping(), index.getTupleLength());
            rows.sort((a, b) -> {
                for (int slot : slots) {
                    int c = Long.compare(a.keys[slot], b.keys[slot]);
                    if (c != 0) return c;
                }
                return 0;
            });
            for (Row r : rows) index.add(r.tuple);
        }
    }

    /** A quad's ids and the same as numbers, in the quad's own slot order. */
    private record Row(Tuple<NodeId> tuple, long[] keys) {}

    /** An id as one number ordered as (type, value) are, the fields the index's key is written from. */
    private static long key(NodeId id) {
        return ((long) id.getTypeValue() << 56) | (id.getPtrLocation() & 0x00FF_FFFF_FFFF_FFFFL);
    }

    /** For each slot of the index's order, the quad's slot it holds. */
    private static int[] slotOrder(TupleMap map, int length) {
        Integer[] positions = new Integer[length];
        for (int i = 0; i < length; i++) positions[i] = i;
        Tuple<Integer> identity = TupleFactory.create(positions);
        int[] out = new int[length];
        for (int i = 0; i < length; i++) out[i] = map.mapSlot(i, identity);
        return out;
    }

    private NodeId id(Node n) {
        NodeId id = ids.get(n);
        if (id == null) {
            if (ids.size() >= remembered) ids.clear();
            id = nodes.getAllocateNodeId(n); // an id, once given in the transaction, stays
            ids.put(n, id);
        }
        return id;
    }
}
