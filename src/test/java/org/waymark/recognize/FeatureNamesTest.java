package org.waymark.recognize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waymark.recognize.Fixtures.tokens;

import org.junit.jupiter.api.Test;

/** The sea, lake and island rules alone, on hand-made tokens: no tagger involved. */
class FeatureNamesTest {

    @Test
    void aNameInsideTheNameOfASeaStraitOrLakeIsNoMentionOfThePlace() {
        assertTrue(FeatureNames.holds(tokens("Boats crossed the English Channel at night"), 3, 4));
        assertTrue(FeatureNames.holds(tokens("Herders left Lake Chad in May"), 3, 4));
        assertTrue(FeatureNames.holds(tokens("Patrols in the Taiwan Strait grew"), 3, 4));
        assertTrue(FeatureNames.holds(tokens("They climbed Mount Kenya last year"), 3, 4));
        // the place before or after such a name, and a lower-case word, leave it a place
        assertFalse(FeatureNames.holds(tokens("Boats crossed the English Channel from Calais"), 6, 7));
        assertFalse(FeatureNames.holds(tokens("Chad lake levels fell"), 0, 1));
        assertFalse(FeatureNames.holds(tokens("English teachers arrived"), 0, 1));
    }

    @Test
    void aNameAfterIslandOfIsAnIslands() {
        assertTrue(FeatureNames.islandNamed(tokens("on the Greek island of Samos"), 5));
        assertTrue(FeatureNames.islandNamed(tokens("the Isle of Man"), 3));
        assertFalse(FeatureNames.islandNamed(tokens("the Bank of England"), 3));
        assertFalse(FeatureNames.islandNamed(tokens("Samos"), 0));
    }
}
