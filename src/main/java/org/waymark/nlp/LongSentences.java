package org.waymark.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the sentences of CoreNLP's splitter into pieces of at most {@link #MAX_TOKENS} tokens. A text without
 * sentence breaks (a 5 MB line, a table, a list of 3,000 names) would otherwise be one "sentence" that the tagger,
 * NER and parser take whole, in time and memory that grow with it. A piece ends after the last comma, semicolon or
 * colon of its second half where it has one; a news sentence is far shorter and stays as it is.
 */
final class LongSentences {

    /** Longer than a news sentence; long enough for a list sentence's names to keep most of their context. */
    static final int MAX_TOKENS = 250;

    private LongSentences() {
    }

    /**
     * The sentences of {@code text}, each with at most {@link #MAX_TOKENS} tokens, numbered as CoreNLP numbers them
     * (sentence index, token indexes from 1 within the sentence, token begin and end in the text).
     */
    static List<CoreMap> capped(String text, List<CoreMap> sentences) {
        if (sentences.stream().allMatch(s -> tokens(s).size() <= MAX_TOKENS)) {
            return sentences;
        }
        List<CoreMap> out = new ArrayList<>(sentences.size() + 16);
        int tokenOffset = 0;
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = tokens(s);
            for (int from = 0; from < labels.size(); ) {
                int to = end(labels, from);
                out.add(sentence(text, labels.subList(from, to), out.size(), tokenOffset));
                tokenOffset += to - from;
                from = to;
            }
        }
        return out;
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }

    /** Where the piece from {@code from} ends. */
    private static int end(List<CoreLabel> labels, int from) {
        int limit = from + MAX_TOKENS;
        if (limit >= labels.size()) {
            return labels.size();
        }
        for (int i = limit - 1; i >= from + MAX_TOKENS / 2; i--) {
            String word = labels.get(i).word();
            if (",".equals(word) || ";".equals(word) || ":".equals(word)) {
                return i + 1;
            }
        }
        return limit;
    }

    /** A sentence as CoreNLP's splitter makes one. */
    private static CoreMap sentence(String text, List<CoreLabel> labels, int index, int tokenOffset) {
        int begin = labels.get(0).beginPosition();
        int end = labels.get(labels.size() - 1).endPosition();
        Annotation sentence = new Annotation(text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        List<CoreLabel> tokens = new ArrayList<>(labels);
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setIndex(i + 1);
            tokens.get(i).setSentIndex(index);
        }
        return sentence;
    }
}
