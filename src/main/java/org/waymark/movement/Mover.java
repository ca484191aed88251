package org.waymark.movement;

import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;

/**
 * Who or what moves: the object of a causative verb ("transferred fighters"), else the subject (passive too), else
 * the head a reduced relative hangs from ("asylum seekers deported from …"), else the controller of a complement
 * ("allowed 500 people to enter"), else the "of" phrase of a noun ("the evacuation of 200 people"). A place name is
 * never the mover; a demonym may be ("Afghans entered Iran").
 */
final class Mover {
    private Mover() {
    }

    static Node of(Scene scene, Node trigger) {
        DependencyGraph g = scene.graph;
        Node subject = null;
        Node object = null;
        Node of = null;
        for (Node c : g.children(trigger)) {
            Anchor a = scene.anchorAt(c);
            if (a != null && !a.isDemonym()) {
                continue;
            }
            if (c.relation() == Relation.OBJ) {
                object = c;
            } else if (c.relation().isSubject()) {
                subject = c;
            } else if (c.relation() == Relation.NMOD && "of".equals(g.caseWord(c))) {
                of = c;
            }
        }
        if (object != null && MotionLexicon.CAUSATIVE.contains(trigger.lemma())) {
            return object;
        }
        if (subject == null && (trigger.relation() == Relation.ACL || trigger.relation() == Relation.ACL_RELCL
                && g.child(trigger, Relation.NSUBJ, Relation.NSUBJ_PASS) == null)) {
            return g.parent(trigger); // "rejected asylum seekers deported from Germany"
        }
        if (subject == null && object == null && trigger.relation() == Relation.CONJ && g.parent(trigger) != null
                && g.parent(trigger).isVerb()) {
            return of(scene, g.parent(trigger)); // "lost their homes and fled abroad"
        }
        if (subject == null && of == null && !trigger.isVerb()) {
            Node forWhom = forPhrase(g, trigger);
            if (forWhom != null) {
                return forWhom; // "holidays for Russians"
            }
        }
        if (subject == null && of == null && trigger.relation() == Relation.XCOMP && g.parent(trigger) != null) {
            Node above = g.parent(trigger);
            Node controller = MotionLexicon.OBJECT_CONTROL.contains(above.lemma()) ? g.child(above, Relation.OBJ) : null;
            return controller != null ? controller : g.child(above, Relation.NSUBJ, Relation.NSUBJ_PASS);
        }
        return subject != null ? subject : of;
    }

    private static Node forPhrase(DependencyGraph g, Node noun) {
        for (Node c : g.children(noun)) {
            if (c.relation() == Relation.NMOD && "for".equals(g.caseWord(c))) {
                return c;
            }
        }
        return null;
    }
}
