package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Place;

/** The calibration artefact: fitted with the resolver's scorers and weights, and read as written. */
class CalibrationTest {
    private static final Place TOWN = new Place(1, "Riverton", 40.5, -80.6, "P", "PPL", "US", "OH", 5_000);
    private static final Place COUNTRY = new Place(2, "Freedonia", 10, 10, "A", "PCLI", "FD", "00", 5_000_000);
    private static final Place SEA = new Place(3, "Quiet Sea", 10, 10, "H", "SEA", "", "", 0);

    @Test
    void theArtefactWasFittedWithTheResolversScorersAndWeights() {
        ScorerChain chain = new ScorerChain(Weights.DEFAULT, Place::population);
        List<String> differences = Calibration.bundled().differencesFrom(chain.names(), Weights.DEFAULT.table());
        assertTrue(differences.isEmpty(), "The scorers or weights changed since the confidence was calibrated: "
                + "run CalibrationFit on the dev corpora (see its Javadoc) and commit the calibration.json it "
                + "writes.\n" + String.join("\n", differences));
    }

    @Test
    void aChangedWeightOrScorerIsCaught() {
        Weights heavier = new Weights(Weights.DEFAULT.prior(), Weights.DEFAULT.context(),
                Weights.DEFAULT.patterns(), new Weights.Neighbour(0.4, 25, 5_000));
        List<String> differences = Calibration.bundled().differencesFrom(
                List.of("priors", "local-patterns"), heavier.table());
        assertEquals(2, differences.size(), differences.toString());
        assertTrue(differences.get(1).startsWith("weight neighbour.support: fitted with 0.2, now 0.4"),
                differences.toString());
    }

    @Test
    void theConfidenceIsTheLogisticOfLeadSoleAndKind() {
        Calibration c = Calibration.read(new ByteArrayInputStream("""
                {"scorers": [], "weights": {}, "model": {"intercept": 1.0, "sole": 0.5, "lead": 2.0, "leadCap": 1.0,
                 "kinds": {"country": -1.0}, "approximate": 0.5}}
                """.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0.731, c.confidence(new Choice(TOWN, 0, false, false)));          // 1 / (1 + e^-1)
        assertEquals(0.953, c.confidence(new Choice(TOWN, 5, false, false)));          // lead counted up to 1: z = 3
        assertEquals(0.818, c.confidence(new Choice(TOWN, Double.POSITIVE_INFINITY, true, false)));   // z = 1.5
        assertEquals(0.5, c.confidence(new Choice(COUNTRY, 0, false, false)));
        assertEquals(0.366, c.confidence(new Choice(TOWN, 0, false, true)), "half of 0.731, in thousandths");
    }

    @Test
    void largeAreasAreLessSureThanTownsWhateverTheLead() {
        Calibration c = Calibration.bundled();
        double town = c.confidence(new Choice(TOWN, 1.5, false, false));
        assertTrue(c.confidence(new Choice(TOWN, 0.05, false, false)) < town, "the lead counts");
        assertTrue(c.confidence(new Choice(COUNTRY, 1.5, false, false)) < town);
        assertTrue(c.confidence(new Choice(SEA, 1.5, false, false)) < c.confidence(new Choice(COUNTRY, 1.5, false,
                false)));
        assertEquals("water", Calibration.kind(SEA));
    }
}
