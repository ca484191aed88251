package org.waymark.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.recognize.Fixtures.gazetteer;
import static org.waymark.recognize.Fixtures.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.nlp.Token;

/** Each span proposer alone, on hand-made tokens and the hand-made gazetteer. */
class SpanProposersTest {

    private static List<String> words(SpanProposer p, String sentence) {
        List<Token> tokens = tokens(sentence);
        return p.propose(tokens).stream().map(s -> s.words(tokens)).toList();
    }

    @Test
    void gazetteerMatchesTakeTheLongestNameAtEachStart() {
        SpanProposer p = new GazetteerMatches(gazetteer());
        assertEquals(List.of("New York", "York", "York"), words(p, "flights from New York to York"));
        assertEquals(List.of("Bosnia and Herzegovina"), words(p, "troops in Bosnia and Herzegovina"));
        // an Arabic article before a capital starts a name; "middle" starts one only before a capital
        assertEquals(List.of("ar-Raqqah"), words(p, "the outskirts of ar-Raqqah"));
        assertEquals(List.of("middle East"), words(p, "across the middle East"));
        assertEquals(List.of(), words(p, "the middle of the road"));
        // two countries joined by "and" are read as two, though the UN names a region so
        assertEquals(List.of("Australia", "New Zealand"), words(p, "Australia and New Zealand agreed"));
        // lower case is no name: "york" alone
        assertEquals(List.of(), words(p, "new york style pizza"));
    }

    @Test
    void gazetteerMatchesSayWhetherNerTaggedAllOfThemALocation() {
        List<Token> tokens = tokens("in New/NNP/LOCATION York/NNP/LOCATION and Seattle/NNP/ORGANIZATION");
        List<Span> spans = new GazetteerMatches(gazetteer()).propose(tokens);
        assertEquals(List.of(true, true, false), spans.stream().map(Span::ner).toList());
    }

    @Test
    void locationRunsAreProposedKnownOrNot() {
        SpanProposer p = new LocationRuns(gazetteer());
        List<Token> tokens = tokens("from Zorblax/NNP/LOCATION Heights/NNP/LOCATION to Syria/NNP/LOCATION");
        List<Span> spans = p.propose(tokens);
        assertEquals(List.of("Zorblax Heights", "Syria"), spans.stream().map(s -> s.words(tokens)).toList());
        assertEquals(List.of(false, true), spans.stream().map(Span::gazetteer).toList());
        // one unknown hyphenated word is left to HyphenatedNames
        assertEquals(List.of(), words(p, "the Russia-Turkey/NNP/LOCATION deal"));
    }

    @Test
    void demonymWordsAreCapitalisedDemonyms() {
        SpanProposer p = new DemonymWords(gazetteer());
        assertEquals(List.of("Turkish", "Afghans"), words(p, "a Turkish policeman and many Afghans"));
        assertEquals(List.of(), words(p, "a turkish bath"));
    }
}
