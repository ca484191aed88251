package org.waymark.text;

/**
 * The char (UTF-16) offsets of code point offsets in one text, each found from the one asked before: offsets asked in
 * order, as a document's mentions are, cost the distance between them, not the distance from the text's start (which,
 * for every mention of a 50 MB document, adds up to hours). Not thread-safe: one per document and thread.
 */
public final class CharOffsets {
    private final String text;
    private int codePoint;
    private int charIndex;

    public CharOffsets(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /**
     * The char offset of a code point offset.
     *
     * @throws IndexOutOfBoundsException where {@code codePointOffset} lies outside the text
     */
    public int charIndex(int codePointOffset) {
        charIndex = text.offsetByCodePoints(charIndex, codePointOffset - codePoint);
        codePoint = codePointOffset;
        return charIndex;
    }
}
