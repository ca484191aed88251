package org.waymark.recognize;

import java.util.List;
import org.waymark.nlp.Token;

/**
 * One word before "of" and a capitalised word heads a longer name that the gazetteer does not know as a whole:
 * "Republic of Turkey", "Bank of England", "University of Chicago" are not the town Republic, Bank or University.
 */
final class NotHeadOfLongerName implements SpanFilter {
    @Override
    public boolean accept(Span s, List<Token> tokens) {
        return s.length() > 1 || s.demonym() || s.to() + 1 >= tokens.size()
                || !tokens.get(s.to()).word().equals("of") || !tokens.get(s.to() + 1).isCapitalized();
    }
}
