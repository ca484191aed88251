package org.waymark.movement;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;

/**
 * Links a sentence's movements to the ones before it: an end the text carries over is filled in. Within a sentence,
 * a clause that gives only an origin takes the destination of the clause before ("… while others came from the
 * Netherlands"). Across sentences, only for the same movers (an anaphoric mover: "These forces were later deployed
 * to Libya"): a motion without origin takes the origin of an earlier one that had no destination (one movement), or,
 * marked as a next leg ("later", "then"), the destination of the earlier one.
 */
final class Discourse {
    private static final Set<String> ANAPHORIC = Set.of("these", "those", "they", "them", "the", "this", "such",
            "both");

    private Discourse() {
    }

    static void link(List<Draft> before, List<Draft> found, int sentenceIndex) {
        for (int i = 0; i < found.size(); i++) {
            Draft d = found.get(i);
            if (d.destination == null && d.originStated) {
                for (int j = i - 1; j >= 0; j--) {
                    if (found.get(j).destination != null) {
                        d.destination = found.get(j).destination;
                        d.border = found.get(j).border;
                        break;
                    }
                }
            }
            if (d.origin == null && d.destination != null && anaphoric(d.mover)) {
                carryOrigin(before, d, sentenceIndex);
            }
        }
    }

    /**
     * A return, flight or evacuation without a stated origin starts where the text last put someone "in" a place
     * (of another country than the destination), in its sentence before the motion or in the two sentences before:
     * "Many migrants die in Russia. … arranges for their transport back to Tajikistan" is Russia → Tajikistan;
     * "as shelling resumed in Aleppo, plans to evacuate the wounded" starts in Aleppo.
     */
    static void contextOrigins(List<Draft> drafts, List<Mention> resolved, String text) {
        for (Draft d : drafts) {
            if (!d.fromWhereTheyWere || d.origin != null) {
                continue;
            }
            Mention where = null;
            for (Mention m : resolved) {
                int sentence = m.toponym().sentence();
                boolean before = sentence < d.sentenceIndex && sentence >= d.sentenceIndex - 2
                        || sentence == d.sentenceIndex && m.toponym().end() <= d.start;
                if (before && m.toponym().kind() == Toponym.Kind.TOPONYM && locative(text, m)
                        && (d.destination == null || d.destination.place() == null
                        || !Objects.equals(m.place().countryCode(), d.destination.place().countryCode()))) {
                    where = m;
                }
            }
            if (where != null) {
                d.origin = where;
                d.originInferred = true;
            }
        }
    }

    /** The mention follows "in ": where someone is. */
    private static boolean locative(String text, Mention m) {
        int at = text.offsetByCodePoints(0, m.toponym().start());
        return at >= 3 && text.regionMatches(true, at - 3, "in ", 0, 3);
    }

    private static void carryOrigin(List<Draft> before, Draft d, int sentenceIndex) {
        for (int j = before.size() - 1; j >= 0; j--) {
            Draft p = before.get(j);
            if (p.sentenceIndex < sentenceIndex - 1) {
                return;
            }
            if (p.consumed) {
                continue;
            }
            if (p.destination != null && d.continues
                    && !Objects.equals(p.destination.place(), d.destination.place())) {
                // "moved from Germany to Lithuania. The units were later deployed to Belarus"
                d.origin = p.destination;
                d.originInferred = true;
                return;
            }
            if (p.origin != null && p.destination == null) {
                // "withdrawn from Syria. These forces were later deployed to Libya": one movement
                d.origin = p.origin;
                d.originInferred = true;
                p.consumed = true;
                return;
            }
        }
    }

    private static boolean anaphoric(String mover) {
        return mover != null && ANAPHORIC.contains(mover.toLowerCase(Locale.ROOT).split("\\s+")[0]);
    }
}
