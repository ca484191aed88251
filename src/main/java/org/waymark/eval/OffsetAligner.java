package org.waymark.eval;

/**
 * Checks gold spans against their phrases while a corpus is read, and converts them to code point offsets.
 * Works on UTF-16 char offsets, which is what the XML corpora use (the dev corpora have no character outside the
 * BMP, so there the two coincide). Not thread-safe: one per corpus read.
 */
final class OffsetAligner {

    /** How far (in chars) from the given start a misplaced phrase is looked for; TR-News drifts by up to 10. */
    static final int WINDOW = 32;

    private final String origin;
    private String documentId;
    private String text;
    private int toponyms, agreeing, realigned, disagreeing, unchecked;

    /** @param origin the file, for error messages */
    OffsetAligner(String origin) {
        this.origin = origin;
    }

    /** Starts checking the toponyms of another document; counts carry on. */
    void startDocument(String id, String documentText) {
        this.documentId = id;
        this.text = documentText;
    }

    OffsetCheck check() {
        return new OffsetCheck(toponyms, agreeing, realigned, disagreeing, unchecked);
    }

    /**
     * Builds a gold toponym from char offsets and an optional phrase, realigning it when needed.
     *
     * @param phrase null when the corpus gives none: the text between the offsets is taken
     */
    GoldToponym toponym(int charStart, int charEnd, String phrase, Long geonameid, Double lat, Double lon) {
        boolean inText = charStart >= 0 && charStart < charEnd && charEnd <= text.length();
        int start = charStart, end = charEnd;
        if (phrase == null) {
            requireInText(inText, charStart, charEnd, null);
            unchecked++;
            phrase = text.substring(start, end);
        } else if (inText && phrase.length() == end - start && text.startsWith(phrase, start)) {
            agreeing++;
        } else {
            // drifted offsets may even point past the end of the text: look for the phrase first
            int found = nearest(phrase, charStart);
            if (found >= 0) {
                realigned++;
                start = found;
                end = found + phrase.length();
            } else {
                requireInText(inText, charStart, charEnd, phrase);
                disagreeing++;
            }
        }
        toponyms++;
        return new GoldToponym(text.codePointCount(0, start), text.codePointCount(0, end), phrase,
                geonameid, lat, lon);
    }

    private void requireInText(boolean inText, int charStart, int charEnd, String phrase) {
        if (!inText) {
            throw new IllegalArgumentException(origin + ", document " + documentId + ": toponym"
                    + (phrase == null ? "" : " '" + phrase + "'") + " has offsets [" + charStart + ", " + charEnd
                    + ") outside its text of " + text.length() + " characters");
        }
    }

    /**
     * Start of the occurrence of phrase nearest to around, within the window, that is not part of a longer word
     * ("US" is not looked for inside "USA"); -1 if none.
     */
    private int nearest(String phrase, int around) {
        for (int d = 0; d <= WINDOW; d++) {
            if (occursAt(phrase, around - d)) {
                return around - d;
            }
            if (d > 0 && occursAt(phrase, around + d)) {
                return around + d;
            }
        }
        return -1;
    }

    private boolean occursAt(String phrase, int at) {
        int after = at + phrase.length();
        return at >= 0 && text.startsWith(phrase, at)
                && (at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at)))
                && (after == text.length() || !Character.isLetterOrDigit(text.codePointAt(after)));
    }
}
