package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waymark.resolve.Fixture.country;
import static org.waymark.resolve.Fixture.division;
import static org.waymark.resolve.Fixture.town;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.HandMadeGazetteer;
import org.waymark.gazetteer.Place;
import org.waymark.recognize.Toponym;

/** Where the candidates of a name are looked for, with a gazetteer of a few names written for the test. */
class CandidateLookupTest {
    private static final Place UZBEKISTAN = country(1, "Uzbekistan", "UZ", 41, 64);
    private static final Place UZBEK_TOWN = town(2, "Uzbekistan", "US", "TX", 30, -97, 300);
    private static final Place DEIR = division(3, "Deir ez-Zor", "SY", "07", 35.3, 40.1);
    private static final Place HAGUE = town(4, "The Hague", "NL", "11", 52.08, 4.3, 500_000);
    private static final Place MAURITIUS = country(5, "Mauritius", "MU", -20.3, 57.6);

    /** Knows a few names, "uzbek" as a demonym, and "mauritious" as a spelling of Mauritius. */
    private static final Gazetteer GAZETTEER = new HandMadeGazetteer("test")
            .name("Uzbekistan", UZBEKISTAN).name("Uzbekistan", UZBEK_TOWN).name("Deir ez-Zor", DEIR)
            .name("Hague", HAGUE).demonym("Uzbek", "UZ").misspelling("mauritious", MAURITIUS);
    private static final CandidateLookup LOOKUP = new CandidateLookup(GAZETTEER);

    private static Candidates of(String surface) {
        return LOOKUP.of(new Toponym(0, surface.length(), surface, Toponym.Kind.TOPONYM, 0));
    }

    @Test
    void aNameByItselfThenWithoutTheArticle() {
        assertEquals(new Candidates("uzbekistan", List.of(UZBEKISTAN, UZBEK_TOWN), "test", false), of("Uzbekistan"));
        assertEquals(new Candidates("hague", List.of(HAGUE), "test", false), of("the Hague"));
    }

    @Test
    void aFormalNameFindsTheCountryOnly() {
        assertEquals(List.of(UZBEKISTAN), of("Republic of Uzbekistan").places());
        assertEquals("uzbekistan", of("the Republic of Uzbekistan").lookup());
    }

    @Test
    void aGenericWordAfterTheNameIsDropped() {
        assertEquals(new Candidates("deir ez zor", List.of(DEIR), "test", false), of("Deir ez-Zor province"));
    }

    @Test
    void aNameNothingElseFoundIsGuessedUnderASpellingNearby() {
        Candidates guessed = of("Mauritious");
        assertEquals(List.of(MAURITIUS), guessed.places());
        assertTrue(guessed.approximate());
        assertEquals("", guessed.lookup(), "no name of its own, so no alternate-name penalty");
    }

    @Test
    void aDemonymsOneCandidateIsItsCountry() {
        Candidates uzbek = LOOKUP.of(new Toponym(0, 5, "Uzbek", Toponym.Kind.DEMONYM, 0));
        assertEquals(new Candidates("uzbekistan", List.of(UZBEKISTAN), "test", false), uzbek);
    }
}
