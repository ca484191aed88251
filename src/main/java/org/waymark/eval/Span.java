package org.waymark.eval;

/**
 * A half-open range of code point offsets into a document's text, as {@code Toponym.start/end} are.
 *
 * @param start offset of the first code point
 * @param end   offset after the last code point
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span needs 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    /** True when the two spans share at least one code point. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** How many code points the two spans share (0 when they do not overlap). */
    public int overlapLength(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }
}
