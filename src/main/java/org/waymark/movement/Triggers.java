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

    /**
     * A motion verb or noun; "bound" (for) too, whose lemma the tagger gives as "bind". Some verbs' nouns name no
     * motion ("a cargo ship", "the land"): those count as verbs only.
     */
    static boolean isTrigger(Node n) {
        if (n.lowerWord().equals("bound")) {
            return n.isVerb() || n.tag().startsWith("JJ");
        }
        return isTriggerLemma(n.lemma()) && (n.isVerb()
                || n.tag().startsWith("NN") && !MotionLexicon.VERB_ONLY.contains(n.lemma()));
    }

    /** A motion word in its sentence: a verb of ways ("leads to") only with a way as its subject. */
    static boolean isTrigger(DependencyGraph g, Node n) {
        if (!isTrigger(n)) {
            return false;
        }
        if (!MotionLexicon.WAY_VERBS.contains(n.lemma())) {
            return true;
        }
        Node subject = g.child(n, Relation.NSUBJ);
        Node head = n.relation() == Relation.ACL_RELCL || n.relation() == Relation.ACL ? g.parent(n) : null;
        return subject != null && MotionLexicon.WAY_NOUNS.contains(subject.lemma())
                || head != null && MotionLexicon.WAY_NOUNS.contains(head.lemma());
    }

    /** The motion word that a phrase belongs to: the word itself or one of its next few governors, in its clause. */
    static Node above(DependencyGraph g, Node start) {
        Node node = start;
        for (int depth = 0; node != null && depth < 7; depth++) {
            if (isTrigger(g, node)) {
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
