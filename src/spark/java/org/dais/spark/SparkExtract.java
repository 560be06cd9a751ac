package org.dais.spark;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import scala.Tuple2;

import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;

/**
 * The single-machine extraction ({@link org.dais.store.Ingester}'s) as an Apache Spark job, for
 * a corpus larger than one machine does in acceptable time:
 * <pre>
 *   spark-submit --class org.dais.spark.SparkExtract dais.jar INPUT OUTDIR [--base IRI] [--partitions N]
 * </pre>
 * INPUT is any Hadoop path (local folder, HDFS, S3), read recursively with {@code binaryFiles}
 * (name and bytes, so the article is read as {@link Pipeline#process(String, byte[])} reads it).
 * Each partition makes one {@link Pipeline} (the OpenNLP models are loaded once per executor
 * JVM) and turns its articles into N-Quads, one line per quad, the graph being the document's
 * graph IRI; OUTDIR gets one shard per partition, {@code part-NNNNN.nq}, that
 * {@code dais load} (TDB2's bulk loader) puts into a store. Blank nodes are written with their
 * internal, globally unique labels, so shards from different partitions never share one.
 * <p>
 * A bad article (a {@link DocumentException}) is counted and logged by name, and the job goes
 * on; a file dais does not read (by its name) is skipped, as {@code dais build} skips it. Files
 * whose names start with '.' or '_' are hidden from Hadoop's input listing. The counts are
 * accumulators updated as the partitions are extracted: a task Spark re-runs (a lost executor)
 * counts its documents again, while its shard is written once.
 */
public final class SparkExtract {
    private static final Logger LOG = LoggerFactory.getLogger(SparkExtract.class);

    /** Longest article read; a longer one is refused by the reader (its own limit), unread. */
    static final int MAX_READ = 64 * 1024 * 1024 + 1;

    private SparkExtract() {}

    /** What one run did: counts over all partitions, one line per failed input, the shards written. */
    public record Summary(long documents, long skipped, long failed, long quads, List<String> failures, List<String> shards) {}

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        String base = IriMinter.DEFAULT_BASE;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = value(args, ++i);
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
                case "-h", "--help" -> { usage(); return; }
                default -> positional.add(args[i]);
            }
        }
        if (positional.size() != 2) {
            usage();
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("dais extract");
        long t0 = System.nanoTime();
        Summary summary;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            summary = run(sc, positional.get(0), positional.get(1), base, partitions);
        }
        for (String failure : summary.failures()) System.err.println("error: " + failure);
        System.err.printf("dais spark: %d documents, %d skipped, %d failed, %d quads in %d shards, %.1f s → %s%n",
                summary.documents(), summary.skipped(), summary.failed(), summary.quads(), summary.shards().size(),
                (System.nanoTime() - t0) / 1e9, positional.get(1));
        System.exit(summary.failed() == 0 ? 0 : 1);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage();
            System.exit(2);
        }
        return args[i];
    }

    private static void usage() {
        System.err.println("usage: spark-submit --class org.dais.spark.SparkExtract dais.jar INPUT OUTDIR [--base IRI] [--partitions N]");
    }

    /**
     * Extracts every article under {@code input} into N-Quads shards in {@code outDir} (which
     * must not exist), in at least {@code minPartitions} partitions (0: as Spark splits the input).
     */
    public static Summary run(JavaSparkContext sc, String input, String outDir, String base, int minPartitions) throws IOException {
        Configuration hadoop = sc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        LongAccumulator documents = sc.sc().longAccumulator("dais documents");
        LongAccumulator skipped = sc.sc().longAccumulator("dais skipped");
        LongAccumulator quads = sc.sc().longAccumulator("dais quads");
        CollectionAccumulator<String> failures = sc.sc().collectionAccumulator("dais failures");

        JavaPairRDD<String, PortableDataStream> files = minPartitions > 0 ? sc.binaryFiles(input, minPartitions) : sc.binaryFiles(input);
        // Small files are packed into few splits (spark.files.openCostInBytes); the work is the
        // NLP, not the reading, so spread them when asked: only handles to the files move.
        if (minPartitions > files.getNumPartitions()) files = files.repartition(minPartitions);
        String iriBase = base;
        JavaRDD<String> nquads = files.mapPartitions(partition -> {
            // One pipeline per partition: OpenNLP's *ME classes are per thread, the models per JVM.
            Pipeline pipeline = new Pipeline(new IriMinter(iriBase));
            return new Extracted(partition, pipeline, documents, skipped, quads, failures);
        });
        nquads.saveAsTextFile(outDir);

        List<String> shards = nameShards(outDir, hadoop);
        List<String> failed = new ArrayList<>(failures.value());
        failed.sort(null);
        return new Summary(documents.value(), skipped.value(), failed.size(), quads.value(), failed, shards);
    }

    /** Gives the part files their N-Quads extension, so loaders know them by name. */
    private static List<String> nameShards(String outDir, Configuration hadoop) throws IOException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(outDir);
        FileSystem fs = dir.getFileSystem(hadoop);
        List<String> shards = new ArrayList<>();
        for (FileStatus status : fs.listStatus(dir)) {
            org.apache.hadoop.fs.Path part = status.getPath();
            String name = part.getName();
            if (!status.isFile() || !name.startsWith("part-") || name.endsWith(".nq")) continue;
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dir, name + ".nq");
            if (!fs.rename(part, target)) throw new IOException("cannot rename " + part + " to " + target);
            // Hadoop's checksum file for the part would no longer match a name: drop it.
            fs.delete(new org.apache.hadoop.fs.Path(dir, "." + name + ".crc"), false);
            shards.add(target.toString());
        }
        shards.sort(null);
        return shards;
    }

    /** The document's name as dais names it: the last segment of its path. */
    static String fileName(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** One partition's documents, lazily: one element (its N-Quads lines) per document. */
    private static final class Extracted implements Iterator<String> {
        private final Iterator<Tuple2<String, PortableDataStream>> input;
        private final Pipeline pipeline;
        private final DocumentReaders readers = new DocumentReaders();
        private final LongAccumulator documents, skipped, quads;
        private final CollectionAccumulator<String> failures;
        private String next;

        Extracted(Iterator<Tuple2<String, PortableDataStream>> input, Pipeline pipeline, LongAccumulator documents,
                  LongAccumulator skipped, LongAccumulator quads, CollectionAccumulator<String> failures) {
            this.input = input;
            this.pipeline = pipeline;
            this.documents = documents;
            this.skipped = skipped;
            this.quads = quads;
            this.failures = failures;
        }

        @Override
        public boolean hasNext() {
            while (next == null && input.hasNext()) next = extract(input.next());
            return next != null;
        }

        @Override
        public String next() {
            if (!hasNext()) throw new NoSuchElementException();
            String s = next;
            next = null;
            return s;
        }

        /** The document's N-Quads, or null for one skipped, failed or without facts. */
        private String extract(Tuple2<String, PortableDataStream> file) {
            String name = fileName(file._1());
            if (!readers.accepts(Path.of(name))) {
                skipped.add(1);
                LOG.info("skipped {}: unsupported file type", file._1());
                return null;
            }
            Pipeline.DocumentGraph graph;
            try {
                graph = pipeline.process(name, read(file._2()));
            } catch (DocumentException e) {
                failures.add(file._1() + ": " + e.getMessage());
                LOG.warn("FAILED {}: {}", file._1(), e.getMessage());
                return null;
            } catch (IOException e) {
                failures.add(file._1() + ": cannot read: " + e.getMessage());
                LOG.warn("FAILED {}: cannot read: {}", file._1(), e.getMessage());
                return null;
            }
            documents.add(1);
            Node g = NodeFactory.createURI(graph.graphIri());
            StringBuilder lines = new StringBuilder();
            long n = 0;
            ExtendedIterator<Triple> triples = graph.model().getGraph().find();
            try {
                while (triples.hasNext()) {
                    Triple t = triples.next();
                    if (n > 0) lines.append('\n');
                    lines.append(NodeFmtLib.strNQ(t.getSubject(), t.getPredicate(), t.getObject(), g));
                    n++;
                }
            } finally {
                triples.close();
            }
            quads.add(n);
            return n == 0 ? null : lines.toString();
        }

        /** The file's bytes, at most one past the reader's limit (which then refuses it). */
        private static byte[] read(PortableDataStream stream) throws IOException {
            try (DataInputStream in = stream.open()) {
                return ((InputStream) in).readNBytes(MAX_READ);
            }
        }
    }
}
