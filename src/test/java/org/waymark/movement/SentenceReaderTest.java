package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of one sentence from all the rules: frames, joined legs, implied ends, negation; hand-made parses. */
class SentenceReaderTest {
    private final SentenceReader reader = new SentenceReader(
            MovementExtractor.rules(MovementExtractor.Ends.NAMED_PLACES, MoverEndsTest.NATIONS), false);

    private String rows(Scenes s) {
        return String.join(" ", reader.read(s.scene()).stream().map(d -> name(d.origin) + ">" + name(d.destination)
                + (d.count == null ? "" : "#" + d.count)).toList());
    }

    private static String name(org.waymark.resolve.Mention m) {
        return m == null ? "?" : m.place().name();
    }

    @Test
    void oneRowPerOriginAndDestination() {
        assertEquals("Homs>Lebanon Hama>Lebanon", rows(Fixtures.leftFor()));
    }

    @Test
    void aReducedRelativeOnTheMoversIsOneJourney() {
        assertEquals("Iraq>Kuwait", rows(Fixtures.pulledOut()));
    }

    @Test
    void anotherSubjectIsAnotherJourney() {
        assertEquals("?>Spain Portugal>?", rows(Fixtures.whileOthers()));
    }

    @Test
    void aStatedEndWinsOverAnImpliedOne() {
        assertEquals("Ukraine>Turkey", rows(Fixtures.imports()));
        assertEquals("Russia>Egypt", rows(Fixtures.deliveries()));
    }

    @Test
    void aReceiverEndsTheMotionOfTheMoversItTakes() {
        assertEquals("Germany>Uzbekistan", rows(Fixtures.receiver()));
    }

    @Test
    void theMoversNationalityIsTheOriginWithTheirCount() {
        assertEquals("Afghanistan>Iran", rows(Fixtures.afghans()));
    }

    @Test
    void negatedAndDeniedMotionsGiveNoRow() {
        assertEquals("", rows(Fixtures.noTroops()));
        assertEquals("", rows(Fixtures.deniedReport()));
    }

    @Test
    void aSenderAloneGivesItsOriginButAReceiverAloneNothing() {
        Scenes sent = Scenes.parse("""
                1 Russia russia NNP 2 nsubj LOCATION
                2 deployed deploy VBD 0 root
                3 jets jet NNS 2 obj
                4 . . . 2 punct
                """).country("Russia", "RU");
        assertEquals("Russia>?", rows(sent));
        Scenes received = Scenes.parse("""
                1 Turkey turkey NNP 2 nsubj LOCATION
                2 imported import VBD 0 root
                3 grain grain NN 2 obj
                4 . . . 2 punct
                """).country("Turkey", "TR");
        assertEquals("", rows(received));
        assertEquals(List.of(), reader.read(Fixtures.custody().scene()));
    }

    @Test
    void anImpliedOriginInTheCountryOfTheDestinationIsDropped() {
        Scenes s = Scenes.parse("""
                1 Syrian syrian JJ 2 amod MISC
                2 troops troop NNS 3 nsubj
                3 entered enter VBD 0 root
                4 Aleppo aleppo NNP 3 obj LOCATION
                5 . . . 3 punct
                """).demonym("Syrian", "SY", "Syria").city("Aleppo", "SY");
        assertEquals("?>Aleppo", rows(s));
    }

    @Test
    void negatedMotionsAreReadOnlyWhenAsked() {
        Scenes s = Scenes.parse("""
                1 Troops troop NNS 4 nsubj
                2 did do VBD 4 aux
                3 not not RB 4 advmod
                4 leave leave VB 0 root
                5 Minsk minsk NNP 4 obj LOCATION
                6 . . . 4 punct
                """).city("Minsk", "BY");
        assertEquals("", rows(s));
        SentenceReader iso = new SentenceReader(MovementExtractor.rules(MovementExtractor.Ends.ANY_PHRASE,
                MoverEndsTest.NATIONS), true);
        assertEquals(1, iso.read(s.scene()).size());
    }

    @Test
    void whatIsReceivedFromAPlaceIsNoLegOfTheNextMotion() {
        Scenes s = Scenes.parse("""
                1 Volunteers volunteer NNS 2 nsubj
                2 received receive VBD 0 root
                3 aid aid NN 2 obj
                4 from from IN 5 case
                5 Turkey turkey NNP 2 obl LOCATION
                6 and and CC 7 cc
                7 drove drive VBD 2 conj
                8 to to IN 9 case
                9 Idlib idlib NNP 7 obl LOCATION
                10 . . . 2 punct
                """).country("Turkey", "TR").city("Idlib", "SY");
        assertEquals("Turkey>? ?>Idlib", rows(s));
    }
}
