package org.waymark.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A long text cut into consecutive windows of at most {@link #MAX_CHARS} chars, so that the pipeline holds one
 * window's tokens and tags at a time, not a whole 50 MB document's. A window ends, by preference, after a blank line
 * (a paragraph), else after a line break, else after a sentence's full stop, else after a space, in its second half;
 * a text without any of those is cut between two code points. A text of at most {@link #MAX_CHARS} chars, every news
 * article, is one window: it is parsed as it always was.
 */
public final class TextWindows {

    /** Longer than any news article: the longest of the dev corpora and seeds has 13,000 chars. */
    public static final int MAX_CHARS = 100_000;

    private static final String[] BREAKS = {"\n\n", "\n", ". ", " "};

    /**
     * One window.
     *
     * @param begin          char offset of its first char in the text
     * @param end            char offset after its last char
     * @param codePointBegin code point offset of its first char
     */
    public record Window(int begin, int end, int codePointBegin) {

        public String of(String text) {
            return text.substring(begin, end);
        }
    }

    private TextWindows() {
    }

    /** The windows of {@code text}: one, or several that cover it in order without gaps or overlaps. */
    public static List<Window> of(String text) {
        return of(text, MAX_CHARS);
    }

    static List<Window> of(String text, int maxChars) {
        List<Window> windows = new ArrayList<>();
        int begin = 0;
        int codePoint = 0;
        do {
            int end = text.length() - begin <= maxChars ? text.length() : cut(text, begin, begin + maxChars);
            windows.add(new Window(begin, end, codePoint));
            codePoint += text.codePointCount(begin, end);
            begin = end;
        } while (begin < text.length());
        return windows;
    }

    /** Where the window from {@code begin} ends, at most at {@code limit}, past the text's middle. */
    private static int cut(String text, int begin, int limit) {
        int middle = begin + (limit - begin) / 2;
        for (String brk : BREAKS) {
            int at = text.lastIndexOf(brk, limit - brk.length());
            if (at >= middle) {
                return at + brk.length();
            }
        }
        // not between the two halves of a surrogate pair (an emoji, a CJK extension character)
        return Character.isLowSurrogate(text.charAt(limit)) && Character.isHighSurrogate(text.charAt(limit - 1))
                ? limit - 1 : limit;
    }
}
