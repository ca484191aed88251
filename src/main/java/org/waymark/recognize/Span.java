package org.waymark.recognize;

import java.util.List;
import org.waymark.nlp.Token;

/**
 * A proposed name: a token range [from, to) of one sentence, and what proposed it.
 *
 * @param ner       NER tagged all of it LOCATION
 * @param gazetteer the gazetteer knows it as a name
 * @param demonym   a demonym standing for its country ("a Turkish policeman")
 */
record Span(int from, int to, boolean ner, boolean gazetteer, boolean demonym) {

    int length() {
        return to - from;
    }

    boolean overlaps(Span o) {
        return from < o.to && o.from < to;
    }

    /** Its words as written. */
    String words(List<Token> tokens) {
        return join(tokens, from, to);
    }

    /** The words of a token range, joined as they would be written (no space before a hyphenated part). */
    static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && tokens.get(i).begin() > tokens.get(i - 1).end()) {
                b.append(' ');
            }
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }
}
