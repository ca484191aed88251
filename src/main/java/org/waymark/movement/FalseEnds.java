package org.waymark.movement;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;
import org.waymark.nlp.Token;

/**
 * Places that cannot end a movement, left out before the end rules run: a place inside an organisation's name
 * ("Air India", "Bank of England"), a dateline ("AMMAN, June 4 —", "LONDON (Reuters) -"), and the country or
 * province that only says where the place before it lies ("flown to Erbil, Iraq").
 */
final class FalseEnds {
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.",
            "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    private FalseEnds() {
    }

    /** The scene without the places that are part of a name, a dateline, or the qualifier of another place. */
    static Scene filter(Scene scene) {
        List<Anchor> kept = scene.anchors.stream()
                .filter(a -> !inOrganisation(scene, a) && !dateline(scene, a) && !qualifier(scene, a)).toList();
        return kept.size() == scene.anchors.size() ? scene : scene.with(kept);
    }

    /** The tagger put the place inside a longer organisation name: a word next to it is of that name too. */
    static boolean inOrganisation(Scene scene, Anchor a) {
        List<Token> tokens = scene.sentence.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int s = scene.text.codePointOffset(tokens.get(i).begin());
            int e = scene.text.codePointOffset(tokens.get(i).end());
            if (e > a.mention().toponym().start() && s < a.mention().toponym().end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (!organisation(tokens.get(i))) {
                return false;
            }
        }
        return first > 0 && organisation(tokens.get(first - 1))
                || last + 1 < tokens.size() && organisation(tokens.get(last + 1));
    }

    /** "Erbil, Iraq": an apposition that is the country or province holding the place it hangs from. */
    static boolean qualifier(Scene scene, Anchor a) {
        if (a.head().relation() != Relation.APPOS || a.mention().place() == null) {
            return false;
        }
        Node parent = scene.graph.parent(a.head());
        Anchor held = parent == null ? null : scene.anchorAt(parent);
        return held != null && held.mention().place() != null && a.mention().place().contains(held.mention().place());
    }

    private static boolean organisation(Token t) {
        return t.ner().equals("ORGANIZATION");
    }

    /** The first word of a sentence, in capitals or before a date, followed by a comma, bracket or dash. */
    static boolean dateline(Scene scene, Anchor a) {
        List<Token> tokens = scene.sentence.tokens();
        if (tokens.size() < 3 || scene.text.codePointOffset(tokens.get(0).begin()) != a.mention().toponym().start()) {
            return false;
        }
        int after = 0;
        while (after < tokens.size()
                && scene.text.codePointOffset(tokens.get(after).end()) <= a.mention().toponym().end()) {
            after++;
        }
        if (after + 1 >= tokens.size() || !Set.of(",", "(", "-", "—", "–").contains(tokens.get(after).word())) {
            return false;
        }
        String surface = a.mention().toponym().surface();
        boolean capitals = surface.length() > 1 && surface.equals(surface.toUpperCase(Locale.ROOT))
                && !surface.equals(surface.toLowerCase(Locale.ROOT));
        return capitals || MONTHS.contains(tokens.get(after + 1).word().toLowerCase(Locale.ROOT));
    }
}
