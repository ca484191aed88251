package org.waymark.gazetteer;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where a build puts its places, one at a time, in bounded memory: the numeric columns (36 bytes a place) stay on the
 * heap, names go to a temporary file as they come, lookup keys to a {@link KeySorter}; {@link #write} lays them out as
 * an {@link IndexFile}. Twelve million places (allCountries) fit a 2 GB heap. Places of feature classes the build
 * leaves out ({@code --features}) are dropped here, so every source is filtered alike.
 */
final class PlaceStore implements Closeable {
    /** The country and admin1 entries and demonyms of the index. */
    record Entries(String[] countryCodes, int[] countryPlaces, String[] admin1Keys, int[] admin1Places,
                   String[] demonymForms, String[] demonymCodes) {
    }

    private final Path dir;
    private final Set<String> featureClasses;
    private final DataOutputStream names;
    private final KeySorter keys;
    private final Map<String, Integer> featureTable = new LinkedHashMap<>();
    private final Map<String, Integer> countryTable = new LinkedHashMap<>();
    private final Map<String, Integer> admin1Table = new LinkedHashMap<>();
    private long[] ids = new long[1 << 12];
    private double[] latitudes = new double[1 << 12];
    private double[] longitudes = new double[1 << 12];
    private int[] nameStarts = new int[(1 << 12) + 1];
    private short[] features = new short[1 << 12];
    private short[] countries = new short[1 << 12];
    private int[] admin1s = new int[1 << 12];
    private long[] populations = new long[1 << 12];
    private int count;
    /** "class\tcode" by feature index, once writing starts */
    private String[] featureOf;
    private long nameBytes;
    private int maxNameTokens = 1;
    private Entries entries = new Entries(new String[0], new int[0], new String[0], new int[0], new String[0],
            new String[0]);

    /**
     * @param parent         where the temporary files go (a folder of their own, deleted by {@link #close})
     * @param featureClasses the GeoNames feature classes to keep, or null for all
     */
    PlaceStore(Path parent, Set<String> featureClasses) throws IOException {
        this.dir = Files.createTempDirectory(parent, ".waymark-build-");
        this.featureClasses = featureClasses;
        this.names = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve("names")), 1 << 16));
        this.keys = new KeySorter(dir, this::placeOrder);
    }

    /** A version 1 index's tables as a store, to be written in the current format. */
    static PlaceStore of(IndexTables t, Path parent) throws IOException {
        PlaceStore store = new PlaceStore(parent, null);
        for (int i = 0; i < t.placeCount(); i++) {
            int f = t.features()[i];
            store.add(t.ids()[i], t.names()[i], t.latitudes()[i], t.longitudes()[i], t.featureClasses()[f],
                    t.featureCodes()[f], t.countryTable()[t.countries()[i]], t.admin1Table()[t.admin1s()[i]],
                    t.populations()[i]);
        }
        for (int k = 0; k < t.keyCount(); k++) {
            byte[] key = Arrays.copyOfRange(t.keyBytes(), t.keyStarts()[k], t.keyStarts()[k + 1]);
            for (int p = t.postingStarts()[k]; p < t.postingStarts()[k + 1]; p++) {
                store.key(key, t.postings()[p]);
            }
        }
        store.entries(new Entries(t.countryCodes(), t.countryPlaces(), t.admin1Keys(), t.admin1Places(),
                t.demonymForms(), t.demonymCodes()));
        return store;
    }

    /** Whether places of this feature class are kept. */
    boolean keeps(String featureClass) {
        return featureClasses == null || featureClasses.contains(featureClass);
    }

    /** Adds a place; its index, or -1 when its feature class is left out. */
    int add(long id, String name, double lat, double lon, String featureClass, String featureCode,
            String countryCode, String admin1, long population) throws IOException {
        if (!keeps(featureClass)) {
            return -1;
        }
        grow();
        int i = count++;
        if (id > Integer.MAX_VALUE) {
            throw new IllegalStateException("geonameid " + id + " beyond the index format's 2^31");
        }
        ids[i] = id;
        latitudes[i] = lat;
        longitudes[i] = lon;
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        names.write(utf8);
        nameBytes += utf8.length;
        if (nameBytes > Integer.MAX_VALUE) {
            throw new IllegalStateException("more than 2 GB of place names: too large for the index format");
        }
        nameStarts[i + 1] = (int) nameBytes;
        features[i] = code(featureTable, featureClass + "\t" + featureCode);
        countries[i] = code(countryTable, countryCode);
        admin1s[i] = admin1Table.computeIfAbsent(admin1, k -> admin1Table.size());
        populations[i] = population;
        return i;
    }

    /** Adds a normalized lookup key of place {@code place}. */
    void key(String normalized, int place) throws IOException {
        maxNameTokens = Math.max(maxNameTokens, AlternateNames.tokens(normalized));
        keys.add(normalized.getBytes(StandardCharsets.UTF_8), place);
    }

    private void key(byte[] utf8, int place) throws IOException {
        key(new String(utf8, StandardCharsets.UTF_8), place);
    }

    void entries(Entries e) {
        this.entries = e;
    }

    int placeCount() {
        return count;
    }

    /** The order of places under one key: most populous first, then lowest geonameid. */
    private int placeOrder(int a, int b) {
        return populations[a] != populations[b] ? Long.compare(populations[b], populations[a])
                : Long.compare(ids[a], ids[b]);
    }

    private static short code(Map<String, Integer> table, String value) {
        int c = table.computeIfAbsent(value, k -> table.size());
        if (c > Short.MAX_VALUE) {
            throw new IllegalStateException("too many distinct feature or country codes for the index format");
        }
        return (short) c;
    }

    private void grow() {
        if (count < ids.length) {
            return;
        }
        int n = ids.length + (ids.length >> 1);
        ids = Arrays.copyOf(ids, n);
        latitudes = Arrays.copyOf(latitudes, n);
        longitudes = Arrays.copyOf(longitudes, n);
        nameStarts = Arrays.copyOf(nameStarts, n + 1);
        features = Arrays.copyOf(features, n);
        countries = Arrays.copyOf(countries, n);
        admin1s = Arrays.copyOf(admin1s, n);
        populations = Arrays.copyOf(populations, n);
    }

    /** What a write produced. */
    record Written(int places, int keys, long bytes) {
    }

    /** Sorts the keys (merging the sorter's runs) and writes the index file. */
    Written write(Path out) throws IOException {
        names.close();
        featureOf = featureTable.keySet().toArray(String[]::new);
        Path keyBytes = dir.resolve("keys");
        Path postings = dir.resolve("postings");
        IntList keyStarts = new IntList();
        IntList postingStarts = new IntList();
        IntList notableKeys = new IntList();
        int[] pairs = {0};
        try (DataOutputStream keyOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(keyBytes), 1 << 16));
             DataOutputStream postingOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(postings), 1 << 16))) {
            byte[][] last = {null};
            keys.merge((key, place) -> {
                if (last[0] == null || !Arrays.equals(last[0], key)) {
                    if (keyOut.size() == Integer.MAX_VALUE) {
                        throw new IllegalStateException("more than 2 GB of lookup keys: too large for the index format");
                    }
                    keyStarts.add(keyOut.size());
                    postingStarts.add(pairs[0]);
                    keyOut.write(key);
                    last[0] = key;
                }
                int k = keyStarts.size() - 1;
                if (isNotable(place) && (notableKeys.size() == 0 || notableKeys.a[notableKeys.size() - 1] != k)) {
                    notableKeys.add(k);
                }
                postingOut.writeInt(place);
                pairs[0]++;
            });
            keyStarts.add(keyOut.size());
            postingStarts.add(pairs[0]);
        }
        List<IndexFile.Section> sections = List.of(longs(ids, count), doubles(latitudes, count),
                doubles(longitudes, count), ints(nameStarts, count + 1), file(dir.resolve("names")),
                shorts(features, count), shorts(countries, count), ints(admin1s, count), longs(populations, count),
                ints(keyStarts.a, keyStarts.n), file(keyBytes), ints(postingStarts.a, postingStarts.n),
                file(postings), ints(idOrder(), count), ints(notableKeys.a, notableKeys.n), bytes(tables()));
        IndexFile.write(sections, out);
        return new Written(count, keyStarts.size() - 1, Files.size(out));
    }

    /** {@link Place#isNotable} of place {@code i}, from its columns. */
    private boolean isNotable(int i) {
        String feature = featureOf[features[i]];
        int tab = feature.indexOf('\t');
        return new Place(ids[i], "", 0, 0, feature.substring(0, tab), feature.substring(tab + 1), "", "",
                populations[i]).isNotable();
    }

    /** Place indices in geonameid order. */
    private int[] idOrder() {
        long[] packed = new long[count];
        for (int i = 0; i < count; i++) {
            packed[i] = ids[i] << 32 | i;
        }
        Arrays.sort(packed);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) packed[i];
        }
        return order;
    }

    private byte[] tables() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        strings(data, featureTable.keySet().stream().map(f -> f.substring(0, f.indexOf('\t'))));
        strings(data, featureTable.keySet().stream().map(f -> f.substring(f.indexOf('\t') + 1)));
        strings(data, countryTable.keySet().stream());
        strings(data, admin1Table.keySet().stream());
        data.writeInt(maxNameTokens);
        strings(data, Stream.of(entries.countryCodes()));
        ints(data, entries.countryPlaces());
        strings(data, Stream.of(entries.admin1Keys()));
        ints(data, entries.admin1Places());
        strings(data, Stream.of(entries.demonymForms()));
        strings(data, Stream.of(entries.demonymCodes()));
        data.flush();
        return bytes.toByteArray();
    }

    private static void strings(DataOutputStream data, Stream<String> values) throws IOException {
        List<String> list = values.toList();
        data.writeInt(list.size());
        for (String s : list) {
            data.writeUTF(s);
        }
    }

    private static void ints(DataOutputStream data, int[] values) throws IOException {
        data.writeInt(values.length);
        for (int v : values) {
            data.writeInt(v);
        }
    }

    private static IndexFile.Section longs(long[] a, int n) {
        return block(n, 8, (b, from, to) -> b.asLongBuffer().put(a, from, to - from));
    }

    private static IndexFile.Section doubles(double[] a, int n) {
        return block(n, 8, (b, from, to) -> b.asDoubleBuffer().put(a, from, to - from));
    }

    private static IndexFile.Section shorts(short[] a, int n) {
        return block(n, 2, (b, from, to) -> b.asShortBuffer().put(a, from, to - from));
    }

    private static IndexFile.Section ints(int[] a, int n) {
        return block(n, 4, (b, from, to) -> b.asIntBuffer().put(a, from, to - from));
    }

    /** Puts values [from, to) of an array into a buffer. */
    private interface Fill {
        void fill(ByteBuffer b, int from, int to);
    }

    /** A section of {@code n} values of {@code width} bytes, written from an array in slices of 64 KB. */
    private static IndexFile.Section block(int n, int width, Fill fill) {
        return new IndexFile.Section() {
            @Override
            public long length() {
                return (long) n * width;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                int slice = (1 << 16) / width;
                ByteBuffer b = ByteBuffer.allocate(slice * width);
                for (int from = 0; from < n; from += slice) {
                    int to = Math.min(n, from + slice);
                    fill.fill(b.clear(), from, to);
                    out.write(b.array(), 0, (to - from) * width);
                }
            }
        };
    }

    private static IndexFile.Section bytes(byte[] a) {
        return new IndexFile.Section() {
            @Override
            public long length() {
                return a.length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(a);
            }
        };
    }

    private static IndexFile.Section file(Path p) throws IOException {
        long length = Files.size(p);
        return new IndexFile.Section() {
            @Override
            public long length() {
                return length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                Files.copy(p, out);
            }
        };
    }

    @Override
    public void close() throws IOException {
        names.close();
        keys.close();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] a = new int[1 << 12];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n + (n >> 1));
            }
            a[n++] = v;
        }

        int size() {
            return n;
        }
    }
}
