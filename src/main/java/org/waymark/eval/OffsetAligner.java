package org.waymark.eval;

/**
 * Checks gold spans against their phrases while a corpus is read, and converts them to code point offsets.
 * Works on UTF-16 char offsets, which is what the XML corpora use (the dev corpora have no character outside the
 * BMP, so there the two coincide). Not thread-safe: one per corpus read.
 */
final class OffsetAligner {

    /** How far (in chars) from the given start a misplaced phrase is looked for; TR-News drifts by up to 10. */
    static final int WINDOW = 32;

    private String documentId;
    private String text;
    private int toponyms, agreeing, realigned, disagreeing, unchecked;

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
        if (charStart < 0 || charEnd <= charStart || charEnd > text.length()) {
            throw new IllegalArgumentException("document " + documentId + ": toponym"
                    + (phrase == null ? "" : " '" + phrase + "'") + " has offsets [" + charStart + ", " + charEnd
                    + ") outside its text of " + text.length() + " characters");
        }
        toponyms++;
        int start = charStart, end = charEnd;
        if (phrase == null) {
            unchecked++;
            phrase = text.substring(start, end);
        } else if (text.startsWith(phrase, start) && phrase.length() == end - start) {
            agreeing++;
        } else {
            int found = nearest(phrase, charStart);
            if (found >= 0) {
                realigned++;
                start = found;
                end = found + phrase.length();
            } else {
                disagreeing++;
            }
        }
        return new GoldToponym(text.codePointCount(0, start), text.codePointCount(0, end), phrase,
                geonameid, lat, lon);
    }

    /** Start of the occurrence of phrase nearest to around, within the window; -1 if none. */
    private int nearest(String phrase, int around) {
        for (int d = 0; d <= WINDOW; d++) {
            if (around - d >= 0 && text.startsWith(phrase, around - d)) {
                return around - d;
            }
            if (d > 0 && text.startsWith(phrase, around + d)) {
                return around + d;
            }
        }
        return -1;
    }
}
