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

    @Test
    void whoOrWhatIsMetIsAGoal() {
        Scenes s = Scenes.parse("""
                1 I i PRP 2 nsubj
                2 met meet VBD 0 root
                3 with with IN 5 case
                4 the the DT 5 det
                5 director director NN 2 obl
                6 and and CC 7 cc
                7 boarded board VBD 2 conj
                8 a a DT 9 det
                9 ferry ferry NN 7 obj
                10 . . . 2 punct
                """);
        assertEquals("destination:director@meet destination:ferry@board",
                Scenes.parts(new PhraseEnds().find(s.scene())));
    }

    @Test
    void theNounOfARelativeClauseIsWhatItsMotionTakes() {
        Scenes s = Scenes.parse("""
                1 the the DT 2 det
                2 towns town NNS 0 root
                3 we we PRP 5 nsubj
                4 have have VBP 5 aux
                5 visited visit VBN 2 acl:relcl
                6 and and CC 7 cc
                7 people person NNS 2 conj
                8 who who WP 9 nsubj
                9 visited visit VBD 7 acl:relcl
                10 us we PRP 9 obj
                """);
        assertEquals("destination:towns@visit destination:us@visit", Scenes.parts(new PhraseEnds().find(s.scene())),
                "'people who visited us' go to us, not to the people");
    }

    @Test
    void whereOneStopsIsAGoal() {
        Scenes s = Scenes.parse("""
                1 We we PRP 2 nsubj
                2 stopped stop VBD 0 root
                3 at at IN 6 case
                4 a a DT 6 det
                5 gas gas NN 6 compound
                6 station station NN 2 obl
                7 for for IN 8 case
                8 lunch lunch NN 2 obl
                """);
        assertEquals("destination:gas station@stop", Scenes.parts(new PhraseEnds().find(s.scene())));
    }

    @Test
    void measuresTimesAndCompassPointsAreNoEnds() {
        Scenes s = Scenes.parse("""
                1 The the DT 2 det
                2 road road NN 3 nsubj
                3 climbs climb VBZ 0 root
                4 to to IN 6 case
                5 6,000 6,000 CD 6 nummod
                6 feet foot NNS 3 obl
                7 towards towards IN 8 case
                8 North-East north-east NNP 3 obl
                9 until until IN 10 case
                10 noon noon NN 3 obl
                """);
        assertEquals("", Scenes.parts(new PhraseEnds().find(s.scene())));
    }

    @Test
    void aPhraseNarrowedByAPlaceStandsForThePlace() {
        Scenes s = Scenes.parse("""
                1 We we PRP 2 nsubj
                2 visited visit VBD 0 root
                3 the the DT 4 det
                4 mausoleum mausoleum NN 2 obj
                5 at at IN 6 case
                6 Marasti marasti NNP 4 nmod LOCATION
                """).city("Marasti", "RO");
        java.util.List<Part> parts = new PhraseEnds().find(s.scene());
        assertEquals("destination:mausoleum at Marasti@visit", Scenes.parts(parts));
        assertEquals("Marasti", parts.get(0).mention().place().name());
    }

    @Test
    void aStatedPlaceWinsOverHome() {
        Scenes s = Scenes.parse("""
                1 I i PRP 3 nsubj
                2 will will MD 3 aux
                3 return return VB 0 root
                4 home home RB 3 advmod
                5 to to IN 7 case
                6 the the DT 7 det
                7 States states NNPS 3 obl
                """);
        assertEquals("destination:States@return", Scenes.parts(new PhraseEnds().find(s.scene())));
    }
}
