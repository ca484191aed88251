package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
        TaggerWeights weights = TaggerWeights.of(associations, lambda);
        assertEquals(2, weights.kinds());
        double[] scores = {1, 1, 1, 1};
        weights.addTo(0, "DT", scores);
        assertArrayEquals(new double[] {1, 1.25, 1, 1.5}, scores);
        weights.addTo(0, "NN", scores);
        weights.addTo(1, "DT", scores);
        assertArrayEquals(new double[] {1, 1.25, 1, 1.5}, scores, "unknown features add nothing");
    }

    /** The sums CoreNLP's tagger makes (TestSentence.runExactExtractor), bit for bit, read back from a file. */
    @Test
    void sumsAsCoreNlpDoesAfterAWriteAndARead() throws IOException {
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
                values.put("v" + v + (kind == 3 ? "é" : ""), a);
            }
            associations.add(values);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TaggerWeights.of(associations, lambda).write(new DataOutputStream(bytes));
        TaggerWeights weights = TaggerWeights.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (int round = 0; round < 200; round++) {
            double[] theirs = new double[tags];
            double[] ours = new double[tags];
            for (int kind = 0; kind < 6; kind++) {
                String value = "v" + random.nextInt(60) + (kind == 3 ? "é" : "");
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

    @Test
    void refusesAFileThatIsNotWeights() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TaggerWeights.of(List.of(Map.of("a", new int[] {0, -1})), new double[] {1}).write(new DataOutputStream(bytes));
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 5);
        assertThrows(IOException.class,
                () -> TaggerWeights.read(new DataInputStream(new ByteArrayInputStream(cut))));
    }
}
