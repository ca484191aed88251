package edu.stanford.nlp.parser.nndep;

import java.util.List;
import java.util.function.Function;

/**
 * CoreNLP's parser classifier with Waymark's forward pass ({@code org.waymark.nlp.ParserScores}): the same weights,
 * the same precomputed products and the same scores, bit for bit, computed faster. It lives in CoreNLP's package
 * only because the method the parser calls for its scores, {@code computeScores(int[])}, is package-private there.
 */
public final class WaymarkClassifier extends Classifier {
    /** Makes the forward pass from the classifier when the parser asks for its products to be precomputed. */
    private final Function<Classifier, ForwardPass> makePass;
    private volatile ForwardPass pass;

    /** Scores of every transition for a parser state's features. */
    public interface ForwardPass {
        double[] scores(int[] features);
    }

    public WaymarkClassifier(Config config, float[][] e, float[][] w1, float[] b1, float[][] w2,
                             List<Integer> preComputed, Function<Classifier, ForwardPass> makePass) {
        super(config, e, w1, b1, w2, preComputed);
        this.makePass = makePass;
    }

    /** Makes the forward pass, which precomputes the products itself: CoreNLP's own precomputation is not run. */
    @Override
    public void preCompute() {
        pass = makePass.apply(this);
    }

    @Override
    double[] computeScores(int[] features) {
        ForwardPass p = pass;
        return p == null ? super.computeScores(features) : p.scores(features);
    }
}
