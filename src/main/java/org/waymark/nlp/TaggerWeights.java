package org.waymark.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The POS tagger's weights by feature, in the form its scoring reads them. CoreNLP keeps, for each feature (a kind of
 * feature, such as "the previous tag", and the value it takes), an array over all the tags (45) of indices into one
 * large weight array, most of them -1; scoring a feature reads them all and jumps into the large array for each
 * weight: a quarter of the tagger's time. Here a feature's row holds only the tags it weighs and their weights, side
 * by side, made from CoreNLP's arrays at the feature's first use and kept (the model's features bound them). Adding a
 * row adds the same weights to the same tags in the same order, so the scores are CoreNLP's bit for bit. Thread-safe.
 */
public final class TaggerWeights {
    private final List<Map<String, int[]>> associations;
    private final double[] weights;
    private final List<Map<String, Row>> rows;

    /**
     * @param associations by kind of feature, the value → for each tag, the index of its weight, or -1 (CoreNLP's
     *                     {@code MaxentTagger.fAssociations})
     * @param weights      the weights those indices point into (CoreNLP's {@code lambda})
     */
    public TaggerWeights(List<Map<String, int[]>> associations, double[] weights) {
        this.associations = associations;
        this.weights = weights;
        this.rows = new ArrayList<>(associations.size());
        for (int i = 0; i < associations.size(); i++) {
            rows.add(new ConcurrentHashMap<>());
        }
    }

    /** Adds the weights of the feature {@code kind} = {@code value} to the scores of the tags (none if unknown). */
    public void addTo(int kind, String value, double[] scores) {
        Map<String, Row> kept = rows.get(kind);
        Row row = kept.get(value);
        if (row == null) {
            int[] tags = associations.get(kind).get(value);
            if (tags == null) {
                return;
            }
            row = Row.of(tags, weights);
            kept.put(value, row);
        }
        row.addTo(scores);
    }

    /** One feature's weights: the tags it weighs, in ascending order, and their weights. */
    private record Row(int[] tags, double[] weights) {
        static Row of(int[] associations, double[] all) {
            int n = 0;
            for (int a : associations) {
                if (a >= 0) {
                    n++;
                }
            }
            int[] tags = new int[n];
            double[] weights = new double[n];
            int k = 0;
            for (int tag = 0; tag < associations.length; tag++) {
                if (associations[tag] >= 0) {
                    tags[k] = tag;
                    weights[k++] = all[associations[tag]];
                }
            }
            return new Row(tags, weights);
        }

        void addTo(double[] scores) {
            for (int i = 0; i < tags.length; i++) {
                scores[tags[i]] += weights[i];
            }
        }
    }
}
