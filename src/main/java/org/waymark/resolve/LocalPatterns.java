package org.waymark.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.gazetteer.Place;

/**
 * The clues in the words at a name's mentions ({@link CityAndContainer}, {@link ListsOfOneKind},
 * {@link GenericWords}), pooled over the mentions: the strongest mention counts in full, the others a little
 * ({@code otherMentions}), so that one "Paris, Texas" settles every "Paris" of the article without a name mentioned
 * ten times outweighing everything else. Read once per document: the words do not change between passes.
 */
final class LocalPatterns implements CandidateScorer {
    /** per sense key, per candidate: the pooled clues */
    private final Map<String, double[]> pooled = new HashMap<>();

    LocalPatterns(DocumentSenses document, Weights.Patterns weights) {
        MentionText words = new MentionText(document.text().text(), document.toponyms(), weights.maxGap());
        ListsOfOneKind lists = new ListsOfOneKind(words, document, weights);
        List<MentionClue> clues = List.of(new CityAndContainer(words, document, lists, weights), lists,
                new GenericWords(words, document.toponyms(), weights));
        for (Sense sense : document.senses()) {
            pooled.put(sense.key(), pool(sense, clues, weights.otherMentions()));
        }
    }

    @Override
    public double score(Sense sense, int candidate, Map<String, Place> chosen) {
        return pooled.get(sense.key())[candidate];
    }

    private static double[] pool(Sense sense, List<MentionClue> clues, double otherMentions) {
        int n = sense.places().size();
        double[] strongest = new double[n];
        double[] sum = new double[n];
        for (int i : sense.mentions()) {
            for (int c = 0; c < n; c++) {
                double s = 0;
                for (MentionClue clue : clues) {
                    s += clue.support(i, sense.place(c));
                }
                strongest[c] = Math.max(strongest[c], s);
                sum[c] += s;
            }
        }
        double[] pooled = new double[n];
        for (int c = 0; c < n; c++) {
            pooled[c] = strongest[c] + otherMentions * (sum[c] - strongest[c]);
        }
        return pooled;
    }
}
