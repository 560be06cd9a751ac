package org.dais.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

import org.dais.rdf.DocumentTriples;

/**
 * Documents' graphs streamed to one N-Quads file (graph = document): the input of a bulk load,
 * and the same format a distributed extraction writes its shards in. Nothing is held in memory
 * beyond the graphs of the current call.
 */
public final class NQuadsSink implements GraphSink, AutoCloseable {
    private final Path file;
    private final OutputStream out;
    private final StreamRDF stream;
    private long quads;

    public NQuadsSink(Path file) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
    }

    @Override
    public void write(List<DocumentTriples> graphs) throws IOException {
        for (DocumentTriples g : graphs) {
            Node graph = NodeFactory.createURI(g.graphIri());
            for (var t : g.triples()) {
                stream.quad(org.apache.jena.sparql.core.Quad.create(graph, t));
                quads++;
            }
        }
    }

    public Path file() { return file; }

    public long quads() { return quads; }

    @Override
    public void close() throws IOException {
        stream.finish();
        out.close();
    }
}
