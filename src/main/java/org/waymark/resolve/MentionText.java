package org.waymark.resolve;

import java.util.List;
import java.util.Locale;
import org.waymark.recognize.Toponym;

/**
 * What is written between and around the toponyms of a text: the local clues read "Springfield, Illinois", "Homs
 * and Hama", "the city of Mosul" from it. Toponyms count code points; this class finds their char offsets once.
 */
final class MentionText {
    private final String text;
    private final int maxGap;
    private final int[] starts;
    private final int[] ends;

    /**
     * @param toponyms in text order
     * @param maxGap   two toponyms further apart than this many characters are not read together
     */
    MentionText(String text, List<Toponym> toponyms, int maxGap) {
        this.text = text;
        this.maxGap = maxGap;
        this.starts = new int[toponyms.size()];
        this.ends = new int[toponyms.size()];
        int cp = 0;
        int ch = 0;
        for (int i = 0; i < toponyms.size(); i++) {
            // toponyms come in text order: walk the code points once
            for (int target : new int[]{toponyms.get(i).start(), toponyms.get(i).end()}) {
                if (target < cp) {
                    cp = 0;
                    ch = 0;
                }
                while (cp < target && ch < text.length()) {
                    ch += Character.charCount(text.codePointAt(ch));
                    cp++;
                }
                if (target == toponyms.get(i).start()) {
                    starts[i] = ch;
                } else {
                    ends[i] = ch;
                }
            }
        }
    }

    int size() {
        return starts.length;
    }

    /** The text between toponyms {@code a} and {@code b}, trimmed and lower-cased; "?" when they are far apart. */
    String between(int a, int b) {
        int from = ends[a];
        int to = starts[b];
        if (to < from || to - from > maxGap) {
            return "?";
        }
        return text.substring(from, to).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the toponyms at {@code a} and {@code b} (a before b) are neighbours in a list: "A, B", "A and B". */
    boolean listed(int a, int b) {
        String gap = between(a, b);
        return gap.equals(",") || gap.equals("and") || gap.equals(", and") || gap.equals("or") || gap.equals(", or");
    }

    /** The word right after the toponym, lower-cased: "province", "gov". */
    String wordAfter(int i) {
        int from = ends[i];
        while (from < text.length() && text.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** The two words before the toponym, lower-cased: "city of". */
    String wordsBefore(int i) {
        int to = starts[i];
        int from = Math.max(0, to - 20);
        String[] words = text.substring(from, to).strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length < 2 ? "" : words[words.length - 2] + " " + words[words.length - 1];
    }
}
