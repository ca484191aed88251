package org.waymark.gazetteer.geonames;

import java.util.List;
import java.util.Objects;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Place;

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

    /**
     * Candidates for {@code name} from any gazetteer, with their source: the web gazetteer tells whether it or its
     * fallback answered; any other gazetteer is its own source.
     */
    public static Lookup candidates(Gazetteer gazetteer, String name) {
        if (gazetteer instanceof GeoNamesWebGazetteer web) {
            return web.candidatesWithSource(name);
        }
        return new Lookup(gazetteer.candidates(name), gazetteer.sourceName());
    }
}
