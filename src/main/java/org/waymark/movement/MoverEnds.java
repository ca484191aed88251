package org.waymark.movement;

import java.util.ArrayList;
import java.util.List;
import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;
import org.waymark.gazetteer.Lookup;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;

/**
 * Where the movers come from, read off the movers themselves: a nationality ("Afghans", "Cuban migrants",
 * "thousands of Syrians"), a country's people ("Syria's population", "citizens of Uzbekistan"), or where they were
 * held ("detainees held at the Roj camp"). That is the origin; for a return it is the destination ("Afghans were
 * deported": home), unless they were held there. Implied ends.
 */
final class MoverEnds implements EndRule {
    private final Nationalities nationalities;

    MoverEnds(Nationalities nationalities) {
        this.nationalities = nationalities;
    }

    @Override
    public List<Part> find(Scene scene) {
        List<Part> parts = new ArrayList<>();
        for (Node n : scene.graph.nodes()) {
            if (!Triggers.isTrigger(scene.graph, n)) {
                continue;
            }
            Node mover = Mover.of(scene, n);
            if (mover == null) {
                continue;
            }
            boolean returns = MotionLexicon.RETURNS.contains(n.lemma());
            List<Anchor> home = home(scene, mover, nationalities);
            Node same = scene.graph.child(mover, Relation.APPOS);
            if (home.isEmpty() && same != null) {
                home = home(scene, same, nationalities); // "the border, millions of Mexicans, …": the same movers
            }
            for (Anchor a : home) {
                parts.add(Part.byMovers(a.mention(), returns ? Role.DESTINATION : Role.ORIGIN, n));
            }
            for (Anchor a : heldAt(scene, mover)) {
                parts.add(Part.byMovers(a.mention(), Role.ORIGIN, n));
            }
            for (Anchor a : livedBefore(scene, n)) {
                parts.add(Part.byActor(a.mention(), Role.ORIGIN, n));
            }
        }
        for (Node n : scene.graph.nodes()) {
            Anchor in = MotionLexicon.EVACUATIONS.contains(n.lemma()) && Triggers.isTrigger(scene.graph, n)
                    ? lastInBefore(scene, n) : null;
            if (in != null) {
                parts.add(Part.byMovers(in.mention(), Role.ORIGIN, n));
            }
        }
        return parts;
    }

    /** The country of the movers, from a demonym or a place that qualifies a noun of people. */
    static List<Anchor> home(Scene scene, Node mover, Nationalities nationalities) {
        DependencyGraph g = scene.graph;
        List<Anchor> out = new ArrayList<>();
        Anchor self = people(scene, mover, nationalities);
        if (self != null) {
            out.add(self); // "Afghans"
            return out;
        }
        if (mover.tag().equals("CD") && mover.index() < g.size()) {
            Anchor next = people(scene, g.node(mover.index() + 1), nationalities);
            if (next != null) {
                out.add(next); // "200,000 Sudanese", however the parser hangs the demonym
                return out;
            }
        }
        Node people = mover;
        // "thousands of Syrians", "hundreds of Afghan refugees": the "of" phrase of a quantity
        Node of = null;
        for (Node c : g.children(mover)) {
            if (c.relation() == Relation.NMOD && "of".equals(g.caseWord(c))) {
                of = c;
            }
        }
        if (of != null && (mover.tag().equals("CD") || isQuantity(mover))) {
            Anchor a = people(scene, of, nationalities);
            if (a != null) {
                out.add(a);
                return out;
            }
            people = of;
        }
        if (!MotionLexicon.PEOPLE_NOUNS.contains(people.lemma())) {
            return out;
        }
        for (Anchor a : scene.qualifiers(people)) {
            if (a.mention().place() != null && (a.isDemonym() || a.mention().place().isCountry())) {
                out.add(a);
            }
        }
        return out;
    }

    /** A demonym that names the movers themselves ("Afghans"), mapped or not by the recognizer. */
    private static Anchor people(Scene scene, Node n, Nationalities nationalities) {
        Anchor a = scene.anchorHeadedBy(n);
        if (a != null) {
            return a.isDemonym() ? a : null;
        }
        if (!n.tag().startsWith("NNP") && !n.tag().equals("NNS") || !Character.isUpperCase(n.word().charAt(0))) {
            return null;
        }
        Lookup country = nationalities.country(n.word());
        if (country == null || country.places().isEmpty()) {
            return null;
        }
        Toponym t = new Toponym(scene.start(n), scene.end(n), n.word(), Toponym.Kind.DEMONYM, scene.sentence.index());
        return new Anchor(new Mention(t, country.places().get(0), 0.9, country.source(), scene.sentenceText()), n);
    }

    private static boolean isQuantity(Node n) {
        return switch (n.lemma()) {
            case "thousand", "hundred", "million", "dozen", "ten", "score", "number", "group", "majority", "half",
                    "third", "quarter", "many", "most", "some", "all", "part", "tens", "wave", "influx" -> true;
            default -> false;
        };
    }

    /** "as shelling resumed in Aleppo, plans to evacuate the wounded": the last place "in" before an evacuation. */
    private static Anchor lastInBefore(Scene scene, Node trigger) {
        Anchor last = null;
        for (Anchor a : scene.anchors) {
            Node head = a.head();
            String kase = scene.graph.caseWord(head);
            if (head.index() < trigger.index() && !a.isDemonym() && ("in".equals(kase) || "inside".equals(kase))) {
                last = a;
            }
        }
        return last;
    }

    /** "Before moving to Berlin, she lived in Paris": the movers lived where the clause of the motion says. */
    private static List<Anchor> livedBefore(Scene scene, Node trigger) {
        Node main = scene.graph.parent(trigger);
        boolean clause = trigger.relation() == Relation.ADVCL || trigger.relation() == Relation.OBL; // "before arriving"
        if (!clause || main == null || !MotionLexicon.LOCATED.contains(main.lemma())) {
            return List.of();
        }
        return locatedAt(scene, main);
    }

    /** "detainees held at the Roj camp", "troops based in Kuwait", "Syrians in Lebanon": where the movers were. */
    private static List<Anchor> heldAt(Scene scene, Node mover) {
        List<Anchor> out = new ArrayList<>();
        for (Node c : scene.graph.children(mover)) {
            String kase = scene.graph.caseWord(c);
            Anchor in = scene.anchorHeadedBy(c);
            if (c.relation() == Relation.NMOD && in != null && !in.isDemonym() && kase != null
                    && MotionLexicon.ARRIVAL_PREPOSITIONS.contains(kase)) {
                out.add(in);
            }
            if (c.relation() == Relation.ACL && MotionLexicon.LOCATED.contains(c.lemma())) {
                out.addAll(locatedAt(scene, c));
            }
        }
        return out;
    }

    /** The places a verb of being somewhere puts its subject in or at ("held at the Roj camp": inside the noun). */
    private static List<Anchor> locatedAt(Scene scene, Node verb) {
        List<Anchor> out = new ArrayList<>();
        for (Node at : scene.graph.children(verb)) {
            String kase = scene.graph.caseWord(at);
            if (at.relation() != Relation.OBL || kase == null || !MotionLexicon.ARRIVAL_PREPOSITIONS.contains(kase)) {
                continue;
            }
            Anchor a = scene.anchorHeadedBy(at);
            for (Node d : scene.graph.children(at)) {
                Anchor inner = scene.anchorHeadedBy(d);
                if (a == null && inner != null && EndPhrase.inside(scene.graph, d, scene.graph.caseWord(d), at)) {
                    a = inner;
                }
            }
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Its ends are implied, so they make a row alone only with a motion away from home or an evacuation
     * ({@link Frame#emits}): a demonym, a nationality, or a place with a noun of people, with such a motion word; a
     * place with an evacuation. With another end, that end's rule lets the sentence through.
     */
    @Override
    public boolean mayApply(Gate.View view) {
        boolean departure = false;
        boolean evacuation = false;
        boolean people = false;
        boolean nationality = false;
        for (int i = 0; i < view.size(); i++) {
            departure |= MotionLexicon.DEPARTURES.contains(view.lemma(i));
            evacuation |= MotionLexicon.EVACUATIONS.contains(view.lemma(i));
            people |= MotionLexicon.PEOPLE_NOUNS.contains(view.lemma(i));
        }
        for (int i = 0; departure && !nationality && i < view.size(); i++) {
            String w = view.word(i);
            nationality = !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && !nationalities.country(w).places().isEmpty();
        }
        return departure && (view.hasDemonym() || nationality || people && view.hasPlace())
                || evacuation && view.hasPlace();
    }

}
