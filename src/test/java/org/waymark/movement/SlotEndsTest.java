package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ends in a motion's own slots, on hand-made parses. */
class SlotEndsTest {
    private final SlotEnds rule = new SlotEnds();

    @Test
    void prepositionsGiveOriginAndBorderDestination() {
        List<Part> parts = rule.find(Fixtures.toTheBorder().scene());
        assertEquals("origin:Iraq@fly destination:Jordanian@fly", Scenes.parts(parts));
        assertTrue(parts.get(1).border(), "'to the Jordanian border' ends on the border");
    }

    @Test
    void objectOfLeaveIsAnOriginAndForADestinationWithEveryConjunct() {
        assertEquals("origin:Homs@leave origin:Hama@leave destination:Lebanon@leave",
                Scenes.parts(rule.find(Fixtures.leftFor().scene())));
    }

    @Test
    void aPlaceInsideTheEndPhraseIsTheEnd() {
        assertEquals("destination:Lesbos@carry", Scenes.parts(rule.find(Fixtures.insideThePhrase().scene())));
    }

    @Test
    void aPlaceRightAfterTheEndPhraseNarrowsIt() {
        assertEquals("destination:Lyon@take", Scenes.parts(rule.find(Fixtures.besideThePhrase().scene())));
    }

    @Test
    void anIdiomIsNoEndPhrase() {
        assertEquals("", Scenes.parts(rule.find(Fixtures.custody().scene())));
    }

    @Test
    void outOfUnderAnAdverbIsAnOrigin() {
        assertEquals("origin:Iraq@pull destination:Kuwait@send",
                Scenes.parts(rule.find(Fixtures.pulledOut().scene())));
    }

    @Test
    void aPlaceThatQualifiesANounIsNoSlotEnd() {
        assertEquals("", Scenes.parts(rule.find(Fixtures.route().scene())));
    }

    @Test
    void theGateSeesThePrepositionBeforeThePlace() {
        Scenes s = Fixtures.toTheBorder();
        assertTrue(rule.mayApply(new Gate.View(s.text(), s.sentence(), s.mentions())));
        Scenes none = Fixtures.deliveries();
        assertTrue(rule.mayApply(new Gate.View(none.text(), none.sentence(), none.mentions())),
                "'to' before Egypt");
        Scenes route = Fixtures.route();
        assertTrue(!rule.mayApply(new Gate.View(route.text(), route.sentence(), route.mentions())));
    }

    @Test
    void aDistanceFromAPlaceIsNoOrigin() {
        Scenes s = Scenes.parse("""
                1 We we PRP 2 nsubj
                2 turned turn VBD 0 root
                3 right right RB 2 advmod
                4 20 20 CD 5 nummod
                5 km km NN 2 obl:npmod
                6 from from IN 7 case
                7 Cluj cluj NNP 5 nmod LOCATION
                """).city("Cluj", "RO");
        assertEquals("", Scenes.parts(rule.find(s.scene())));
    }
}
