package org.waymark.text;

import java.util.regex.Pattern;

/** Titles of plain-text and Markdown articles, which carry no metadata: the headline is the first line, if any. */
final class PlainText {

    /** Longer first lines are the article's first paragraph, not a headline. */
    static final int MAX_TITLE = 200;

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    /** "… into the U.S." ends with a full stop but is still a headline. */
    private static final Pattern ENDS_WITH_INITIALISM = Pattern.compile("(?:\\p{L}\\.){2,}$");

    private PlainText() {
    }

    /**
     * The first non-empty line, when it reads like a headline: at most {@value #MAX_TITLE} characters, more text
     * follows it, and it does not end with a full stop (a headline rarely does; a first paragraph does). In
     * Markdown a {@code #} heading is always taken, without its {@code #} marks.
     *
     * @return the title, or null
     */
    static String title(String text, boolean markdown) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                boolean moreFollows = !text.substring(end).isBlank();
                return headline(line, markdown, moreFollows);
            }
            start = end + 1;
        }
        return null;
    }

    private static String headline(String line, boolean markdown, boolean moreFollows) {
        if (markdown) {
            var heading = MARKDOWN_HEADING.matcher(line);
            if (heading.matches()) {
                String title = heading.group(1);
                return title.isEmpty() || tooLong(title) ? null : title;
            }
        }
        if (!moreFollows || tooLong(line)) {
            return null;
        }
        if (line.endsWith(".") && !ENDS_WITH_INITIALISM.matcher(line).find()) {
            return null;
        }
        return line;
    }

    private static boolean tooLong(String line) {
        return line.codePointCount(0, line.length()) > MAX_TITLE;
    }
}
