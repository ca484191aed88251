package org.waymark;

import java.util.List;
import java.util.function.Predicate;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Names;
import org.waymark.nlp.Token;

/**
 * Tells which sentences need the taggers (POS, lemma, NER): those holding a gazetteer name or a demonym near a
 * capital letter. Only there can the recognizer find a toponym whose gazetteer entry exists, and only sentences with
 * toponyms are read further (resolver context, movements); elsewhere the NER could add nothing but a location that
 * the gazetteer cannot resolve. The check is wider than the recognizer's own proposals (any token that has a
 * capital may start a name, and so may one just before a capital if the name reaches it: "al-Raqqa"), so that it
 * never hides a sentence the recognizer would read a gazetteer name or a demonym from.
 */
final class NameGate implements Predicate<List<Token>> {
    private final Gazetteer gazetteer;
    private final int maxTokens;

    NameGate(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.maxTokens = Math.max(1, gazetteer.maxNameTokens());
    }

    @Override
    public boolean test(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            boolean capital = hasCapital(tokens.get(i));
            if (capital && gazetteer.demonymCountry(Names.normalize(tokens.get(i).word())).isPresent()) {
                return true;
            }
            if (!capital && !(i + 1 < tokens.size() && hasCapital(tokens.get(i + 1)))) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (int j = i; j < Math.min(tokens.size(), i + maxTokens); j++) {
                // joined as the recognizer joins them: no space where the text has none ("Rostov-on-Don")
                if (j > i && tokens.get(j).begin() > tokens.get(j - 1).end()) {
                    name.append(' ');
                }
                name.append(tokens.get(j).word());
                // a name that starts before a capital reaches it ("al-Raqqa", "de Gaulle"): "of" alone is no name
                // here, though GeoNames has a town Of
                if ((capital || j > i) && gazetteer.isName(Names.normalize(name.toString()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A capital, or a letter of a script without case (Arabic), anywhere in the word. */
    private static boolean hasCapital(Token t) {
        String w = t.word();
        for (int k = 0; k < w.length(); k += Character.charCount(w.codePointAt(k))) {
            if (Token.startsName(w.codePointAt(k))) {
                return true;
            }
        }
        return false;   // a loop, not a stream: the gate sees every token of every text
    }
}
