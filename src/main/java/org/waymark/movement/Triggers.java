package org.waymark.movement;

import java.util.Locale;
import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;

/** Motion words: which words are, and which one a phrase belongs to. */
final class Triggers {
    private Triggers() {
    }

    static boolean isTriggerLemma(String lemma) {
        return MotionLexicon.TRIGGERS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** A word that may be a motion word once tagged and parsed. */
    static boolean mayTrigger(org.waymark.nlp.Token t) {
        return isTriggerLemma(t.lemma()) || t.word().equalsIgnoreCase("bound");
    }

    /** The lemma a movement row names its motion word by ("bound", not the tagger's "bind"). */
    static String lemma(Node trigger) {
        return trigger.lowerWord().equals("bound") ? "bound" : trigger.lemma();
    }

    /** A motion verb or noun; "bound" (for) too, whose lemma the tagger gives as "bind". */
    static boolean isTrigger(Node n) {
        return (isTriggerLemma(n.lemma()) || n.lowerWord().equals("bound"))
                && (n.tag().startsWith("VB") || n.tag().startsWith("NN") || n.tag().startsWith("JJ")
                && n.lowerWord().equals("bound"));
    }

    /** The motion word that a phrase belongs to: the word itself or one of its next few governors, in its clause. */
    static Node above(DependencyGraph g, Node start) {
        Node node = start;
        for (int depth = 0; node != null && depth < 7; depth++) {
            if (isTrigger(node)) {
                return node;
            }
            Relation r = node.relation();
            if (r == Relation.CCOMP || r == Relation.ADVCL || r == Relation.ACL_RELCL || r == Relation.ROOT) {
                return null;
            }
            node = g.parent(node);
        }
        return null;
    }
}
