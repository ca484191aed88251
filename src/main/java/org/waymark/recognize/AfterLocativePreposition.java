package org.waymark.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.nlp.Token;

/**
 * Support that overrides the soft filters: a known name of a notable place right after "in", "near", … ("in
 * Medina", "near Tyler") is a place even where the tagger saw a person, unless it owns something ("in Obama's").
 */
final class AfterLocativePreposition {
    private static final Set<String> LOCATIVES = Set.of("in", "near", "outside", "across", "throughout", "around");
    private static final long LOCATIVE_POPULATION = 5_000;

    private final Gazetteer gazetteer;

    AfterLocativePreposition(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    boolean supports(Span s, List<Token> tokens) {
        if (s.demonym() || !s.gazetteer() || s.from() == 0
                || !LOCATIVES.contains(tokens.get(s.from() - 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (s.to() < tokens.size() && tokens.get(s.to()).word().matches("['’]s?")) {
            return false;
        }
        return gazetteer.candidates(s.words(tokens)).stream().anyMatch(p -> p.isCountry()
                || p.isAdmin1() || p.isContinentOrRegion() || p.population() >= LOCATIVE_POPULATION);
    }
}
