package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaggerWeightsTest {
    @Test
    void addsAFeaturesWeightsToItsTags() {
        double[] lambda = {0.5, 7, 0.25};
        List<Map<String, int[]>> associations = List.of(Map.of("DT", new int[] {-1, 2, -1, 0}), Map.of());
        TaggerWeights weights = new TaggerWeights(associations, lambda);
        double[] scores = {1, 1, 1, 1};
        weights.addTo(0, "DT", scores);
        assertArrayEquals(new double[] {1, 1.25, 1, 1.5}, scores);
        weights.addTo(0, "DT", scores);
        assertArrayEquals(new double[] {1, 1.5, 1, 2}, scores, "a kept row adds the same");
        weights.addTo(0, "NN", scores);
        weights.addTo(1, "DT", scores);
        assertArrayEquals(new double[] {1, 1.5, 1, 2}, scores, "unknown features add nothing");
    }

    /** The sums CoreNLP's tagger makes (TestSentence.runExactExtractor), bit for bit, over many features. */
    @Test
    void sumsAsCoreNlpDoes() {
        Random random = new Random(7);
        int tags = 45;
        double[] lambda = new double[5_000];
        for (int i = 0; i < lambda.length; i++) {
            lambda[i] = random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3);
        }
        List<Map<String, int[]>> associations = new ArrayList<>();
        for (int kind = 0; kind < 6; kind++) {
            Map<String, int[]> values = new HashMap<>();
            for (int v = 0; v < 50; v++) {
                int[] a = new int[tags];
                for (int t = 0; t < tags; t++) {
                    a[t] = random.nextInt(4) == 0 ? random.nextInt(lambda.length) : -1;
                }
                values.put("v" + v, a);
            }
            associations.add(values);
        }
        TaggerWeights weights = new TaggerWeights(associations, lambda);
        for (int round = 0; round < 200; round++) {
            double[] theirs = new double[tags];
            double[] ours = new double[tags];
            for (int kind = 0; kind < 6; kind++) {
                String value = "v" + random.nextInt(60);
                int[] a = associations.get(kind).get(value);
                if (a != null) {
                    for (int t = 0; t < tags; t++) {
                        if (a[t] >= 0) {
                            theirs[t] += lambda[a[t]];
                        }
                    }
                }
                weights.addTo(kind, value, ours);
            }
            assertArrayEquals(theirs, ours, 0.0);
        }
    }
}
