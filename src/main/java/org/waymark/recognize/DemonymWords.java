package org.waymark.recognize;

import java.util.ArrayList;
import java.util.List;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Names;
import org.waymark.nlp.Token;

/** Proposes each capitalised word the gazetteer knows as a demonym ("Turkish", "Afghans"). */
final class DemonymWords implements SpanProposer {
    private final Gazetteer gazetteer;

    DemonymWords(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Span> propose(List<Token> tokens) {
        List<Span> proposals = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isCapitalized() && gazetteer.demonymCountry(Names.normalize(t.word())).isPresent()) {
                proposals.add(new Span(i, i + 1, false, false, true));
            }
        }
        return proposals;
    }
}
