package org.waymark.movement;

import java.util.ArrayList;
import java.util.List;
import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;

/**
 * Ends stated in a motion's own slots: a preposition ("from Syria", "to Libya", "via Ukraine", "left … for Lebanon",
 * "arrived in Berlin"), the object of a verb whose object is an end ("entered Iraq", "fled Ukraine", "crossed
 * Serbia"), and a gerund read as the place's modifier ("before reaching Tripoli").
 */
final class SlotEnds implements EndRule {
    /** How many words before a place its preposition or verb may stand, for the gate. */
    static final int WINDOW = 16;

    @Override
    public List<Part> find(Scene scene) {
        List<Part> parts = new ArrayList<>();
        for (Anchor a : scene.anchors) {
            Part p = partOf(scene, a);
            if (p != null) {
                parts.add(p);
            }
        }
        return parts;
    }

    private static Part partOf(Scene scene, Anchor a) {
        DependencyGraph g = scene.graph;
        EndPhrase phrase = EndPhrase.of(g, a.head(), a.isDemonym());
        Node filler = phrase.filler();
        if (a.isDemonym() && !(phrase.border() || phrase.through() && !filler.lemma().equals("capital"))) {
            return null; // "the Uzbek capital" is not Uzbekistan as an end; "the Tajik border" is
        }
        Node parent = g.parent(filler);
        if (parent == null) {
            return null;
        }
        Node trigger = Triggers.above(g, parent);
        if (trigger == null || MotionLexicon.DISTANCES.contains(parent.lemma())) {
            return null; // "turned right 20 km from Ciucea": where the turn is, not where it starts
        }
        String kase = g.caseWord(filler);
        if ("of".equals(kase)) {
            kase = outOf(g, parent, kase); // "pulled out of Iraq", with "out" apart from "of"
        }
        Role role = roleOf(kase, filler.relation(), parent, trigger);
        if (role == null && kase != null) {
            role = narrowedSibling(scene, filler, parent, trigger);
        }
        if (role == null && kase != null) {
            role = gerundRole(g, filler);
        }
        if (role == null) {
            return null;
        }
        if (role == Role.ORIGIN && homeOfReturnees(parent, trigger)) {
            role = Role.DESTINATION; // "the deportation of asylum seekers from Afghanistan": they go back there
        }
        Long count = null;
        if (role == Role.ORIGIN && parent.index() != trigger.index()) {
            count = Counts.of(List.of(scene.token(parent))); // "6,000 from Ukraine"
        }
        return new Part(a.mention(), role, trigger, phrase.border() && role == Role.DESTINATION, count,
                Part.Evidence.STATED);
    }

    /**
     * "taken to hospitals in Lyon" parsed with "in Lyon" beside "to hospitals", not inside it: a place in/at right
     * after an end phrase of the same word has that phrase's role.
     */
    private static Role narrowedSibling(Scene scene, Node filler, Node parent, Node trigger) {
        DependencyGraph g = scene.graph;
        if (!MotionLexicon.INSIDE_PREPOSITIONS.contains(g.caseWord(filler))) {
            return null;
        }
        Node kase = g.child(filler, Relation.CASE);
        for (Node sibling : g.children(parent)) {
            String sk = g.caseWord(sibling);
            if (sibling.relation().isModifier() && sk != null && sibling.index() < filler.index()
                    && scene.anchorAt(sibling) == null
                    && !MotionLexicon.IDIOM_ENDS.contains(sibling.lemma())
                    && g.subtree(sibling).contains(kase.index() - 1)) {
                Role role = roleOf(sk, sibling.relation(), parent, trigger);
                if (role == Role.ORIGIN || role == Role.DESTINATION) {
                    return role;
                }
            }
        }
        return null;
    }

    /** "of" after the adverb or particle "out"/"away" of the word it hangs from is "out of". */
    private static String outOf(DependencyGraph g, Node parent, String kase) {
        if (parent.lemma().equals("out") || parent.lemma().equals("away")) {
            return parent.lemma() + " of";
        }
        Node particle = g.child(parent, Relation.COMPOUND_PRT, Relation.ADVMOD);
        if (particle != null && (particle.lemma().equals("out") || particle.lemma().equals("away"))) {
            return particle.lemma() + " of";
        }
        return kase;
    }

    /** "from X" on the people a return takes home, not on the motion: where they come from is where they go. */
    private static boolean homeOfReturnees(Node parent, Node trigger) {
        return parent.index() != trigger.index() && MotionLexicon.RETURNS.contains(trigger.lemma())
                && MotionLexicon.PEOPLE_NOUNS.contains(parent.lemma());
    }

    /** The part a phrase plays in a motion, from its preposition or from the verb it is the object of. */
    static Role roleOf(String kase, Relation rel, Node parent, Node trigger) {
        String tl = trigger.lemma();
        if (kase != null) {
            if (MotionLexicon.SOURCE_PREPOSITIONS.contains(kase)) {
                return Role.ORIGIN;
            } else if (MotionLexicon.DESTINATION_PREPOSITIONS.contains(kase)) {
                return Role.DESTINATION;
            } else if (MotionLexicon.VIA_PREPOSITIONS.contains(kase)) {
                return Role.VIA;
            } else if (kase.equals("for") && (MotionLexicon.FOR_IS_DESTINATION.contains(tl)
                    || trigger.lowerWord().equals("bound"))) {
                return Role.DESTINATION;
            } else if (MotionLexicon.ARRIVAL_PREPOSITIONS.contains(kase) && MotionLexicon.ARRIVALS.contains(tl)) {
                return Role.DESTINATION;
            }
        } else if (rel == Relation.OBJ && trigger.index() == parent.index()) {
            if (MotionLexicon.OBJECT_IS_DESTINATION.contains(tl)) {
                return Role.DESTINATION;
            } else if (MotionLexicon.OBJECT_IS_SOURCE.contains(tl)) {
                return Role.ORIGIN;
            } else if (MotionLexicon.OBJECT_IS_VIA.contains(tl)) {
                return Role.VIA;
            }
        }
        return null;
    }

    /** "before reaching X" / "after leaving X" read as a modifier of X: the gerund gives the role. */
    private static Role gerundRole(DependencyGraph g, Node place) {
        for (Node c : g.children(place)) {
            if (c.relation() != Relation.AMOD || !c.tag().equals("VBG")) {
                continue;
            }
            if (MotionLexicon.OBJECT_IS_DESTINATION.contains(c.lemma())) {
                return Role.DESTINATION;
            }
            if (MotionLexicon.OBJECT_IS_SOURCE.contains(c.lemma())) {
                return Role.ORIGIN;
            }
        }
        return null;
    }

    /**
     * A preposition of the lexicon (not the "to" of an infinitive) or a verb whose object is an end, within
     * {@link #WINDOW} words before a place;
     * or an arrival verb with "in"/"at"/"on", or a "leave"-like verb with "for", before a place.
     */
    @Override
    public boolean mayApply(Gate.View view) {
        boolean arrival = false;
        boolean forDestination = false;
        boolean in = false;
        boolean forWord = false;
        for (int i = 0; i < view.size(); i++) {
            arrival |= MotionLexicon.ARRIVALS.contains(view.lemma(i));
            forDestination |= MotionLexicon.FOR_IS_DESTINATION.contains(view.lemma(i))
                    || view.lowerWord(i).equals("bound");
            if (!view.beforePlace(i, WINDOW)) {
                continue;
            }
            String word = view.lowerWord(i);
            boolean infinitive = word.equals("to") && i + 1 < view.size() && view.isVerb(i + 1);
            if (MotionLexicon.END_PREPOSITION_STARTS.contains(word) && !infinitive
                    || MotionLexicon.objectIsEnd(view.lemma(i))) {
                return true;
            }
            in |= MotionLexicon.ARRIVAL_PREPOSITIONS.contains(word);
            forWord |= word.equals("for");
        }
        return arrival && in || forDestination && forWord;
    }
}
