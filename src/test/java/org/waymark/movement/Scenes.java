package org.waymark.movement;

import java.util.ArrayList;
import java.util.List;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.Sentence;
import org.waymark.nlp.Token;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;

/**
 * Hand-made sentences for the rules' tests, without CoreNLP or a gazetteer: a parse written a node a line
 * ({@code position word lemma tag head relation [NER]}), the text its words joined by spaces, and the places named
 * by their words.
 */
final class Scenes {
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final DependencyGraph graph;
    private final List<Mention> mentions = new ArrayList<>();

    private Scenes(String conll) {
        StringBuilder text = new StringBuilder();
        StringBuilder six = new StringBuilder();
        for (String line : conll.strip().split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(f[1]);
            tokens.add(new Token(f[1], begin, text.length(), f[3], f[2].toLowerCase(), f.length > 6 ? f[6] : "O"));
            six.append(String.join(" ", java.util.Arrays.copyOf(f, 6))).append('\n');
        }
        this.text = text.toString();
        this.graph = DependencyGraph.parse(six.toString());
    }

    static Scenes parse(String conll) {
        return new Scenes(conll);
    }

    Scenes country(String surface, String countryCode) {
        return add(surface, Toponym.Kind.TOPONYM, new Place(id(surface), surface, 0, 0, "A", "PCLI", countryCode,
                "00", 1_000_000));
    }

    Scenes city(String surface, String countryCode) {
        return add(surface, Toponym.Kind.TOPONYM, new Place(id(surface), surface, 0, 0, "P", "PPL", countryCode,
                "01", 100_000));
    }

    Scenes demonym(String surface, String countryCode, String country) {
        return add(surface, Toponym.Kind.DEMONYM, new Place(id(country), country, 0, 0, "A", "PCLI", countryCode,
                "00", 1_000_000));
    }

    private static long id(String name) {
        return Math.abs((long) name.hashCode());
    }

    private Scenes add(String surface, Toponym.Kind kind, Place place) {
        int start = text.indexOf(surface);
        if (start < 0) {
            throw new IllegalArgumentException(surface + " is not in: " + text);
        }
        Toponym t = new Toponym(start, start + surface.length(), surface, kind, 0);
        mentions.add(new Mention(t, place, 0.9, "test", text));
        return this;
    }

    AnnotatedText text() {
        return AnnotatedText.of(text, List.of(sentence()));
    }

    Sentence sentence() {
        return Sentence.of(0, 0, text.length(), tokens);
    }

    List<Mention> mentions() {
        return mentions;
    }

    DependencyGraph graph() {
        return graph;
    }

    Scene scene() {
        AnnotatedText t = text();
        return Scene.of(t, t.sentences().get(0), graph, mentions);
    }

    /** The parts as "role:name" (with "@trigger" lemma), in the order found. */
    static String parts(List<Part> parts) {
        return String.join(" ", parts.stream().map(p -> p.role().name().toLowerCase() + ":"
                + p.mention().toponym().surface() + "@" + p.trigger().lemma() + (p.implied() ? "~" : "")).toList());
    }
}
