package org.waymark.movement;

import java.util.ArrayList;
import java.util.List;
import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;

/**
 * For ISO-Space MOVELINK scoring ({@link MovementExtractor.Ends#ANY_PHRASE}): any noun phrase in a motion's end slot,
 * place name or not ("walked to the station"), and "home". Each end is the head noun with its compounds, as an
 * unresolved mention; a place name in the same role wins ({@link Frame}).
 */
final class PhraseEnds implements EndRule {

    @Override
    public List<Part> find(Scene scene) {
        DependencyGraph g = scene.graph;
        List<Part> parts = new ArrayList<>();
        for (Node trigger : g.nodes()) {
            if (!Triggers.isTrigger(scene.graph, trigger)) {
                continue;
            }
            for (Node d : g.children(trigger)) {
                add(scene, trigger, trigger, d, parts);
                if (d.relation() == Relation.OBJ || d.relation().isModifier()) {
                    // "took the road to Targu Jiu", "catch the train to Córdoba": the way's own end
                    for (Node e : g.children(d)) {
                        if (e.relation() == Relation.NMOD) {
                            add(scene, trigger, d, e, parts);
                        }
                    }
                }
            }
        }
        return parts;
    }

    private static void add(Scene scene, Node trigger, Node parent, Node d, List<Part> parts) {
        DependencyGraph g = scene.graph;
        Relation rel = d.relation();
        boolean home = rel == Relation.ADVMOD && MotionLexicon.DESTINATION_ADVERBS.contains(d.lemma())
                && !d.lemma().equals("back");
        if (!home && (!(rel.isModifier() || rel == Relation.OBJ)
                || !(d.tag().startsWith("NN") || d.tag().startsWith("PRP")))) {
            return;
        }
        Role role = home ? Role.DESTINATION : SlotEnds.roleOf(g.caseWord(d), rel, parent, trigger);
        if (role != null && parts.stream().noneMatch(p -> p.trigger().index() == trigger.index()
                && p.role() == role)) {
            parts.add(Part.stated(mention(scene, d), role, trigger));
        }
    }

    /** An unresolved mention for a phrase head and the compounds before it. */
    private static Mention mention(Scene scene, Node head) {
        int first = head.index();
        for (Node c : scene.graph.children(head)) {
            if (c.relation() == Relation.COMPOUND) {
                first = Math.min(first, c.index());
            }
        }
        Node a = scene.graph.node(first);
        int begin = scene.token(a).begin();
        int end = scene.token(head).end();
        Toponym t = new Toponym(scene.start(a), scene.end(head), scene.text.text().substring(begin, end),
                Toponym.Kind.TOPONYM, scene.sentence.index());
        return new Mention(t, null, 0, null, scene.sentenceText());
    }

    /** Any sentence: its ends need no place name. */
    @Override
    public boolean mayApply(Gate.View view) {
        return true;
    }
}
