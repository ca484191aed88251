package org.waymark.movement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;
import org.waymark.resolve.Mention;

/**
 * Reads the movements of one parsed sentence: places that cannot be ends are left out ({@link FalseEnds}), the end
 * rules find their parts, the parts of one motion word make a {@link Frame}, linked half journeys are joined
 * ({@link Legs}), and each frame the text does not negate gives one row per origin and destination.
 */
final class SentenceReader {
    private final List<EndRule> rules;
    private final boolean negatedToo;

    /** @param negatedToo also read the motions the text negates ("did not go back to Cluj"), as ISO-Space links them */
    SentenceReader(List<EndRule> rules, boolean negatedToo) {
        this.rules = List.copyOf(rules);
        this.negatedToo = negatedToo;
    }

    List<Draft> read(Scene unfiltered) {
        Scene scene = FalseEnds.filter(unfiltered);
        Map<Integer, Frame> frames = new TreeMap<>();
        for (EndRule rule : rules) {
            for (Part p : rule.find(scene)) {
                frames.computeIfAbsent(p.trigger().index(), i -> new Frame(p.trigger())).parts.add(p);
            }
        }
        Legs.join(scene, frames);
        List<Draft> drafts = new ArrayList<>();
        for (Frame f : frames.values()) {
            Node mover = Mover.of(scene, f.trigger);
            if (f.emits() && (negatedToo || !Negation.negated(scene.graph, f.trigger, mover))) {
                drafts.addAll(rows(scene, f, mover));
            }
        }
        return drafts;
    }

    private static List<Draft> rows(Scene scene, Frame f, Node moverNode) {
        DependencyGraph g = scene.graph;
        List<Part> origins = f.ends(Role.ORIGIN);
        List<Part> destinations = f.ends(Role.DESTINATION);
        List<Mention> via = f.parts.stream().filter(p -> p.role() == Role.VIA).map(Part::mention).distinct()
                .toList();
        String mover = moverNode == null ? null : scene.phrase(moverNode);
        Long moverCount = moverNode == null ? null : Counts.of(scene.phraseTokens(moverNode));
        Movement.Status status = StatusRule.of(g, f.trigger);
        boolean continues = continues(g, f.trigger);
        List<Draft> drafts = new ArrayList<>();
        for (Part o : origins.isEmpty() ? java.util.Collections.<Part>singletonList(null) : origins) {
            for (Part d : destinations.isEmpty() ? java.util.Collections.<Part>singletonList(null) : destinations) {
                if (o == null && d == null) {
                    continue;
                }
                Draft draft = new Draft();
                draft.origin = o == null ? null : o.mention();
                draft.originStated = o != null && !o.implied();
                draft.destination = d == null ? null : d.mention();
                draft.border = d != null && d.border();
                draft.via.addAll(via);
                draft.trigger = Triggers.lemma(f.trigger);
                draft.mover = mover;
                draft.count = o != null && o.count() != null ? o.count() : moverCount;
                draft.status = status;
                draft.continues = continues;
                draft.fromWhereTheyWere = fromWhereTheyWere(g, f.trigger);
                draft.sentence = scene.sentenceText();
                draft.sentenceIndex = scene.sentence.index();
                evidence(scene, draft, f.trigger, o, d);
                drafts.add(draft);
            }
        }
        return drafts;
    }

    /** The span from the motion word to the ends of this sentence. */
    private static void evidence(Scene scene, Draft draft, Node trigger, Part o, Part d) {
        int start = scene.start(trigger);
        int end = scene.end(trigger);
        for (Part p : new Part[]{o, d}) {
            if (p != null) {
                start = Math.min(start, p.mention().toponym().start());
                end = Math.max(end, p.mention().toponym().end());
            }
        }
        draft.start = start;
        draft.end = end;
    }

    /** A return ("deported", "repatriation"), a motion "back", a flight or an evacuation. */
    private static boolean fromWhereTheyWere(DependencyGraph g, Node trigger) {
        if (MotionLexicon.RETURNS.contains(trigger.lemma()) || MotionLexicon.DEPARTURES.contains(trigger.lemma())
                || MotionLexicon.EVACUATIONS.contains(trigger.lemma())) {
            return true;
        }
        for (Node c : g.children(trigger)) {
            if ((c.relation() == Relation.ADVMOD || c.relation() == Relation.COMPOUND_PRT)
                    && c.lemma().equals("back")) {
                return true;
            }
        }
        return false;
    }

    /** "later", "then": the motion is the next leg of one told before. */
    private static boolean continues(DependencyGraph g, Node trigger) {
        for (Node c : g.children(trigger)) {
            if (c.relation() == Relation.ADVMOD && MotionLexicon.CONTINUATIONS.contains(c.lemma())) {
                return true;
            }
        }
        return false;
    }
}
