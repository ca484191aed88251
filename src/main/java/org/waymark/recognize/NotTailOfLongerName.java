package org.waymark.recognize;

import java.util.List;
import java.util.Locale;
import org.waymark.nlp.Token;

/**
 * Without the tagger's support, a name right after another capitalised word is the end of a longer name that
 * the gazetteer does not know: "Seaton Street", "Baptist Church", "Operation Falcon", "Real Madrid".
 */
final class NotTailOfLongerName implements SpanFilter {
    @Override
    public boolean accept(Span s, List<Token> tokens) {
        if (s.ner() || s.demonym() || s.from() == 0) {
            return true;
        }
        Token before = tokens.get(s.from() - 1);
        String word = before.word().toLowerCase(Locale.ROOT);
        return !before.isCapitalized() || Vocabulary.COMMON_WORDS.contains(word) || word.equals("the");
    }
}
