package org.waymark.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.nlp.Token;

/**
 * The last word of a street's or building's name after a capitalised word ("Archibald Street", "the Baptist
 * Church"): Street, Somerset, and Church, Lancashire, are in GeoNames, but such a word is no town.
 */
final class NotPartOfAFacility implements SpanFilter {
    private static final Set<String> FACILITY_WORDS = Set.of("street", "road", "avenue", "lane", "boulevard",
            "church", "cathedral", "mosque", "temple", "hospital", "school", "college", "university", "square",
            "station", "bridge", "park", "stadium", "hall", "tower", "palace", "museum", "market", "prison", "court");

    @Override
    public boolean accept(Span s, List<Token> tokens) {
        if (s.demonym()) {
            return true;
        }
        return !(s.length() == 1 && s.from() > 0 && tokens.get(s.from() - 1).isCapitalized()
                && FACILITY_WORDS.contains(tokens.get(s.from()).word().toLowerCase(Locale.ROOT)));
    }
}
