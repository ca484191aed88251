package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Lookup;
import org.waymark.gazetteer.Place;

/** The movers' home, on hand-made parses; nationalities from a two-word list. */
class MoverEndsTest {
    static final Nationalities NATIONS = word -> switch (word) {
        case "Afghans" -> new Lookup(List.of(new Place(1, "Afghanistan", 33, 65, "A", "PCLI", "AF", "00", 1)), "t");
        case "Syrians" -> new Lookup(List.of(new Place(2, "Syria", 35, 38, "A", "PCLI", "SY", "00", 1)), "t");
        default -> new Lookup(List.of(), "t");
    };
    private final MoverEnds rule = new MoverEnds(NATIONS);

    @Test
    void aNationalityOfTheMoversIsTheirOrigin() {
        List<Part> parts = rule.find(Fixtures.afghans().scene());
        assertEquals("origin:Afghans@enter~", Scenes.parts(parts));
        assertEquals("Afghanistan", parts.get(0).mention().place().name());
    }

    @Test
    void theHomeOfTheDeportedIsTheirDestination() {
        assertEquals("destination:Afghans@deport~", Scenes.parts(rule.find(Scenes.parse("""
                1 Afghans afghan NNPS 3 nsubj:pass
                2 were be VBD 3 aux:pass
                3 deported deport VBN 0 root
                4 from from IN 5 case
                5 Germany germany NNP 3 obl LOCATION
                6 . . . 3 punct
                """).country("Germany", "DE").scene())));
    }

    @Test
    void whereTheMoversWereHeldIsTheirOrigin() {
        assertEquals("origin:Roj@move~", Scenes.parts(rule.find(Scenes.parse("""
                1 Detainees detainee NNS 7 nsubj:pass
                2 held hold VBN 1 acl
                3 at at IN 6 case
                4 the the DT 6 det
                5 Roj roj NNP 6 compound LOCATION
                6 camp camp NN 2 obl
                7 moved move VBN 0 root
                8 . . . 7 punct
                """).city("Roj", "SY").scene())));
    }

    @Test
    void aCountryOfPeopleNamedByItsPossessive() {
        assertEquals("origin:Syria@flee~", Scenes.parts(rule.find(Scenes.parse("""
                1 Half half NN 5 nsubj
                2 of of IN 4 case
                3 Syria syria NNP 4 nmod:poss LOCATION
                4 population population NN 1 nmod
                5 fled flee VBD 0 root
                6 . . . 5 punct
                """).country("Syria", "SY").scene())));
    }

    @Test
    void moversWithoutANationalityGiveNothing() {
        assertEquals("", Scenes.parts(rule.find(Fixtures.leftFor().scene())));
    }
}
