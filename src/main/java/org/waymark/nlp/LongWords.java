package org.waymark.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Keeps runs of text without a space (a base64 blob, a row of dashes, a hyphen chain, an emoji wall) from costing
 * time with the square of their length: CoreNLP's tokenizer takes 2 s for 10,000 chars of "Tripoli-Tripoli-…" and
 * 73 s for 40,000, and the NER's character n-gram features of one 60,000-char token take minutes. The tokenizer
 * reads the text with a space put in every {@link #MAX_RUN} chars of such a run ({@link #breakRuns}), which moves
 * no offset; the taggers read words of at most {@link #MAX_CHARS} chars ({@link #shorten}); every token keeps its
 * offsets in the real text. No place name is that long.
 */
final class LongWords {

    /** Longer than any place name written as one word. */
    static final int MAX_CHARS = 100;
    /** Longer than any word, and than most URLs. */
    static final int MAX_RUN = 500;

    /**
     * The text, or, where it has runs of more than {@link #MAX_RUN} chars without whitespace, a copy of the same length
     * with a space in place of one char (never half of a surrogate pair) every {@link #MAX_RUN} chars of them.
     */
    static String breakRuns(String text) {
        char[] chars = null;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                run = 0;
            } else if (++run > MAX_RUN && !Character.isSurrogate(c)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
                run = 0;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private LongWords() {
    }

    /** Cuts the word (and value) of each overlong token to its first {@link #MAX_CHARS} chars, between code points. */
    static void shorten(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String word = t.word();
            if (word != null && word.length() > MAX_CHARS) {
                int end = Character.isHighSurrogate(word.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
                t.setWord(word.substring(0, end));
                t.setValue(word.substring(0, end));
            }
        }
    }
}
