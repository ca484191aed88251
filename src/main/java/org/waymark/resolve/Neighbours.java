package org.waymark.resolve;

import java.util.HashMap;
import java.util.Map;
import org.waymark.gazetteer.Place;
import org.waymark.geography.GreatCircle;

/**
 * Two ambiguous names that both have a sense in the same district ("Edmonton" and "Enfield", both in north London)
 * support those senses together, which choosing each name on its own prior first cannot find: a town candidate
 * with a town of another name of the document nearby is supported. Only towns of some size count: hamlets are too
 * many for their being near one another to mean anything ("Russia", Ohio, lies near some village of every other
 * name). Read once per document, from the candidates alone.
 */
final class Neighbours implements CandidateScorer {
    private final Weights.Neighbour w;
    /** per sense key, per candidate: whether a town of another name is near */
    private final Map<String, boolean[]> neighboured = new HashMap<>();

    Neighbours(DocumentSenses document, Weights.Neighbour weights) {
        this.w = weights;
        for (Sense sense : document.senses()) {
            neighboured.put(sense.key(), find(sense, document));
        }
    }

    @Override
    public double score(Sense sense, int candidate, Map<String, Place> chosen) {
        return neighboured.get(sense.key())[candidate] ? w.support() : 0;
    }

    private boolean[] find(Sense sense, DocumentSenses document) {
        boolean[] near = new boolean[sense.places().size()];
        if (near.length < 2) {
            return near;
        }
        for (int c = 0; c < near.length; c++) {
            Place p = sense.place(c);
            if (!isTown(p)) {
                continue;
            }
            for (Sense other : document.senses()) {
                if (other != sense && !near[c] && other.places().stream().anyMatch(q -> near(p, q))) {
                    near[c] = true;
                }
            }
        }
        return near;
    }

    private boolean near(Place p, Place q) {
        return q.geonameid() != p.geonameid() && isTown(q) && q.countryCode().equals(p.countryCode())
                && GreatCircle.distanceKm(p.latitude(), p.longitude(), q.latitude(), q.longitude()) < w.km();
    }

    private boolean isTown(Place p) {
        return p.isPopulatedPlace() && p.population() >= w.population();
    }
}
