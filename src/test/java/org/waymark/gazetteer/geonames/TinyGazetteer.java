package org.waymark.gazetteer.geonames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;

/**
 * A gazetteer of a handful of places, written by hand in {@code tiny-gazetteer.tsv} beside this class (GeoNames ids
 * and codes, rounded coordinates). It feeds the fake server and plays the fallback.
 */
final class TinyGazetteer implements Gazetteer {

    static final long NICE_FR = 2990440;
    static final long NICE_US = 5376959;
    static final long LYON = 2996944;
    static final long FRANCE = 3017382;
    static final long UNITED_STATES = 6252001;
    static final long SYRIA = 163843;
    static final long LIBYA = 2215636;
    static final long GEORGIA_COUNTRY = 614540;
    static final long GEORGIA_US_STATE = 4197000;
    static final long CALIFORNIA = 5332921;
    static final long SOUTH_GEORGIA = 3474415;

    private static final String FIXTURE = "tiny-gazetteer.tsv";
    private static Map<Long, Entry> everything;

    /** A place and the names it answers to. */
    record Entry(Place place, List<String> names) {
    }

    private final String sourceName;
    private final Map<Long, Entry> byId = new LinkedHashMap<>();
    private final Map<String, List<Place>> byName = new HashMap<>();

    private TinyGazetteer(String sourceName, long... ids) {
        this.sourceName = sourceName;
        for (long id : ids) {
            Entry e = all().get(id);
            if (e == null) {
                throw new IllegalArgumentException("id " + id + " is not among the test places");
            }
            byId.put(id, e);
            for (String n : new LinkedHashSet<>(e.names().stream().map(Names::normalize).toList())) {
                byName.computeIfAbsent(n, k -> new ArrayList<>()).add(e.place());
            }
        }
    }

    static TinyGazetteer of(String sourceName, long... ids) {
        return new TinyGazetteer(sourceName, ids);
    }

    /** All the test places: what the fake service knows. */
    static TinyGazetteer service() {
        return of("fake-service", NICE_FR, NICE_US, FRANCE, UNITED_STATES, SYRIA, LIBYA, GEORGIA_COUNTRY,
                GEORGIA_US_STATE, CALIFORNIA, SOUTH_GEORGIA);
    }

    /** Places one of whose names shares a word with {@code text}: a crude full-text search. */
    List<Place> sharingAWord(String text) {
        Set<String> words = Set.of(Names.normalize(text).split(" "));
        return byId.values().stream()
                .filter(e -> e.names().stream()
                        .flatMap(n -> Arrays.stream(Names.normalize(n).split(" ")))
                        .anyMatch(words::contains))
                .map(Entry::place)
                .toList();
    }

    @Override
    public List<Place> candidates(String name) {
        return List.copyOf(byName.getOrDefault(Names.normalize(name), List.of()));
    }

    @Override
    public boolean isName(String normalizedName) {
        return byName.containsKey(normalizedName);
    }

    @Override
    public int maxNameTokens() {
        return byName.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(0);
    }

    @Override
    public Optional<Place> byId(long geonameid) {
        return Optional.ofNullable(byId.get(geonameid)).map(Entry::place);
    }

    @Override
    public Optional<Place> country(String countryCode) {
        return byId.values().stream().map(Entry::place)
                .filter(p -> p.isCountry() && p.countryCode().equals(countryCode)).findFirst();
    }

    @Override
    public Optional<Place> admin1(String countryCode, String admin1Code) {
        return byId.values().stream().map(Entry::place)
                .filter(p -> p.isAdmin1() && p.countryCode().equals(countryCode) && p.admin1().equals(admin1Code))
                .findFirst();
    }

    @Override
    public Optional<String> demonymCountry(String normalizedWord) {
        return normalizedWord.equals("syrian") ? Optional.of("SY") : Optional.empty();
    }

    @Override
    public String sourceName() {
        return sourceName;
    }

    private static synchronized Map<Long, Entry> all() {
        if (everything == null) {
            Map<Long, Entry> found = new HashMap<>();
            for (String line : fixture()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // geonameid name latitude longitude class code country admin1 population
                String[] f = line.split("\t", -1);
                Place p = new Place(Long.parseLong(f[0]), f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        f[4], f[5], f[6], f[7], Long.parseLong(f[8]));
                found.put(p.geonameid(), new Entry(p, List.of(p.name())));
            }
            everything = found;
        }
        return everything;
    }

    private static List<String> fixture() {
        try (InputStream in = Objects.requireNonNull(TinyGazetteer.class.getResourceAsStream(FIXTURE), FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FIXTURE, e);
        }
    }
}
