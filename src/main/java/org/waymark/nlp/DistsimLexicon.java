package org.waymark.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The word clusters that CoreNLP's POS tagger and NER both read ("distsim": 533,629 words, 511 clusters), held once,
 * compactly, and read-only. Each model ships its own copy as a {@code HashMap}: two maps of half a million strings
 * and nodes, which take a third of the models' load and most of what the collector copies while they load. Here the
 * words lie one after another in one {@code char[]}, the clusters are numbers into a table of their names, and an
 * open-addressing table of entry numbers finds a word by its {@code String.hashCode()}: three arrays instead of a
 * million objects. {@link #get} answers as the map it replaces; the models only ever call {@code get} and {@code size}.
 */
final class DistsimLexicon extends AbstractMap<String, String> {
    private static final String MAGIC = "WAYMARK-DISTSIM";
    private static final int VERSION = 1;

    private final char[] words;
    /** where word {@code i} starts in {@link #words}; {@code size + 1} entries */
    private final int[] starts;
    /** the cluster of word {@code i}, an index into {@link #clusters} */
    private final char[] clusterOf;
    private final String[] clusters;
    /** entry number + 1 at the slot of its hash; 0 is an empty slot */
    private final int[] slots;

    private DistsimLexicon(char[] words, int[] starts, char[] clusterOf, String[] clusters) {
        this.words = words;
        this.starts = starts;
        this.clusterOf = clusterOf;
        this.clusters = clusters;
        int size = clusterOf.length;
        // a power of two, at most two thirds full
        this.slots = new int[Integer.highestOneBit(Math.max(4, size + size / 2)) << 1];
        for (int i = 0; i < size; i++) {
            int slot = firstSlot(hash(i));
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = i + 1;
        }
    }

    /** The same words and clusters as {@code map}, in its iteration order. */
    static DistsimLexicon of(Map<String, String> map) {
        Map<String, Integer> clusterIds = new LinkedHashMap<>();
        StringBuilder words = new StringBuilder();
        int[] starts = new int[map.size() + 1];
        char[] clusterOf = new char[map.size()];
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            words.append(e.getKey());
            starts[i + 1] = words.length();
            int id = clusterIds.computeIfAbsent(e.getValue(), k -> clusterIds.size());
            if (id > Character.MAX_VALUE) {
                throw new IllegalArgumentException("more than 65,536 clusters");
            }
            clusterOf[i++] = (char) id;
        }
        char[] chars = new char[words.length()];
        words.getChars(0, chars.length, chars, 0);
        return new DistsimLexicon(chars, starts, clusterOf, clusterIds.keySet().toArray(String[]::new));
    }

    @Override
    public String get(Object key) {
        int entry = find(key);
        return entry < 0 ? null : clusters[clusterOf[entry]];
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public int size() {
        return clusterOf.length;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size();
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(word(i), clusters[clusterOf[i]]);
                    }
                };
            }

            @Override
            public int size() {
                return DistsimLexicon.this.size();
            }
        };
    }

    void write(DataOutputStream data) throws IOException {
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(clusters.length);
        for (String c : clusters) {
            data.writeUTF(c);
        }
        data.writeInt(size());
        data.writeInt(words.length);
        ByteBuffer bytes = ByteBuffer.allocate(Math.max(words.length * 2, starts.length * 4));
        bytes.asCharBuffer().put(words);
        data.write(bytes.array(), 0, words.length * 2);
        bytes.clear();
        bytes.asIntBuffer().put(starts);
        data.write(bytes.array(), 0, starts.length * 4);
        bytes.clear();
        bytes.asCharBuffer().put(clusterOf);
        data.write(bytes.array(), 0, clusterOf.length * 2);
    }

    static DistsimLexicon read(DataInputStream data) throws IOException {
        if (!MAGIC.equals(data.readUTF()) || data.readInt() != VERSION) {
            throw new IOException("not a word-cluster lexicon of this Waymark version");
        }
        List<String> clusters = new ArrayList<>();
        for (int n = data.readInt(), i = 0; i < n; i++) {
            clusters.add(data.readUTF());
        }
        int size = data.readInt();
        char[] words = new char[data.readInt()];
        int[] starts = new int[size + 1];
        char[] clusterOf = new char[size];
        // through one small buffer: reading each array's bytes whole first would allocate (and zero) 25 MB more
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (int at = 0; at < words.length; ) {
            int n = fill(data, buffer, words.length - at, 2);
            buffer.asCharBuffer().get(words, at, n);
            at += n;
        }
        for (int at = 0; at < starts.length; ) {
            int n = fill(data, buffer, starts.length - at, 4);
            buffer.asIntBuffer().get(starts, at, n);
            at += n;
        }
        for (int at = 0; at < clusterOf.length; ) {
            int n = fill(data, buffer, clusterOf.length - at, 2);
            buffer.asCharBuffer().get(clusterOf, at, n);
            at += n;
        }
        return new DistsimLexicon(words, starts, clusterOf, clusters.toArray(String[]::new));
    }

    /** Reads up to {@code left} values of {@code width} bytes into the buffer; returns how many. */
    private static int fill(DataInputStream data, ByteBuffer buffer, int left, int width) throws IOException {
        int n = Math.min(left, buffer.capacity() / width);
        buffer.clear();
        data.readFully(buffer.array(), 0, n * width);
        buffer.limit(n * width);
        return n;
    }

    private int find(Object key) {
        if (!(key instanceof String s)) {
            return -1;
        }
        for (int slot = firstSlot(s.hashCode()); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int entry = slots[slot] - 1;
            if (equals(entry, s)) {
                return entry;
            }
        }
        return -1;
    }

    private boolean equals(int entry, String s) {
        int from = starts[entry];
        if (starts[entry + 1] - from != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (words[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code String.hashCode()} of word {@code entry}, without making the string. */
    private int hash(int entry) {
        int h = 0;
        for (int i = starts[entry]; i < starts[entry + 1]; i++) {
            h = 31 * h + words[i];
        }
        return h;
    }

    private int firstSlot(int hash) {
        return (hash ^ (hash >>> 16)) & (slots.length - 1);
    }

    private String word(int entry) {
        return new String(words, starts[entry], starts[entry + 1] - starts[entry]);
    }
}
