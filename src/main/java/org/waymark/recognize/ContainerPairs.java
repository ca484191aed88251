package org.waymark.recognize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.Token;

/**
 * Support that overrides the soft filters: proposals A, B written "A, B" where a candidate of B holds a candidate
 * of A ("Holliday, Missouri", "GLASGOW, Ky.") are both places, whatever the tagger thought of either.
 */
final class ContainerPairs {
    private final Gazetteer gazetteer;

    ContainerPairs(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Set<Span> find(List<Span> proposals, List<Token> tokens) {
        Set<Span> paired = new HashSet<>();
        for (Span a : proposals) {
            if (a.demonym() || a.to() + 1 >= tokens.size() || !tokens.get(a.to()).word().equals(",")) {
                continue;
            }
            for (Span b : proposals) {
                if (b.from() != a.to() + 1 || b.demonym()) {
                    continue;
                }
                List<Place> containers = gazetteer.candidates(b.words(tokens));
                if (gazetteer.candidates(a.words(tokens)).stream()
                        .anyMatch(p -> containers.stream().anyMatch(c -> c.contains(p)))) {
                    paired.add(a);
                    paired.add(b);
                }
            }
        }
        return paired;
    }
}
