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

    /** A sending or receiving word near a place. */
    @Override
    public boolean mayApply(Gate.View view) {
        for (int i = 0; i < view.size(); i++) {
            String lemma = view.lemma(i);
            if ((MotionLexicon.SENDERS.contains(lemma) || MotionLexicon.RECEIVERS.contains(lemma))
                    && view.nearPlace(i, SlotEnds.WINDOW)) {
                return true;
            }
        }
        return false;
    }
}
