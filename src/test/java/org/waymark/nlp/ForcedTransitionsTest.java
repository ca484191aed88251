package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.parser.nndep.WaymarkClassifier;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The part alone, on hand-made feature arrays: no model. */
class ForcedTransitionsTest {
    private static final int NULL_POS = 40;
    private static final int ROOT_POS = 41;
    private static final int NOUN = 57;
    private static final double[] NETWORK = {0.5, -1.25, 3.0};

    private final AtomicInteger calls = new AtomicInteger();
    private final WaymarkClassifier.ForwardPass network = features -> {
        calls.incrementAndGet();
        return NETWORK.clone();
    };
    private final WaymarkClassifier.ForwardPass pass = ForcedTransitions.of(network, NULL_POS, ROOT_POS, 3);

    @Test
    void aStackOfTheRootAndOneWordHasNoChoice() {
        assertArrayEquals(new double[3], pass.scores(state(ROOT_POS)));
        assertEquals(0, calls.get());
    }

    @Test
    void aStackOfTheRootAloneHasNoChoice() {
        assertArrayEquals(new double[3], pass.scores(state(NULL_POS)));
        assertEquals(0, calls.get());
    }

    @Test
    void aStackWithTwoWordsAsksTheNetwork() {
        assertArrayEquals(NETWORK, pass.scores(state(NOUN)));
        assertEquals(1, calls.get());
    }

    @Test
    void onlyTheSecondOnTheStackDecides() {
        int[] features = state(NOUN);
        // the root as the third on the stack, none as the buffer's first: the network still chooses
        features[18] = ROOT_POS;
        features[21] = NULL_POS;
        features[1] = NULL_POS;
        assertArrayEquals(NETWORK, pass.scores(features));
        assertEquals(1, calls.get());
    }

    /** 48 features (18 words, 18 parts of speech, 12 labels), the second on the stack tagged {@code secondPos}. */
    private static int[] state(int secondPos) {
        int[] features = new int[48];
        Arrays.fill(features, 7);
        features[19] = secondPos;
        return features;
    }
}
