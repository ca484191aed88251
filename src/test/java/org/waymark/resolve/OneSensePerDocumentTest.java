package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.recognize.Toponym;

/** The mentions of one name grouped into one sense, looked up once. */
class OneSensePerDocumentTest {

    @Test
    void everyMentionOfANameSharesOneSenseLookedUpOnce() {
        Fixture f = Fixture.parse("[Paris] +, [Texas] is not [PARIS] nor [Paris] again");
        List<String> asked = new ArrayList<>();
        DocumentSenses d = OneSensePerDocument.group(f.text(), f.toponyms(), t -> {
            asked.add(t.surface());
            return new Candidates("", List.of(), "test", false);
        });
        assertEquals(List.of("Paris", "Texas"), asked, "one lookup per name, however it is capitalized");
        assertEquals(2, d.senses().size());
        assertEquals(List.of(0, 2, 3), d.senses().get(0).mentions());
        assertEquals(d.senses().get(0), d.senseOf().get(3));
    }

    @Test
    void aDemonymIsNotThePlaceNameOfTheSameSpelling() {
        assertNotEquals(OneSensePerDocument.key(new Toponym(0, 6, "Jordan", Toponym.Kind.TOPONYM, 0)),
                OneSensePerDocument.key(new Toponym(0, 6, "Jordan", Toponym.Kind.DEMONYM, 0)));
    }
}
