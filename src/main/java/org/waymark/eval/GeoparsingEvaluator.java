package org.waymark.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.waymark.gazetteer.Place;
import org.waymark.geography.GreatCircle;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;
import org.waymark.text.Document;

/**
 * Scores a geoparser against a gold corpus: recognition (exact and overlapping spans), resolution over the
 * correctly recognised toponyms ({@link ResolutionScore}), and end-to-end.
 *
 * <p>Every mention the system returns counts as a recognition answer, resolved or not and whatever its kind;
 * a caller that wants to score only some (say, no demonyms) filters them in the system function.
 *
 * <p>Matching, per document. Exact: a gold toponym and a mention with equal spans; each of either is used at most
 * once. Overlap: pairs whose spans share a character, taken greedily one-to-one: equal spans first, then the
 * largest shared length, then text order. Resolution is scored on the overlap pairs.
 */
public final class GeoparsingEvaluator {

    private GeoparsingEvaluator() {
    }

    /**
     * Reads a gold file ({@link GoldCorpus#read}) and scores the system on it, on every core. A caller that also
     * wants to show how the file's offsets agreed reads the corpus itself and reports {@link GoldCorpus#offsets()}.
     */
    public static EvaluationReport evaluate(Path goldFile, Function<Document, List<Mention>> system) {
        return evaluate(GoldCorpus.read(goldFile).documents(), system);
    }

    /** Runs the system on every gold document, on as many threads as there are cores; results in input order. */
    public static EvaluationReport evaluate(List<GoldDocument> gold, Function<Document, List<Mention>> system) {
        return evaluate(gold, system, Parallel.defaultThreads());
    }

    /**
     * Runs the system on every gold document on at most {@code threads} threads (the system must then be
     * thread-safe; 1 runs everything on the calling thread).
     */
    public static EvaluationReport evaluate(List<GoldDocument> gold, Function<Document, List<Mention>> system,
                                            int threads) {
        Objects.requireNonNull(system, "system");
        List<DocumentScore> scores = Parallel.map(List.copyOf(gold), g -> score(g, run(system, g)), threads);
        return new EvaluationReport(scores);
    }

    /** Scores one document's mentions against its gold toponyms. */
    public static DocumentScore score(GoldDocument gold, List<Mention> mentions) {
        List<GoldToponym> golds = gold.toponyms();
        List<Span> goldSpans = golds.stream().map(GoldToponym::span).toList();
        List<Span> systemSpans = systemSpans(gold, mentions);

        int exact = countExactMatches(goldSpans, systemSpans);
        int[] pairOf = matchOverlapping(goldSpans, systemSpans);

        List<Double> errors = new ArrayList<>();
        int unresolved = 0, matched = 0;
        for (int g = 0; g < golds.size(); g++) {
            if (pairOf[g] < 0) {
                continue;
            }
            matched++;
            GoldToponym t = golds.get(g);
            if (!t.hasCoordinates()) {
                continue;
            }
            Place place = mentions.get(pairOf[g]).place();
            if (place == null) {
                unresolved++;
                errors.add(ResolutionScore.MAX_ERROR_KM);
            } else {
                errors.add(GreatCircle.distanceKm(t.latitude(), t.longitude(), place.latitude(), place.longitude()));
            }
        }
        return new DocumentScore(gold.id(),
                new PrecisionRecall(systemSpans.size(), goldSpans.size(), exact),
                new PrecisionRecall(systemSpans.size(), goldSpans.size(), matched),
                new ResolutionScore(errors, unresolved));
    }

    private static List<Mention> run(Function<Document, List<Mention>> system, GoldDocument gold) {
        List<Mention> mentions = system.apply(gold.document());
        if (mentions == null) {
            throw new IllegalStateException("the system returned null for document " + gold.id());
        }
        return mentions;
    }

    /**
     * The overlap pairing that {@link #score} uses: for each gold toponym, the index of its mention, or -1. Public
     * for the tools that learn from the pairs (the resolver's confidence calibration).
     */
    public static int[] overlapPairs(GoldDocument gold, List<Mention> mentions) {
        return matchOverlapping(gold.toponyms().stream().map(GoldToponym::span).toList(),
                systemSpans(gold, mentions));
    }

    private static List<Span> systemSpans(GoldDocument gold, List<Mention> mentions) {
        List<Span> spans = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            spans.add(spanOf(m, gold.id()));
        }
        return spans;
    }

    private static Span spanOf(Mention m, String documentId) {
        Toponym t = m == null ? null : m.toponym();
        if (t == null) {
            throw new IllegalStateException("the system returned a mention without toponym for document " + documentId);
        }
        try {
            return new Span(t.start(), t.end());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the system returned a mention with a bad span in document "
                    + documentId + ": '" + t.surface() + "' " + e.getMessage(), e);
        }
    }

    private static int countExactMatches(List<Span> gold, List<Span> system) {
        boolean[] used = new boolean[system.size()];
        int matched = 0;
        for (Span g : gold) {
            for (int s = 0; s < system.size(); s++) {
                if (!used[s] && system.get(s).equals(g)) {
                    used[s] = true;
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    /** For each gold index, the system index it is paired with, or -1. */
    private static int[] matchOverlapping(List<Span> gold, List<Span> system) {
        record Candidate(int gold, int system, boolean equal, int shared, int start) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                int shared = gold.get(g).overlapLength(system.get(s));
                if (shared > 0) {
                    candidates.add(new Candidate(g, s, gold.get(g).equals(system.get(s)), shared,
                            Math.max(gold.get(g).start(), system.get(s).start())));
                }
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.equal())
                .thenComparing(Comparator.comparingInt(Candidate::shared).reversed())
                .thenComparingInt(Candidate::start)
                .thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::system));
        int[] pairOf = new int[gold.size()];
        java.util.Arrays.fill(pairOf, -1);
        boolean[] used = new boolean[system.size()];
        for (Candidate c : candidates) {
            if (pairOf[c.gold()] < 0 && !used[c.system()]) {
                pairOf[c.gold()] = c.system();
                used[c.system()] = true;
            }
        }
        return pairOf;
    }
}
