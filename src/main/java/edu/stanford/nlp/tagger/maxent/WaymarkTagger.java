package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.util.Pair;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.waymark.gazetteer.BoundedMemo;
import org.waymark.nlp.TagDictionary;
import org.waymark.nlp.TaggerWeights;

/**
 * CoreNLP's maximum-entropy POS tagger, tagging with {@link WaymarkTestSentence}: the same model, the same search and
 * the same scores, bit for bit, computed with less work, from the features' weights as {@link TaggerWeights} and the
 * words' tags as a {@link TagDictionary} (the model's own, read by CoreNLP, are empty). It lives in CoreNLP's package only because the tagger's
 * model (its features, weights and dictionary) is package-private there.
 */
public final class WaymarkTagger extends MaxentTagger {
    /** Words whose scores from their own features are kept between sentences (45 doubles each). */
    static final int KEPT_WORDS = 20_000;

    final TaggerWeights weights;
    final Kinds local;
    final Kinds localContext;
    final Kinds dynamic;
    final Kinds rareLocal;
    final Kinds rareLocalContext;
    final Kinds rareDynamic;
    private final BoundedMemo<String, WordScores> words = new BoundedMemo<>(KEPT_WORDS);

    /**
     * Reads a model as {@code new MaxentTagger(model, config, false)} does, its features' weights and its dictionary
     * given apart (the build writes the model without them).
     */
    public WaymarkTagger(InputStream model, Properties config, TaggerWeights weights, TagDictionary dictionary) {
        super(model, config, false);
        WaymarkDictionary.install(this, dictionary);
        if (hasApproximateScoring() || this.config.getVerbose()) {
            throw new IllegalArgumentException("a tagger model with approximate scoring or verbose: not the build's");
        }
        if (weights.kinds() != extractors.size() + extractorsRare.size()) {
            throw new IllegalArgumentException("weights of " + weights.kinds() + " kinds of feature for a model of "
                    + (extractors.size() + extractorsRare.size()));
        }
        this.weights = weights;
        int rareOffset = extractors.size();
        this.local = Kinds.of(extractors.local, 0);
        this.localContext = Kinds.of(extractors.localContext, 0);
        this.dynamic = Kinds.of(extractors.dynamic, 0);
        this.rareLocal = Kinds.of(extractorsRare.local, rareOffset);
        this.rareLocalContext = Kinds.of(extractorsRare.localContext, rareOffset);
        this.rareDynamic = Kinds.of(extractorsRare.dynamic, rareOffset);
    }

    /**
     * CoreNLP's, but the words' ambiguity classes are not made: CoreNLP makes one for each of the dictionary's 76,000
     * words as it reads the model (a third of the load), and no feature of the tagger reads them.
     */
    @Override
    void init(TaggerConfig config) {
        super.init(config);
        ambClasses = new AmbiguityClasses(tags) {
            @Override
            protected int getClass(String word, Dictionary dict, int veryCommonWordThresh, TTags ttags) {
                return -1;
            }
        };
    }

    @Override
    public List<TaggedWord> tagSentence(List<? extends HasWord> sentence, boolean reuseTags) {
        return new WaymarkTestSentence(this).tagSentence(sentence, reuseTags);
    }

    @Override
    public List<TaggedWord> tagSentence(List<? extends HasWord> sentence) {
        return tagSentence(sentence, false);
    }

    @Override
    public List<TaggedWord> apply(List<? extends HasWord> sentence) {
        return tagSentence(sentence, false);
    }

    /**
     * Whether a word is rare and the scores of the features that read it alone ({@code local}): a function of the
     * word, so kept between sentences (CoreNLP keeps them for one sentence).
     */
    WordScores wordScores(String word, History h) {
        return words.get(word, () -> {
            boolean rare = isRare(word);
            return new WordScores(rare, score(h, local, rare ? rareLocal : null));
        });
    }

    /** CoreNLP's {@code getExactHistories}: the weights of the features of these kinds, kind after kind. */
    double[] score(History h, Kinds common, Kinds rare) {
        double[] scores = new double[ySize];
        common.addTo(h, weights, scores);
        if (rare != null) {
            rare.addTo(h, weights, scores);
        }
        return scores;
    }

    /** A word's rarity and local scores; the scores are read, never written. */
    record WordScores(boolean rare, double[] scores) {
    }

    /** Kinds of features, in the model's order: their numbers (where their weights are) and extractors. */
    static final class Kinds {
        private final int[] numbers;
        private final Extractor[] extractors;

        private Kinds(int[] numbers, Extractor[] extractors) {
            this.numbers = numbers;
            this.extractors = extractors;
        }

        static Kinds of(List<Pair<Integer, Extractor>> pairs, int offset) {
            int[] numbers = new int[pairs.size()];
            Extractor[] extractors = new Extractor[pairs.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = offset + pairs.get(i).first();
                extractors[i] = pairs.get(i).second();
            }
            return new Kinds(numbers, extractors);
        }

        void addTo(History h, TaggerWeights weights, double[] scores) {
            for (int i = 0; i < numbers.length; i++) {
                weights.addTo(numbers[i], extractors[i].extract(h), scores);
            }
        }
    }
}
