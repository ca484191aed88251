package org.waymark.movement;

import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;

/**
 * Whether a motion is reported, planned ("will travel", "plans to send") or possible ("may send", "would be moved",
 * "… if the dam failed").
 */
final class StatusRule {
    private StatusRule() {
    }

    static Movement.Status of(DependencyGraph g, Node trigger) {
        Node node = trigger;
        for (int up = 0; node != null && up < 3; up++) {
            for (Node c : g.children(node)) {
                Relation r = c.relation();
                if (r == Relation.AUX || r == Relation.AUX_PASS || r == Relation.ADVMOD) {
                    if (MotionLexicon.POSSIBLE.contains(c.lemma()) || MotionLexicon.POSSIBLE.contains(c.lowerWord())) {
                        return Movement.Status.POSSIBLE;
                    }
                    if (MotionLexicon.PLANNED.contains(c.lemma())) {
                        return Movement.Status.PLANNED;
                    }
                }
                if (r == Relation.ADVCL && conditional(g, c)) {
                    return Movement.Status.POSSIBLE; // "would be moved if the dam failed"
                }
            }
            if (conditional(g, node)) {
                return Movement.Status.POSSIBLE; // "if troops were sent to …"
            }
            if (up > 0 && MotionLexicon.PLANNED.contains(node.lemma())) {
                return Movement.Status.PLANNED;
            }
            Relation rel = node.relation();
            if (!(rel == Relation.XCOMP || rel == Relation.CCOMP)) {
                break;
            }
            node = g.parent(node);
        }
        return Movement.Status.REPORTED;
    }

    /** A clause introduced by "if" or "unless". */
    private static boolean conditional(DependencyGraph g, Node clause) {
        if (clause.relation() != Relation.ADVCL) {
            return false;
        }
        Node mark = g.child(clause, Relation.MARK);
        return mark != null && MotionLexicon.CONDITIONS.contains(mark.lowerWord());
    }
}
