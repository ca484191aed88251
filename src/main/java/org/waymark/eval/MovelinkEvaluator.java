package org.waymark.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.waymark.movement.Movement;
import org.waymark.recognize.Toponym;
import org.waymark.text.Document;

/**
 * Scores reported movements against SpaceEval MOVELINKs, end by end.
 *
 * <p>Answers: a movement with an {@code originToponym} gives one source answer, one with a
 * {@code destinationToponym} one goal answer. Gold: every link end with a span (see {@link MoveLink.End}).
 *
 * <p>Matching, per document. A movement can stand for a gold link only when the link's trigger (the MOTION word)
 * overlaps the movement's evidence span [start, end): the movement must come from the same sentence as the
 * link. Its origin then matches the link's source if their spans overlap, and its destination the link's goal
 * likewise. Movements and links are paired one-to-one, greedily: pairs that match both ends first, then pairs
 * with the tighter evidence span, then text order. So every movement is credited with at most one link, and an
 * end in the wrong place, or a movement away from any motion, is a false positive.
 *
 * <p>An end must point at one place: a system span that overlaps two or more distinct gold end spans of the
 * document matches none of them. Without this, a span over the whole text would match every end it is paired
 * with; the evidence span needs no such bound, since the ends carry the claim.
 */
public final class MovelinkEvaluator {

    private MovelinkEvaluator() {
    }

    /** Reads the SpaceEval files below a folder and scores the system on them, on every core. */
    public static MovelinkReport evaluate(Path folder, Function<Document, List<Movement>> system) {
        return evaluate(MovelinkCorpus.read(folder).documents(), system, Parallel.defaultThreads());
    }

    /** Scores the system on documents already read, on at most {@code threads} threads; results in input order. */
    public static MovelinkReport evaluate(List<MovelinkDocument> gold, Function<Document, List<Movement>> system,
                                          int threads) {
        Objects.requireNonNull(system, "system");
        return new MovelinkReport(Parallel.map(List.copyOf(gold), g -> {
            List<Movement> movements = system.apply(g.document());
            if (movements == null) {
                throw new IllegalStateException("the system returned null for document " + g.id());
            }
            return score(g, movements);
        }, threads));
    }

    /** Scores one document's movements against its links. */
    public static MovelinkScore score(MovelinkDocument gold, List<Movement> movements) {
        List<MoveLink> links = gold.links();
        record Pair(int movement, int link, boolean source, boolean goal, int evidence, int trigger) {
            int value() {
                return (source ? 1 : 0) + (goal ? 1 : 0);
            }
        }
        List<Span> goldEnds = links.stream()
                .flatMap(l -> java.util.stream.Stream.of(l.source(), l.goal()))
                .filter(e -> e != null && e.scorable()).map(MoveLink.End::span).distinct().toList();
        List<Pair> pairs = new ArrayList<>();
        int origins = 0, destinations = 0;
        for (int m = 0; m < movements.size(); m++) {
            Movement mv = Objects.requireNonNull(movements.get(m), "a null movement in document " + gold.id());
            Span origin = spanOf(mv.originToponym());
            Span destination = spanOf(mv.destinationToponym());
            origins += origin == null ? 0 : 1;
            destinations += destination == null ? 0 : 1;
            origin = pointed(origin, goldEnds);
            destination = pointed(destination, goldEnds);
            if (mv.end() <= mv.start() || mv.start() < 0 || origin == null && destination == null) {
                continue;
            }
            Span evidence = new Span(mv.start(), mv.end());
            for (int l = 0; l < links.size(); l++) {
                MoveLink link = links.get(l);
                if (link.trigger() == null || !link.trigger().overlaps(evidence)) {
                    continue;
                }
                boolean source = matches(origin, link.source());
                boolean goal = matches(destination, link.goal());
                if (source || goal) {
                    pairs.add(new Pair(m, l, source, goal, evidence.end() - evidence.start(), link.trigger().start()));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::value).reversed()
                .thenComparingInt(Pair::evidence)
                .thenComparingInt(Pair::trigger)
                .thenComparingInt(Pair::movement));
        boolean[] movementUsed = new boolean[movements.size()];
        boolean[] linkUsed = new boolean[links.size()];
        int sourcesMatched = 0, goalsMatched = 0;
        for (Pair p : pairs) {
            if (!movementUsed[p.movement()] && !linkUsed[p.link()]) {
                movementUsed[p.movement()] = linkUsed[p.link()] = true;
                sourcesMatched += p.source() ? 1 : 0;
                goalsMatched += p.goal() ? 1 : 0;
            }
        }
        int goldSources = (int) links.stream().filter(l -> l.source() != null && l.source().scorable()).count();
        int goldGoals = (int) links.stream().filter(l -> l.goal() != null && l.goal().scorable()).count();
        return new MovelinkScore(gold.id(), movements.size(), links.size(),
                new PrecisionRecall(origins, goldSources, sourcesMatched),
                new PrecisionRecall(destinations, goldGoals, goalsMatched));
    }

    /** The span if it overlaps at most one distinct gold end span; null (matching nothing) if it is broader. */
    private static Span pointed(Span system, List<Span> goldEnds) {
        if (system == null) {
            return null;
        }
        return goldEnds.stream().filter(system::overlaps).count() > 1 ? null : system;
    }

    private static boolean matches(Span system, MoveLink.End gold) {
        return system != null && gold != null && gold.scorable() && system.overlaps(gold.span());
    }

    private static Span spanOf(Toponym t) {
        return t == null || t.end() <= t.start() || t.start() < 0 ? null : new Span(t.start(), t.end());
    }
}
