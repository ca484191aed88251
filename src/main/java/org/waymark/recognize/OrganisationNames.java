package org.waymark.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.nlp.Token;

/**
 * A place name or demonym inside the name of a company, club, bank or newspaper is no mention of the place:
 * "Kenya Airways", "Turkish Airlines", "Manchester United", "The New York Times", "Bank of England". The tagger
 * often calls such a name an organisation, but a country or big city inside one passes its other filters.
 */
final class OrganisationNames {
    /** Capitalised words that, right after a place's name, make it the name of an airline, a club or a newspaper. */
    private static final Set<String> AFTER = Set.of("airways", "airlines", "railways", "united", "rovers",
            "wanderers", "athletic", "hotspur", "albion", "fc", "times", "post", "herald", "tribune", "journal",
            "gazette", "telegraph", "chronicle", "globe", "inquirer", "examiner", "courier");
    /** Capitalised words before "of" that make the place after it part of an institution's name. */
    private static final Set<String> BEFORE_OF = Set.of("bank", "times");

    private OrganisationNames() {
    }

    /** Whether tokens [from, to) stand inside the name of an organisation or a newspaper. */
    static boolean holds(List<Token> tokens, int from, int to) {
        if (to < tokens.size() && tokens.get(to).isCapitalized()
                && AFTER.contains(tokens.get(to).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (from < 2 || !tokens.get(from - 1).word().equals("of")) {
            return false;
        }
        Token head = tokens.get(from - 2);
        return head.isCapitalized() && BEFORE_OF.contains(head.word().toLowerCase(Locale.ROOT));
    }
}
