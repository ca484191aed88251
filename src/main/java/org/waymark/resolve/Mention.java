package org.waymark.resolve;

import org.waymark.gazetteer.Place;
import org.waymark.recognize.Toponym;

/**
 * A toponym with the place it was resolved to.
 *
 * @param toponym    what the recognizer found
 * @param place      the resolved place, or null when unresolved
 * @param confidence 0..1; 0 when unresolved
 * @param source     which gazetteer answered ({@code Gazetteer#sourceName()}), or null when unresolved
 * @param sentence   the text of the sentence that holds the mention
 */
public record Mention(Toponym toponym, Place place, double confidence, String source, String sentence) {

    /** The same mention in a text that holds its own one {@code codePoints} further on, after {@code sentences}. */
    public Mention shifted(int codePoints, int sentences) {
        return new Mention(toponym.shifted(codePoints, sentences), place, confidence, source, sentence);
    }

    public boolean isResolved() {
        return place != null;
    }
}
