package edu.stanford.nlp.parser.nndep;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * CoreNLP's parser classifier with Waymark's forward pass ({@code org.waymark.nlp.ParserScores}): the same weights,
 * the same precomputed products and the same scores, bit for bit, computed faster, without the training's state. It
 * lives in CoreNLP's package only because the method the parser calls for its scores, {@code computeScores(int[])},
 * is package-private there.
 */
public final class WaymarkClassifier extends Classifier {
    /** Makes the forward pass from the classifier when the parser asks for its products to be precomputed. */
    private final Function<Classifier, ForwardPass> makePass;
    private volatile ForwardPass pass;
    /** E, row after row, each row one word's, part of speech's or label's embedding. */
    private final float[] embeddings;
    private final int embeddingSize;
    private final float[][] w1;
    private final float[] b1;
    private final float[][] w2;

    /** Scores of every transition for a parser state's features. */
    public interface ForwardPass {
        double[] scores(int[] features);
    }

    /**
     * @param embeddings E, row after row ({@code config.embeddingSize} floats each): one array, where CoreNLP has an
     *                   array a row (77,000 objects for the collector to copy at every start)
     */
    public WaymarkClassifier(Config config, float[] embeddings, float[][] w1, float[] b1, float[][] w2,
                             List<Integer> preComputed, Function<Classifier, ForwardPass> makePass) {
        // CoreNLP's constructor also makes the training's gradient histories, arrays of doubles as large as the
        // weights (50 MB, allocated and zeroed at every start): it gets weights of one column, the getters give these
        super(config, new float[1][1], new float[1][1], new float[1], new float[w2.length][1], preComputed);
        if (config.embeddingSize <= 0 || embeddings.length % config.embeddingSize != 0) {
            throw new IllegalArgumentException(embeddings.length + " floats of embeddings of "
                    + config.embeddingSize);
        }
        this.embeddings = embeddings;
        this.embeddingSize = config.embeddingSize;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.makePass = makePass;
    }

    /** Makes the forward pass, which precomputes the products itself: CoreNLP's own precomputation is not run. */
    @Override
    public void preCompute() {
        pass = makePass.apply(this);
    }

    /** The scores, always by the forward pass (CoreNLP's own would read the one-column weights). */
    @Override
    double[] computeScores(int[] features) {
        ForwardPass p = pass;
        if (p == null) {
            synchronized (this) {
                if (pass == null) {
                    pass = makePass.apply(this);
                }
                p = pass;
            }
        }
        return p.scores(features);
    }

    /** E, row after row: read, never written. */
    public float[] embeddings() {
        return embeddings;
    }

    /** The floats of an embedding (a row of E). */
    public int embeddingSize() {
        return embeddingSize;
    }

    /** E as CoreNLP holds it, an array a row: a copy, made on each call. */
    @Override
    public float[][] getE() {
        float[][] rows = new float[embeddings.length / embeddingSize][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Arrays.copyOfRange(embeddings, i * embeddingSize, (i + 1) * embeddingSize);
        }
        return rows;
    }

    @Override
    public float[][] getW1() {
        return w1;
    }

    @Override
    public float[] getb1() {
        return b1;
    }

    @Override
    public float[][] getW2() {
        return w2;
    }
}
