package org.waymark.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts (lookup key, place) pairs in bounded memory: pairs gather in a chunk of at most {@link #CHUNK_BYTES}, each full
 * chunk is sorted and written to a run file in {@code dir}, and {@link #merge} reads the runs back in one ordered
 * stream. The order is the key's UTF-8 bytes, then {@code placeOrder} (most populous first, for the index), so that
 * the pairs of one key come out together, best-known place first.
 */
final class KeySorter implements Closeable {
    /**
     * Key bytes held before a chunk is sorted and written out: a 32nd of the heap (with the chunk's offsets and sort
     * arrays, about a tenth), between 1 and 64 MB.
     */
    static final int CHUNK_BYTES = (int) Math.max(1 << 20, Math.min(64 << 20, Runtime.getRuntime().maxMemory() / 32));

    /** Receives the merged pairs. */
    interface PairSink {
        void pair(byte[] key, int place) throws IOException;
    }

    private final Path dir;
    private final IntSort.Order placeOrder;
    private final List<Path> runs = new ArrayList<>();
    private byte[] blob = new byte[1 << 16];
    private int[] starts = new int[1 << 12];
    private int[] places = new int[1 << 12];
    private int count;
    private int used;

    KeySorter(Path dir, IntSort.Order placeOrder) {
        this.dir = dir;
        this.placeOrder = placeOrder;
    }

    void add(byte[] key, int place) throws IOException {
        if (used + key.length > CHUNK_BYTES && count > 0) {
            spill();
        }
        if (used + key.length > blob.length) {
            blob = Arrays.copyOf(blob, Math.max(used + key.length, blob.length * 2));
        }
        if (count == places.length) {
            starts = Arrays.copyOf(starts, count * 2);
            places = Arrays.copyOf(places, count * 2);
        }
        System.arraycopy(key, 0, blob, used, key.length);
        starts[count] = used;
        places[count] = place;
        used += key.length;
        count++;
    }

    /** Every pair added, in key order, each (key, place) pair once. */
    void merge(PairSink sink) throws IOException {
        spill();
        PriorityQueue<Run> queue = new PriorityQueue<>(Math.max(1, runs.size()), this::compare);
        try {
            for (Path p : runs) {
                Run r = new Run(p);
                if (r.next()) {
                    queue.add(r);
                } else {
                    r.close();
                }
            }
            byte[] lastKey = null;
            int lastPlace = -1;
            while (!queue.isEmpty()) {
                Run r = queue.poll();
                if (lastKey == null || lastPlace != r.place || !Arrays.equals(lastKey, r.key)) {
                    sink.pair(r.key, r.place);
                    lastKey = r.key;
                    lastPlace = r.place;
                }
                if (r.next()) {
                    queue.add(r);
                } else {
                    r.close();
                }
            }
        } finally {
            for (Run r : queue) {
                r.close();
            }
        }
    }

    private int compare(Run a, Run b) {
        int c = Arrays.compareUnsigned(a.key, b.key);
        return c != 0 ? c : placeOrder.compare(a.place, b.place);
    }

    /** Sorts the chunk and writes it as a run. */
    private void spill() throws IOException {
        if (count == 0) {
            return;
        }
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        IntSort.sort(order, (a, b) -> {
            int c = Arrays.compareUnsigned(blob, starts[a], end(a), blob, starts[b], end(b));
            return c != 0 ? c : placeOrder.compare(places[a], places[b]);
        });
        Path run = Files.createTempFile(dir, "keys", ".run");
        runs.add(run);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (int i : order) {
                out.writeShort(end(i) - starts[i]);
                out.write(blob, starts[i], end(i) - starts[i]);
                out.writeInt(places[i]);
            }
        }
        count = 0;
        used = 0;
    }

    private int end(int i) {
        return i + 1 < count ? starts[i + 1] : used;
    }

    @Override
    public void close() throws IOException {
        for (Path p : runs) {
            Files.deleteIfExists(p);
        }
    }

    /** A run file read pair by pair. */
    private static final class Run implements Closeable {
        private final DataInputStream in;
        byte[] key;
        int place;

        Run(Path p) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16));
        }

        boolean next() throws IOException {
            int length;
            try {
                length = in.readUnsignedShort();
            } catch (EOFException e) {
                return false;
            }
            key = new byte[length];
            in.readFully(key);
            place = in.readInt();
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
