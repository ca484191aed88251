package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Place;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;

/** Ends carried over between sentences, on hand-made drafts. */
class DiscourseTest {

    private static Mention place(String name, String country, int sentence, int start) {
        return new Mention(new Toponym(start, start + name.length(), name, Toponym.Kind.TOPONYM, sentence),
                new Place(name.hashCode(), name, 0, 0, "A", "PCLI", country, "00", 1), 0.9, "t", "");
    }

    private static Draft draft(Mention origin, Mention destination, String mover, int sentence) {
        Draft d = new Draft();
        d.origin = origin;
        d.originStated = origin != null;
        d.destination = destination;
        d.mover = mover;
        d.sentenceIndex = sentence;
        return d;
    }

    @Test
    void theSameMoversCarryTheirOriginToTheNextSentence() {
        Draft withdrawn = draft(place("Mali", "ML", 0, 20), null, "A brigade", 0);
        Draft deployed = draft(null, place("Chad", "TD", 1, 60), "These troops", 1);
        List<Draft> before = new ArrayList<>(List.of(withdrawn));
        Discourse.link(before, List.of(deployed), 1);
        assertEquals("Mali", deployed.origin.place().name());
        assertTrue(deployed.originInferred);
        assertTrue(withdrawn.consumed, "one movement, not two");
    }

    @Test
    void otherMoversCarryNothing() {
        Draft withdrawn = draft(place("Mali", "ML", 0, 20), null, "A brigade", 0);
        Draft deployed = draft(null, place("Chad", "TD", 1, 60), "Engineers", 1);
        Discourse.link(new ArrayList<>(List.of(withdrawn)), List.of(deployed), 1);
        assertNull(deployed.origin);
    }

    @Test
    void aClauseWithOnlyAnOriginTakesTheDestinationBeforeIt() {
        Draft entered = draft(null, place("Spain", "ES", 0, 20), "Some", 0);
        Draft came = draft(place("Portugal", "PT", 0, 50), null, "others", 0);
        Discourse.link(new ArrayList<>(), List.of(entered, came), 0);
        assertEquals("Spain", came.destination.place().name());
    }

    @Test
    void aReturnStartsWhereTheTextLastPutSomeoneIn() {
        String text = "Many workers die in Russia. He arranges their transport back to Tajikistan.";
        Mention russia = place("Russia", "RU", 0, text.indexOf("Russia"));
        Mention tajikistan = place("Tajikistan", "TJ", 1, text.indexOf("Tajikistan"));
        Draft back = draft(null, tajikistan, "their", 1);
        back.fromWhereTheyWere = true;
        back.start = text.indexOf("transport");
        Discourse.contextOrigins(List.of(back), List.of(russia, tajikistan), text);
        assertEquals("Russia", back.origin.place().name());
        assertTrue(back.originInferred);
        Draft sent = draft(null, tajikistan, "their", 1);
        Discourse.contextOrigins(List.of(sent), List.of(russia, tajikistan), text);
        assertNull(sent.origin, "not a return");
    }
}
