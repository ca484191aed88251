package org.waymark.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.recognize.Fixtures.gazetteer;
import static org.waymark.recognize.Fixtures.span;
import static org.waymark.recognize.Fixtures.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.nlp.Token;

/** Names inside hyphenated words, on hand-made tokens. */
class HyphenatedNamesTest {
    private final HyphenatedNames names = new HyphenatedNames(gazetteer(), new NotableNames(gazetteer()));

    private List<String> found(String sentence, List<Span> chosen) {
        String text = String.join(" ", tokens(sentence).stream().map(Token::word).toList());
        return names.find(tokens(sentence), chosen).stream()
                .map(p -> text.substring(p.begin(), p.end()) + ":" + p.kind()).toList();
    }

    @Test
    void notablePlacesAndDemonymsInsideAWord() {
        assertEquals(List.of("Seattle:TOPONYM"), found("the Seattle-based company", List.of()));
        assertEquals(List.of("Turkish:DEMONYM", "Russian:DEMONYM"), found("Turkish-Russian talks", List.of()));
        // a small town is no notable name: "Holliday-based" stays a word
        assertEquals(List.of(), found("a Holliday-based firm", List.of()));
    }

    @Test
    void theWordsBeforeMayBeginTheName() {
        assertEquals(List.of("New York:TOPONYM"), found("a New York-based bank", List.of()));
    }

    @Test
    void aWordAChosenSpanCoversIsLeftAlone() {
        assertEquals(List.of(), found("the Seattle-based company", List.of(span(1, 2))));
    }
}
