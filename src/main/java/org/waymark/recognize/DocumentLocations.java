package org.waymark.recognize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.waymark.gazetteer.Names;
import org.waymark.nlp.Token;

/**
 * One sense per discourse, for recognition: the names that NER tags LOCATION somewhere in the document. Elsewhere in
 * the same document the tagger may call the same name an organisation or nothing ("move back to Innisfail" a
 * location, then "power is restored in Innisfail" an organisation, "the Innisfail skater" untagged); a town the
 * document has already placed is the same town there. This support overrides the soft filters but not the person
 * test: "Washington" the place and "Washington said" the man do share documents.
 */
final class DocumentLocations {
    static final DocumentLocations NONE = new DocumentLocations(Set.of());

    private final Set<String> names;

    private DocumentLocations(Set<String> names) {
        this.names = names;
    }

    /** The names of the runs of LOCATION tokens in the sentences of one document. */
    static DocumentLocations of(List<List<Token>> sentences) {
        Set<String> names = new HashSet<>();
        for (List<Token> tokens : sentences) {
            for (int[] run : LocationRuns.runs(tokens)) {
                names.add(Names.normalize(Span.join(tokens, run[0], run[1])));
            }
        }
        return new DocumentLocations(Set.copyOf(names));
    }

    /** Whether a gazetteer name is one that NER tagged as a location somewhere in the document. */
    boolean holds(Span s, List<Token> tokens) {
        return s.gazetteer() && !names.isEmpty() && names.contains(Names.normalize(s.words(tokens)));
    }
}
