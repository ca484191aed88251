package org.waymark.recognize;

import java.util.List;
import org.waymark.nlp.Token;

/** A month alone is no town: "in March" is not March, Cambridgeshire ({@link Months}). */
final class NotAMonth implements SpanFilter {
    @Override
    public boolean accept(Span s, List<Token> tokens) {
        return !(s.length() == 1 && Months.isMonth(tokens.get(s.from()).word()));
    }
}
