package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Senders and receivers, on hand-made parses. */
class AgentEndsTest {
    private final AgentEnds rule = new AgentEnds();

    @Test
    void anImporterIsWhereThingsArrive() {
        assertEquals("destination:Turkey@import~", Scenes.parts(rule.find(Fixtures.imports().scene())));
    }

    @Test
    void aReceivingBodyStandsForItsCountry() {
        assertEquals("destination:Uzbek@accept~", Scenes.parts(rule.find(Fixtures.receiver().scene())));
    }

    @Test
    void aSenderIsAnOriginThroughTheControlOfAllow() {
        Scenes s = Scenes.parse("""
                1 Washington washington NNP 2 nsubj LOCATION
                2 allowed allow VBD 0 root
                3 Qatar qatar NNP 2 obj LOCATION
                4 to to TO 5 mark
                5 begin begin VB 2 xcomp
                6 shipments shipment NNS 5 obj
                7 to to IN 8 case
                8 Syria syria NNP 6 nmod LOCATION
                9 . . . 2 punct
                """).city("Washington", "US").country("Qatar", "QA").country("Syria", "SY");
        assertEquals("origin:Qatar@shipment~", Scenes.parts(rule.find(s.scene())));
    }

    @Test
    void aMoverIsNoAgent() {
        assertEquals("", Scenes.parts(rule.find(Fixtures.leftFor().scene())));
    }
}
