package org.waymark.movement;

import java.util.ArrayList;
import java.util.List;
import org.waymark.resolve.Mention;

/** A movement being assembled: its ends are mentions, so that the discourse can borrow them. */
final class Draft {
    Mention origin;
    /** The origin is stated in the motion's own slot, not implied by its actor or movers. */
    boolean originStated;
    Mention destination;
    final List<Mention> via = new ArrayList<>();
    boolean originInferred;
    boolean border;
    boolean consumed;
    String trigger;
    String mover;
    Long count;
    Movement.Status status = Movement.Status.REPORTED;
    String sentence;
    int sentenceIndex;
    int start;
    int end;
    /** The text marks it as the next leg of a journey told before: "later", "then", "from there". */
    boolean continues;
    /**
     * A motion that starts where the movers were: a return ("deported to", "sent back to"), a flight or an
     * evacuation. Without a stated origin, the text's last "in X" before it gives one ({@link Discourse}).
     */
    boolean fromWhereTheyWere;

    double confidence() {
        double c = 0.65;
        if (origin != null && destination != null) {
            c += 0.2;
        }
        if (originInferred) {
            c -= 0.15;
        }
        if (status != Movement.Status.REPORTED) {
            c -= 0.1;
        }
        double ends = (origin == null ? 1 : origin.confidence()) * (destination == null ? 1
                : destination.confidence());
        return Math.round(c * (0.5 + 0.5 * ends) * 1000) / 1000.0;
    }
}
