package org.waymark.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waymark.recognize.Fixtures.demonym;
import static org.waymark.recognize.Fixtures.gazetteer;
import static org.waymark.recognize.Fixtures.span;
import static org.waymark.recognize.Fixtures.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What overrides the soft filters, and what joins lists of places, each alone on hand-made tokens. */
class SpanSupportsTest {

    @Test
    void containerPairs() {
        ContainerPairs pairs = new ContainerPairs(gazetteer());
        Span holliday = span(1, 2);
        Span missouri = span(3, 4);
        assertEquals(Set.of(holliday, missouri),
                pairs.find(List.of(holliday, missouri), tokens("in Holliday/NNP/PERSON , Missouri/NNP")));
        // Seattle is not in Missouri
        assertEquals(Set.of(), pairs.find(List.of(span(1, 2), span(3, 4)), tokens("in Seattle , Missouri")));
    }

    @Test
    void afterLocativePreposition() {
        AfterLocativePreposition after = new AfterLocativePreposition(gazetteer());
        assertTrue(after.supports(span(1, 2), tokens("near Tyler/NNP/PERSON today")));
        assertFalse(after.supports(span(1, 2), tokens("near Walsh/NNP/PERSON today")));    // a village of 500
        assertFalse(after.supports(span(1, 2), tokens("in Tyler/NNP/PERSON 's speech")));
        assertFalse(after.supports(span(1, 2), tokens("with Tyler/NNP/PERSON today")));
    }

    @Test
    void documentLocations() {
        List<org.waymark.nlp.Token> first = tokens("back to Tyler/NNP/LOCATION in May");
        List<org.waymark.nlp.Token> second = tokens("power returned to Tyler/NNP/ORGANIZATION today");
        List<org.waymark.nlp.Token> third = tokens("the New/NNP/LOCATION York/NNP/LOCATION office");
        DocumentLocations located = DocumentLocations.of(List.of(first, second, third));
        // a name NER tagged LOCATION in one sentence holds in another, whatever the tagger says there
        assertTrue(located.holds(span(3, 4), second));
        assertTrue(located.holds(span(0, 1), tokens("tyler/NN officials")));   // the name, as the gazetteer sees it
        assertTrue(located.holds(span(1, 3), tokens("in New/NNP/ORGANIZATION York/NNP/ORGANIZATION")));
        // a part of a longer location is not the location; nor is a name the gazetteer does not know
        assertFalse(located.holds(span(1, 2), tokens("in York/NNP today")));
        assertFalse(located.holds(new Span(0, 1, true, false, false), tokens("Tyler/NNP")));
        assertFalse(DocumentLocations.of(List.of(second)).holds(span(3, 4), second));
        assertFalse(DocumentLocations.NONE.holds(span(3, 4), second));
    }

    @Test
    void listMembers() {
        Span migori = span(1, 2);
        Span kisumu = span(3, 4);
        assertTrue(ListMembers.joins(migori, Set.of(kisumu), tokens("in Migori and Kisumu")));
        assertTrue(ListMembers.joins(migori, Set.of(kisumu), tokens("in Migori , Kisumu")));
        assertFalse(ListMembers.joins(migori, Set.of(kisumu), tokens("in Migori near Kisumu")));
        assertFalse(ListMembers.joins(migori, Set.of(), tokens("in Migori and Kisumu")));
        // a person's first name: "in Georgia, Adam Khamirzayev"
        assertFalse(ListMembers.joins(span(3, 4), Set.of(span(1, 2)),
                tokens("in Kisumu , Walsh/NNP/PERSON Adam/NNP/PERSON")));
        assertFalse(ListMembers.joins(demonym(1), Set.of(kisumu), tokens("in Turkish and Kisumu")));
    }

    @Test
    void diseaseNamesHoldForTheDocument() {
        List<org.waymark.nlp.Token> first = tokens("the West/NNP Nile/NNP virus spread");
        List<org.waymark.nlp.Token> second = tokens("Nile/NNP cases rose");
        DiseaseNames diseases = DiseaseNames.of(org.waymark.nlp.AnnotatedText.of("", List.of(
                org.waymark.nlp.Sentence.of(0, 0, 0, first), org.waymark.nlp.Sentence.of(1, 0, 0, second))));
        // "Nile" of "West Nile virus", alone in another sentence, is the disease too; "West Nile" before "virus"
        assertTrue(diseases.names(span(0, 1), second));
        assertTrue(diseases.names(span(1, 3), first));
        assertFalse(diseases.names(span(0, 1), tokens("Tyler spoke")));
        // a disease word right after the name, in any document; a demonym never
        assertTrue(DiseaseNames.NONE.names(span(0, 1), tokens("Tyler fever spread")));
        assertFalse(DiseaseNames.NONE.names(demonym(0), tokens("Turkish fever spread")));
    }
}
