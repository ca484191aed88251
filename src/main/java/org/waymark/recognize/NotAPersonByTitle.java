package org.waymark.recognize;

import java.util.List;
import java.util.Locale;
import org.waymark.nlp.Token;

/** A title precedes the name or starts it: "Prince George", "President Georgia" are people. */
final class NotAPersonByTitle implements SpanFilter {
    @Override
    public boolean accept(Span s, List<Token> tokens) {
        if (s.from() > 0 && Vocabulary.isTitle(tokens.get(s.from() - 1).word())) {
            return false;
        }
        return !(Vocabulary.TITLES.contains(tokens.get(s.from()).word().toLowerCase(Locale.ROOT)) && s.length() > 1);
    }
}
