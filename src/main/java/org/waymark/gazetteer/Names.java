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
        String ascii = normalizePrintableAscii(name);
        if (ascii != null) {
            return ascii;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = DROPPED.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The same result as the general path for printable ASCII input (most names), without Unicode normalization
     * and regular expressions: gazetteer loading normalizes hundreds of thousands of names. Null for other input.
     */
    private static String normalizePrintableAscii(String name) {
        StringBuilder out = null;
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 && c != '\t' || c > 0x7e) {
                return null;
            }
            switch (c) {
                case '\'', '`', '.', ',', '"', '(', ')':
                    continue;
                case ' ', '\t', '-', '_', '/':
                    pendingSpace = true;
                    continue;
                default:
                    if (out == null) {
                        out = new StringBuilder(name.length());
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                    pendingSpace = false;
                    out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return out == null ? "" : out.toString();
    }
}
