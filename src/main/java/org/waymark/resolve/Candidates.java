package org.waymark.resolve;

import java.util.List;
import org.waymark.gazetteer.Place;

/**
 * The gazetteer's answer for one name.
 *
 * @param lookup      the normalized name the places were found under ("" when not found under a name of theirs: a
 *                    guessed spelling); a place that bears it only as an alternate name starts lower
 * @param places      the candidates, possibly none
 * @param source      which gazetteer answered ({@code Gazetteer#sourceName()})
 * @param approximate found under a name a letter or two away
 */
record Candidates(String lookup, List<Place> places, String source, boolean approximate) {

    Candidates {
        places = List.copyOf(places);
    }
}
