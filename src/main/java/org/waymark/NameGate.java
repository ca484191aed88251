package org.waymark;

import java.util.List;
import java.util.function.Predicate;
import org.waymark.gazetteer.BoundedMemo;
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
    /** Sentences whose answer is kept, by their words and spaces: a sentence met again is answered at once. */
    private static final int MEMO_SENTENCES = 20_000;

    private final Gazetteer gazetteer;
    private final int maxTokens;
    private final BoundedMemo<String, Boolean> answers = new BoundedMemo<>(MEMO_SENTENCES);

    NameGate(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.maxTokens = Math.max(1, gazetteer.maxNameTokens());
    }

    @Override
    public boolean test(List<Token> tokens) {
        return answers.get(key(tokens), () -> scan(tokens));
    }

    /** The words of a sentence and where it has spaces between them: all that the answer depends on. */
    private static String key(List<Token> tokens) {
        StringBuilder b = new StringBuilder(tokens.size() * 8);
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                b.append(tokens.get(i).begin() > tokens.get(i - 1).end() ? '\u0001' : '\u0002');
            }
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }

    private boolean scan(List<Token> tokens) {
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
