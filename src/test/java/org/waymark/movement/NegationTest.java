package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.waymark.nlp.DependencyGraph;

/** Negated and denied motions, on hand-made parses. */
class NegationTest {

    private static boolean negated(Scenes s, int trigger, int mover) {
        DependencyGraph g = s.graph();
        return Negation.negated(g, g.node(trigger), mover == 0 ? null : g.node(mover));
    }

    @Test
    void noMoversIsNoMotion() {
        assertTrue(negated(Fixtures.noTroops(), 4, 2));
    }

    @Test
    void aDeniedReportIsNoMotion() {
        assertTrue(negated(Fixtures.deniedReport(), 9, 6));
    }

    @Test
    void aDeniedClauseIsNoMotion() {
        assertTrue(negated(Scenes.parse("""
                1 Officials official NNS 2 nsubj
                2 denied deny VBD 0 root
                3 that that IN 6 mark
                4 the the DT 5 det
                5 virus virus NN 6 nsubj
                6 reached reach VBD 2 ccomp
                7 Lagos lagos NNP 6 obj LOCATION
                8 . . . 2 punct
                """), 6, 5));
    }

    @Test
    void aHaltedMotionIsNoMotion() {
        assertTrue(negated(Scenes.parse("""
                1 Berlin berlin NNP 2 nsubj LOCATION
                2 halted halt VBD 0 root
                3 deportations deportation NNS 2 obj
                4 to to IN 5 case
                5 Kabul kabul NNP 3 nmod LOCATION
                6 . . . 2 punct
                """), 3, 0));
    }

    @Test
    void aReportedMotionStands() {
        assertFalse(negated(Fixtures.leftFor(), 2, 1));
        assertFalse(negated(Fixtures.conditional(), 4, 1));
        assertFalse(negated(Scenes.parse("""
                1 Officials official NNS 2 nsubj
                2 confirmed confirm VBD 0 root
                3 a a DT 4 det
                4 report report NN 2 obj
                5 that that IN 7 mark
                6 troops troop NNS 7 nsubj
                7 left leave VBD 4 ccomp
                8 . . . 2 punct
                """), 7, 6));
    }
}
