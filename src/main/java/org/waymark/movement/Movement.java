package org.waymark.movement;

import java.util.List;
import org.waymark.gazetteer.Place;
import org.waymark.recognize.Toponym;

/**
 * A movement that a document reports: something went (or is to go) from an origin to a destination.
 *
 * @param docId           document id
 * @param origin          null when the text gives none
 * @param destination     null when the text gives none
 * @param originToponym      the words that named the origin (possibly in an earlier sentence), or null
 * @param destinationToponym the words that named the destination, or null
 * @param via             places passed through, in order; empty if none
 * @param originInferred  the origin was taken from the discourse, not from the sentence itself
 * @param destinationKind {@code PLACE}, or {@code BORDER} when it ends on the destination country's boundary
 * @param trigger         lemma of the motion word ("deploy", "flee")
 * @param mover           the mover's noun phrase, or null
 * @param count           number of movers when stated, or null
 * @param status          reported, planned or possible
 * @param sentence        the evidence sentence text
 * @param start           code point offset of the evidence in the document
 * @param end             code point offset after the evidence
 * @param confidence      0..1
 */
public record Movement(String docId, Place origin, Place destination,
                       Toponym originToponym, Toponym destinationToponym, List<Place> via, boolean originInferred,
                       EndKind destinationKind, String trigger, String mover, Long count, Status status,
                       String sentence, int start, int end, double confidence) {

    public Movement {
        via = List.copyOf(via);
    }

    /** The same movement in a text that holds its own one {@code codePoints} further on, after {@code sentences}. */
    public Movement shifted(int codePoints, int sentences) {
        return new Movement(docId, origin, destination, shift(originToponym, codePoints, sentences),
                shift(destinationToponym, codePoints, sentences), via, originInferred, destinationKind, trigger,
                mover, count, status, sentence, start + codePoints, end + codePoints, confidence);
    }

    private static Toponym shift(Toponym t, int codePoints, int sentences) {
        return t == null ? null : t.shifted(codePoints, sentences);
    }

    public enum EndKind {
        PLACE, BORDER;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Status {
        REPORTED, PLANNED, POSSIBLE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
