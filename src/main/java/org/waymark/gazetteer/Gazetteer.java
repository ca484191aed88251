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

    /**
     * Candidates for a name that has none, under a known name a letter or two away: spelling and transliteration
     * variants ("Mauritious", "Kandahar"/"Qandahar" no: the first letter must agree). Notable places only. For the
     * few names that need it: far costlier than {@link #candidates}. None by default.
     */
    default Lookup similar(String name) {
        return new Lookup(List.of(), sourceName());
    }

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

    /**
     * How many people live in a place, for priors: its population, or for a first-level division without one
     * (admin1 rows of GeoNames carry none) its country's population shared among the country's divisions.
     * The default shares among 20, a typical count; a gazetteer that knows the divisions shares among them.
     */
    default long populationEstimate(Place p) {
        if (p.population() > 0 || !p.isAdmin1()) {
            return p.population();
        }
        return country(p.countryCode()).map(c -> c.population() / 20).orElse(0L);
    }

    /** A short label for output rows: "embedded", "geonames-index", "geonames-ws". */
    String sourceName();
}
