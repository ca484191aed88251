package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.resolve.Fixture.country;
import static org.waymark.resolve.Fixture.division;
import static org.waymark.resolve.Fixture.town;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Place;

/** What the places chosen for the other names add, on hand-made places. */
class DocumentContextTest {
    private static final Weights.Context W = Weights.DEFAULT.context();
    private static final DocumentContext CONTEXT = new DocumentContext(W, Place::population);
    private static final Place LONDON_GB = town(1, "London", "GB", "ENG", 51.51, -0.13, 8_000_000);
    private static final Place LONDON_CA = town(2, "London", "CA", "08", 42.98, -81.25, 350_000);
    private static final Place TORONTO = town(3, "Toronto", "CA", "08", 43.65, -79.38, 2_700_000);
    private static final Place ONTARIO = division(4, "Ontario", "CA", "08", 49.25, -84.5);
    private static final Place CANADA = country(5, "Canada", "CA", 60, -96);

    @Test
    void theOtherPlacesOfItsDivisionSupportATown() {
        Map<String, Place> chosen = Map.of("TOPONYM:toronto", TORONTO, "TOPONYM:ontario", ONTARIO);
        // two places in Canada, its division named, a town of its division 168 km away
        double expected = 2 * W.sameCountry() + W.admin1Named() + W.sameAdmin1() + W.region();
        assertEquals(expected, CONTEXT.support(LONDON_CA, "TOPONYM:london", false, chosen), 1e-12);
        assertEquals(0, CONTEXT.support(LONDON_GB, "TOPONYM:london", false, chosen));
    }

    @Test
    void aNameNeverSupportsItself() {
        assertEquals(0, CONTEXT.support(LONDON_CA, "TOPONYM:london", false, Map.of("TOPONYM:london", TORONTO)));
    }

    @Test
    void aDwarfedTownGetsNothingFromItsCountryBeingNamed() {
        Place niceFr = town(6, "Nice", "FR", "93", 43.7, 7.27, 340_000);
        Place niceUs = town(7, "Nice", "US", "CA", 39.12, -122.85, 2_700);
        Map<String, Place> chosen = Map.of("TOPONYM:france", country(8, "France", "FR", 46, 2),
                "TOPONYM:united states", country(9, "United States", "US", 39, -98));
        assertEquals(W.countryNamed(), CONTEXT.support(niceFr, "TOPONYM:nice", false, chosen), 1e-12);
        Fixture f = Fixture.parse("It snowed in [Nice]").candidates("Nice", niceFr, niceUs);
        Sense nice = Fixture.sense(f.senses(), "Nice");
        assertEquals(0, CONTEXT.score(nice, 1, chosen), "340,000 is more than 100 times 2,700");
        assertEquals(W.countryNamed(), CONTEXT.score(nice, 0, chosen), 1e-12);
    }

    @Test
    void aCountryIsSupportedByThePlacesInsideItUpToACap() {
        Map<String, Place> chosen = Map.of("a", TORONTO, "b", ONTARIO, "c", LONDON_CA,
                "d", town(10, "Ottawa", "CA", "08", 45.4, -75.7, 1_000_000));
        assertEquals(W.placesOfCountry() * W.placesOfCountryCap(), CONTEXT.support(CANADA, "e", false, chosen),
                1e-12);
    }

    @Test
    void aDivisionIsSupportedByThePlacesInsideIt() {
        Map<String, Place> chosen = Map.of("a", TORONTO, "b", LONDON_CA);
        assertEquals(2 * W.sameCountry() + 2 * W.placesOfAdmin1(), CONTEXT.support(ONTARIO, "c", false, chosen),
                1e-12);
    }

    @Test
    void regionsAndContinentsTakeNoContext() {
        Place europe = new Place(11, "Europe", 48, 10, "L", "CONT", "", "", 0);
        assertEquals(0, CONTEXT.support(europe, "x", false, Map.of("a", LONDON_GB)));
    }
}
