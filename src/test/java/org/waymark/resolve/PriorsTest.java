package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Place;

/** The prior of a candidate on places made up for it: its kind, its size, and whether the name is its own. */
class PriorsTest {
    private static final Priors PRIORS = new Priors(Weights.DEFAULT.prior(), Place::population);

    private static Place place(String name, String featureClass, String code, long population) {
        return new Place(name.hashCode(), name, 40.5, -80.6, featureClass, code, "US", "OH", population);
    }

    @Test
    void aCountryStartsAboveACityOfItsSizeAndACityAboveAVillage() {
        Place country = place("Riverton", "A", "PCLI", 1_000_000);
        Place city = place("Riverton", "P", "PPL", 1_000_000);
        Place village = place("Riverton", "P", "PPL", 800);
        assertTrue(PRIORS.of(country, "riverton") > PRIORS.of(city, "riverton"));
        assertTrue(PRIORS.of(city, "riverton") > PRIORS.of(village, "riverton") + 0.3,
                "three powers of ten are worth more than a name of one's own");
    }

    @Test
    void aCapitalStartsAboveATownOfTheSameSize() {
        assertTrue(PRIORS.of(place("Riverton", "P", "PPLC", 50_000), "riverton")
                > PRIORS.of(place("Riverton", "P", "PPLA", 50_000), "riverton"));
        assertTrue(PRIORS.of(place("Riverton", "P", "PPLA", 50_000), "riverton")
                > PRIORS.of(place("Riverton", "P", "PPL", 50_000), "riverton"));
    }

    @Test
    void aSmallSectionOfACityStartsBelowATownOfTheSameName() {
        Place suburb = new Place(1, "Riverton", -33.0, 151.6, "P", "PPLX", "AU", "02", 5_000);
        Place town = new Place(2, "Riverton", 40.5, -80.6, "P", "PPL", "US", "OH", 5_000);
        Place borough = new Place(3, "Riverton", 51.5, -0.1, "P", "PPLX", "GB", "ENG", 300_000);
        Place bigTown = new Place(4, "Riverton", 40.5, -80.6, "P", "PPL", "US", "OH", 300_000);
        assertTrue(PRIORS.of(suburb, "riverton") < PRIORS.of(town, "riverton"));
        // a district large enough to be known by itself (Hollywood, Harlem) keeps a town's prior
        assertEquals(PRIORS.of(bigTown, "riverton"), PRIORS.of(borough, "riverton"), 1e-9);
    }

    @Test
    void aTownThatBearsTheNameOnlyAsAnAlternateStartsLower() {
        // GeoNames gives Bozeman the alternate name "Missouri"
        Place bozeman = place("Bozeman", "P", "PPL", 50_000);
        Place missouriTown = place("Missouri", "P", "PPL", 50_000);
        assertEquals(Weights.DEFAULT.prior().alternateName(),
                PRIORS.of(missouriTown, "missouri") - PRIORS.of(bozeman, "missouri"), 1e-9);
        assertEquals(PRIORS.of(bozeman, ""), PRIORS.of(missouriTown, ""), 1e-9,
                "a guessed spelling is nobody's own name");
        Place state = new Place(5, "Missouri", 38.3, -92.5, "A", "ADM1", "US", "MO", 6_000_000);
        assertEquals(PRIORS.of(state, "missouri"), PRIORS.of(state, "show me state"), 1e-9,
                "divisions and countries are known by many names");
    }

    @Test
    void aShortFormThatDropsOnlyAQualifierIsNoAlternateName() {
        assertTrue(Priors.shortForm("new york", "new york city"));
        assertTrue(Priors.shortForm("newcastle", "newcastle upon tyne"));
        assertTrue(Priors.shortForm("frankfurt", "frankfurt am main"));
        assertTrue(Priors.shortForm("clacton", "clacton-on-sea"));
        assertTrue(!Priors.shortForm("york", "new york city"));
        assertTrue(!Priors.shortForm("cape", "cape town"));
        assertTrue(!Priors.shortForm("victoria", "hong kong"));
        Place city = new Place(5128581, "New York City", 40.71, -74.01, "P", "PPL", "US", "NY", 8_804_190);
        Place other = new Place(9, "Gotham", 40.71, -74.01, "P", "PPL", "US", "NY", 8_804_190);
        assertTrue(PRIORS.of(city, "new york") > PRIORS.of(other, "new york"));
    }

    @Test
    void thePopulationCountedIsTheEstimateGiven() {
        Place division = new Place(6, "Manchester", 18.0, -77.5, "A", "ADM1", "JM", "04", 0);
        Priors estimated = new Priors(Weights.DEFAULT.prior(), p -> 150_000);
        assertEquals(Weights.DEFAULT.prior().perDecade() * Math.log10(150_001),
                estimated.of(division, "manchester") - PRIORS.of(division, "manchester"), 1e-9);
    }
}
