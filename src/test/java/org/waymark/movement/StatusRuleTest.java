package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Reported, planned and possible motions, on hand-made parses. */
class StatusRuleTest {

    @Test
    void aConditionMakesAMotionPossible() {
        Scenes s = Fixtures.conditional();
        assertEquals(Movement.Status.POSSIBLE, StatusRule.of(s.graph(), s.graph().node(4)));
    }

    @Test
    void willPlansAMotion() {
        Scenes s = Scenes.parse("""
                1 The the DT 2 det
                2 minister minister NN 4 nsubj
                3 will will MD 4 aux
                4 travel travel VB 0 root
                5 to to IN 6 case
                6 Hanoi hanoi NNP 4 obl LOCATION
                7 . . . 4 punct
                """);
        assertEquals(Movement.Status.PLANNED, StatusRule.of(s.graph(), s.graph().node(4)));
    }

    @Test
    void aPastMotionIsReported() {
        Scenes s = Fixtures.leftFor();
        assertEquals(Movement.Status.REPORTED, StatusRule.of(s.graph(), s.graph().node(2)));
    }
}
