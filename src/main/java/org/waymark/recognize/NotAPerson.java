package org.waymark.recognize;

import java.util.List;
import org.waymark.nlp.Token;

/**
 * Without NER's location tag: NER says PERSON for all of the name ("Nancy") or for a part of a longer person's
 * name ("Nancy Feather", "Georgia Smith"), or a title precedes it ("Minister Nancy Feather"). A tagger's slip on one
 * word of a longer place name ("Deir ez-Zor") is not a person.
 */
final class NotAPerson implements SpanFilter {
    private final SpanFilter notByTitle = new NotAPersonByTitle();

    @Override
    public boolean accept(Span s, List<Token> tokens) {
        if (!notByTitle.accept(s, tokens)) {
            return false;
        }
        if (s.ner() || s.demonym()) {
            return true;
        }
        int persons = 0;
        for (int i = s.from(); i < s.to(); i++) {
            persons += tokens.get(i).ner().equals("PERSON") ? 1 : 0;
        }
        if (persons == 0) {
            return true;
        }
        boolean personAround = s.from() > 0 && tokens.get(s.from() - 1).ner().equals("PERSON")
                || s.to() < tokens.size() && tokens.get(s.to()).ner().equals("PERSON");
        return persons < s.length() && !personAround;
    }
}
