package org.waymark.recognize;

import java.util.List;
import org.waymark.nlp.Token;

/**
 * One test a proposed name must pass, in the manner of Lucene's {@code FilteringTokenFilter.accept}: true keeps it.
 * A test on parts of speech passes a token the POS tagger has not tagged ({@link ToponymRecognizer#mayFind}).
 */
@FunctionalInterface
interface SpanFilter {
    boolean accept(Span s, List<Token> tokens);
}
