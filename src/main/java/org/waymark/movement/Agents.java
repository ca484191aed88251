package org.waymark.movement;

import java.util.ArrayList;
import java.util.List;
import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;

/** Who acts in a clause, and which places stand for an actor ("the Uzbek government", "Qatar and Saudi Arabia"). */
final class Agents {
    private Agents() {
    }

    /**
     * The agent of a motion word: a verb's active subject or passive "by" phrase; for a verb that is the complement
     * of another ("allow Qatar to ship …"), the controller; for a noun, its possessor ("Qatar's exports"), else the
     * agent of the verb that takes it as object ("began shipments"). Null when the text names none.
     */
    static Node of(DependencyGraph g, Node trigger) {
        if (trigger.isVerb()) {
            Node subject = g.child(trigger, Relation.NSUBJ);
            if (subject != null) {
                return subject;
            }
            for (Node c : g.children(trigger)) {
                if (c.relation().isModifier() && "by".equals(g.caseWord(c))) {
                    return c;
                }
            }
            return controller(g, trigger);
        }
        Node possessor = g.child(trigger, Relation.NMOD_POSS);
        if (possessor != null) {
            return possessor;
        }
        Node verb = g.parent(trigger);
        if (verb != null && takesMotion(g, verb, trigger)) {
            Node subject = g.child(verb, Relation.NSUBJ);
            return subject != null ? subject : controller(g, verb);
        }
        return null;
    }

    /** "began shipments", "halted exports", "relies on imports": a verb whose agent is the motion's. */
    private static boolean takesMotion(DependencyGraph g, Node verb, Node noun) {
        if (noun.relation() == Relation.OBJ) {
            return MotionLexicon.LIGHT_VERBS.contains(verb.lemma());
        }
        return noun.relation() == Relation.OBL && "on".equals(g.caseWord(noun))
                && (verb.lemma().equals("rely") || verb.lemma().equals("depend"));
    }

    /** The subject of a complement clause, given by the verb above: its object for "allow" and kin, else its subject. */
    private static Node controller(DependencyGraph g, Node verb) {
        Node parent = g.parent(verb);
        Node mark = g.child(verb, Relation.MARK);
        if (parent != null && verb.relation() == Relation.ACL && mark != null && mark.lowerWord().equals("to")
                && parent.relation() == Relation.OBJ && g.parent(parent) != null) {
            // "reverses its policy to allow shipments": the one whose policy it is
            return g.child(g.parent(parent), Relation.NSUBJ);
        }
        if (parent == null || verb.relation() != Relation.XCOMP) {
            return null;
        }
        Node object = g.child(parent, Relation.OBJ);
        if (object != null && MotionLexicon.OBJECT_CONTROL.contains(parent.lemma())) {
            return object;
        }
        Node subject = g.child(parent, Relation.NSUBJ);
        return subject != null ? subject : controller(g, parent);
    }

    /**
     * The places an actor phrase stands for: the place it names, with its conjuncts ("Qatar and Saudi Arabia"), or
     * the place that qualifies a body of its country ("the U.S. government", "Russia's army", "Yemeni forces").
     */
    static List<Anchor> places(Scene scene, Node actor) {
        List<Anchor> out = new ArrayList<>();
        if (actor == null) {
            return out;
        }
        add(scene, actor, out);
        for (Node c : scene.graph.children(actor)) {
            if (c.relation() == Relation.CONJ) {
                add(scene, c, out);
            }
        }
        return out;
    }

    private static void add(Scene scene, Node n, List<Anchor> into) {
        Anchor a = scene.anchorHeadedBy(n);
        if (a == null && isCountryAnaphor(scene, n)) {
            a = lastCountryBefore(scene, n); // "… the United States …, but the country relies on imports"
        }
        if (a == null && MotionLexicon.INSTITUTION_NOUNS.contains(n.lemma())) {
            List<Anchor> of = scene.qualifiers(n);
            a = of.isEmpty() ? null : of.get(of.size() - 1);
        }
        if (a != null) {
            into.add(a);
        }
    }

    /** "the country", "the nation": a country named before in the sentence. */
    private static boolean isCountryAnaphor(Scene scene, Node n) {
        Node det = scene.graph.child(n, Relation.DET);
        return (n.lemma().equals("country") || n.lemma().equals("nation")) && det != null
                && (det.lowerWord().equals("the") || det.lowerWord().equals("this"));
    }

    private static Anchor lastCountryBefore(Scene scene, Node n) {
        Anchor last = null;
        for (Anchor a : scene.anchors) {
            if (a.head().index() < n.index() && !a.isDemonym() && a.mention().place() != null
                    && a.mention().place().isCountry()) {
                last = a;
            }
        }
        return last;
    }
}
