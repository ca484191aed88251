package org.waymark.movement;

import java.util.ArrayList;
import java.util.List;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;

/**
 * A place or demonym that qualifies a motion noun: "Russian arms deliveries", "the Afghan exodus", "a Karachi-to-Dubai
 * route". It is the origin, except for an import (where things arrive) and for the nationality of a return ("Afghan
 * deportations": home). "Karachi-to-Dubai" gives both ends, stated. Otherwise implied.
 */
final class ModifierEnds implements EndRule {

    @Override
    public List<Part> find(Scene scene) {
        List<Part> parts = new ArrayList<>();
        for (Anchor a : scene.anchors) {
            Node head = a.head();
            Node parent = scene.graph.parent(head);
            if (parent == null) {
                continue;
            }
            if (head.word().contains("-to-")) {
                route(scene, a, head, parent, parts);
                continue;
            }
            boolean modifies = head.relation() == Relation.AMOD || head.relation() == Relation.COMPOUND
                    || head.relation() == Relation.NMOD_POSS;
            if (!modifies || !parent.tag().startsWith("NN")) {
                continue;
            }
            // "Russian arms deliveries": the place may qualify a compound of the motion noun
            Node noun = Triggers.isTrigger(scene.graph, parent) ? parent : compoundHead(scene, parent);
            if (noun == null) {
                continue;
            }
            parts.add(Part.byActor(a.mention(), roleOf(noun, a), noun));
        }
        return parts;
    }

    private static Node compoundHead(Scene scene, Node n) {
        Node head = scene.graph.parent(n);
        return n.relation() == Relation.COMPOUND && head != null && Triggers.isTrigger(scene.graph, head)
                && head.tag().startsWith("NN") ? head : null;
    }

    private static Role roleOf(Node noun, Anchor a) {
        if (MotionLexicon.RECEIVERS.contains(noun.lemma())
                || a.isDemonym() && MotionLexicon.RETURNS.contains(noun.lemma())) {
            return Role.DESTINATION;
        }
        return Role.ORIGIN;
    }

    /** "a Karachi-to-Dubai smuggling route": the first place of the word is the origin, the second the end. */
    private static void route(Scene scene, Anchor a, Node word, Node parent, List<Part> parts) {
        int at = word.word().indexOf("-to-");
        int wordStart = scene.start(word);
        boolean first = a.mention().toponym().start() < wordStart + at;
        Node trigger = Triggers.isTrigger(scene.graph, parent) ? parent : compoundHead(scene, parent);
        if (trigger != null) {
            parts.add(Part.stated(a.mention(), first ? Role.ORIGIN : Role.DESTINATION, trigger));
        }
    }

    /** A place right before a motion noun or one word from it, or a word with "-to-" in it. */
    @Override
    public boolean mayApply(Gate.View view) {
        for (int i = 0; i < view.size(); i++) {
            if (view.isPlace(i) && i + 1 < view.size() && !view.isPlace(i + 1) && motionNoun(view, i + 1)
                    || view.lowerWord(i).contains("-to-")) {
                return true;
            }
            if (view.isPlace(i) && i + 2 < view.size() && motionNoun(view, i + 2)) {
                return true;
            }
        }
        return false;
    }

    /** A motion word tagged as a noun: what a place can modify ("arms deliveries", "Syria withdrawal"). */
    private static boolean motionNoun(Gate.View view, int i) {
        return view.isNoun(i) && Triggers.isTriggerLemma(view.lemma(i));
    }
}
