package org.waymark.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.waymark.gazetteer.Place;
import org.waymark.geography.GreatCircle;

/**
 * What the other names of the document say about a candidate: their countries, first-level divisions and points
 * ("Police in London … Toronto … Ontario" makes London the Canadian one). Reads the places chosen so far, so its
 * scores change from one pass to the next ({@link SenseChooser}); never counts a name for itself.
 */
final class DocumentContext implements CandidateScorer {
    private final Weights.Context w;
    private final ToLongFunction<Place> population;
    /** the population of the largest candidate of each name, by sense key */
    private final Map<String, Long> largest = new HashMap<>();

    DocumentContext(Weights.Context weights, ToLongFunction<Place> population) {
        this.w = weights;
        this.population = population;
    }

    @Override
    public double score(Sense sense, int candidate, Map<String, Place> chosen) {
        long top = largest.computeIfAbsent(sense.key(),
                k -> sense.places().stream().mapToLong(population).max().orElse(0));
        Place p = sense.place(candidate);
        return support(p, sense.key(), population.applyAsLong(p) * w.dwarfedRatio() < top, chosen);
    }

    /**
     * @param dwarfed the place is far smaller than the name's best-known bearer: that its country is named
     *                elsewhere in the text says little ("Nice" in an American article is still Nice, France);
     *                its division or its neighbours must be named
     */
    double support(Place p, String ownKey, boolean dwarfed, Map<String, Place> chosen) {
        if (p.countryCode().isEmpty() || p.isContinentOrRegion()) {
            return 0;
        }
        Tally t = tally(p, ownKey, chosen);
        if (p.isCountry()) {
            return w.placesOfCountry() * Math.min(w.placesOfCountryCap(), t.sameCountry);
        }
        double s = (dwarfed ? 0 : w.countryNamed() * Math.min(w.countryNamedCap(), t.countryNamed))
                + w.sameCountry() * Math.min(w.sameCountryCap(), t.sameCountry);
        if (p.isAdmin1()) {
            return s + w.placesOfAdmin1() * Math.min(w.placesOfAdmin1Cap(), t.inside);
        }
        s += w.admin1Named() * Math.min(w.admin1NamedCap(), t.admin1Named)
                + w.sameAdmin1() * Math.min(w.sameAdmin1Cap(), t.sameAdmin1);
        if (t.nearest < w.nearKm()) {
            s += w.near();
        } else if (t.nearest < w.closeKm()) {
            s += w.close();
        } else if (t.nearest < w.regionKm()) {
            s += w.region();
        }
        return s;
    }

    /** The other chosen places in the candidate's country, counted by how they relate to it. */
    private static final class Tally {
        int countryNamed;
        int sameCountry;
        int admin1Named;
        int sameAdmin1;
        int inside;
        double nearest = Double.MAX_VALUE;
    }

    private static Tally tally(Place p, String ownKey, Map<String, Place> chosen) {
        Tally t = new Tally();
        boolean local = !p.isCountry() && !p.isAdmin1();
        for (Map.Entry<String, Place> e : chosen.entrySet()) {
            Place q = e.getValue();
            if (e.getKey().equals(ownKey) || q.geonameid() == p.geonameid()
                    || !q.countryCode().equals(p.countryCode())) {
                continue;
            }
            if (q.isCountry()) {
                t.countryNamed++;
                continue;
            }
            t.sameCountry++;
            boolean sameA1 = !p.admin1().isEmpty() && p.admin1().equals(q.admin1());
            if (p.isAdmin1() && sameA1) {
                t.inside++;
            } else if (local && sameA1) {
                if (q.isAdmin1()) {
                    t.admin1Named++;
                } else {
                    t.sameAdmin1++;
                }
            }
            if (local && !q.isAdmin1()) {
                t.nearest = Math.min(t.nearest, GreatCircle.distanceKm(p.latitude(), p.longitude(),
                        q.latitude(), q.longitude()));
            }
        }
        return t;
    }
}
