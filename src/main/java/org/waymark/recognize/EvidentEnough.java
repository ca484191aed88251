package org.waymark.recognize;

import java.util.List;
import org.waymark.nlp.Token;

/**
 * Without NER's support, a gazetteer match must name something notable ({@link NotableNames}), and one word must
 * be a proper noun that NER did not call MISC.
 */
final class EvidentEnough implements SpanFilter {
    private final NotableNames notable;

    EvidentEnough(NotableNames notable) {
        this.notable = notable;
    }

    @Override
    public boolean accept(Span s, List<Token> tokens) {
        if (s.ner() || s.demonym()) {
            return true;
        }
        String surface = s.words(tokens);
        if (s.length() == 1 && Vocabulary.isCommonWord(surface)) {
            return false;
        }
        Token first = tokens.get(s.from());
        if (first.ner().equals("MISC") && s.length() == 1) {
            return false;
        }
        if (s.length() == 1 && first.isTagged() && !first.pos().startsWith("NNP")) {
            return false;
        }
        return notable.isNotable(surface);
    }
}
