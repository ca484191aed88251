package org.waymark.recognize;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.waymark.gazetteer.Names;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.Sentence;
import org.waymark.nlp.Token;

/**
 * The names of diseases and their agents in a document, which are no places whatever the tagger or the gazetteer
 * say: the capitalised words before "virus", "fever", … ("West Nile virus", "Reston ebolavirus", "Lassa fever"). One
 * sense per document: a bare "Ebola" elsewhere in it is the disease. Gold corpora never count these as places; "the
 * Sudan strain" names the place.
 */
final class DiseaseNames {
    private static final Pattern DISEASE_WORD = Pattern.compile("(virus|viruses|ebolavirus|fever|encephalitis)");
    /** A document without disease names (a sentence looked at alone). */
    static final DiseaseNames NONE = new DiseaseNames(Set.of());

    private final Set<String> names;

    private DiseaseNames(Set<String> names) {
        this.names = names;
    }

    static DiseaseNames of(AnnotatedText text) {
        Set<String> names = new HashSet<>();
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                if (!isDiseaseWord(tokens.get(i))) {
                    continue;
                }
                int from = i;
                while (from > 0 && tokens.get(from - 1).isCapitalized()) {
                    from--;
                }
                for (int k = from; k < i; k++) {
                    // "West Nile" and "Nile" of "West Nile virus"
                    names.add(Names.normalize(Span.join(tokens, k, i)));
                }
            }
        }
        return new DiseaseNames(names);
    }

    /** The span is no demonym and names a disease of the document, or a disease word follows it. */
    boolean names(Span s, List<Token> tokens) {
        return !s.demonym() && (names.contains(Names.normalize(s.words(tokens)))
                || s.to() < tokens.size() && isDiseaseWord(tokens.get(s.to())));
    }

    private static boolean isDiseaseWord(Token t) {
        return DISEASE_WORD.matcher(t.word().toLowerCase(Locale.ROOT)).matches();
    }
}
