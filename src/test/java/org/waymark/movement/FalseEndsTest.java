package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Places that end nothing, on hand-made sentences. */
class FalseEndsTest {

    private static String kept(Scenes s) {
        return String.join(" ", FalseEnds.filter(s.scene()).anchors.stream()
                .map(a -> a.mention().toponym().surface()).toList());
    }

    @Test
    void aPlaceInsideAnAirlineIsLeftOut() {
        assertEquals("London", kept(Fixtures.airline()));
    }

    @Test
    void aDatelineIsLeftOut() {
        assertEquals("Syria", kept(Fixtures.dateline()));
    }

    @Test
    void theCountryThatHoldsAPlaceIsNoEndOfItsOwn() {
        assertEquals("Erbil Kuwait", kept(Fixtures.placeAndItsCountry()));
    }

    @Test
    void placesOfTheTextStay() {
        assertEquals("Homs Hama Lebanon", kept(Fixtures.leftFor()));
    }
}
