package org.waymark.recognize;

import java.util.ArrayList;
import java.util.List;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Names;
import org.waymark.nlp.Token;

/**
 * Proposes each run of tokens NER tagged LOCATION, known to the gazetteer or not; a single hyphenated word the
 * gazetteer does not know ("Russia-Turkey") is left to {@link HyphenatedNames}, which looks at its parts one by one.
 */
final class LocationRuns implements SpanProposer {
    private final Gazetteer gazetteer;

    LocationRuns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Span> propose(List<Token> tokens) {
        List<Span> proposals = new ArrayList<>();
        for (int[] run : runs(tokens)) {
            int i = run[0];
            int j = run[1];
            boolean known = gazetteer.isName(Names.normalize(Span.join(tokens, i, j)));
            if (known || j > i + 1 || tokens.get(i).word().indexOf('-') < 0) {
                proposals.add(new Span(i, j, true, known, false));
            }
        }
        return proposals;
    }

    /** The runs of tokens NER tagged LOCATION, each as {from, to}. */
    static List<int[]> runs(List<Token> tokens) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            if (!tokens.get(i).ner().equals("LOCATION")) {
                i++;
                continue;
            }
            int j = i;
            while (j < tokens.size() && tokens.get(j).ner().equals("LOCATION")) {
                j++;
            }
            runs.add(new int[] {i, j});
            i = j;
        }
        return runs;
    }
}
