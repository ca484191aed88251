package org.waymark.gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * Where candidate places come from. The resolver sees only this interface, whichever source is behind it
 * (the embedded GeoNames index, a larger index built from dump files, or the GeoNames web service).
 */
public interface Gazetteer {

    /**
     * Candidate places for a surface name, matched after {@link Names#normalize(String)}; best-known first
     * is not required. Empty when the name is unknown.
     */
    List<Place> candidates(String name);

    /**
     * {@link #candidates(String)} with the source that supplied them: a gazetteer that falls back to another one
     * (the GeoNames web service) says which one answered this name.
     */
    default Lookup lookup(String name) {
        return new Lookup(candidates(name), sourceName());
    }

    /** True when {@code normalizedName} (already normalized) names at least one place: used by the recognizer. */
    boolean isName(String normalizedName);

    /** Longest name in tokens, so that the recognizer knows how far to look ahead. */
    int maxNameTokens();

    Optional<Place> byId(long geonameid);

    /** The country entry (PCLI and kin) for an ISO alpha-2 code. */
    Optional<Place> country(String countryCode);

    /** The admin1 entry for a country and GeoNames admin1 code. */
    Optional<Place> admin1(String countryCode, String admin1Code);

    /** Country code for a demonym or adjectival form ("Uzbek", "Syrians", "Pakistani"), normalized; empty if none. */
    Optional<String> demonymCountry(String normalizedWord);

    /**
     * The country a demonym names ("Syrians": Syria), normalized, with the source that knew it; no place when none.
     * A gazetteer that leaves demonyms and countries to another one names that one.
     */
    default Lookup countryOfDemonym(String normalizedWord) {
        return new Lookup(demonymCountry(normalizedWord).flatMap(this::country).map(List::of).orElse(List.of()),
                sourceName());
    }

    /** A short label for output rows: "embedded", "geonames-index", "geonames-ws". */
    String sourceName();
}
