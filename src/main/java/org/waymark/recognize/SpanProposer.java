package org.waymark.recognize;

import java.util.List;
import org.waymark.nlp.Token;

/** Proposes the token ranges of one sentence that may be names of places; filters decide which stay. */
interface SpanProposer {
    List<Span> propose(List<Token> tokens);
}
