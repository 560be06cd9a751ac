package org.dais.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;

/** The exports carry the leader's activities: occasion nodes, appeared-at edges with role and list rank, co-appearance with him. */
class ActivityExportTest {
    @Test
    void occasionsAreNodesAndThoseAtThemEdges() throws Exception {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Pipeline pipeline = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));
        for (String file : List.of("2031-05-14_activity-inspection-two-sites.txt", "2031-03-21_activity-field-guidance-weekday.txt")) {
            Pipeline.DocumentGraph g = pipeline.process(Path.of("src/test/resources/articles", file));
            Txn.executeWrite(dataset, () -> dataset.addNamedModel(g.graphIri(), g.model()));
        }
        NetworkGraph graph = Txn.calculateRead(dataset, () -> NetworkGraph.of(dataset, true));
        List<NetworkGraph.Node> occasions = graph.nodes().stream().filter(n -> n.type().equals("activity")).toList();
        assertEquals(3, occasions.size(), "a factory, a farm, a construction site: " + occasions);
        String leader = graph.nodes().stream().filter(n -> n.label().equals("Kim Jong Un")).findFirst().orElseThrow().id();
        String first = graph.nodes().stream().filter(n -> n.label().equals("Paek Chun Gil")).findFirst().orElseThrow().id();
        NetworkGraph.Edge ranked = graph.edges().stream().filter(e -> e.type().equals("appeared-at") && e.source().equals(first))
                .findFirst().orElseThrow();
        assertEquals("accompanied", ranked.attributes().get("kind"));
        assertEquals("1", ranked.attributes().get("rank"), "named first among those accompanying him");
        assertEquals(3, graph.edges().stream().filter(e -> e.type().equals("appeared-at") && e.source().equals(leader)).count(), "he led all three");
        assertTrue(graph.edges().stream().anyMatch(e -> e.type().equals("co-appears-with")
                && (e.source().equals(leader) && e.target().equals(first) || e.source().equals(first) && e.target().equals(leader))),
                "co-appearance with the leader, weighted by the occasions shared");
    }
}
