package org.waymark.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one name normalization shared by index building, recognition and lookup, so that "Deir ez-Zor",
 * "Deir Ez Zor" and "DEIR EZ-ZOR" meet, and "Ar-Raqqah" meets "ar Raqqah".
 */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–—_/]+");
    private static final Pattern DROPPED = Pattern.compile("['’‘`ʻʼ.,\"()]");

    private Names() {
    }

    /** Lower case, no diacritics, hyphens and spaces folded to one space, apostrophes and dots removed. */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = DROPPED.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
