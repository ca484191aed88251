package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Any phrase in an end slot, for MOVELINK scoring, on hand-made parses. */
class PhraseEndsTest {

    @Test
    void phrasesOfTheMotionAndOfItsWay() {
        Scenes s = Scenes.parse("""
                1 We we PRP 2 nsubj
                2 took take VBD 0 root
                3 the the DT 4 det
                4 road road NN 2 obj
                5 from from IN 7 case
                6 the the DT 7 det
                7 station station NN 2 obl
                8 to to IN 9 case
                9 Sibiu sibiu NNP 4 nmod
                10 . . . 2 punct
                """);
        assertEquals("destination:Sibiu@take origin:station@take", Scenes.parts(new PhraseEnds().find(s.scene())));
    }
}
