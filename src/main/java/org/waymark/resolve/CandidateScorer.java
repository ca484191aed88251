package org.waymark.resolve;

import java.util.Map;
import org.waymark.gazetteer.Place;

/**
 * One line of evidence for the candidates of a name. The resolver adds the scores of its chain of scorers
 * ({@link ScorerChain}) and takes the candidate with the highest sum; a scorer that has nothing to say returns 0.
 */
@FunctionalInterface
interface CandidateScorer {

    /**
     * @param sense     the name and its candidates
     * @param candidate the index of the candidate in {@code sense.places()}
     * @param chosen    the place chosen so far for each other name of the document, by {@link Sense#key}
     */
    double score(Sense sense, int candidate, Map<String, Place> chosen);
}
