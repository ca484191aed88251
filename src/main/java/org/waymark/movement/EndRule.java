package org.waymark.movement;

import java.util.List;
import org.waymark.nlp.Token;

/**
 * One way a text gives a motion its ends. Rules run in order on every parsed sentence; each also says, before the
 * parse, which words let it apply, so that the gate before the parse ({@link Gate}) is made of the rules' own cues
 * and a new rule can never be gated out.
 */
interface EndRule {

    /** The ends this rule reads in a sentence. */
    List<Part> find(Scene scene);

    /** Whether this rule may find an end in a sentence with these (untagged or tagged) words and places. */
    boolean mayApply(Gate.View view);

    /** Whether a word may be a motion word that this rule reads ends of. */
    default boolean mayTrigger(Token token) {
        return Triggers.mayTrigger(token);
    }
}
