package org.waymark.recognize;

import java.util.List;
import org.waymark.nlp.Token;

/**
 * Inside an ORGANIZATION span only notable names survive (countries, their aliases, big cities): "U.S. Senate"
 * holds a place, "Manchester United" and "Tasnim news agency" do not.
 */
final class NotInsideOrganisation implements SpanFilter {
    private final NotableNames notable;

    NotInsideOrganisation(NotableNames notable) {
        this.notable = notable;
    }

    @Override
    public boolean accept(Span s, List<Token> tokens) {
        if (s.ner() || s.demonym()) {
            return true;
        }
        boolean inOrg = false;
        for (int i = s.from(); i < s.to() && !inOrg; i++) {
            inOrg = tokens.get(i).ner().equals("ORGANIZATION");
        }
        if (s.to() < tokens.size() && tokens.get(s.to()).ner().equals("ORGANIZATION")
                && tokens.get(s.to()).isCapitalized()) {
            inOrg = true;
        }
        return !inOrg || notable.isNotable(s.words(tokens));
    }
}
