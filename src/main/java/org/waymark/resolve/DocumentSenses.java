package org.waymark.resolve;

import java.util.List;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.AnnotatedText;
import org.waymark.recognize.Toponym;

/**
 * The toponyms of one document grouped into senses, with the text they were found in: what the scorers read.
 *
 * @param text      the annotated text
 * @param toponyms  the toponyms, in text order
 * @param senses    one per distinct name, in the order of first mention
 * @param senseOf   the sense of each toponym, by its index
 */
record DocumentSenses(AnnotatedText text, List<Toponym> toponyms, List<Sense> senses, List<Sense> senseOf) {

    DocumentSenses {
        toponyms = List.copyOf(toponyms);
        senses = List.copyOf(senses);
        senseOf = List.copyOf(senseOf);
    }

    /** The candidates of the toponym at {@code mention}. */
    List<Place> candidatesOf(int mention) {
        return senseOf.get(mention).places();
    }
}
