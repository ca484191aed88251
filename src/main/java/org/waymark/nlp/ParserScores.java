package org.waymark.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.WaymarkClassifier;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The forward pass of CoreNLP's neural dependency parser, with the same arithmetic in the same order for each
 * number, so that its scores equal CoreNLP's bit for bit, but several independent sums at a time. A score is a sum
 * of 1,000 products, each added to the one before: one at a time, every addition waits for the previous one (four
 * cycles or so), while the processor could run several of them side by side. Summing eight rows together keeps
 * each row's order and lets them overlap (eight beat four by 7-13% with the quick JIT): the output layer (83 rows)
 * and the products of features that were not precomputed (1,000 rows of 50) take most of a parse. The hidden layer
 * adds the 48 features' products four at a time where all four are frequent, each number in the features' order.
 *
 * <p>The products of the frequent features that CoreNLP computes at load are computed here on their first use instead
 * (the same numbers, in double as CoreNLP keeps them): 0.15 s of CPU off the start, and a short
 * text needs few of them. Products of the other features are kept once computed, up to a bound: the same numbers as
 * computing them again, so the policy cannot change a parse.
 */
final class ParserScores implements WaymarkClassifier.ForwardPass {
    /** Features of a parser state: CoreNLP's {@code Config.numTokens}. */
    private static final int FEATURES = 48;

    /**
     * W1 by feature slot: for slot j, row i's columns {@code j * embeddingSize …} at {@code i * embeddingSize …}, so
     * that a feature's product reads one run of memory (200 KB) instead of 1,000 pieces of a 9.6 MB matrix.
     */
    private final float[][] w1BySlot;
    /** W2 widened to double once: the products are the same (CoreNLP widens each float as it multiplies). */
    private final double[][] w2;
    /** E, row after row ({@link #embeddingSize} floats each). */
    private final float[] embeddings;
    private final float[] b1;
    private final int embeddingSize;
    private final int hiddenSize;
    private final IntIndex precomputed;
    /** The frequent features' products by row of {@link #precomputed}, each computed on its first use. */
    private final AtomicReferenceArray<double[]> saved;
    /** The feature id of each row of {@link #precomputed}. */
    private final int[] rowFeatures;
    private final Map<Integer, float[]> cache = new ConcurrentHashMap<>();
    private final int cacheSize;

    private ParserScores(Classifier c, int cacheSize) {
        float[][] w1 = c.getW1();
        this.w2 = widened(c.getW2());
        if (c instanceof WaymarkClassifier w) {
            this.embeddings = w.embeddings();
            this.embeddingSize = w.embeddingSize();
        } else {
            float[][] e = c.getE();
            this.embeddings = flat(e);
            this.embeddingSize = e[0].length;
        }
        this.b1 = c.getb1();
        this.hiddenSize = w1.length;
        this.w1BySlot = bySlot(w1, embeddingSize);
        Map<?, ?> rows = field(c, "preMap", Map.class);
        this.precomputed = IntIndex.of(rows);
        this.rowFeatures = new int[rows.size()];
        rows.forEach((id, row) -> rowFeatures[(Integer) row] = (Integer) id);
        this.saved = new AtomicReferenceArray<>(rows.size());
        this.cacheSize = cacheSize;
    }

    /**
     * The forward pass of a classifier, with the products of the features CoreNLP would precompute computed here
     * (the classifier's own {@code preCompute} need not run), keeping up to {@code cacheSize} others.
     */
    static WaymarkClassifier.ForwardPass of(Classifier c, int cacheSize) {
        return new ParserScores(c, cacheSize);
    }

    @Override
    public double[] scores(int[] features) {
        double[] hidden = new double[hiddenSize];
        // each number of the hidden layer sums the features' products in their order; four features a pass over
        // it where all four are frequent (81% of the groups on TR-News: most parts of speech and labels; four
        // products in float, 0.3%, are not worth a kernel of their own)
        int j = 0;
        for (; j + 4 <= features.length; j += 4) {
            Object a = product(features, j);
            Object b = product(features, j + 1);
            Object c = product(features, j + 2);
            Object d = product(features, j + 3);
            if (a instanceof double[] da && b instanceof double[] db && c instanceof double[] dc
                    && d instanceof double[] dd) {
                add(hidden, da, db, dc, dd);
            } else {
                add(hidden, a);
                add(hidden, b);
                add(hidden, c);
                add(hidden, d);
            }
        }
        for (; j < features.length; j++) {
            add(hidden, product(features, j));
        }
        for (int i = 0; i < hiddenSize; i++) {
            double h = hidden[i] + b1[i];
            hidden[i] = h * h * h;
        }
        return outputLayer(hidden);
    }

    /** Feature j's product: a frequent feature's in double, another's rounded to float (as CoreNLP keeps them). */
    private Object product(int[] features, int j) {
        int id = features[j] * FEATURES + j;
        int row = precomputed.get(id);
        return row >= 0 ? frequent(row) : product(id, features[j], j);
    }

    /** The output layer: one score per transition, eight rows at a time. */
    private double[] outputLayer(double[] hidden) {
        int rows = w2.length;
        double[] scores = new double[rows];
        int i = 0;
        for (; i + 8 <= rows; i += 8) {
            double[] a = w2[i];
            double[] b = w2[i + 1];
            double[] c = w2[i + 2];
            double[] d = w2[i + 3];
            double[] e = w2[i + 4];
            double[] f = w2[i + 5];
            double[] g = w2[i + 6];
            double[] h = w2[i + 7];
            double sa = 0;
            double sb = 0;
            double sc = 0;
            double sd = 0;
            double se = 0;
            double sf = 0;
            double sg = 0;
            double sh = 0;
            for (int k = 0; k < hidden.length; k++) {
                double x = hidden[k];
                sa += x * a[k];
                sb += x * b[k];
                sc += x * c[k];
                sd += x * d[k];
                se += x * e[k];
                sf += x * f[k];
                sg += x * g[k];
                sh += x * h[k];
            }
            scores[i] = sa;
            scores[i + 1] = sb;
            scores[i + 2] = sc;
            scores[i + 3] = sd;
            scores[i + 4] = se;
            scores[i + 5] = sf;
            scores[i + 6] = sg;
            scores[i + 7] = sh;
        }
        for (; i < rows; i++) {
            double s = 0;
            double[] a = w2[i];
            for (int k = 0; k < hidden.length; k++) {
                s += hidden[k] * a[k];
            }
            scores[i] = s;
        }
        return scores;
    }

    /** The hidden-layer product of one feature that was not precomputed, from the cache or computed now. */
    private float[] product(int id, int token, int slot) {
        float[] p = cache.get(id);
        if (p == null) {
            p = slice(token, slot);
            if (cache.size() >= cacheSize) {
                cache.clear();
            }
            cache.put(id, p);
        }
        return p;
    }

    /** The product of one feature not precomputed, as CoreNLP keeps it: its sums rounded to floats. */
    private float[] slice(int token, int slot) {
        double[] sums = sums(token, slot);
        float[] out = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            out[i] = (float) sums[i];
        }
        return out;
    }

    /**
     * W1's columns of feature slot {@code slot} times the embedding of {@code token}: for each row, the products in
     * float added one by one to a double, as CoreNLP does; eight rows at a time.
     */
    private double[] sums(int token, int slot) {
        float[] w = w1BySlot[slot];
        float[] e = embeddings;
        int n = embeddingSize;
        int at = token * n;
        double[] out = new double[hiddenSize];
        int i = 0;
        for (; i + 8 <= hiddenSize; i += 8) {
            int a = i * n;
            int b = a + n;
            int c = b + n;
            int d = c + n;
            int f = d + n;
            int g = f + n;
            int h = g + n;
            int j = h + n;
            double sa = 0;
            double sb = 0;
            double sc = 0;
            double sd = 0;
            double sf = 0;
            double sg = 0;
            double sh = 0;
            double sj = 0;
            for (int k = 0; k < n; k++) {
                float x = e[at + k];
                sa += w[a + k] * x;
                sb += w[b + k] * x;
                sc += w[c + k] * x;
                sd += w[d + k] * x;
                sf += w[f + k] * x;
                sg += w[g + k] * x;
                sh += w[h + k] * x;
                sj += w[j + k] * x;
            }
            out[i] = sa;
            out[i + 1] = sb;
            out[i + 2] = sc;
            out[i + 3] = sd;
            out[i + 4] = sf;
            out[i + 5] = sg;
            out[i + 6] = sh;
            out[i + 7] = sj;
        }
        for (; i < hiddenSize; i++) {
            double s = 0;
            int a = i * n;
            for (int k = 0; k < n; k++) {
                s += w[a + k] * e[at + k];
            }
            out[i] = s;
        }
        return out;
    }

    /** E's rows one after another, as {@code WaymarkClassifier} holds it. */
    static float[] flat(float[][] rows) {
        int n = rows[0].length;
        float[] out = new float[rows.length * n];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * n, n);
        }
        return out;
    }

    /** W1 rearranged by feature slot ({@link #w1BySlot}). */
    private static float[][] bySlot(float[][] w1, int embeddingSize) {
        int slots = w1[0].length / embeddingSize;
        float[][] out = new float[slots][w1.length * embeddingSize];
        for (int i = 0; i < w1.length; i++) {
            for (int j = 0; j < slots; j++) {
                System.arraycopy(w1[i], j * embeddingSize, out[j], i * embeddingSize, embeddingSize);
            }
        }
        return out;
    }

    /**
     * The product of a feature CoreNLP precomputes at load (one of the most frequent: a row of its preMap), computed
     * on first use; two threads may both compute it, to the same numbers.
     */
    private double[] frequent(int row) {
        double[] p = saved.get(row);
        if (p == null) {
            int feature = rowFeatures[row];
            p = sums(feature / FEATURES, feature % FEATURES);
            saved.set(row, p);
        }
        return p;
    }

    /** {@code to += from}, for a product of either kind. */
    private static void add(double[] to, Object from) {
        if (from instanceof double[] d) {
            add(to, d);
        } else {
            add(to, (float[]) from);
        }
    }

    /** {@code to += from}, four elements a step: the quick JIT does not unroll loops itself. */
    private static void add(double[] to, double[] from) {
        int n = Math.min(to.length, from.length);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            to[i] += from[i];
            to[i + 1] += from[i + 1];
            to[i + 2] += from[i + 2];
            to[i + 3] += from[i + 3];
        }
        for (; i < n; i++) {
            to[i] += from[i];
        }
    }

    private static void add(double[] to, float[] from) {
        int n = Math.min(to.length, from.length);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            to[i] += from[i];
            to[i + 1] += from[i + 1];
            to[i + 2] += from[i + 2];
            to[i + 3] += from[i + 3];
        }
        for (; i < n; i++) {
            to[i] += from[i];
        }
    }

    /**
     * {@code to += a; to += b; to += c; to += d}, element by element in that order (the same sums as four passes),
     * in one pass: each element of {@code to} is read and written once instead of four times.
     */
    private static void add(double[] to, double[] a, double[] b, double[] c, double[] d) {
        int n = Math.min(Math.min(to.length, a.length), Math.min(Math.min(b.length, c.length), d.length));
        for (int i = 0; i < n; i++) {
            double h = to[i];
            h += a[i];
            h += b[i];
            h += c[i];
            h += d[i];
            to[i] = h;
        }
    }

    private static double[][] widened(float[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new double[m[i].length];
            for (int k = 0; k < m[i].length; k++) {
                out[i][k] = m[i][k];
            }
        }
        return out;
    }

    private static <T> T field(Classifier c, String name, Class<T> type) {
        try {
            Field f = Classifier.class.getDeclaredField(name);
            f.setAccessible(true);
            return type.cast(f.get(c));
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException("CoreNLP's parser Classifier." + name
                    + " cannot be read: another CoreNLP version than the pom's?", e);
        }
    }

    /** Feature id → row of the precomputed products, -1 if none: open addressing, no boxing on the hot path. */
    private static final class IntIndex {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        private IntIndex(int capacity) {
            int size = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
            keys = new int[size];
            values = new int[size];
            mask = size - 1;
            java.util.Arrays.fill(keys, -1);
        }

        static IntIndex of(Map<?, ?> map) {
            IntIndex index = new IntIndex(map.size());
            map.forEach((k, v) -> index.put((Integer) k, (Integer) v));
            return index;
        }

        private void put(int key, int value) {
            int slot = mix(key) & mask;
            while (keys[slot] != -1 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        int get(int key) {
            int slot = mix(key) & mask;
            while (keys[slot] != -1) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
