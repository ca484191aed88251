package org.waymark.resolve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Lookup;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;
import org.waymark.recognize.Toponym;

/**
 * The candidates of a toponym: by its name, else without "the", as a formal country name ("Republic of
 * Uzbekistan"), without a generic word ("Deir ez-Zor province"), and only then by a spelling a letter or two away.
 * A demonym's one candidate is its country.
 */
final class CandidateLookup {
    /** Generic words that follow a name without being part of the gazetteer's name: "Deir ez-Zor province". */
    private static final Pattern GENERIC_SUFFIX = Pattern.compile(
            " (province|governorate|region|city|state|district|county|oblast|prefecture|municipality|area)$");
    /** "Republic of Uzbekistan", "Kingdom of Saudi Arabia": the formal name of a country. */
    private static final Pattern FORMAL_NAME = Pattern.compile(
            "(?:the )?(?:[a-z' ]*republic|kingdom|emirate|sultanate|principality|federation|state) of (?:the )?(.+)");

    private final Gazetteer gazetteer;

    CandidateLookup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Candidates of(Toponym t) {
        if (t.kind() == Toponym.Kind.DEMONYM) {
            Lookup country = gazetteer.countryOfDemonym(Names.normalize(t.surface()));
            List<Place> places = country.places();
            return new Candidates(places.isEmpty() ? "" : Names.normalize(places.get(0).name()), places,
                    country.source(), false);
        }
        String name = Names.normalize(t.surface());
        Lookup found = gazetteer.lookup(name);
        if (found.places().isEmpty() && name.startsWith("the ")) {
            name = name.substring(4);
            found = gazetteer.lookup(name);
        }
        if (found.places().isEmpty()) {
            Matcher formal = FORMAL_NAME.matcher(name);
            if (formal.matches()) {
                name = formal.group(1);
                found = gazetteer.lookup(name).filter(Place::isCountry);
            }
        }
        if (found.places().isEmpty()) {
            String bare = GENERIC_SUFFIX.matcher(name).replaceFirst("");
            if (!bare.equals(name)) {
                name = bare;
                found = gazetteer.lookup(bare);
            }
        }
        if (found.places().isEmpty()) {
            // a spelling or transliteration variant: only here, for the few names nothing else found
            Lookup variant = gazetteer.similar(name);
            return new Candidates("", variant.places(), variant.source(), true);
        }
        return new Candidates(name, found.places(), found.source(), false);
    }
}
