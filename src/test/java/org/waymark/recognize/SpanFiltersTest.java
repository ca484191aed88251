package org.waymark.recognize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waymark.recognize.Fixtures.demonym;
import static org.waymark.recognize.Fixtures.gazetteer;
import static org.waymark.recognize.Fixtures.nerSpan;
import static org.waymark.recognize.Fixtures.span;
import static org.waymark.recognize.Fixtures.tokens;

import org.junit.jupiter.api.Test;

/** Each span filter alone, on hand-made tokens (and the hand-made gazetteer where a filter asks one). */
class SpanFiltersTest {
    private final NotableNames notable = new NotableNames(gazetteer());

    @Test
    void notACommonWord() {
        SpanFilter f = new NotACommonWord();
        assertFalse(f.accept(span(0, 1), tokens("However/RB it rained")));
        assertTrue(f.accept(span(0, 1), tokens("Kisumu/NNP flooded")));
        // NER's location that goes on past the word makes it part of a longer name; one that ends there is a place
        assertFalse(f.accept(nerSpan(0, 1), tokens("Central/NNP/LOCATION Plateau/NNP/LOCATION state")));
        assertTrue(f.accept(nerSpan(1, 2), tokens("in Central/NNP/LOCATION ,")));
    }

    @Test
    void notAMonth() {
        assertFalse(new NotAMonth().accept(span(1, 2), tokens("in March/NNP")));
        assertTrue(new NotAMonth().accept(span(1, 2), tokens("in Kisumu/NNP")));
    }

    @Test
    void notVague() {
        assertFalse(new NotVague().accept(span(0, 2), tokens("the West/NNP")));
        assertTrue(new NotVague().accept(span(0, 2), tokens("the Netherlands/NNP")));
    }

    @Test
    void notAPersonByTitle() {
        SpanFilter f = new NotAPersonByTitle();
        assertFalse(f.accept(span(1, 2), tokens("President Georgia/NNP said")));
        assertFalse(f.accept(span(1, 2), tokens("Gen. Tyler/NNP said")));
        assertFalse(f.accept(span(0, 2), tokens("Prince George/NNP said")));
        assertTrue(f.accept(span(1, 2), tokens("in Tyler/NNP today")));
    }

    @Test
    void notTailOfLongerName() {
        SpanFilter f = new NotTailOfLongerName();
        assertFalse(f.accept(span(1, 2), tokens("Seaton/NNP Street/NNP was closed")));
        assertTrue(f.accept(span(1, 2), tokens("The Street/NNP was closed")));
        assertTrue(f.accept(nerSpan(1, 2), tokens("Seaton/NNP Street/NNP/LOCATION was closed")));
    }

    @Test
    void demonymOfAPlace() {
        SpanFilter f = new DemonymOfAPlace();
        assertTrue(f.accept(demonym(1), tokens("a Turkish/JJ policeman/NN")));
        assertFalse(f.accept(demonym(1), tokens("many Afghans/NNPS crossed")));
        assertFalse(f.accept(demonym(3), tokens("he shouted in/IN Turkish/NNP ./.")));
        assertTrue(f.accept(demonym(2), tokens("sold in/IN Turkish/JJ shops/NNS")));
        // untagged (NER only): the test waits for the tagged sentence
        assertTrue(f.accept(demonym(1), tokens("many Afghans// crossed")));
    }

    @Test
    void notHeadOfLongerName() {
        SpanFilter f = new NotHeadOfLongerName();
        assertFalse(f.accept(span(1, 2), tokens("the Bank/NNP of England/NNP")));
        assertTrue(f.accept(span(0, 1), tokens("Kisumu/NNP of all places")));
    }

    @Test
    void notPartOfAFacility() {
        SpanFilter f = new NotPartOfAFacility();
        assertFalse(f.accept(span(1, 2), tokens("Archibald/NNP Street/NNP")));
        assertTrue(f.accept(span(1, 2), tokens("in Street/NNP")));
    }

    @Test
    void notAPerson() {
        SpanFilter f = new NotAPerson();
        assertFalse(f.accept(span(0, 1), tokens("Walsh/NNP/PERSON said so")));
        assertFalse(f.accept(span(0, 1), tokens("Georgia/NNP/PERSON Smith/NNP/PERSON said so")));
        assertFalse(f.accept(span(1, 2), tokens("Minister Tyler/NNP/O said so")));
        // a slip on one word of a longer name is no person
        assertTrue(f.accept(span(0, 2), tokens("Deir/NNP/PERSON ez-Zor/NNP/O fell")));
        assertTrue(f.accept(span(1, 2), tokens("in Walsh/NNP/O today")));
    }

    @Test
    void notInsideOrganisation() {
        SpanFilter f = new NotInsideOrganisation(notable);
        assertFalse(f.accept(span(0, 1), tokens("Walsh/NNP/ORGANIZATION Bank/NNP/ORGANIZATION lent it")));
        // a notable name inside an organisation's name stays: "U.S. Senate"
        assertTrue(f.accept(span(1, 2), tokens("the U.S./NNP/ORGANIZATION Senate/NNP/ORGANIZATION")));
        assertTrue(f.accept(span(1, 2), tokens("in Walsh/NNP/O today")));
    }

    @Test
    void evidentEnough() {
        SpanFilter f = new EvidentEnough(notable);
        assertTrue(f.accept(span(1, 2), tokens("in Seattle/NNP today")));
        assertTrue(f.accept(span(1, 3), tokens("in Metcalfe/NNP County/NNP today")));
        assertTrue(f.accept(span(1, 2), tokens("in NSW/NNP today")));
        // a small town, a one-word alternate name, a MISC word, a word that is no proper noun: not without NER
        assertFalse(f.accept(span(1, 2), tokens("in Walsh/NNP today")));
        assertFalse(f.accept(span(1, 2), tokens("in Der/NNP today")));
        assertFalse(f.accept(span(1, 2), tokens("the Seattle/NNP/MISC sound")));
        assertFalse(f.accept(span(1, 2), tokens("a Seattle/JJ sound")));
        // Arabic script: the English taggers' NN and MISC say nothing of it; an alternate name of a big city counts
        assertTrue(new EvidentEnough(new NotableNames(gazetteer().name("حلب", Fixtures.place(24, "Aleppo", "PPLA",
                "SY", "09", 1_600_000)))).accept(span(1, 2), tokens("in حلب/NN/MISC today")));
        // untagged (NER only): the part-of-speech test waits for the tagged sentence
        assertTrue(f.accept(span(1, 2), tokens("in Seattle// today")));
        assertTrue(f.accept(nerSpan(1, 2), tokens("in Walsh/NNP/LOCATION today")));
        // a sea by its own name; by a one-word alternate name only after "the", where it is read as an adjective
        assertTrue(f.accept(span(1, 3), tokens("the Mediterranean/NNP Sea/NNP today")));
        assertTrue(f.accept(span(2, 3), tokens("across the Mediterranean/JJ/MISC today")));
        assertFalse(f.accept(span(1, 2), tokens("with Andy/NNP today")), "an alternate name of a reef");
    }
}
