package org.waymark.movement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.waymark.nlp.DependencyGraph.Node;

/**
 * The ends of one motion word, and which of them make its rows: in each role the place names the text states win
 * over phrases (MOVELINK scoring), and both over implied ends; an implied end in the same country as the stated
 * other end is dropped ("Syrian troops entered Aleppo" does not start in Syria). A frame makes rows when it has a
 * stated end, or implied ends at both sides, or an implied origin of a motion away from home ("Mexicans would
 * migrate").
 */
final class Frame {
    final Node trigger;
    final List<Part> parts = new ArrayList<>();

    Frame(Node trigger) {
        this.trigger = trigger;
    }

    boolean has(Role role) {
        return parts.stream().anyMatch(p -> p.role() == role);
    }

    boolean hasStated(Role role) {
        return parts.stream().anyMatch(p -> p.role() == role && !p.implied());
    }

    /** The ends of a role that make rows, in text order of the parts. */
    List<Part> ends(Role role) {
        List<Part> of = parts.stream().filter(p -> p.role() == role).toList();
        List<Part> places = of.stream().filter(p -> !p.implied() && p.mention().isResolved()).toList();
        if (!places.isEmpty()) {
            return distinct(places);
        }
        List<Part> phrases = of.stream().filter(p -> !p.implied()).toList();
        if (!phrases.isEmpty()) {
            return distinct(phrases);
        }
        Role other = role == Role.ORIGIN ? Role.DESTINATION : Role.ORIGIN;
        List<String> otherCountries = parts.stream().filter(p -> p.role() == other && !p.implied()
                        && p.mention().isResolved()).map(p -> p.mention().place().countryCode()).toList();
        List<Part> implied = of.stream().filter(p -> p.mention().isResolved()
                && !otherCountries.contains(p.mention().place().countryCode())).toList();
        Part.Evidence best = implied.stream().map(Part::evidence).min(Enum::compareTo).orElse(null);
        return distinct(implied.stream().filter(p -> p.evidence() == best).toList());
    }

    /**
     * One part per place, so that two rules finding one end give one row: the first, or a longer mention of it
     * ("the village Pecica" over "Pecica").
     */
    private static List<Part> distinct(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            int seen = indexOfSame(out, p);
            if (seen < 0) {
                out.add(p);
            } else if (holds(p, out.get(seen))) {
                out.set(seen, p);
            }
        }
        return out;
    }

    /** Where among {@code parts} the same end as {@code p} stands (same start, or same place), or -1. */
    private static int indexOfSame(List<Part> parts, Part p) {
        for (int i = 0; i < parts.size(); i++) {
            Part o = parts.get(i);
            if (o.mention().toponym().start() == p.mention().toponym().start()
                    || o.mention().isResolved() && Objects.equals(o.mention().place(), p.mention().place())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the mention of {@code longer} holds that of {@code shorter} and more. */
    private static boolean holds(Part longer, Part shorter) {
        var l = longer.mention().toponym();
        var s = shorter.mention().toponym();
        return l.start() <= s.start() && s.end() <= l.end() && l.end() - l.start() > s.end() - s.start();
    }

    boolean emits() {
        List<Part> origins = ends(Role.ORIGIN);
        List<Part> destinations = ends(Role.DESTINATION);
        boolean stated = origins.stream().anyMatch(p -> !p.implied())
                || destinations.stream().anyMatch(p -> !p.implied());
        return stated || !origins.isEmpty() && !destinations.isEmpty()
                || !origins.isEmpty() && awayFromOrigin(origins);
    }

    /**
     * An origin without destination makes a row of a motion away from home ("Mexicans would migrate", "Syrians
     * fled"), an evacuation, or a sending whose sender is its actor ("the U.S. supplied the rebels").
     */
    private boolean awayFromOrigin(List<Part> origins) {
        String lemma = trigger.lemma();
        return MotionLexicon.DEPARTURES.contains(lemma) || MotionLexicon.EVACUATIONS.contains(lemma)
                || MotionLexicon.SENDERS.contains(lemma) && origins.get(0).evidence() == Part.Evidence.ACTOR;
    }
}
