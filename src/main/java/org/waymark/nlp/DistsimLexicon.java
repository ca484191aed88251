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
 * words are a {@link StringTable} and the clusters numbers into a table of their names: four arrays instead of a
 * million objects. {@link #get} answers as the map it replaces; the models only ever call {@code get} and {@code size}.
 */
final class DistsimLexicon extends AbstractMap<String, String> {
    private static final String MAGIC = "WAYMARK-DISTSIM";
    private static final int VERSION = 2;

    private final StringTable words;
    /** the cluster of word {@code i}, an index into {@link #clusters} */
    private final char[] clusterOf;
    private final String[] clusters;

    private DistsimLexicon(StringTable words, char[] clusterOf, String[] clusters) {
        this.words = words;
        this.clusterOf = clusterOf;
        this.clusters = clusters;
    }

    /** The same words and clusters as {@code map}, in its iteration order. */
    static DistsimLexicon of(Map<String, String> map) {
        Map<String, Integer> clusterIds = new LinkedHashMap<>();
        char[] clusterOf = new char[map.size()];
        int i = 0;
        for (String cluster : map.values()) {
            int id = clusterIds.computeIfAbsent(cluster, k -> clusterIds.size());
            if (id > Character.MAX_VALUE) {
                throw new IllegalArgumentException("more than 65,536 clusters");
            }
            clusterOf[i++] = (char) id;
        }
        return new DistsimLexicon(StringTable.of(map.keySet()), clusterOf,
                clusterIds.keySet().toArray(String[]::new));
    }

    @Override
    public String get(Object key) {
        int entry = words.find(key);
        return entry < 0 ? null : clusters[clusterOf[entry]];
    }

    @Override
    public boolean containsKey(Object key) {
        return words.find(key) >= 0;
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
                        return new SimpleImmutableEntry<>(words.get(i), clusters[clusterOf[i]]);
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
        words.write(data);
        ByteBuffer bytes = ByteBuffer.allocate(clusterOf.length * 2);
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
        BulkInput bulk = new BulkInput(data);
        StringTable words = StringTable.read(data, bulk);
        char[] clusterOf = bulk.readChars(new char[words.size()]);
        return new DistsimLexicon(words, clusterOf, clusters.toArray(String[]::new));
    }
}
