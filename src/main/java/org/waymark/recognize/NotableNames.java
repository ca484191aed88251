package org.waymark.recognize;

import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.Token;

/**
 * Whether a name, without NER's support, names something notable enough to be read as a place: a country or region
 * by any of its names, an admin1 area, big city, sea, strait, island or mountain range by its own name or a name of
 * several words, a second-level division by a name of several words ("Metcalfe County"), an admin1 area or big city
 * by a name in Arabic script ("حلب"), or an admin1 area by an acronym ("NSW"). One-word alternate names of cities
 * ("Der" for Győr) and reefs ("Andy") are too often ordinary words to be trusted without the tagger.
 */
final class NotableNames {
    private static final long NOTABLE_POPULATION = 100_000;

    private final Gazetteer gazetteer;

    NotableNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether a name is one of a sea, strait, island, desert or mountain range ("Mediterranean", "Sahara"). */
    boolean isLandOrWater(String surface) {
        return gazetteer.candidates(surface).stream().anyMatch(Place::isLandOrWaterFeature);
    }

    boolean isNotable(String surface) {
        String name = Names.normalize(surface);
        boolean severalWords = name.indexOf(' ') > 0;
        boolean acronym = surface.length() >= 2 && surface.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        // a name in a script without case ("حلب" for Aleppo) is no ordinary English word: as good as the own name
        boolean caseless = Token.isCaseless(name);
        return gazetteer.candidates(surface).stream().anyMatch(p -> p.isCountry() || p.isContinentOrRegion()
                || (p.isAdmin1() || p.population() >= NOTABLE_POPULATION || p.isLandOrWaterFeature())
                && (severalWords || caseless || Names.normalize(p.name()).equals(name))
                || acronym && p.isAdmin1()
                || severalWords && p.featureCode().equals("ADM2"));
    }
}
