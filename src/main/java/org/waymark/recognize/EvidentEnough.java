package org.waymark.recognize;

import java.util.List;
import org.waymark.nlp.Token;

/**
 * Without NER's support, a gazetteer match must name something notable ({@link NotableNames}), and one word must
 * be a proper noun that NER did not call MISC (the English taggers are not asked of a word in Arabic script), unless
 * "the" and the name of a sea or desert ("the Mediterranean").
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
        if (s.length() == 1 && s.from() > 0 && tokens.get(s.from() - 1).word().equalsIgnoreCase("the")
                && notable.isLandOrWater(surface)) {
            return true;    // "the Mediterranean", "the Sahara": tagged as adjectives or MISC, yet the sea and desert
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
