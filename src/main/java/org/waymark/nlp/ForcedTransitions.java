package org.waymark.nlp;

import edu.stanford.nlp.parser.nndep.WaymarkClassifier;

/**
 * The parser's states that admit one transition only, answered without the network. CoreNLP's arc-standard parser
 * with a single root (its UD model's) can only shift while its stack holds the root and at most one word and words
 * are left, and can only attach that word to the root once none are left: there, whatever the scores, it takes the
 * one transition it may. English is mostly right-branching, so the stack is often back to one word after a phrase.
 * CoreNLP takes the best-scored transition it may apply, so scores of zero for all give it the same choice, and the
 * same parse.
 *
 * <p>The state is read from its features, as CoreNLP lays them out: the words of the stack's top three (third,
 * second, top), of the buffer's first three, of some of their children (18 in all), then the same positions' parts
 * of speech. The second on the stack has the part of speech {@code -ROOT-} (it is the root) or {@code -NULL-} (there
 * is none) exactly when the stack holds at most the root and one word: no word of a text is tagged either.
 */
final class ForcedTransitions implements WaymarkClassifier.ForwardPass {
    /** Word features before the parts of speech: CoreNLP's {@code getFeatures}. */
    private static final int WORD_FEATURES = 18;
    /** The part of speech of the stack's second element: after that of the third. */
    private static final int SECOND_ON_STACK = WORD_FEATURES + 1;

    private final WaymarkClassifier.ForwardPass network;
    private final int nullPos;
    private final int rootPos;
    private final int transitions;

    private ForcedTransitions(WaymarkClassifier.ForwardPass network, int nullPos, int rootPos, int transitions) {
        this.network = network;
        this.nullPos = nullPos;
        this.rootPos = rootPos;
        this.transitions = transitions;
    }

    /**
     * The network's scores where the parser may choose; zeros where it may not. {@code nullPos} and {@code rootPos}
     * are the feature ids of the parts of speech {@code -NULL-} and {@code -ROOT-}.
     */
    static WaymarkClassifier.ForwardPass of(WaymarkClassifier.ForwardPass network, int nullPos, int rootPos,
                                            int transitions) {
        return new ForcedTransitions(network, nullPos, rootPos, transitions);
    }

    @Override
    public double[] scores(int[] features) {
        return isForced(features) ? new double[transitions] : network.scores(features);
    }

    /** Whether the stack holds at most the root and one word. */
    boolean isForced(int[] features) {
        int second = features[SECOND_ON_STACK];
        return second == rootPos || second == nullPos;
    }
}
