package org.waymark.recognize;

import java.util.List;
import org.waymark.nlp.Token;

/**
 * A one-word name that is a common word ("However", "Central"), unless NER tags it a location that ends there: a
 * common word at the start of a longer location run is part of a longer name ("Central Plateau", "Western Kasai"),
 * not the place the gazetteer calls Central or Western.
 */
final class NotACommonWord implements SpanFilter {
    @Override
    public boolean accept(Span s, List<Token> tokens) {
        return !(s.length() == 1 && Vocabulary.isCommonWord(tokens.get(s.from()).word())
                && (!s.ner() || runGoesOn(tokens, s.to())));
    }

    private static boolean runGoesOn(List<Token> tokens, int to) {
        return to < tokens.size() && tokens.get(to).ner().equals("LOCATION") && tokens.get(to).isCapitalized();
    }
}
