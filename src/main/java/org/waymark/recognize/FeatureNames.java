package org.waymark.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.nlp.Token;

/**
 * Names of seas, straits, lakes and islands around a place name. A country's name or demonym inside the name of a
 * sea or lake is no mention of the country ("Lake Chad", "the English Channel", "Dead Sea" is whole): a gazetteer
 * that lacks the feature must not answer with the country. And a name after "the island of" is an island's, a place
 * whatever the tagger says ("the Greek island of Samos").
 */
final class FeatureNames {
    /** Capitalised words that, right after a name, make it the name of a body of water. */
    private static final Set<String> WATER_AFTER = Set.of("channel", "sea", "strait", "straits");
    /** Capitalised words that, right before a name, make it the name of a lake or mountain. */
    private static final Set<String> BEFORE = Set.of("lake", "mount");
    /** Words before "of" that make the name after it an island's. */
    private static final Set<String> ISLAND = Set.of("island", "islands", "isle");

    private FeatureNames() {
    }

    /** Whether tokens [from, to) stand inside the name of a sea, strait, lake or mountain. */
    static boolean holds(List<Token> tokens, int from, int to) {
        if (to < tokens.size() && tokens.get(to).isCapitalized()
                && WATER_AFTER.contains(tokens.get(to).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return from > 0 && tokens.get(from - 1).isCapitalized()
                && BEFORE.contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT));
    }

    /** Whether the name at {@code from} follows "island of", "islands of" or "isle of". */
    static boolean islandNamed(List<Token> tokens, int from) {
        return from >= 2 && tokens.get(from - 1).word().equals("of")
                && ISLAND.contains(tokens.get(from - 2).word().toLowerCase(Locale.ROOT));
    }
}
