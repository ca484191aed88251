package org.waymark.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.Sentence;
import org.waymark.nlp.Token;
import org.waymark.recognize.Toponym;

/**
 * After choosing: a capital named as an actor stands for its government, so for its country ("Washington has
 * provided support"). It is a reading of a mention, not a sense of the name, so it is a step of its own after the
 * choice, mention by mention; only a capital whose name also names a country or first-level division (Washington,
 * the state) is replaced, wherever it acts or owns ("Washington's belief"). An unambiguous capital that acts
 * ("Ottawa will have to…") keeps its city, as gazetteers and annotated news corpora do.
 */
final class Metonymy {
    /** Nouns that, just before a capital's name, make it the city: "Kenya's capital Nairobi has been hit". */
    private static final Set<String> LITERAL_HEADS = Set.of("capital", "city", "town", "downtown", "suburb");

    private final Function<String, Optional<Place>> countryOf;

    /** @param countryOf the country of a country code ({@code Gazetteer#country}) */
    Metonymy(Function<String, Optional<Place>> countryOf) {
        this.countryOf = countryOf;
    }

    /** The place each toponym stands for: its name's choice, or the country of a capital that acts. */
    List<Place> readings(DocumentSenses document, Map<String, Choice> choices) {
        AnnotatedText text = document.text();
        List<Toponym> toponyms = document.toponyms();
        List<Place> chosen = new ArrayList<>(toponyms.size());
        boolean[] acts = new boolean[toponyms.size()];
        Set<String> governments = new HashSet<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            Sense sense = document.senseOf().get(i);
            Choice choice = choices.get(sense.key());
            Place p = choice == null ? null : choice.place();
            chosen.add(p);
            acts[i] = p != null && actsAsGovernment(text, t, text.sentences().get(t.sentence()), p);
            if (acts[i] && alsoNamesARegion(sense.places(), p)) {
                governments.add(sense.key());
            }
        }
        List<Place> readings = new ArrayList<>(toponyms.size());
        for (int i = 0; i < toponyms.size(); i++) {
            Place p = chosen.get(i);
            if (p != null && governments.contains(document.senseOf().get(i).key())
                    && (acts[i] || possessive(text, toponyms.get(i)))) {
                p = countryOf.apply(p.countryCode()).orElse(p);
            }
            readings.add(p);
        }
        return readings;
    }

    /** "Washington's belief": the name is followed by a possessive. */
    static boolean possessive(AnnotatedText text, Toponym t) {
        String s = text.text();
        int end = s.offsetByCodePoints(0, t.end());
        return s.startsWith("'s", end) || s.startsWith("’s", end);
    }

    /**
     * The acting capital's name also names a country or first-level division elsewhere (Washington, the state):
     * then neither the city nor the region is meant, but the government.
     */
    static boolean alsoNamesARegion(List<Place> candidates, Place capital) {
        return candidates.stream().anyMatch(c -> c.geonameid() != capital.geonameid()
                && (c.isAdmin1() || c.isCountry()));
    }

    /**
     * A national capital that is the subject of a finite verb ("Washington has", "Beijing said"), unless a
     * preposition, an article or a noun like "capital" before it makes it the city.
     */
    static boolean actsAsGovernment(AnnotatedText text, Toponym t, Sentence s, Place p) {
        if (!p.featureCode().equals("PPLC")) {
            return false;
        }
        List<Token> tokens = s.tokens();
        Optional<Integer> last = lastTokenOf(text, t, tokens);
        if (last.isEmpty() || last.get() + 1 >= tokens.size()) {
            return false;
        }
        int first = last.get();
        while (first > 0 && tokens.get(first - 1).isCapitalized()) {
            first--;
        }
        if (first > 0) {
            String before = tokens.get(first - 1).pos();
            if (before.equals("IN") || before.equals("TO") || before.equals("DT")
                    || LITERAL_HEADS.contains(tokens.get(first - 1).lemma())) {
                return false;   // "in Nairobi", "the capital Nairobi has been hit": the city itself
            }
        }
        Token next = tokens.get(last.get() + 1);
        return next.pos().equals("VBZ") || next.pos().equals("VBD") || next.pos().equals("MD")
                || next.pos().equals("VBP");
    }

    /** The index of the token that ends the toponym. */
    private static Optional<Integer> lastTokenOf(AnnotatedText text, Toponym t, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (text.codePointOffset(tokens.get(i).end()) == t.end()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
