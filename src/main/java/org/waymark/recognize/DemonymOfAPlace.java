package org.waymark.recognize;

import java.util.List;
import java.util.Set;
import org.waymark.nlp.Token;

/**
 * A demonym stands for its country as an adjective ("a Turkish policeman"), not as a plural noun for people
 * ("many Americans") nor as the name of a language ("he shouted in Turkish", "she speaks French").
 */
final class DemonymOfAPlace implements SpanFilter {
    /** Words before a demonym that make it a language: "in Turkish", "speaks French", "teaching English". */
    private static final Set<String> LANGUAGE_CUES = Set.of("in", "speak", "fluent", "teach", "learn", "translate",
            "into", "from");

    @Override
    public boolean accept(Span s, List<Token> tokens) {
        if (!s.demonym()) {
            return true;
        }
        Token t = tokens.get(s.from());
        if (!t.isTagged()) {
            return true;    // not tagged yet (ToponymRecognizer.mayFind): the tagged sentence decides
        }
        if (t.pos().equals("NNPS") || t.pos().equals("NNS")) {
            return false;
        }
        String before = s.from() > 0 ? tokens.get(s.from() - 1).lemma() : "";
        String nextPos = s.to() < tokens.size() ? tokens.get(s.to()).pos() : ".";
        boolean nounFollows = nextPos.startsWith("NN") || nextPos.startsWith("JJ");
        return !(LANGUAGE_CUES.contains(before) && !nounFollows);
    }
}
