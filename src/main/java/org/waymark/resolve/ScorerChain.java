package org.waymark.resolve;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.waymark.gazetteer.Place;

/**
 * The scorers the resolver adds up, in order, under the names the confidence calibration records: a candidate's
 * score is the sum of theirs. Adding, removing or reweighting a scorer changes what a score means, so the
 * calibration must be fitted again ({@code CalibrationTest} says so).
 */
final class ScorerChain {
    /** A scorer's name and how it is set up for one document. */
    private record Stage(String name, Function<DocumentSenses, CandidateScorer> forDocument) {
    }

    private final List<Stage> stages;

    /** @param population a place's population, or an estimate ({@code Gazetteer#populationEstimate}) */
    ScorerChain(Weights weights, ToLongFunction<Place> population) {
        Priors priors = new Priors(weights.prior(), population);
        this.stages = List.of(
                new Stage("priors", d -> priors),
                new Stage("document-context", d -> new DocumentContext(weights.context(), population)),
                new Stage("local-patterns", d -> new LocalPatterns(d, weights.patterns())),
                new Stage("neighbours", d -> new Neighbours(d, weights.neighbour())));
    }

    /** The scorers' names, in the order their scores are added. */
    List<String> names() {
        return stages.stream().map(Stage::name).toList();
    }

    /** The sum of the scorers, set up for one document. */
    CandidateScorer forDocument(DocumentSenses document) {
        List<CandidateScorer> scorers = stages.stream().map(s -> s.forDocument().apply(document)).toList();
        return (sense, candidate, chosen) -> sum(scorers, sense, candidate, chosen);
    }

    private static double sum(List<CandidateScorer> scorers, Sense sense, int candidate, Map<String, Place> chosen) {
        double total = 0;
        for (CandidateScorer scorer : scorers) {
            total += scorer.score(sense, candidate, chosen);
        }
        return total;
    }
}
