package org.dais.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * A load's quads kept as node ids while it runs, then each of the store's six quad indexes
 * written from them at the end, sorted and packed bottom up (TDB2's own
 * {@link BPlusTreeRewriter}, what its xloader builds indexes with), instead of six B+tree
 * inserts per quad as the quads came. Those inserts were three quarters of the loader's CPU
 * (JFR of a build of the seeds x 200: descents from the root, a block view made at each
 * level, binary search, page splits), on the two cores the extraction workers need; sorting
 * and packing costs a small part of that and runs after the last document, on every core.
 *
 * <p>For a store whose quad indexes are empty only (a backfill's fresh store). The node ids
 * must be committed before {@link #writeInto} (their node table is written in the load's own
 * transaction); the indexes are then written with the dataset in exclusive mode, each in a
 * transaction of its own, as TDB2's loaders write them. A failure leaves the store half
 * written: the fresh store is then discarded, never swapped in.
 */
final class PackedIndexes {
    /** Quads per chunk: chunks rather than one array, so growing never copies what is held. */
    private static final int CHUNK_BITS = 14, CHUNK = 1 << CHUNK_BITS, MASK = CHUNK - 1;

    /** The quads' node ids as TDB2 writes them in an index record (64 bits each, compared unsigned), G S P O per quad. */
    private final List<long[]> chunks = new ArrayList<>();
    private int size;
    private final byte[] scratch = new byte[NodeId.SIZE];

    void add(NodeId g, NodeId s, NodeId p, NodeId o) {
        if (ranks != null) throw new IllegalStateException("the quads are already ranked for packing: no more can be added");
        if (size == Integer.MAX_VALUE / 4) throw new IllegalStateException("more quads than one packed load holds: " + size);
        if ((size & MASK) == 0 && size >>> CHUNK_BITS == chunks.size()) chunks.add(new long[4 * CHUNK]);
        long[] chunk = chunks.get(size >>> CHUNK_BITS);
        int at = (size & MASK) << 2;
        chunk[at] = encoded(g);
        chunk[at + 1] = encoded(s);
        chunk[at + 2] = encoded(p);
        chunk[at + 3] = encoded(o);
        size++;
    }

    /** Quads added (a quad added twice counts twice; the indexes hold it once). */
    long size() {
        return size;
    }

    /** The id as the index's record holds it: TDB2's own encoding, read back as one number. */
    private long encoded(NodeId id) {
        NodeIdFactory.set(id, scratch, 0);
        return Bytes.getLong(scratch, 0);
    }

    /**
     * Writes every quad index of {@code tdb}, which must be empty, from the quads held, on up to
     * {@code threads} threads (an index each at a time). The dataset is in exclusive mode meanwhile.
     */
    void writeInto(DatasetGraphTDB tdb, int threads) {
        TupleIndex[] indexes = tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        for (TupleIndex index : indexes) {
            if (!(index instanceof TupleIndexRecord)) throw new IllegalStateException("quad index " + index.getName() + " is not a B+tree of records");
        }
        ranked();
        var txnMgr = tdb.getTxnSystem().getTxnMgr();
        txnMgr.startExclusiveMode();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, indexes.length)), r -> {
            Thread t = new Thread(r, "dais-index");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (TupleIndex index : indexes) done.add(pool.submit(() -> pack((TupleIndexRecord) index)));
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException("packing a quad index failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while packing the quad indexes", e);
                }
            }
        } finally {
            pool.shutdownNow();
            awaitEnd(pool);
            txnMgr.finishExclusiveMode();
        }
    }

    /**
     * The distinct ids in order (sign bit flipped, so that a signed sort orders them as the
     * records' unsigned bytes do), and each quad's slots as ranks among them: small integers,
     * so each index's order is a radix sort, not a comparison sort of four 64-bit keys (which
     * was nine tenths of the packing's time).
     */
    private long[] distinct;
    private int[] ranks;

    private void ranked() {
        if (ranks != null) return;
        // The distinct ids first (a few per quad: a corpus's predicates, graphs and leaders recur), sorted, then each
        // slot's rank looked up: sorting all four ids of every quad was most of this.
        DistinctIds ids = new DistinctIds(1 << 16);
        for (int q = 0; q < size; q++) {
            long[] chunk = chunks.get(q >>> CHUNK_BITS);
            int at = (q & MASK) << 2;
            for (int k = 0; k < 4; k++) ids.add(chunk[at + k] ^ Long.MIN_VALUE);
        }
        distinct = ids.values();
        java.util.Arrays.sort(distinct);
        ids.rank(distinct);
        ranks = new int[4 * size];
        for (int q = 0; q < size; q++) {
            long[] chunk = chunks.get(q >>> CHUNK_BITS);
            int at = (q & MASK) << 2;
            for (int k = 0; k < 4; k++) ranks[4 * q + k] = ids.rankOf(chunk[at + k] ^ Long.MIN_VALUE);
        }
        chunks.clear(); // the ids are now the distinct ones and the ranks
    }

    /** A set of longs by open addressing, then each one's rank: no boxing for the million ids of a large load. */
    static final class DistinctIds {
        private long[] keys;
        private int[] ranks;
        private boolean[] used;
        private int count;

        DistinctIds(int capacity) {
            int n = Integer.highestOneBit(Math.max(16, capacity) - 1) << 1;
            keys = new long[n];
            ranks = new int[n];
            used = new boolean[n];
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
            while (used[i] && keys[i] != key) i = (i + 1) & mask;
            return i;
        }

        void add(long key) {
            int i = slot(key);
            if (used[i]) return;
            used[i] = true;
            keys[i] = key;
            if (++count * 2 > keys.length) grow();
        }

        private void grow() {
            long[] oldKeys = keys;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            ranks = new int[keys.length];
            used = new boolean[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (!oldUsed[i]) continue;
                int j = slot(oldKeys[i]);
                used[j] = true;
                keys[j] = oldKeys[i];
            }
        }

        long[] values() {
            long[] out = new long[count];
            for (int i = 0, n = 0; i < keys.length; i++) if (used[i]) out[n++] = keys[i];
            return out;
        }

        /** Gives each key its place in {@code sorted} (every key, sorted). */
        void rank(long[] sorted) {
            for (int r = 0; r < sorted.length; r++) ranks[slot(sorted[r])] = r;
        }

        int rankOf(long key) {
            int i = slot(key);
            if (!used[i]) throw new IllegalArgumentException("not an id of this load: " + key);
            return ranks[i];
        }
    }

    /** One index: the quads in its order, duplicates dropped, packed into its B+tree in a transaction of its own. */
    private void pack(TupleIndexRecord index) {
        int[] slots = slotOrder(index.getMapping(), index.getTupleLength());
        int[] order = sorted(slots);
        BPlusTree tree = (BPlusTree) index.getRangeIndex();
        RecordFactory records = tree.getRecordFactory();
        CoLib.executeWrite(index, () -> {
            if (!index.isEmpty()) throw new IllegalStateException("quad index " + index.getName() + " is not empty: packing fills empty indexes only");
            BPlusTreeRewriter.packIntoBPlusTree(new Records(order, slots, records), tree.getParams(), records,
                    tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(), tree.getRecordsMgr().getBlockMgr());
        });
    }

    /** The quads in index order as records, each distinct quad once. */
    private final class Records implements Iterator<Record> {
        private final int[] order, slots;
        private final RecordFactory factory;
        private int next;

        Records(int[] order, int[] slots, RecordFactory factory) {
            this.order = order;
            this.slots = slots;
            this.factory = factory;
        }

        @Override
        public boolean hasNext() {
            return next < order.length;
        }

        @Override
        public Record next() {
            if (!hasNext()) throw new NoSuchElementException();
            int quad = order[next++];
            while (next < order.length && compareQuads(order[next], quad, slots) == 0) next++; // a quad two graphs' copies both gave
            byte[] key = new byte[slots.length * NodeId.SIZE];
            for (int i = 0; i < slots.length; i++) Bytes.setLong(distinct[ranks[4 * quad + slots[i]]] ^ Long.MIN_VALUE, key, i * NodeId.SIZE);
            return factory.create(key);
        }
    }

    /** Two quads compared in the order of {@code slots} (after {@link #ranked}). */
    int compareQuads(int a, int b, int[] slots) {
        for (int slot : slots) {
            int c = Integer.compare(ranks[4 * a + slot], ranks[4 * b + slot]);
            if (c != 0) return c;
        }
        return 0;
    }

    /**
     * Waits for the pool's threads to end: no thread of a load outlives it (a long-running serve
     * loads again and again; bench counts what a backfill left behind).
     */
    static void awaitEnd(ExecutorService pool) {
        try {
            // Bounded, and never throwing: called in finally blocks, where it must not hide the failure being reported.
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Bits of a radix sort's digit: 2,048 counters, two passes a slot up to four million distinct ids. */
    private static final int DIGIT = 11;

    /** The quads' positions sorted in the order of {@code slots}: a stable radix sort by each slot's rank, last slot first. */
    int[] sorted(int[] slots) {
        ranked();
        int[] a = new int[size], b = new int[size];
        for (int i = 0; i < size; i++) a[i] = i;
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, distinct.length - 1)));
        int[] count = new int[1 << DIGIT];
        for (int s = slots.length - 1; s >= 0; s--) {
            int slot = slots[s];
            for (int shift = 0; shift < bits; shift += DIGIT) {
                java.util.Arrays.fill(count, 0);
                for (int i = 0; i < size; i++) count[(ranks[4 * a[i] + slot] >>> shift) & ((1 << DIGIT) - 1)]++;
                for (int d = 0, total = 0; d < count.length; d++) {
                    int c = count[d];
                    count[d] = total;
                    total += c;
                }
                for (int i = 0; i < size; i++) b[count[(ranks[4 * a[i] + slot] >>> shift) & ((1 << DIGIT) - 1)]++] = a[i];
                int[] t = a;
                a = b;
                b = t;
            }
        }
        return a;
    }

    /** For each slot of the index's order, the quad's slot (G S P O) it holds. */
    static int[] slotOrder(TupleMap map, int length) {
        // As TupleLib.record lays out an index's key: its i-th id is the quad's slot getSlotIdx(i).
        int[] out = new int[length];
        for (int i = 0; i < length; i++) out[i] = map.getSlotIdx(i);
        return out;
    }
}
