package org.waymark.recognize;

import java.util.List;
import java.util.Set;
import org.waymark.nlp.Token;

/**
 * Members of a list whose other members are places are places: "Suba, Migori, Homa Bay and Kisumu", "Angola, Chad,
 * and Democratic Republic of the Congo". A gazetteer name next to a kept place across ",", "and" or "or" joins
 * it, unless NER sees a person that goes on past the name ("in Georgia, Adam Khamirzayev").
 */
final class ListMembers {
    private ListMembers() {
    }

    static boolean joins(Span s, Set<Span> kept, List<Token> tokens) {
        return !s.demonym() && !firstNameOfAPerson(s, tokens) && listedWithPlaces(s, kept, tokens);
    }

    private static boolean firstNameOfAPerson(Span s, List<Token> tokens) {
        return s.to() < tokens.size() && tokens.get(s.to() - 1).ner().equals("PERSON")
                && tokens.get(s.to()).ner().equals("PERSON");
    }

    private static boolean listedWithPlaces(Span s, Set<Span> kept, List<Token> tokens) {
        if (!s.gazetteer()) {
            return false;
        }
        for (Span k : kept) {
            if (k.demonym()) {
                continue;
            }
            int gapFrom = k.to() <= s.from() ? k.to() : s.to();
            int gapTo = k.to() <= s.from() ? s.from() : k.from();
            if (gapFrom < gapTo && gapTo - gapFrom <= 2 && isListGap(Span.join(tokens, gapFrom, gapTo))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListGap(String gap) {
        String g = gap.toLowerCase(java.util.Locale.ROOT);
        return g.equals(",") || g.equals("and") || g.equals("or") || g.equals(", and") || g.equals(", or");
    }
}
