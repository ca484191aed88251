package org.waymark.recognize;

import java.util.List;
import java.util.Set;
import org.waymark.gazetteer.Names;
import org.waymark.nlp.Token;

/** Names that, alone, are never one place in news: "the West", "the East". */
final class NotVague implements SpanFilter {
    private static final Set<String> VAGUE = Set.of("west", "east", "north", "south", "the west", "the east",
            "the north", "the south", "midwest", "orient", "occident");

    @Override
    public boolean accept(Span s, List<Token> tokens) {
        return !VAGUE.contains(Names.normalize(s.words(tokens)));
    }
}
