package org.waymark.movement;

import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.resolve.Mention;

/**
 * A place (or, for MOVELINK scoring, any phrase) playing a role in the motion of one trigger word.
 *
 * @param mention the place
 * @param role    origin, destination or via
 * @param trigger the motion word
 * @param border  a destination that ends on the place's boundary ("to the Tajik border")
 * @param count   the movers counted with this end ("6,000 from Ukraine"), or null
 * @param evidence how the text gives the end: in the motion's own slot, or implied by who acts ("Russia sent …") or
 *                 by who moves ("Afghans entered …"); in a role, an end of better evidence wins
 */
record Part(Mention mention, Role role, Node trigger, boolean border, Long count, Evidence evidence) {

    /** From strongest to weakest. */
    enum Evidence {
        STATED, ACTOR, MOVERS
    }

    static Part stated(Mention mention, Role role, Node trigger) {
        return new Part(mention, role, trigger, false, null, Evidence.STATED);
    }

    static Part byActor(Mention mention, Role role, Node trigger) {
        return new Part(mention, role, trigger, false, null, Evidence.ACTOR);
    }

    static Part byMovers(Mention mention, Role role, Node trigger) {
        return new Part(mention, role, trigger, false, null, Evidence.MOVERS);
    }

    boolean implied() {
        return evidence != Evidence.STATED;
    }

    Part on(Node other) {
        return new Part(mention, role, other, border, count, evidence);
    }
}
