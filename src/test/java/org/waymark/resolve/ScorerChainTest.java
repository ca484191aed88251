package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.resolve.Fixture.division;
import static org.waymark.resolve.Fixture.town;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Place;

/** The chain adds its scorers' scores, in the order the calibration records. */
class ScorerChainTest {
    private static final Place RIVERTON_OH = town(1, "Riverton", "US", "OH", 40.5, -80.6, 9_000);
    private static final Place OHIO = division(3, "Ohio", "US", "OH", 40.3, -82.8);

    @Test
    void theScoreIsTheSumOfTheScorersInOrder() {
        ScorerChain chain = new ScorerChain(Weights.DEFAULT, Place::population);
        assertEquals(List.of("priors", "document-context", "local-patterns", "neighbours"), chain.names());
        DocumentSenses d = Fixture.parse("She grew up in [Riverton] +, [Ohio]").candidates("Riverton", RIVERTON_OH)
                .candidates("Ohio", OHIO).senses();
        Sense riverton = Fixture.sense(d, "Riverton");
        Map<String, Place> chosen = Map.of("TOPONYM:ohio", OHIO);
        double expected = new Priors(Weights.DEFAULT.prior(), Place::population).score(riverton, 0, chosen)
                + new DocumentContext(Weights.DEFAULT.context(), Place::population).score(riverton, 0, chosen)
                + new LocalPatterns(d, Weights.DEFAULT.patterns()).score(riverton, 0, chosen);
        assertEquals(expected, chain.forDocument(d).score(riverton, 0, chosen), 1e-12);
    }
}
