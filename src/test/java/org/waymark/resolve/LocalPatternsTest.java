package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.resolve.Fixture.division;
import static org.waymark.resolve.Fixture.town;

import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Place;

/** How the clues of a name's several mentions are pooled. */
class LocalPatternsTest {
    private static final Weights.Patterns W = Weights.DEFAULT.patterns();
    private static final Place RIVERTON_OH = town(1, "Riverton", "US", "OH", 40.5, -80.6, 9_000);
    private static final Place RIVERTON_GB = town(2, "Riverton", "GB", "ENG", 51.5, -1.0, 20_000);
    private static final Place OHIO = division(3, "Ohio", "US", "OH", 40.3, -82.8);

    private static double score(Fixture f, String surface, Place p) {
        return f.score(d -> new LocalPatterns(d, W), surface, p);
    }

    @Test
    void oneMentionWithAClueSettlesEveryMentionOfTheName() {
        Fixture f = Fixture.parse("She left [Riverton] at eighteen +. She grew up in [Riverton] +, [Ohio] +.")
                .candidates("Riverton", RIVERTON_OH, RIVERTON_GB).candidates("Ohio", OHIO);
        assertEquals(W.townBeforeContainer(), score(f, "Riverton", RIVERTON_OH), 1e-12);
        assertEquals(0, score(f, "Riverton", RIVERTON_GB));
    }

    @Test
    void theOtherMentionsCountALittle() {
        Fixture f = Fixture.parse("In [Riverton] +, [Ohio] +, and later in [Riverton] +, [Ohio] +, it rained")
                .candidates("Riverton", RIVERTON_OH, RIVERTON_GB).candidates("Ohio", OHIO);
        assertEquals(W.townBeforeContainer() * (1 + W.otherMentions()), score(f, "Riverton", RIVERTON_OH), 1e-12);
    }

    @Test
    void theCluesOfOneMentionAddUp() {
        // "Riverton, Ohio" (the town in the state) and "the city of" before it (a populated place)
        Fixture f = Fixture.parse("It rained in the city of [Riverton] +, [Ohio] today")
                .candidates("Riverton", RIVERTON_OH, RIVERTON_GB).candidates("Ohio", OHIO);
        assertEquals(W.townBeforeContainer() + W.cityWord(), score(f, "Riverton", RIVERTON_OH), 1e-12);
        assertEquals(W.cityWord(), score(f, "Riverton", RIVERTON_GB), 1e-12);
    }
}
