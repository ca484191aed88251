package org.waymark.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.Sentence;
import org.waymark.nlp.Token;
import org.waymark.recognize.Toponym;

/**
 * A document written by hand for the resolver parts' tests, without CoreNLP or a gazetteer: one sentence of
 * tokens {@code word/TAG} (tag NN when left out) joined by spaces, a token starting with {@code +} glued to the one
 * before ("Paris +, Texas" is "Paris, Texas"), toponyms in brackets ("[New York]/NNP" or "[New/NNP York]/NNP"),
 * and the candidates of each name given by {@link #candidates}.
 */
final class Fixture {
    private final String text;
    private final List<Token> tokens;
    private final List<Toponym> toponyms;
    private final Map<String, List<Place>> candidates = new HashMap<>();

    private Fixture(String text, List<Token> tokens, List<Toponym> toponyms) {
        this.text = text;
        this.tokens = tokens;
        this.toponyms = toponyms;
    }

    static Fixture parse(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Toponym> toponyms = new ArrayList<>();
        int open = -1;
        for (String item : tagged.strip().split("\\s+")) {
            boolean glued = item.startsWith("+");
            String token = glued ? item.substring(1) : item;
            int slash = token.lastIndexOf('/');
            String word = slash > 0 ? token.substring(0, slash) : token;
            String tag = slash > 0 ? token.substring(slash + 1) : "NN";
            boolean opens = word.startsWith("[");
            boolean closes = word.endsWith("]") && word.length() > 1;
            word = word.replace("[", "").replace("]", "");
            if (text.length() > 0 && !glued) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            tokens.add(new Token(word, begin, text.length(), tag, word.toLowerCase(Locale.ROOT), "O"));
            open = opens ? begin : open;
            if (closes) {
                String surface = text.substring(open, text.length());
                toponyms.add(new Toponym(open, text.length(), surface, Toponym.Kind.TOPONYM, 0));
            }
        }
        return new Fixture(text.toString(), tokens, toponyms);
    }

    /** The candidates of every toponym written {@code surface}. */
    Fixture candidates(String surface, Place... places) {
        candidates.put(surface, List.of(places));
        return this;
    }

    AnnotatedText text() {
        return AnnotatedText.of(text, List.of(Sentence.of(0, 0, text.length(), tokens)));
    }

    List<Toponym> toponyms() {
        return toponyms;
    }

    /** The toponyms grouped by name, each looked up among the candidates given. */
    DocumentSenses senses() {
        return OneSensePerDocument.group(text(), toponyms, t -> new Candidates(Names.normalize(t.surface()),
                candidates.getOrDefault(t.surface(), List.of()), "test", false));
    }

    /** The index of the toponym written {@code surface} (the first, or the {@code nth} from 0). */
    int mention(String surface, int nth) {
        int seen = 0;
        for (int i = 0; i < toponyms.size(); i++) {
            if (toponyms.get(i).surface().equals(surface) && seen++ == nth) {
                return i;
            }
        }
        throw new IllegalArgumentException(surface + " is not a toponym of: " + text);
    }

    int mention(String surface) {
        return mention(surface, 0);
    }

    /** The score of candidate {@code p} of the name {@code surface}, by a scorer set up for this document. */
    double score(Function<DocumentSenses, CandidateScorer> scorer, String surface, Place p) {
        DocumentSenses d = senses();
        Sense sense = sense(d, surface);
        return scorer.apply(d).score(sense, sense.places().indexOf(p), Map.of());
    }

    static Sense sense(DocumentSenses document, String surface) {
        return document.senses().stream().filter(s -> s.key().equals("TOPONYM:" + Names.normalize(surface)))
                .findFirst().orElseThrow();
    }

    static Place town(long id, String name, String country, String admin1, double lat, double lon, long people) {
        return new Place(id, name, lat, lon, "P", "PPL", country, admin1, people);
    }

    static Place capital(long id, String name, String country, String admin1, double lat, double lon) {
        return new Place(id, name, lat, lon, "P", "PPLC", country, admin1, 1_000_000);
    }

    static Place division(long id, String name, String country, String admin1, double lat, double lon) {
        return new Place(id, name, lat, lon, "A", "ADM1", country, admin1, 2_000_000);
    }

    static Place county(long id, String name, String country, String admin1) {
        return new Place(id, name, 0, 0, "A", "ADM2", country, admin1, 50_000);
    }

    static Place country(long id, String name, String country, double lat, double lon) {
        return new Place(id, name, lat, lon, "A", "PCLI", country, "00", 10_000_000);
    }
}
