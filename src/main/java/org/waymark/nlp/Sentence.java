package org.waymark.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/** A sentence: its tokens and its span (char offsets) in the document text. */
public final class Sentence {
    private final int index;
    private final int begin;
    private final int end;
    private final List<Token> tokens;
    /** CoreNLP's own sentence, kept so that the dependency parse can run later, only where it is needed. */
    final CoreMap coreMap;

    Sentence(int index, int begin, int end, List<Token> tokens, CoreMap coreMap) {
        this.index = index;
        this.begin = begin;
        this.end = end;
        this.tokens = List.copyOf(tokens);
        this.coreMap = coreMap;
    }

    /** A sentence made elsewhere than by CoreNLP (a test's, say): it cannot be parsed by {@link NlpPipeline}. */
    public static Sentence of(int index, int begin, int end, List<Token> tokens) {
        return new Sentence(index, begin, end, tokens, null);
    }

    public int index() {
        return index;
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    public List<Token> tokens() {
        return tokens;
    }
}
