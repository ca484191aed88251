package org.waymark.gazetteer;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The index as {@link IndexFile} lays it out, read in place: each column a buffer over the file's bytes (mapped from
 * a file, so that the operating system pages in what lookups touch and the heap holds none of it; or on the heap,
 * for the embedded index in the jar). Places are in build order; {@code idOrder} lists them by geonameid for
 * {@link #indexOf}. Lookup keys are normalized names sorted by their UTF-8 bytes, each with a run of place indices in
 * {@code postings}, most populous first; the keys of notable places are listed again on their own. Small tables (feature codes, country and admin1 entries, demonyms) are read
 * onto the heap.
 */
final class IndexData {
    /** The sections of the file, in order. */
    static final int IDS = 0;
    static final int LATITUDES = 1;
    static final int LONGITUDES = 2;
    static final int NAME_STARTS = 3;
    static final int NAME_BYTES = 4;
    static final int FEATURES = 5;
    static final int COUNTRIES = 6;
    static final int ADMIN1S = 7;
    static final int POPULATIONS = 8;
    static final int KEY_STARTS = 9;
    static final int KEY_BYTES = 10;
    static final int POSTING_STARTS = 11;
    static final int POSTINGS = 12;
    static final int ID_ORDER = 13;
    static final int NOTABLE_KEYS = 14;
    static final int TABLES = 15;
    static final int SECTIONS = 16;

    private final LongBuffer ids;
    private final DoubleBuffer latitudes;
    private final DoubleBuffer longitudes;
    private final IntBuffer nameStarts;
    private final ByteBuffer nameBytes;
    private final ShortBuffer features;
    private final ShortBuffer countries;
    private final IntBuffer admin1s;
    private final LongBuffer populations;
    private final IntBuffer keyStarts;
    private final ByteBuffer keyBytes;
    private final IntBuffer postingStarts;
    private final IntBuffer postings;
    private final IntBuffer idOrder;
    /** the keys (ascending) that name at least one {@link Place#isNotable} place, for {@link GeoNamesIndex#similar} */
    private final IntBuffer notableKeys;
    final Tables tables;

    /** The small tables, on the heap. */
    record Tables(String[] featureClasses, String[] featureCodes, String[] countryTable, String[] admin1Table,
                  int maxNameTokens, String[] countryCodes, int[] countryPlaces, String[] admin1Keys,
                  int[] admin1Places, String[] demonymForms, String[] demonymCodes) {
    }

    /** @param sections the {@link #SECTIONS} sections' bytes, big-endian; {@code name} is for errors */
    IndexData(List<ByteBuffer> sections, String name) throws IOException {
        ids = sections.get(IDS).asLongBuffer();
        latitudes = sections.get(LATITUDES).asDoubleBuffer();
        longitudes = sections.get(LONGITUDES).asDoubleBuffer();
        nameStarts = sections.get(NAME_STARTS).asIntBuffer();
        nameBytes = sections.get(NAME_BYTES);
        features = sections.get(FEATURES).asShortBuffer();
        countries = sections.get(COUNTRIES).asShortBuffer();
        admin1s = sections.get(ADMIN1S).asIntBuffer();
        populations = sections.get(POPULATIONS).asLongBuffer();
        keyStarts = sections.get(KEY_STARTS).asIntBuffer();
        keyBytes = sections.get(KEY_BYTES);
        postingStarts = sections.get(POSTING_STARTS).asIntBuffer();
        postings = sections.get(POSTINGS).asIntBuffer();
        idOrder = sections.get(ID_ORDER).asIntBuffer();
        notableKeys = sections.get(NOTABLE_KEYS).asIntBuffer();
        tables = readTables(sections.get(TABLES));
        check(name);
    }

    int placeCount() {
        return ids.limit();
    }

    int keyCount() {
        return keyStarts.limit() - 1;
    }

    Place place(int i) {
        int f = features.get(i);
        return new Place(ids.get(i), name(i), latitudes.get(i), longitudes.get(i), tables.featureClasses[f],
                tables.featureCodes[f], tables.countryTable[countries.get(i)], tables.admin1Table[admin1s.get(i)],
                populations.get(i));
    }

    private String name(int i) {
        return utf8(nameBytes, nameStarts.get(i), nameStarts.get(i + 1));
    }

    /** The place with this geonameid, or -1. */
    int indexOf(long geonameid) {
        int lo = 0;
        int hi = idOrder.limit() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long id = ids.get(idOrder.get(mid));
            if (id < geonameid) {
                lo = mid + 1;
            } else if (id > geonameid) {
                hi = mid - 1;
            } else {
                return idOrder.get(mid);
            }
        }
        return -1;
    }

    /** The key equal to {@code q} (UTF-8), or -1. */
    int find(byte[] q) {
        int lo = 0;
        int hi = keyCount() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareKey(mid, q, q.length);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    int notableKeyCount() {
        return notableKeys.limit();
    }

    /** The {@code i}th key that names a notable place. */
    int notableKey(int i) {
        return notableKeys.get(i);
    }

    /** The first notable key (its position among them) not below {@code prefix}. */
    int notableLowerBound(byte[] prefix) {
        int lo = 0;
        int hi = notableKeyCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareKey(notableKey(mid), prefix, prefix.length) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether key {@code k} starts with {@code prefix}. */
    boolean keyStartsWith(int k, byte[] prefix) {
        return keyLength(k) >= prefix.length && compareKey(k, prefix, prefix.length, prefix.length) == 0;
    }

    int keyLength(int k) {
        return keyStarts.get(k + 1) - keyStarts.get(k);
    }

    String key(int k) {
        return utf8(keyBytes, keyStarts.get(k), keyStarts.get(k + 1));
    }

    int postingStart(int k) {
        return postingStarts.get(k);
    }

    int postingEnd(int k) {
        return postingStarts.get(k + 1);
    }

    int posting(int p) {
        return postings.get(p);
    }

    /** Key {@code k} against {@code q[0, length)}, unsigned bytes, as {@link java.util.Arrays#compareUnsigned}. */
    private int compareKey(int k, byte[] q, int length) {
        return compareKey(k, q, length, keyLength(k));
    }

    /** The first {@code keyLength} bytes of key {@code k} against {@code q[0, length)}. */
    private int compareKey(int k, byte[] q, int length, int keyLength) {
        int start = keyStarts.get(k);
        int n = Math.min(keyLength, length);
        for (int i = 0; i < n; i++) {
            int c = Byte.toUnsignedInt(keyBytes.get(start + i)) - Byte.toUnsignedInt(q[i]);
            if (c != 0) {
                return c;
            }
        }
        return keyLength - length;
    }

    private static String utf8(ByteBuffer bytes, int from, int to) {
        byte[] b = new byte[to - from];
        bytes.get(from, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static Tables readTables(ByteBuffer section) throws IOException {
        byte[] bytes = new byte[section.remaining()];
        section.get(0, bytes);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        return new Tables(strings(in), strings(in), strings(in), strings(in), in.readInt(), strings(in), ints(in),
                strings(in), ints(in), strings(in), strings(in));
    }

    private static String[] strings(DataInputStream in) throws IOException {
        String[] a = new String[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readUTF();
        }
        return a;
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    /** Cheap consistency checks, so that a damaged file fails here rather than as an index error at lookup. */
    private void check(String name) throws GazetteerFileException {
        int n = placeCount();
        boolean ok = latitudes.limit() == n && longitudes.limit() == n && nameStarts.limit() == n + 1
                && features.limit() == n && countries.limit() == n && admin1s.limit() == n
                && populations.limit() == n && idOrder.limit() == n && keyStarts.limit() >= 1
                && notableKeys.limit() < keyStarts.limit()
                && postingStarts.limit() == keyStarts.limit()
                && keyStarts.get(keyCount()) == keyBytes.limit() && nameStarts.get(n) == nameBytes.limit()
                && postingStarts.get(keyCount()) == postings.limit()
                && tables.featureClasses.length == tables.featureCodes.length
                && tables.countryCodes.length == tables.countryPlaces.length
                && tables.admin1Keys.length == tables.admin1Places.length
                && tables.demonymForms.length == tables.demonymCodes.length;
        if (!ok) {
            throw new GazetteerFileException(name, 0, "inconsistent gazetteer index tables");
        }
    }
}
