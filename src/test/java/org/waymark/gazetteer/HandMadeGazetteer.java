package org.waymark.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gazetteer written by hand in a test: a few names with the places they stand for, demonyms, and misspellings that
 * {@link #similar} answers. No GeoNames index is read.
 */
public final class HandMadeGazetteer implements Gazetteer {
    private final String sourceName;
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, List<Place>> misspellings = new HashMap<>();

    public HandMadeGazetteer(String sourceName) {
        this.sourceName = sourceName;
    }

    /** {@code name} stands for {@code place} too. */
    public HandMadeGazetteer name(String name, Place place) {
        byName.computeIfAbsent(Names.normalize(name), k -> new ArrayList<>()).add(place);
        return this;
    }

    public HandMadeGazetteer demonym(String word, String countryCode) {
        demonyms.put(Names.normalize(word), countryCode);
        return this;
    }

    /** {@link #similar} answers {@code place} for {@code misspelled}. */
    public HandMadeGazetteer misspelling(String misspelled, Place place) {
        misspellings.computeIfAbsent(misspelled, k -> new ArrayList<>()).add(place);
        return this;
    }

    @Override
    public List<Place> candidates(String name) {
        return byName.getOrDefault(Names.normalize(name), List.of());
    }

    @Override
    public Lookup similar(String name) {
        return new Lookup(misspellings.getOrDefault(name, List.of()), sourceName);
    }

    @Override
    public boolean isName(String normalizedName) {
        return byName.containsKey(normalizedName);
    }

    /** The most words of a name it knows. */
    @Override
    public int maxNameTokens() {
        return byName.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(1);
    }

    @Override
    public Optional<Place> byId(long geonameid) {
        return places().filter(p -> p.geonameid() == geonameid).findFirst();
    }

    @Override
    public Optional<Place> country(String countryCode) {
        return places().filter(p -> p.isCountry() && p.countryCode().equals(countryCode)).findFirst();
    }

    @Override
    public Optional<Place> admin1(String countryCode, String admin1Code) {
        return Optional.empty();
    }

    @Override
    public Optional<String> demonymCountry(String normalizedWord) {
        return Optional.ofNullable(demonyms.get(normalizedWord));
    }

    @Override
    public String sourceName() {
        return sourceName;
    }

    private java.util.stream.Stream<Place> places() {
        return byName.values().stream().flatMap(List::stream);
    }
}
