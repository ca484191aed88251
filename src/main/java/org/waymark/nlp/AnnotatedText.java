package org.waymark.nlp;

import java.util.List;

/** A text split into sentences and tagged tokens; converts the char offsets of tokens to code point offsets. */
public final class AnnotatedText {
    private final String text;
    private final List<Sentence> sentences;
    /** codePoints[i] = code point offset of char offset i; null when the text has no surrogate pairs. */
    private final int[] codePoints;

    AnnotatedText(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.codePoints = text.codePointCount(0, text.length()) == text.length() ? null : codePointTable(text);
    }

    /** A text and its sentences as another tokenizer (or a test) made them. */
    public static AnnotatedText of(String text, List<Sentence> sentences) {
        return new AnnotatedText(text, sentences);
    }

    private static int[] codePointTable(String text) {
        int[] table = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        table[text.length()] = cp;
        return table;
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The code point offset of a char offset. */
    public int codePointOffset(int charOffset) {
        return codePoints == null ? charOffset : codePoints[charOffset];
    }

    /** The text of a sentence, as written. */
    public String sentenceText(Sentence sentence) {
        return text.substring(sentence.begin(), sentence.end());
    }
}
