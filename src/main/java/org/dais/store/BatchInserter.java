package org.dais.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

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

    BatchInserter(DatasetGraph dsg) {
        this(dsg, REMEMBERED_NODES);
    }

    /** With {@code remembered} node ids kept at most (tests make it small to see the memory start again). */
    BatchInserter(DatasetGraph dsg, int remembered) {
        this.quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
        this.remembered = remembered;
    }

    /** Adds each graph's triples as quads of the graph named by its key. */
    void add(List<Map.Entry<String, Model>> graphs) {
        List<Tuple<NodeId>> tuples = new ArrayList<>();
        for (var g : graphs) {
            NodeId graph = id(NodeFactory.createURI(g.getKey()));
            var it = g.getValue().getGraph().find();
            while (it.hasNext()) {
                Triple t = it.next();
                tuples.add(TupleFactory.create4(graph, id(t.getSubject()), id(t.getPredicate()), id(t.getObject())));
            }
        }
        insert(tuples);
    }

    /** Adds {@code triples} as quads of the graph {@code graph} (the summaries a load writes beside the documents). */
    void add(Node graph, java.util.Collection<Triple> triples) {
        NodeId g = id(graph);
        List<Tuple<NodeId>> tuples = new ArrayList<>(triples.size());
        for (Triple t : triples) tuples.add(TupleFactory.create4(g, id(t.getSubject()), id(t.getPredicate()), id(t.getObject())));
        insert(tuples);
    }

    private void insert(List<Tuple<NodeId>> tuples) {
        for (TupleIndex index : quads.getTupleTable().getIndexes()) {
            tuples.sort(inOrderOf(index.getMapping()));
            for (Tuple<NodeId> t : tuples) index.add(t);
        }
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

    /** Tuples in an index's slot order (any total order close to the keys' serves: it only groups neighbours). */
    private static Comparator<Tuple<NodeId>> inOrderOf(TupleMap map) {
        return (a, b) -> {
            for (int i = 0; i < a.len(); i++) {
                NodeId x = map.mapSlot(i, a), y = map.mapSlot(i, b);
                int c = Integer.compare(x.getTypeValue(), y.getTypeValue());
                if (c == 0) c = Long.compare(x.getPtrLocation(), y.getPtrLocation());
                if (c != 0) return c;
            }
            return 0;
        };
    }
}
