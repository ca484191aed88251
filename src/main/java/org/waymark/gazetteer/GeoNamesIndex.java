package org.waymark.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.waymark.CacheHome;
import org.waymark.CachedResource;

/**
 * The offline GeoNames gazetteer: either {@link #embedded()}, the index the build makes of the GeoNames extract the
 * project carries (cities500, countries, admin1 and admin2, seas and regions) and Waymark's curated tables, or
 * {@link #load(Path)} of an index that {@link GazetteerBuilder} made from full GeoNames dumps. Immutable once built, so one instance serves all
 * threads.
 */
public final class GeoNamesIndex implements Gazetteer {
    /** Where the opensextant-xponents-core artifact keeps its GeoNames copies. */
    static final String SOURCE_EMBEDDED = "embedded";
    static final String SOURCE_INDEX = "geonames-index";
    static final String ADMIN1_POINTS = "admin1_points.tsv";
    /** The prebuilt embedded gazetteer, a classpath resource beside this class. */
    static final String EMBEDDED_INDEX = "embedded.idx";
    /** The GeoNames extract the embedded index is built from, relative to the project's folder. */
    static final String EMBEDDED_SOURCES = "src/main/gazetteer/geonames";
    /** Where this class's relative resources (the curated tables, the embedded index) lie in a class tree or jar. */
    static final String RESOURCE_FOLDER = GeoNamesIndex.class.getPackageName().replace('.', '/');

    private final IndexData t;
    private final String source;
    private final Map<String, Integer> countryIndex;
    private final Map<String, Integer> admin1Index;
    private final Map<String, String> demonyms;
    private final List<Place> countries;
    /** first-level divisions per country code */
    private final Map<String, Integer> admin1Counts;
    /** {@link #find} and {@link #similarPlaces} by their argument: the same names come back in every document. */
    private final BoundedMemo<String, Integer> keys = new BoundedMemo<>(200_000);
    private final BoundedMemo<String, List<Place>> similar = new BoundedMemo<>(20_000);

    GeoNamesIndex(IndexData data, String source) {
        this.t = data;
        this.source = source;
        IndexData.Tables tables = data.tables;
        this.countryIndex = indexOf(tables.countryCodes(), tables.countryPlaces());
        this.admin1Index = indexOf(tables.admin1Keys(), tables.admin1Places());
        Map<String, String> d = new HashMap<>();
        for (int i = 0; i < tables.demonymForms().length; i++) {
            d.put(tables.demonymForms()[i], tables.demonymCodes()[i]);
        }
        this.demonyms = Map.copyOf(d);
        List<Place> c = new ArrayList<>();
        for (int i : tables.countryPlaces()) {
            c.add(place(i));
        }
        this.countries = Collections.unmodifiableList(c);
        Map<String, Integer> counts = new HashMap<>();
        for (String key : tables.admin1Keys()) {
            counts.merge(key.substring(0, key.indexOf('.')), 1, Integer::sum);
        }
        this.admin1Counts = Map.copyOf(counts);
    }

    private static final class EmbeddedHolder {
        static final GeoNamesIndex INSTANCE = openEmbedded();
    }

    /**
     * The default offline gazetteer, shared by all threads: the index that the build wrote into the jar
     * ({@link EmbeddedIndexWriter}): the populated places of GeoNames' cities500 with countries, first- and
     * second-level divisions, seas and regions, and Waymark's curated regions, aliases and demonyms.
     */
    public static GeoNamesIndex embedded() {
        return EmbeddedHolder.INSTANCE;
    }

    /**
     * The embedded index memory-mapped from its copy in Waymark's cache ({@link CachedResource}), as an index built
     * from dumps is: the heap holds its small tables only, and a start maps 25 MB instead of inflating them out of the
     * jar onto the heap (0.3 s on the main thread of a cold start → 0.07 s). Where no copy can be kept (no cache
     * folder, a read-only disk), it is read from the jar onto the heap.
     */
    private static GeoNamesIndex openEmbedded() {
        String name = RESOURCE_FOLDER + "/" + EMBEDDED_INDEX;
        Path file;
        try {
            file = CachedResource.file(GeoNamesIndex.class, EMBEDDED_INDEX, CacheHome.folder("gazetteer"),
                    EMBEDDED_INDEX);
        } catch (IOException | RuntimeException e) {
            file = null;
        }
        try {
            if (file != null) {
                return new GeoNamesIndex(IndexFile.open(file), SOURCE_EMBEDDED);
            }
            try (InputStream in = GeoNamesIndex.class.getResourceAsStream(EMBEDDED_INDEX)) {
                if (in == null) {
                    throw new IllegalStateException("embedded gazetteer: " + name
                            + " is not on the classpath; the build writes it (mvn process-classes)");
                }
                return new GeoNamesIndex(IndexFile.read(in, name), SOURCE_EMBEDDED);
            }
        } catch (IOException e) {
            // the index ships inside the jar: failing to read it is a packaging fault, not user input
            throw new UncheckedIOException("embedded gazetteer: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the embedded gazetteer (at build time): the index {@link GazetteerBuilder} makes of the GeoNames extract
     * the project carries ({@link #EMBEDDED_SOURCES}, made by {@code tools/extract_geonames.py}).
     */
    static void writeEmbedded(Path sources, Path out) throws IOException {
        GazetteerBuilder.build(sources, out);
    }

    /**
     * Opens an index written by {@link GazetteerBuilder#build}, memory-mapped: the heap holds its small tables only,
     * and the operating system pages in what lookups read. Fails with file and reason if it is not one.
     */
    public static GeoNamesIndex load(Path index) throws IOException {
        return new GeoNamesIndex(IndexFile.open(index), SOURCE_INDEX);
    }

    @Override
    public List<Place> candidates(String name) {
        int k = find(Names.normalize(name));
        if (k < 0) {
            return List.of();
        }
        int from = t.postingStart(k);
        int to = t.postingEnd(k);
        Place[] places = new Place[to - from];
        for (int p = from; p < to; p++) {
            places[p - from] = place(t.posting(p));
        }
        return List.of(places);
    }

    /**
     * For a one-word name of five letters or more: keys one edit away (two for nine letters or more; a transposition
     * counts as one) that share the first letter, found by running a Lucene Levenshtein automaton over that letter's
     * block of the keys of notable places (countries, divisions, regions, towns of 5,000 or more; listed apart in the
     * index, so that the scan does not grow with the villages of allCountries); of the nearest keys, the notable
     * places.
     */
    @Override
    public Lookup similar(String name) {
        return new Lookup(similarPlaces(name), sourceName());
    }

    private List<Place> similarPlaces(String name) {
        String q = Names.normalize(name);
        return similar.get(q, () -> searchSimilar(q));
    }

    private List<Place> searchSimilar(String q) {
        if (q.codePointCount(0, q.length()) < 5 || q.indexOf(' ') >= 0 || find(q) >= 0) {
            // one word only: a variant of "Fort Detrick" two letters away is more often another name
            return List.of();
        }
        int maxEdits = q.length() >= 9 ? 2 : 1;
        String first = q.substring(0, Character.charCount(q.codePointAt(0)));
        byte[] prefix = first.getBytes(StandardCharsets.UTF_8);
        List<Place> found = new ArrayList<>();
        for (int edits = 1; edits <= maxEdits && found.isEmpty(); edits++) {
            CharacterRunAutomaton automaton = new CharacterRunAutomaton(
                    new LevenshteinAutomata(q, true).toAutomaton(edits));
            // the keys of notable places that start with the same letter
            for (int i = t.notableLowerBound(prefix); i < t.notableKeyCount() && t.keyStartsWith(t.notableKey(i), prefix); i++) {
                int k = t.notableKey(i);
                if (Math.abs(t.keyLength(k) - q.length()) > edits + 2) {
                    continue;   // UTF-8 length differs too much to be within reach (cheap test before decoding)
                }
                if (automaton.run(t.key(k))) {
                    for (int p = t.postingStart(k); p < t.postingEnd(k); p++) {
                        Place place = place(t.posting(p));
                        if (place.isNotable()) {
                            found.add(place);
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    @Override
    public boolean isName(String normalizedName) {
        return find(normalizedName) >= 0;
    }

    @Override
    public int maxNameTokens() {
        return t.tables.maxNameTokens();
    }

    @Override
    public Optional<Place> byId(long geonameid) {
        int i = t.indexOf(geonameid);
        return i < 0 ? Optional.empty() : Optional.of(place(i));
    }

    @Override
    public Optional<Place> country(String countryCode) {
        Integer i = countryIndex.get(countryCode);
        return i == null ? Optional.empty() : Optional.of(place(i));
    }

    @Override
    public Optional<Place> admin1(String countryCode, String admin1Code) {
        Integer i = admin1Index.get(countryCode + "." + admin1Code);
        return i == null ? Optional.empty() : Optional.of(place(i));
    }

    @Override
    public Optional<String> demonymCountry(String normalizedWord) {
        return Optional.ofNullable(demonyms.get(normalizedWord));
    }

    @Override
    public long populationEstimate(Place p) {
        if (p.population() > 0 || !p.isAdmin1()) {
            return p.population();
        }
        int divisions = admin1Counts.getOrDefault(p.countryCode(), 1);
        return country(p.countryCode()).map(c -> c.population() / divisions).orElse(0L);
    }

    @Override
    public String sourceName() {
        return source;
    }

    /** Every country entry (PCLI and kin, one per countryInfo row), for containment and priors. */
    public List<Place> countries() {
        return countries;
    }

    /** Number of places. */
    public int size() {
        return t.placeCount();
    }

    /** Number of distinct normalized names. */
    public int nameCount() {
        return t.keyCount();
    }

    private Place place(int i) {
        return t.place(i);
    }

    /** The key index of a normalized name, or -1. */
    private int find(String normalized) {
        return keys.get(normalized, () -> search(normalized));
    }

    /** The key of a normalized name, -1 if none: a binary search over the index's keys. */
    private int search(String normalized) {
        return normalized.isEmpty() ? -1 : t.find(normalized.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Integer> indexOf(String[] keys, int[] places) {
        Map<String, Integer> m = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i], places[i]);
        }
        return Map.copyOf(m);
    }

    /** The admin1 label points shipped with Waymark (see the file's header), by "CC.A1" code. */
    static Map<String, double[]> bundledAdmin1Points() throws IOException {
        try (BufferedReader r = resource(ADMIN1_POINTS)) {
            return GeoNamesFiles.readAdmin1Points(r, ADMIN1_POINTS);
        }
    }

    /**
     * Regions, derived admin1 points, aliases and demonyms: the steps shared by the embedded and built index.
     * {@code strictAliases}: fail on an alias whose place is missing rather than skip it.
     */
    static void readCurated(PlaceCollector places, boolean strictAliases) throws IOException {
        try (BufferedReader r = resource("regions.tsv")) {
            GeoNamesFiles.readRegions(r, "regions.tsv", places);
        }
        places.completePoints();
        try (BufferedReader r = resource("aliases.tsv")) {
            GeoNamesFiles.readAliases(r, "aliases.tsv", strictAliases, places);
        }
        try (BufferedReader r = resource("demonyms.tsv")) {
            GeoNamesFiles.readDemonyms(r, "demonyms.tsv", places);
        }
    }

    /** A classpath resource: relative names are Waymark's curated files beside this class. */
    static BufferedReader resource(String name) throws IOException {
        InputStream in = GeoNamesIndex.class.getResourceAsStream(name);
        if (in == null) {
            String where = name.startsWith("/") ? name.substring(1) : RESOURCE_FOLDER + "/" + name;
            throw new GazetteerFileException(where, 0, "classpath resource missing (is opensextant-xponents-core on the classpath?)");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
