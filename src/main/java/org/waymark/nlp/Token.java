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

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
