package org.waymark.nlp;

import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * The NER's feature names and their numbers (143,284 in the 4-class model), read-only, on a {@link StringTable}:
 * CoreNLP's {@code HashIndex} holds them as a list and a map of strings, whose Java deserialization was 170 ms of
 * every start. The CRF only looks features up ({@link #indexOf}), answered as the index it replaces does; anything
 * that would add a feature is refused.
 */
final class FeatureIndex implements Index<String> {
    private static final long serialVersionUID = 1L;

    private final StringTable table;

    FeatureIndex(StringTable table) {
        this.table = table;
    }

    StringTable table() {
        return table;
    }

    @Override
    public int size() {
        return table.size();
    }

    @Override
    public String get(int i) {
        if (i < 0 || i >= size()) {
            throw new ArrayIndexOutOfBoundsException("feature " + i + " of " + size());
        }
        return table.get(i);
    }

    @Override
    public int indexOf(String o) {
        return table.find(o);
    }

    @Override
    public int indexOf(String o, boolean add) {
        int i = table.find(o);
        if (i < 0 && add) {
            throw readOnly();
        }
        return i;
    }

    @Override
    public int addToIndex(String o) {
        return indexOf(o, true);
    }

    @Override
    public List<String> objectsList() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return FeatureIndex.this.get(index);
            }

            @Override
            public int size() {
                return FeatureIndex.this.size();
            }
        };
    }

    @Override
    public Collection<String> objects(int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(get(i));
        }
        return out;
    }

    @Override
    public boolean isLocked() {
        return true;
    }

    @Override
    public void lock() {
    }

    @Override
    public void unlock() {
        throw readOnly();
    }

    /** As CoreNLP's {@code HashIndex}: a line {@code i=feature} for each. */
    @Override
    public void saveToWriter(Writer out) throws IOException {
        for (int i = 0; i < size(); i++) {
            out.write(i + "=" + get(i) + System.lineSeparator());
        }
    }

    @Override
    public void saveToFilename(String file) {
        try (Writer out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
            saveToWriter(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean contains(Object o) {
        return table.find(o) >= 0;
    }

    @Override
    public boolean add(String o) {
        throw readOnly();
    }

    @Override
    public boolean addAll(Collection<? extends String> c) {
        throw readOnly();
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    @Override
    public Iterator<String> iterator() {
        return objectsList().iterator();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the NER's feature index is read-only");
    }
}
