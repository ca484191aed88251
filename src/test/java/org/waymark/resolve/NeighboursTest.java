package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.resolve.Fixture.town;

import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Place;

/** Towns of two names close together, on hand-made places. */
class NeighboursTest {
    private static final Weights.Neighbour W = Weights.DEFAULT.neighbour();
    private static final Place EDMONTON_CA = town(1, "Edmonton", "CA", "01", 53.55, -113.47, 1_000_000);
    private static final Place EDMONTON_GB = town(2, "Edmonton", "GB", "ENG", 51.62, -0.06, 80_000);
    private static final Place ENFIELD_GB = town(3, "Enfield", "GB", "ENG", 51.65, -0.08, 300_000);
    private static final Place ENFIELD_US = town(4, "Enfield", "US", "CT", 41.98, -72.59, 45_000);

    private static double score(Fixture f, String surface, Place p) {
        return f.score(d -> new Neighbours(d, W), surface, p);
    }

    @Test
    void twoAmbiguousNamesSupportTheirSensesInTheSameDistrict() {
        Fixture f = Fixture.parse("Police in [Edmonton] and [Enfield] made arrests")
                .candidates("Edmonton", EDMONTON_CA, EDMONTON_GB).candidates("Enfield", ENFIELD_GB, ENFIELD_US);
        assertEquals(W.support(), score(f, "Edmonton", EDMONTON_GB));
        assertEquals(W.support(), score(f, "Enfield", ENFIELD_GB));
        assertEquals(0, score(f, "Edmonton", EDMONTON_CA));
        assertEquals(0, score(f, "Enfield", ENFIELD_US));
    }

    @Test
    void hamletsAndOtherCountriesDoNotCount() {
        Place hamlet = town(5, "Enfield", "GB", "ENG", 51.64, -0.07, 900);
        Fixture small = Fixture.parse("Police in [Edmonton] and [Enfield] made arrests")
                .candidates("Edmonton", EDMONTON_CA, EDMONTON_GB).candidates("Enfield", hamlet, ENFIELD_US);
        assertEquals(0, score(small, "Edmonton", EDMONTON_GB), "too many hamlets for nearness to mean anything");
        Place acrossTheBorder = town(6, "Enfield", "FR", "11", 51.63, -0.07, 300_000);
        Fixture abroad = Fixture.parse("Police in [Edmonton] and [Enfield] made arrests")
                .candidates("Edmonton", EDMONTON_CA, EDMONTON_GB).candidates("Enfield", acrossTheBorder);
        assertEquals(0, score(abroad, "Edmonton", EDMONTON_GB));
    }

    @Test
    void aNameWithOneCandidateNeedsNoSupport() {
        Fixture f = Fixture.parse("Police in [Edmonton] and [Enfield] made arrests")
                .candidates("Edmonton", EDMONTON_GB).candidates("Enfield", ENFIELD_GB, ENFIELD_US);
        assertEquals(0, score(f, "Edmonton", EDMONTON_GB));
        assertEquals(W.support(), score(f, "Enfield", ENFIELD_GB));
    }
}
