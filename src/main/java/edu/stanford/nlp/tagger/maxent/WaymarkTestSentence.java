package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.math.ArrayMath;

/**
 * CoreNLP's tagging of one sentence ({@link TestSentence}) with the scores of a position computed as CoreNLP computes
 * them, in the same order, but from {@link WaymarkTagger}'s compact weights, with a word's own scores kept between
 * sentences and the tags a word may take looked up once per position.
 */
final class WaymarkTestSentence extends TestSentence {
    private final WaymarkTagger tagger;
    private double[][] contextScores;
    private String[][] tagsAt;

    WaymarkTestSentence(WaymarkTagger tagger) {
        super(tagger);
        this.tagger = tagger;
    }

    @Override
    protected void init() {
        super.init();
        contextScores = new double[size][];
        tagsAt = new String[size + leftWindow() + rightWindow()][];
    }

    /** CoreNLP's, once per position: the search asks for each combination of the tags around it. */
    @Override
    protected String[] stringTagsAt(int pos) {
        if (pos < 0 || pos >= tagsAt.length) {
            return super.stringTagsAt(pos);
        }
        String[] tags = tagsAt[pos];
        if (tags == null) {
            tags = super.stringTagsAt(pos);
            tagsAt[pos] = tags;
        }
        return tags;
    }

    /**
     * CoreNLP's {@code getHistories} for exact scoring without its debugging branch (the tagger has neither):
     * local + local context + dynamic features.
     */
    @Override
    protected double[] getHistories(String[] tags, History h) {
        WaymarkTagger.WordScores word = tagger.wordScores(pairs.getWord(h.current), h);
        boolean rare = word.rare();
        double[] context = contextScores[h.current];
        if (context == null) {
            context = tagger.score(h, tagger.localContext, rare ? tagger.rareLocalContext : null);
            ArrayMath.pairwiseAddInPlace(context, word.scores());
            contextScores[h.current] = context;
        }
        double[] total = tagger.score(h, tagger.dynamic, rare ? tagger.rareDynamic : null);
        ArrayMath.pairwiseAddInPlace(total, context);
        return total;
    }
}
