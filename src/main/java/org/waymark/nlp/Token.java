package org.waymark.nlp;

/**
 * One token of an annotated text.
 *
 * @param word  the token as written (CoreNLP's original text)
 * @param begin char (UTF-16) offset in the document text
 * @param end   char offset after the token
 * @param pos   Penn Treebank tag
 * @param lemma lower-case lemma
 * @param ner   CoNLL 4-class tag: LOCATION, PERSON, ORGANIZATION, MISC or O
 */
public record Token(String word, int begin, int end, String pos, String lemma, String ner) {

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
