package org.waymark.resolve;

import java.util.List;
import org.waymark.gazetteer.Place;

/**
 * All mentions of one name in a document, which take one sense together ({@link OneSensePerDocument}).
 *
 * @param key        the name's kind and normalized form ("TOPONYM:paris"): other names' evidence never counts for
 *                   the name itself
 * @param candidates what the gazetteer has for the name
 * @param mentions   the indexes of its toponyms in the document's list, in text order
 */
record Sense(String key, Candidates candidates, List<Integer> mentions) {

    Sense {
        mentions = List.copyOf(mentions);
    }

    List<Place> places() {
        return candidates.places();
    }

    Place place(int candidate) {
        return candidates.places().get(candidate);
    }

    String lookup() {
        return candidates.lookup();
    }
}
