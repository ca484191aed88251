package org.waymark.nlp;

/**
 * One token of an annotated text.
 *
 * @param word  the token as written (CoreNLP's original text)
 * @param begin char (UTF-16) offset in the document text
 * @param end   char offset after the token
 * @param pos   Penn Treebank tag; "" in a sentence that was not tagged (see {@link NlpPipeline#annotate(String,
 *              java.util.function.Predicate, java.util.function.Predicate)})
 * @param lemma lower-case lemma; the lower-case word in a sentence that was not tagged
 * @param ner   CoNLL 4-class tag: LOCATION, PERSON, ORGANIZATION, MISC or O
 */
public record Token(String word, int begin, int end, String pos, String lemma, String ner) {

    /** Whether the POS tagger has tagged it ({@link #pos} and {@link #lemma} are the tagger's). */
    public boolean isTagged() {
        return !pos.isEmpty();
    }

    /** Written as a name starts: with a capital, or with a letter of a script that has no case (Arabic). */
    public boolean isCapitalized() {
        return !word.isEmpty() && startsName(word.codePointAt(0));
    }

    /**
     * Written in a script without case (Arabic: "حلب"): the English taggers cannot judge it, and capitals cannot
     * mark it as a name.
     */
    public boolean isCaseless() {
        return isCaseless(word);
    }

    /** Whether every letter of {@code text}, and there is one, belongs to a script without case. */
    public static boolean isCaseless(String text) {
        return text.codePoints().anyMatch(Character::isLetter) && text.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.getType(c) == Character.OTHER_LETTER);
    }

    /** A capital, or a letter of a script without case ("حلب"): where a name may start. */
    public static boolean startsName(int codePoint) {
        return Character.isUpperCase(codePoint) || Character.getType(codePoint) == Character.OTHER_LETTER;
    }
}
