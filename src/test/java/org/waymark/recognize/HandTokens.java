package org.waymark.recognize;

import java.util.ArrayList;
import java.util.List;
import org.waymark.nlp.Token;

/** Tokens made by hand for the filters' tests: no tagger involved. */
final class HandTokens {
    private HandTokens() {
    }

    /** Tokens of a sentence split on spaces, with offsets as written, each a proper noun outside any entity. */
    static List<Token> of(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : sentence.split(" ")) {
            tokens.add(new Token(word, at, at + word.length(), "NNP", word.toLowerCase(), "O"));
            at += word.length() + 1;
        }
        return tokens;
    }
}
