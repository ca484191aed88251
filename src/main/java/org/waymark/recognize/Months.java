package org.waymark.recognize;

import java.util.Locale;
import java.util.Set;

/**
 * The names of the months: in news "in March" or "since May" is a date, not March in Cambridgeshire or May in
 * Oklahoma, whatever the preposition before it says.
 */
final class Months {
    private static final Set<String> NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private Months() {
    }

    /** Whether a word, as written, is the name of a month. */
    static boolean isMonth(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && NAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}
