package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Places and demonyms that qualify a motion noun, on hand-made parses. */
class ModifierEndsTest {
    private final ModifierEnds rule = new ModifierEnds();

    @Test
    void aDemonymOnADeliveryIsItsOrigin() {
        assertEquals("origin:Russian@delivery~", Scenes.parts(rule.find(Fixtures.deliveries().scene())));
    }

    @Test
    void aRouteWordGivesBothEnds() {
        assertEquals("origin:Karachi@route destination:Dubai@route",
                Scenes.parts(rule.find(Fixtures.route().scene())));
    }

    @Test
    void anEndInItsSlotIsNoModifier() {
        assertEquals("", Scenes.parts(rule.find(Fixtures.leftFor().scene())));
    }

    @Test
    void theGateSeesAPlaceBeforeAMotionNoun() {
        Scenes s = Fixtures.deliveries();
        assertTrue(rule.mayApply(new Gate.View(s.text(), s.sentence(), s.mentions())));
        Scenes l = Fixtures.leftFor();
        assertTrue(!rule.mayApply(new Gate.View(l.text(), l.sentence(), l.mentions())));
    }
}
