package org.waymark.movement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;
import org.waymark.nlp.Token;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;

/**
 * For ISO-Space MOVELINK scoring ({@link MovementExtractor.Ends#ANY_PHRASE}): any noun phrase in a motion's end slot,
 * place name or not ("walked to the station"), and "home". Each end is the head noun with its compounds, as an
 * unresolved mention; a place name in the same role wins ({@link Frame}). ISO-Space also reads meeting as a motion
 * whose goal is who or what is met ({@link MotionLexicon#ENCOUNTERS}: "met a cyclist", "met with the director").
 */
final class PhraseEnds implements EndRule {
    private static final Set<String> NARROWING = Set.of("of", "at", "in");

    /** Nouns in an end's slot that are no place besides distances ("climbs to 6,000 feet"): times, measures. */
    private static final Set<String> MEASURES_AND_TIMES = Set.of("percent", "degree", "hour", "minute", "day",
            "week", "month", "year", "noon", "midnight", "morning", "evening", "night", "someday", "today",
            "tomorrow", "yesterday");

    /** Compass points, which ISO-Space reads as directions, not ends: "drove to the NE", "towards North-East". */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "n", "s", "e", "w", "ne", "nw", "se", "sw", "nne", "ene", "ese", "sse", "ssw",
            "wsw", "wnw", "nnw");

    @Override
    public List<Part> find(Scene scene) {
        DependencyGraph g = scene.graph;
        List<Part> parts = new ArrayList<>();
        for (Node trigger : g.nodes()) {
            if (!Triggers.isTrigger(scene.graph, trigger) && !isoSpaceMotion(trigger)) {
                continue;
            }
            relativeObject(scene, trigger, parts);
            // adverbs last: "return home to the States" ends in the States
            List<Node> slots = g.children(trigger).stream()
                    .sorted(Comparator.comparing(d -> d.relation() == Relation.ADVMOD)).toList();
            for (Node d : slots) {
                add(scene, trigger, trigger, d, parts);
                if ((d.relation() == Relation.OBJ || d.relation().isModifier()) && !noPlace(d)) {
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
                || !(d.tag().startsWith("NN") || d.tag().startsWith("PRP")) || noPlace(d))) {
            return;
        }
        Role role = home || met(g, trigger, parent, d) || stoppedAt(g, trigger, parent, d) ? Role.DESTINATION
                : SlotEnds.roleOf(g.caseWord(d), rel, parent, trigger);
        add(scene, trigger, d, role, parts);
    }

    private static void add(Scene scene, Node trigger, Node end, Role role, List<Part> parts) {
        if (role != null && parts.stream().noneMatch(p -> p.trigger().index() == trigger.index()
                && p.role() == role)) {
            parts.add(Part.stated(mention(scene, end), role, trigger));
        }
    }

    /** "the towns I have visited", "a cyclist who I met": the noun that a relative clause's motion takes. */
    private static void relativeObject(Scene scene, Node trigger, List<Part> parts) {
        DependencyGraph g = scene.graph;
        Node noun = g.parent(trigger);
        if (trigger.relation() != Relation.ACL_RELCL || noun == null || !noun.tag().startsWith("NN")) {
            return;
        }
        Node object = g.child(trigger, Relation.OBJ);
        Node subject = g.child(trigger, Relation.NSUBJ);
        if (object != null && !relativePronoun(object) || subject == null || relativePronoun(subject)) {
            return;
        }
        add(scene, trigger, noun, encounter(trigger) ? Role.DESTINATION
                : SlotEnds.roleOf(null, Relation.OBJ, trigger, trigger), parts);
    }

    static boolean noPlace(Node n) {
        String w = n.lowerWord();
        return MEASURES_AND_TIMES.contains(n.lemma()) || MEASURES_AND_TIMES.contains(w)
                || MotionLexicon.DISTANCES.contains(n.lemma()) || MotionLexicon.DISTANCES.contains(w)
                || Arrays.stream(w.split("-")).allMatch(COMPASS::contains);
    }

    private static boolean relativePronoun(Node n) {
        return n.tag().startsWith("W") || n.lemma().equals("that");
    }

    private static boolean isoSpaceMotion(Node n) {
        return n.isVerb() && MotionLexicon.isoSpaceMotion(n.lemma());
    }

    private static boolean encounter(Node n) {
        return n.isVerb() && MotionLexicon.ENCOUNTERS.contains(n.lemma());
    }

    /** Where one stops: "stopped at a gas station", "stops in small towns". */
    private static boolean stoppedAt(DependencyGraph g, Node trigger, Node parent, Node d) {
        String kase = g.caseWord(d);
        return MotionLexicon.STOPS.contains(trigger.lemma()) && parent.index() == trigger.index() && kase != null
                && (MotionLexicon.ARRIVAL_PREPOSITIONS.contains(kase) || kase.equals("by"));
    }

    /** The one met: the object of a meeting verb, or its "with" phrase. */
    private static boolean met(DependencyGraph g, Node trigger, Node parent, Node d) {
        return encounter(trigger) && parent.index() == trigger.index()
                && (d.relation() == Relation.OBJ || "with".equals(g.caseWord(d)));
    }

    /**
     * The mention of a phrase: its head with the compounds before it ("the forest road"). A place named in it or
     * narrowing its common noun ("the village Pecica", "the mausoleum at Marasti", "the pyramids of Giza") is its
     * place: ISO-Space marks the phrase, and {@link Frame} keeps the longer of two mentions of one place.
     */
    private static Mention mention(Scene scene, Node head) {
        int first = head.index();
        for (Node c : scene.graph.children(head)) {
            if (c.relation() == Relation.COMPOUND) {
                first = Math.min(first, c.index());
            }
        }
        Anchor place = null;
        for (int i = first; i <= head.index() && place == null; i++) {
            place = scene.anchorAt(scene.graph.node(i));
        }
        Node last = head;
        if (place == null && head.tag().startsWith("NN") && !head.tag().startsWith("NNP")) {
            for (Node c : scene.graph.children(head)) {
                Anchor narrowing = c.relation() == Relation.NMOD
                        && NARROWING.contains(String.valueOf(scene.graph.caseWord(c))) ? scene.anchorHeadedBy(c) : null;
                if (narrowing != null) {
                    place = narrowing;
                    last = c;
                    break;
                }
            }
        }
        Node a = scene.graph.node(first);
        int begin = scene.token(a).begin();
        int end = scene.token(last).end();
        Toponym t = new Toponym(scene.start(a), scene.end(last), scene.text.text().substring(begin, end),
                Toponym.Kind.TOPONYM, scene.sentence.index());
        Mention of = place == null ? null : place.mention();
        return of == null ? new Mention(t, null, 0, null, scene.sentenceText())
                : new Mention(t, of.place(), of.confidence(), of.source(), scene.sentenceText());
    }

    @Override
    public boolean mayTrigger(Token token) {
        return Triggers.mayTrigger(token) || MotionLexicon.isoSpaceMotion(token.lemma());
    }

    /** Any sentence: its ends need no place name. */
    @Override
    public boolean mayApply(Gate.View view) {
        return true;
    }
}
