package org.waymark.recognize;

import java.util.ArrayList;
import java.util.List;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Names;
import org.waymark.nlp.Token;

/**
 * Names inside a hyphenated word that is no name itself: "Seattle-based", "U.S.-led", "made-in-China",
 * "Turkish-Russian", "Russia-Turkey". Each capitalised part that is a demonym or a notable name counts; the
 * capitalised words before the first part may begin it ("New York-based").
 */
final class HyphenatedNames {
    private final Gazetteer gazetteer;
    private final NotableNames notable;

    HyphenatedNames(Gazetteer gazetteer, NotableNames notable) {
        this.gazetteer = gazetteer;
        this.notable = notable;
    }

    /** A name inside a hyphenated word: its characters in the text, and whether a place or a demonym. */
    record Part(int begin, int end, Toponym.Kind kind) {
    }

    /** The names inside the hyphenated words of a sentence that no chosen span covers. */
    List<Part> find(List<Token> tokens, List<Span> chosen) {
        boolean[] covered = new boolean[tokens.size()];
        for (Span s : chosen) {
            java.util.Arrays.fill(covered, s.from(), s.to(), true);
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!covered[i]) {
                inWord(tokens, i, covered, parts);
            }
        }
        return parts;
    }

    private void inWord(List<Token> tokens, int i, boolean[] covered, List<Part> out) {
        Token token = tokens.get(i);
        String word = token.word();
        if (word.indexOf('-') < 0 || gazetteer.isName(Names.normalize(word))) {
            return;
        }
        int from = 0;
        while (from < word.length()) {
            int to = word.indexOf('-', from);
            if (to < 0) {
                to = word.length();
            }
            String part = word.substring(from, to);
            if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
                int begin = token.begin() + from;
                String name = part;
                if (from == 0) {
                    for (int j = Math.max(0, i - gazetteer.maxNameTokens() + 1); j < i; j++) {
                        String longer = Span.join(tokens, j, i) + " " + part;
                        if (allCapitalizedAndFree(tokens, covered, j, i) && notable.isNotable(longer)) {
                            begin = tokens.get(j).begin();
                            name = longer;
                            break;
                        }
                    }
                }
                String key = Names.normalize(name);
                Toponym.Kind kind = gazetteer.demonymCountry(key).isPresent() ? Toponym.Kind.DEMONYM
                        : !Vocabulary.COMMON_WORDS.contains(key) && notable.isNotable(name) ? Toponym.Kind.TOPONYM
                        : null;
                if (kind != null) {
                    out.add(new Part(begin, token.begin() + from + part.length(), kind));
                }
            }
            from = to + 1;
        }
    }

    private static boolean allCapitalizedAndFree(List<Token> tokens, boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k] || !tokens.get(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }
}
