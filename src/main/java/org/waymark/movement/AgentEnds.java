package org.waymark.movement;

import java.util.ArrayList;
import java.util.List;
import org.waymark.nlp.DependencyGraph.Node;

/**
 * The place that acts in a motion: a sender is where the movers leave from ("Russia deployed jets to Syria",
 * "weapons supplied by the Americans", "allowed Qatar to begin shipments"), a receiver is where they arrive ("Turkey
 * imports grain from Ukraine", "the Uzbek government would accept migrants"). The ends are implied: one the text
 * states in the same role wins.
 */
final class AgentEnds implements EndRule {
    /** How many words before a sending noun its place may stand: "Qatar's gas exports", "Russian arms deliveries". */
    private static final int NOUN_WINDOW = 4;

    @Override
    public List<Part> find(Scene scene) {
        List<Part> parts = new ArrayList<>();
        for (Node n : scene.graph.nodes()) {
            Role role = roleOf(n);
            if (role == null || !Triggers.isTrigger(scene.graph, n)) {
                continue;
            }
            for (Anchor a : Agents.places(scene, Agents.of(scene.graph, n))) {
                parts.add(Part.byActor(a.mention(), role, n));
            }
        }
        return parts;
    }

    private static Role roleOf(Node trigger) {
        if (MotionLexicon.SENDERS.contains(trigger.lemma())) {
            return Role.ORIGIN;
        }
        return MotionLexicon.RECEIVERS.contains(trigger.lemma()) ? Role.DESTINATION : null;
    }

    /**
     * A sending verb after a place (its subject: "Russia sent"), a sending noun a few words after one (its possessor:
     * "Qatar's exports"), or a sending word before "by" and a place ("supplied by the Americans"). A receiver's end
     * alone makes no row: with a stated origin, that end's rule lets the sentence through.
     */
    @Override
    public boolean mayApply(Gate.View view) {
        for (int i = 0; i < view.size(); i++) {
            if (!MotionLexicon.SENDERS.contains(view.lemma(i))) {
                continue;
            }
            if (view.afterPlace(i, view.isNoun(i) ? NOUN_WINDOW : SlotEnds.WINDOW)) {
                return true;
            }
            for (int k = i + 1; k < Math.min(view.size(), i + 4); k++) {
                if (view.lowerWord(k).equals("by") && view.beforePlace(k, 3)) {
                    return true;
                }
            }
        }
        return false;
    }
}
