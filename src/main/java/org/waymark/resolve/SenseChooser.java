package org.waymark.resolve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waymark.gazetteer.Place;

/**
 * Chooses the highest-scoring candidate of every name, in passes: the first with the context of the names that
 * have one candidate only, then twice with the previous pass's choices, so that a choice made on the evidence of
 * others can support them in turn.
 */
final class SenseChooser {
    private static final int PASSES = 3;

    private SenseChooser() {
    }

    /** The choice for each name that has candidates, by {@link Sense#key}. */
    static Map<String, Choice> chooseAll(DocumentSenses document, CandidateScorer scorer) {
        Map<String, Place> known = new HashMap<>();
        for (Sense sense : document.senses()) {
            if (sense.places().size() == 1) {
                known.put(sense.key(), sense.place(0));
            }
        }
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (int pass = 0; pass < PASSES; pass++) {
            choices = new LinkedHashMap<>();
            for (Sense sense : document.senses()) {
                if (!sense.places().isEmpty()) {
                    choices.put(sense.key(), choose(sense, scorer, known));
                }
            }
            known = new HashMap<>();
            for (Map.Entry<String, Choice> e : choices.entrySet()) {
                known.put(e.getKey(), e.getValue().place());
            }
        }
        return choices;
    }

    /** The first of the highest-scoring candidates, and its lead over the next. */
    static Choice choose(Sense sense, CandidateScorer scorer, Map<String, Place> known) {
        int n = sense.places().size();
        double[] s = new double[n];
        int best = 0;
        for (int c = 0; c < n; c++) {
            s[c] = scorer.score(sense, c, known);
            if (s[c] > s[best]) {
                best = c;
            }
        }
        double second = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            second = c == best ? second : Math.max(second, s[c]);
        }
        return new Choice(sense.place(best), s[best] - second, n == 1, sense.candidates().approximate());
    }
}
