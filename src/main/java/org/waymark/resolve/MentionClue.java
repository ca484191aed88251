package org.waymark.resolve;

import org.waymark.gazetteer.Place;

/** A clue in the words at one mention for one candidate; {@link LocalPatterns} adds the clues of each mention. */
@FunctionalInterface
interface MentionClue {

    /** @param mention the index of the toponym in the document's list */
    double support(int mention, Place candidate);
}
