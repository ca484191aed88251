package org.waymark.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Places and the gazetteer that supplied them. A gazetteer that falls back to another one answers with the
 * source of each answer, so that a parallel caller never has to ask "who answered last?".
 *
 * @param places the places, possibly none
 * @param source {@link Gazetteer#sourceName()} of the gazetteer that answered
 */
public record Lookup(List<Place> places, String source) {

    public Lookup {
        places = List.copyOf(places);
        Objects.requireNonNull(source, "source");
    }

    /** The places that pass {@code test}, from the same source. */
    public Lookup filter(Predicate<Place> test) {
        return new Lookup(places.stream().filter(test).toList(), source);
    }
}
