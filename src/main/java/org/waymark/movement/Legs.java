package org.waymark.movement;

import java.util.ArrayList;
import java.util.Map;
import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;

/**
 * One journey told by two motion words is one movement, not two half rows: "travelled from Niger across the Sahara
 * before reaching Tripoli", "fled Eritrea and arrived in Sudan", "soldiers pulled out of Iraq were sent on to
 * Kuwait". A motion with stated origins and no destination takes the stated destinations of a motion linked to it
 * that has no origin: a clause under it with the same movers (no subject of its own: "while others came from …" is
 * another journey), or, for a reduced relative on the movers, the motion of those movers. What one receives from
 * somewhere is no leg of where one goes next ("received aid from Turkey and drove to Idlib").
 */
final class Legs {
    private Legs() {
    }

    static void join(Scene scene, Map<Integer, Frame> frames) {
        receivers(scene, frames);
        for (Frame a : new ArrayList<>(frames.values())) {
            for (Frame b : new ArrayList<>(frames.values())) {
                if (a == b || !frames.containsValue(a) || !frames.containsValue(b)) {
                    continue;
                }
                boolean onlyOrigins = a.hasStated(Role.ORIGIN) && !a.hasStated(Role.DESTINATION);
                boolean onlyDestinations = b.hasStated(Role.DESTINATION) && !b.hasStated(Role.ORIGIN);
                boolean receiving = MotionLexicon.RECEIVERS.contains(a.trigger.lemma());
                if (onlyOrigins && onlyDestinations && !receiving && linked(scene, a.trigger, b.trigger)) {
                    b.parts.stream().filter(p -> !p.implied()).forEach(p -> a.parts.add(p.on(a.trigger)));
                    frames.remove(b.trigger.index());
                }
            }
        }
    }

    /**
     * "the Uzbek government would accept migrants deported from Germany": a receiver of movers who were moved
     * is where that motion ends; the receiving itself is no second movement.
     */
    private static void receivers(Scene scene, Map<Integer, Frame> frames) {
        for (Frame r : new ArrayList<>(frames.values())) {
            Node movers = MotionLexicon.RECEIVERS.contains(r.trigger.lemma()) ? Mover.of(scene, r.trigger) : null;
            if (movers == null) {
                continue;
            }
            for (Node c : scene.graph.children(movers)) {
                Frame moved = frames.get(c.index());
                if (c.relation() == Relation.ACL && moved != null && !moved.hasStated(Role.DESTINATION)) {
                    r.parts.stream().filter(p -> p.role() == Role.DESTINATION)
                            .forEach(p -> moved.parts.add(p.on(moved.trigger)));
                    frames.remove(r.trigger.index());
                    break;
                }
            }
        }
    }

    /** Whether the motion of the origins and that of the destinations tell one journey. */
    static boolean linked(Scene scene, Node origins, Node destinations) {
        return clauseOf(scene.graph, destinations, origins) || onMovers(scene, origins, destinations);
    }

    /** {@code inner} is a subordinate, coordinate or complement clause of {@code outer}, with its movers. */
    private static boolean clauseOf(DependencyGraph g, Node inner, Node outer) {
        Relation r = inner.relation();
        return inner.head() == outer.index()
                && (r == Relation.ADVCL || r == Relation.CONJ || r == Relation.XCOMP || r == Relation.DEP)
                && g.child(inner, Relation.NSUBJ, Relation.NSUBJ_PASS) == null;
    }

    /** {@code relative} is a reduced relative on the movers of {@code motion}: "soldiers pulled out of Iraq". */
    private static boolean onMovers(Scene scene, Node relative, Node motion) {
        Node movers = Mover.of(scene, motion);
        return movers != null && relative.relation() == Relation.ACL && relative.head() == movers.index();
    }
}
