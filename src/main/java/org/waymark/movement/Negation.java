package org.waymark.movement;

import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;

/**
 * Motions the text says did not happen: "did not send", "never reached", "no troops left", "refused to let the ship
 * enter", "denied that troops were sent", "denied a report that prisoners had been flown", "halted deportations".
 * Those are not movements.
 */
final class Negation {
    private Negation() {
    }

    static boolean negated(DependencyGraph g, Node trigger, Node mover) {
        if (mover != null && hasNegation(g, mover, Relation.DET)) {
            return true; // "no troops had left"
        }
        Node verb = g.parent(trigger);
        if (verb != null && MotionLexicon.STOPPERS.contains(verb.lemma())
                && (trigger.relation() == Relation.OBJ || trigger.relation() == Relation.XCOMP)) {
            return true; // "halted deportations", "stopped sending troops"
        }
        Node node = trigger;
        for (int up = 0; node != null && up < 3; up++) {
            if (hasNegation(g, node, Relation.ADVMOD, Relation.NEG, Relation.DET)) {
                return true;
            }
            Relation rel = node.relation();
            Node parent = g.parent(node);
            if (parent != null && (rel == Relation.ACL || rel == Relation.CCOMP)
                    && MotionLexicon.REPORT_NOUNS.contains(parent.lemma())) {
                // "denied a report that …": the report stands in the clause that denies it
                rel = parent.relation();
                node = parent;
                parent = g.parent(parent);
                if (parent != null && MotionLexicon.DENIALS.contains(parent.lemma())) {
                    return true;
                }
                continue;
            }
            if (parent != null && rel == Relation.ACL && MotionLexicon.DENIALS.contains(parent.lemma())) {
                return true; // "their failure to evacuate"
            }
            if (parent == null || !(rel == Relation.XCOMP || rel == Relation.CCOMP)) {
                return false;
            }
            if (MotionLexicon.DENIALS.contains(parent.lemma())) {
                return true;
            }
            if (rel == Relation.CCOMP && finiteClause(g, node)) {
                return false; // "shouldn't forget that units were withdrawn" asserts the withdrawal
            }
            node = parent; // "did not allow the ship to enter": the control verb's negation holds
        }
        return false;
    }

    private static boolean hasNegation(DependencyGraph g, Node n, Relation... relations) {
        for (Node c : g.children(n)) {
            for (Relation r : relations) {
                if (c.relation() == r && MotionLexicon.NEGATIONS.contains(c.lowerWord())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A clause of its own ("that units were withdrawn"), not a bare infinitive ("let the ship enter"). */
    private static boolean finiteClause(DependencyGraph g, Node verb) {
        if (!verb.tag().equals("VB")) {
            return true;
        }
        for (Node c : g.children(verb)) {
            if (c.relation() == Relation.MARK && !c.lowerWord().equals("to") || c.relation() == Relation.AUX
                    || c.relation() == Relation.AUX_PASS) {
                return true;
            }
        }
        return false;
    }
}
