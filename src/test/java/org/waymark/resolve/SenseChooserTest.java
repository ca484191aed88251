package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waymark.resolve.Fixture.town;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Place;

/** Choosing with a scorer written for the test: the best candidate, its lead, and the passes. */
class SenseChooserTest {
    private static final Place A1 = town(1, "Alton", "US", "IL", 38.9, -90.2, 27_000);
    private static final Place A2 = town(2, "Alton", "GB", "ENG", 51.15, -0.97, 18_000);
    private static final Place B = town(3, "Bexley", "GB", "ENG", 51.44, 0.15, 240_000);

    private static Fixture fixture() {
        return Fixture.parse("From [Alton] to [Bexley] and [Nowhere]").candidates("Alton", A1, A2)
                .candidates("Bexley", B);
    }

    @Test
    void theHighestScoreWinsWithItsLeadAndTheFirstOfATie() {
        Sense alton = Fixture.sense(fixture().senses(), "Alton");
        Choice c = SenseChooser.choose(alton, (s, i, chosen) -> s.place(i) == A2 ? 1.5 : 1.0, Map.of());
        assertEquals(A2, c.place());
        assertEquals(0.5, c.lead());
        assertFalse(c.sole());
        assertEquals(A1, SenseChooser.choose(alton, (s, i, chosen) -> 1.0, Map.of()).place());
        Choice sole = SenseChooser.choose(Fixture.sense(fixture().senses(), "Bexley"), (s, i, chosen) -> 0, Map.of());
        assertTrue(sole.sole());
    }

    @Test
    void theFirstPassKnowsTheSoleCandidatesAndTheNextOnesEveryChoice() {
        List<Set<String>> seen = new ArrayList<>();
        CandidateScorer recording = (s, i, chosen) -> {
            if (s.key().equals("TOPONYM:alton") && i == 0) {
                seen.add(Set.copyOf(chosen.keySet()));
            }
            return 0;
        };
        Map<String, Choice> choices = SenseChooser.chooseAll(fixture().senses(), recording);
        assertEquals(List.of(Set.of("TOPONYM:bexley"), Set.of("TOPONYM:alton", "TOPONYM:bexley"),
                Set.of("TOPONYM:alton", "TOPONYM:bexley")), seen);
        assertEquals(Set.of("TOPONYM:alton", "TOPONYM:bexley"), choices.keySet(), "a name without candidates has none");
    }
}
