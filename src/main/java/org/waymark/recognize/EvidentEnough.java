package org.waymark.recognize;

import java.util.List;
import org.waymark.nlp.Token;

/**
 * Without NER's support, a gazetteer match must name something notable ({@link NotableNames}), and one word must
 * be a proper noun that NER did not call MISC (the English taggers are not asked of a word in Arabic script).
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
        // English NER and POS tags say nothing of a word in Arabic script: they are not asked
        boolean judged = !first.isCaseless();
        if (judged && first.ner().equals("MISC") && s.length() == 1) {
            return false;
        }
        if (judged && s.length() == 1 && first.isTagged() && !first.pos().startsWith("NNP")) {
            return false;
        }
        return notable.isNotable(surface);
    }
}
