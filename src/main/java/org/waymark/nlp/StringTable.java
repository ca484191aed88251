package org.waymark.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;

/**
 * Many strings held compactly and read-only, each with its entry number: the characters one after another in one
 * {@code char[]}, where each starts, and an open-addressing table of entry numbers that finds a string by its
 * {@code String.hashCode()}. Three arrays instead of a string and a map node per entry: they load as three bulk reads
 * and give the collector nothing to trace. Thread-safe.
 */
final class StringTable {
    private static final byte LATIN_1 = 1;
    private static final byte UTF_16 = 2;
    private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[64]);

    private final char[] chars;
    /** where entry {@code i} starts in {@link #chars}; {@code size + 1} entries */
    private final int[] starts;
    /** entry number + 1 at the slot of its hash; 0 is an empty slot */
    private final int[] slots;

    private StringTable(char[] chars, int[] starts) {
        this.chars = chars;
        this.starts = starts;
        int size = starts.length - 1;
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

    /** The strings, numbered in their iteration order; a string given twice is found at its first entry. */
    static StringTable of(Collection<String> strings) {
        StringBuilder all = new StringBuilder();
        int[] starts = new int[strings.size() + 1];
        int i = 0;
        for (String s : strings) {
            all.append(s);
            starts[++i] = all.length();
        }
        char[] chars = new char[all.length()];
        all.getChars(0, chars.length, chars, 0);
        return new StringTable(chars, starts);
    }

    int size() {
        return starts.length - 1;
    }

    /** The entry number of {@code key}, or -1 when it is not a string of the table. */
    int find(Object key) {
        if (!(key instanceof String s)) {
            return -1;
        }
        char[] wanted = null;
        for (int slot = firstSlot(s.hashCode()); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int entry = slots[slot] - 1;
            int from = starts[entry];
            if (starts[entry + 1] - from != s.length()) {
                continue;
            }
            if (wanted == null) {
                // the key's characters once, into an array: String.charAt one by one is slow with the quick JIT
                wanted = scratch(s.length());
                s.getChars(0, s.length(), wanted, 0);
            }
            if (Arrays.equals(chars, from, from + s.length(), wanted, 0, s.length())) {
                return entry;
            }
        }
        return -1;
    }

    /** A thread's array of at least {@code length} characters, for the key being looked up. */
    private static char[] scratch(int length) {
        char[] b = SCRATCH.get();
        if (b.length < length) {
            b = new char[Math.max(length, b.length * 2)];
            SCRATCH.set(b);
        }
        return b;
    }

    /** The string of an entry, made anew. */
    String get(int entry) {
        return new String(chars, starts[entry], starts[entry + 1] - starts[entry]);
    }

    /** Writes the table: the characters in Latin-1 where they all are (most tables), else in UTF-16. */
    void write(DataOutputStream data) throws IOException {
        boolean latin1 = true;
        for (char c : chars) {
            latin1 &= c <= 0xFF;
        }
        data.writeInt(size());
        data.writeInt(chars.length);
        data.writeByte(latin1 ? LATIN_1 : UTF_16);
        ByteBuffer bytes = ByteBuffer.allocate(Math.max(chars.length * 2, starts.length * 4));
        if (latin1) {
            for (char c : chars) {
                bytes.put((byte) c);
            }
            data.write(bytes.array(), 0, chars.length);
        } else {
            bytes.asCharBuffer().put(chars);
            data.write(bytes.array(), 0, chars.length * 2);
        }
        bytes.clear();
        bytes.asIntBuffer().put(starts);
        data.write(bytes.array(), 0, starts.length * 4);
    }

    /** Reads a table {@link #write} wrote. */
    static StringTable read(DataInputStream data) throws IOException {
        return read(data, new BulkInput(data));
    }

    /** Reads a table {@link #write} wrote, its arrays through {@code bulk} (which reads {@code data}). */
    static StringTable read(DataInputStream data, BulkInput bulk) throws IOException {
        int size = data.readInt();
        char[] chars = new char[data.readInt()];
        byte form = data.readByte();
        if (form == LATIN_1) {
            bulk.readLatin1(chars);
        } else if (form == UTF_16) {
            bulk.readChars(chars);
        } else {
            throw new IOException("not a string table (form " + form + ")");
        }
        return new StringTable(chars, bulk.readInts(new int[size + 1]));
    }

    /** {@code String.hashCode()} of entry {@code entry}, without making the string. */
    private int hash(int entry) {
        int h = 0;
        for (int i = starts[entry]; i < starts[entry + 1]; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private int firstSlot(int hash) {
        return (hash ^ (hash >>> 16)) & (slots.length - 1);
    }
}
