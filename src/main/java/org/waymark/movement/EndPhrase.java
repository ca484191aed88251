package org.waymark.movement;

import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;

/**
 * From a place's word up to the phrase that fills a motion's slot: through coordination ("to Greece, Cyprus and
 * Malta"), through the nouns a place narrows ("to shelters in Multan", "the port of Bari", "the Roj camp"), and
 * through boundary nouns ("the border of Tajikistan", which make the end a border). Each step is a small rule.
 *
 * @param filler  the word whose relation and preposition say the role
 * @param border  a boundary noun was passed
 * @param through an area, boundary or institution noun was passed (a demonym may then be an end)
 */
record EndPhrase(Node filler, boolean border, boolean through) {

    private static final int MAX_STEPS = 5;

    static EndPhrase of(DependencyGraph g, Node head, boolean demonym) {
        Node node = head;
        boolean border = false;
        boolean through = false;
        for (int step = 0; step < MAX_STEPS; step++) {
            Node parent = g.parent(node);
            if (parent == null) {
                break;
            }
            if (coordinated(node)) {
                node = parent;
                continue;
            }
            String kase = g.caseWord(node);
            String pl = parent.lemma();
            if (narrows(node, kase) && (MotionLexicon.BORDER_NOUNS.contains(pl)
                    || MotionLexicon.AREA_NOUNS.contains(pl))) {
                border |= MotionLexicon.BORDER_NOUNS.contains(pl);
                through = true;
                node = parent;
                continue;
            }
            if (narrows(node, kase) && MotionLexicon.INSTITUTION_NOUNS.contains(pl)) {
                through = true; // "to the Yemeni army", "the Uzbek government"
                node = parent;
                continue;
            }
            if (based(node)) {
                through = true;
                node = parent;
                continue;
            }
            if (!demonym && inside(g, node, kase, parent)) {
                node = parent;
                continue;
            }
            break;
        }
        return new EndPhrase(node, border, through);
    }

    /** "Greece, Cyprus and Malta": a conjunct or an apposition stands where its first conjunct stands. */
    static boolean coordinated(Node n) {
        return n.relation() == Relation.CONJ || n.relation() == Relation.APPOS;
    }

    /** A modifier that narrows its noun without a preposition of its own, or with "of". */
    private static boolean narrows(Node n, String kase) {
        Relation r = n.relation();
        return kase == null && (r == Relation.AMOD || r == Relation.COMPOUND || r == Relation.NMOD_POSS)
                || "of".equals(kase);
    }

    /** "clinics in Lyon", "the Roj camp", "jails in Raqqa province": a place inside the noun that is the end. */
    static boolean inside(DependencyGraph g, Node n, String kase, Node parent) {
        if (!parent.tag().startsWith("NN") || Triggers.isTrigger(parent)) {
            return false;
        }
        Relation r = n.relation();
        return r == Relation.NMOD && kase != null && MotionLexicon.INSIDE_PREPOSITIONS.contains(kase)
                || r == Relation.COMPOUND && kase == null;
    }

    /** "the Pakistani-based group": a place that says where its noun is based. */
    private static boolean based(Node n) {
        return n.relation() == Relation.AMOD && n.lowerWord().endsWith("-based");
    }
}
