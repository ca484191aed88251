package org.waymark.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.Token;

/**
 * Proposes the longest gazetteer name starting at each token that can start one: a capitalised word, an Arabic
 * article before a capital ("ar-Raqqah"), or "middle", "far", "near" before a capitalised word ("the middle East").
 * Inside a name, lower-case words are particles only ("Bosnia and Herzegovina", "Deir ez-Zor", "Rostov-on-Don").
 */
final class GazetteerMatches implements SpanProposer {
    private static final Pattern ARTICLE_PREFIX =
            Pattern.compile("(al|ar|as|ad|az|an|at|ash|ath|adh|el|ed|es|en|ul)-\\p{Lu}.*");
    /** An Arabic article hyphenated to the word it belongs to, as written inside a name: "ez-zor", "az-zawr". */
    private static final Pattern HYPHENATED_ARTICLE =
            Pattern.compile("(al|ar|as|ad|az|an|at|ash|ath|adh|el|ed|es|en|ez|ul)-\\p{L}.*");
    private static final List<String> NAME_START_WORDS = List.of("middle", "far", "near");
    /** A capitalised word after an elided French or Italian particle ends a name: "Côte d'Ivoire", "L'Aquila". */
    private static final Pattern ELIDED_PARTICLE = Pattern.compile("[dDlL]['’]\\p{Lu}.*");

    private final Gazetteer gazetteer;

    GazetteerMatches(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Span> propose(List<Token> tokens) {
        List<Span> proposals = new ArrayList<>();
        int max = Math.max(1, gazetteer.maxNameTokens());
        for (int i = 0; i < tokens.size(); i++) {
            if (!canStartName(tokens, i)) {
                continue;
            }
            for (int j = Math.min(tokens.size(), i + max); j > i; j--) {
                if (j == i + 1 && !tokens.get(i).isCapitalized()
                        && !ARTICLE_PREFIX.matcher(tokens.get(i).word()).matches()) {
                    continue; // "middle" alone is no name
                }
                if (!tokens.get(j - 1).isCapitalized() && j - 1 > i && !isNameParticle(tokens.get(j - 1))
                        && !ELIDED_PARTICLE.matcher(tokens.get(j - 1).word()).matches()) {
                    continue;
                }
                String name = Names.normalize(Span.join(tokens, i, j));
                if (gazetteer.isName(name) && !coordinatedCountries(name)) {
                    proposals.add(new Span(i, j, allLocation(tokens, i, j), true, false));
                    break;
                }
            }
        }
        return proposals;
    }

    /**
     * "Australia and New Zealand" is also a region of the UN's scheme, but in news two countries: a name that joins
     * two country names with "and" and is no country itself (as "Trinidad and Tobago" is) is read as its parts.
     */
    private boolean coordinatedCountries(String name) {
        int and = name.indexOf(" and ");
        if (and < 0 || gazetteer.candidates(name).stream().anyMatch(Place::isCountry)) {
            return false;
        }
        return gazetteer.candidates(name.substring(0, and)).stream().anyMatch(Place::isCountry)
                && gazetteer.candidates(name.substring(and + 5)).stream().anyMatch(Place::isCountry);
    }

    /**
     * Other lower-case directions than "middle", "far", "near" modify a name without being part of it: "central
     * Africa" names Africa, "northern California" California.
     */
    private static boolean canStartName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isCapitalized() || ARTICLE_PREFIX.matcher(t.word()).matches()) {
            return true;
        }
        return NAME_START_WORDS.contains(t.word()) && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized();
    }

    /** An Arabic article joined to the word after it by a hyphen is a particle whichever way it is transliterated. */
    private static boolean isNameParticle(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.equals("of") || w.equals("and") || w.equals("de") || w.equals("del") || w.equals("la")
                || w.equals("el") || w.equals("al") || w.equals("upon") || w.equals("on")
                || HYPHENATED_ARTICLE.matcher(w).matches();
    }

    private static boolean allLocation(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).ner().equals("LOCATION")) {
                return false;
            }
        }
        return true;
    }
}
