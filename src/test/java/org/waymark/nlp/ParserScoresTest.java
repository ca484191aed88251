package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.WaymarkClassifier;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Waymark's forward pass against CoreNLP's on a small random model: the same scores, bit for bit. */
class ParserScoresTest {
    private static final int VOCABULARY = 60;
    private static final int FEATURES = 48;
    private static final int HIDDEN = 37;   // not a multiple of 4: the rows left over are summed too
    private static final int EMBEDDING = 7;
    private static final int LABELS = 11;

    private final Random random = new Random(11);
    private final Config config = config();
    private final float[][] e = matrix(VOCABULARY, EMBEDDING);
    private final float[][] w1 = matrix(HIDDEN, FEATURES * EMBEDDING);
    private final float[] b1 = matrix(1, HIDDEN)[0];
    private final float[][] w2 = matrix(LABELS, HIDDEN);
    private final List<Integer> precomputed = precomputed();

    @Test
    void scoresEqualCoreNlpsBitForBit() throws Exception {
        Classifier core = new Classifier(config, e, w1, b1, w2, precomputed);
        core.preCompute();
        // a cache of 5 products for ~2,900 features: filled, cleared and refilled many times over
        WaymarkClassifier.ForwardPass pass = ParserScores.of(core, 5);
        for (int n = 0; n < 500; n++) {
            int[] features = features(n % 2 == 0);
            double[] expected = computeScores(core, features);
            assertArrayEquals(expected, pass.scores(features), 0.0, "state " + n);
            assertArrayEquals(expected, pass.scores(features), 0.0, "state " + n + " again, from the cache");
        }
    }

    @Test
    void theParserGetsItsScoresFromThePassOnceTheProductsArePrecomputed() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        float[] embeddings = ParserScores.flat(e);
        WaymarkClassifier classifier = new WaymarkClassifier(config, embeddings, w1, b1, w2, precomputed, c -> {
            WaymarkClassifier.ForwardPass pass = ParserScores.of(c, 100);
            return features -> {
                calls.incrementAndGet();
                return pass.scores(features);
            };
        });
        Classifier core = new Classifier(config, e, w1, b1, w2, precomputed);
        core.preCompute();
        classifier.preCompute();
        int[] features = features(true);
        assertEquals(0, calls.get());
        assertArrayEquals(computeScores(core, features), computeScores(classifier, features), 0.0);
        assertEquals(1, calls.get());
        // E held as one array gives CoreNLP's rows back
        assertArrayEquals(e, classifier.getE());
    }


    /** CoreNLP's package-private {@code computeScores(int[])}, as its parser calls it. */
    private static double[] computeScores(Classifier c, int[] features) throws Exception {
        Method m = Classifier.class.getDeclaredMethod("computeScores", int[].class);
        m.setAccessible(true);
        return (double[]) m.invoke(c, (Object) features);
    }

    private Config config() {
        Properties p = new Properties();
        p.setProperty("hiddenSize", Integer.toString(HIDDEN));
        p.setProperty("embeddingSize", Integer.toString(EMBEDDING));
        p.setProperty("numPreComputed", "400");
        p.setProperty("numCached", "100");
        return new Config(p);
    }

    private float[][] matrix(int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (float[] row : m) {
            for (int k = 0; k < cols; k++) {
                row[k] = (float) random.nextGaussian() * 0.3f;
            }
        }
        return m;
    }

    /** Feature ids (token × 48 + position) whose products are computed at load: tokens below 10, some positions. */
    private List<Integer> precomputed() {
        Set<Integer> ids = new LinkedHashSet<>();
        while (ids.size() < 400) {
            ids.add(random.nextInt(10) * FEATURES + random.nextInt(FEATURES));
        }
        return new ArrayList<>(ids);
    }

    /** A parser state's features: mostly frequent tokens (often precomputed), or any token. */
    private int[] features(boolean frequent) {
        int[] f = new int[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            f[j] = frequent && random.nextBoolean() ? random.nextInt(10) : random.nextInt(VOCABULARY);
        }
        return f;
    }
}
