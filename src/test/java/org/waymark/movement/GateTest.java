package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate before the parse is made of the rules' own cues. */
class GateTest {
    private final Gate gate = new Gate(MovementExtractor.rules(MovementExtractor.Ends.NAMED_PLACES,
            MoverEndsTest.NATIONS));

    private boolean admits(Scenes s) {
        return gate.admits(s.text(), s.sentence(), s.mentions());
    }

    @Test
    void everyRuleFixtureWithAMotionIsAdmitted() {
        for (Scenes s : List.of(Fixtures.toTheBorder(), Fixtures.leftFor(), Fixtures.insideThePhrase(),
                Fixtures.besideThePhrase(), Fixtures.deliveries(), Fixtures.imports(), Fixtures.receiver(),
                Fixtures.route(), Fixtures.pulledOut(), Fixtures.whileOthers())) {
            assertTrue(admits(s), s.sentence().tokens().toString());
        }
    }

    @Test
    void aSentenceWithoutAMotionWordIsNotParsed() {
        assertFalse(admits(Scenes.parse("""
                1 Talks talk NNS 3 nsubj
                2 in in IN 3 case
                3 Cairo cairo NNP 0 root LOCATION
                4 . . . 3 punct
                """).city("Cairo", "EG")));
    }

    @Test
    void aNewRuleIsNeverGatedOut() {
        EndRule always = new EndRule() {
            @Override
            public List<Part> find(Scene scene) {
                return List.of();
            }

            @Override
            public boolean mayApply(Gate.View view) {
                return true;
            }
        };
        Scenes noCue = Scenes.parse("""
                1 Families family NNS 2 nsubj
                2 moved move VBD 0 root
                3 after after IN 5 case
                4 the the DT 5 det
                5 war war NN 2 obl
                6 in in IN 7 case
                7 Syria syria NNP 5 nmod LOCATION
                8 . . . 2 punct
                """).country("Syria", "SY");
        assertFalse(admits(noCue));
        assertTrue(new Gate(List.of(always)).admits(noCue.text(), noCue.sentence(), noCue.mentions()));
    }

    @Test
    void theToOfAnInfinitiveIsNoEndCue() {
        String infinitive = """
                1 Officials official NNS 2 nsubj
                2 hope hope VBP 0 root
                3 to to TO 4 mark
                4 send send VB 2 xcomp
                5 aid aid NN 4 obj
                6 soon soon RB 4 advmod
                7 , , , 2 punct
                8 said say VBD 2 parataxis
                9 a a DT 10 det
                10 spokesman spokesman NN 8 nsubj
                11 in in IN 12 case
                12 Cairo cairo NNP 10 nmod LOCATION
                13 . . . 2 punct
                """;
        assertFalse(admits(Scenes.parse(infinitive).city("Cairo", "EG")));
        assertTrue(admits(Scenes.parse(infinitive.replace("6 soon soon RB 4 advmod", "6 to to TO 4 case"))
                .city("Cairo", "EG")), "'to' before a noun is a preposition");
    }

    @Test
    void aPlaceBeforeAMotionVerbIsNoModifierCue() {
        String verb = """
                1 Edmonton edmonton NNP 2 nsubj LOCATION
                2 came come VBD 0 root
                3 second second RB 2 advmod
                4 . . . 2 punct
                """;
        assertFalse(admits(Scenes.parse(verb).city("Edmonton", "CA")));
        assertTrue(admits(Scenes.parse(verb.replace("2 came come VBD 0 root", "2 withdrawal withdrawal NN 0 root"))
                .city("Edmonton", "CA")), "'the Edmonton withdrawal': a place before a motion noun");
    }
}
