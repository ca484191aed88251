package org.waymark.movement;

import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;

/** A place mention of a sentence and the word of the parse it hangs by. */
record Anchor(Mention mention, Node head) {

    boolean isDemonym() {
        return mention.toponym().kind() == Toponym.Kind.DEMONYM;
    }

    /** The country the place lies in (its own code for a country), or null. */
    String countryCode() {
        return mention.place() == null ? null : mention.place().countryCode();
    }
}
