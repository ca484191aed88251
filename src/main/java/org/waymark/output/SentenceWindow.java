package org.waymark.output;

import org.waymark.text.CharOffsets;

/**
 * The {@code sentence} column's text: the sentence of a mention or movement as it is, or, where it is longer than
 * {@link #MAX_CHARS} (a list of 300 places, a table the sentence splitter did not split), a window of it around the
 * mention or evidence, cut at word boundaries and marked with "…" where it was cut. A whole 35,000-character sentence
 * in every one of its mentions' rows would make the file hundreds of times larger and no easier to read.
 */
final class SentenceWindow {

    /** The most characters (UTF-16 chars, "…" included) the column holds. */
    static final int MAX_CHARS = 400;
    private static final String ELLIPSIS = "…";

    private SentenceWindow() {
    }

    /**
     * The sentence, or a window of at most {@link #MAX_CHARS} around the span {@code [start, end)} (code point
     * offsets in the document's text). Where the sentence cannot be found in the text at the span, the window is its
     * beginning.
     */
    static String around(CharOffsets document, String sentence, int start, int end) {
        if (sentence == null || sentence.length() <= MAX_CHARS) {
            return sentence;
        }
        int from = 0;
        int to = 0;
        try {
            int charStart = document.charIndex(start);
            int charEnd = document.charIndex(Math.max(start, end));
            String documentText = document.text();
            int at = documentText.lastIndexOf(sentence, charStart);
            if (at >= 0 && at + sentence.length() >= charEnd) {
                from = charStart - at;
                to = charEnd - at;
            }
        } catch (IndexOutOfBoundsException e) {
            // offsets beyond the text: the beginning, as said
        }
        return window(sentence, from, to);
    }

    /** At most {@link #MAX_CHARS} of {@code text} around {@code [from, to)} (char indexes), cut between words. */
    static String window(String text, int from, int to) {
        int budget = MAX_CHARS - 2 * ELLIPSIS.length();
        if (to - from > budget) {
            to = from + budget;
        }
        int extra = budget - (to - from);
        int left = Math.max(0, from - extra / 2);
        int right = Math.min(text.length(), left + budget);
        if (right - left < budget) {
            left = Math.max(0, right - budget);
        }
        // between words: drop the partial word at each cut end, unless that would eat into the span
        if (left > 0 && !Character.isWhitespace(text.charAt(left - 1))) {
            int space = indexOfWhitespace(text, left, from);
            if (space >= 0) {
                left = space + 1;
            }
        }
        if (right < text.length() && !Character.isWhitespace(text.charAt(right))) {
            int space = lastIndexOfWhitespace(text, right, to);
            if (space >= 0) {
                right = space;
            }
        }
        if (left > 0 && Character.isLowSurrogate(text.charAt(left))) {
            left++;
        }
        if (right < text.length() && right > 0 && Character.isHighSurrogate(text.charAt(right - 1))) {
            right--;
        }
        return (left > 0 ? ELLIPSIS : "") + text.substring(left, right).strip()
                + (right < text.length() ? ELLIPSIS : "");
    }

    private static int indexOfWhitespace(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfWhitespace(String text, int from, int limit) {
        for (int i = from - 1; i >= limit; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
