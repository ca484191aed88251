package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waymark.resolve.Fixture.country;
import static org.waymark.resolve.Fixture.division;
import static org.waymark.resolve.Fixture.town;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Lookup;
import org.waymark.gazetteer.Names;
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
    private static final Gazetteer GAZETTEER = new Gazetteer() {
        private final Map<String, List<Place>> names = Map.of("uzbekistan", List.of(UZBEKISTAN, UZBEK_TOWN),
                "deir ez zor", List.of(DEIR), "hague", List.of(HAGUE));

        @Override
        public List<Place> candidates(String name) {
            return names.getOrDefault(Names.normalize(name), List.of());
        }

        @Override
        public Lookup similar(String name) {
            return new Lookup(name.equals("mauritious") ? List.of(MAURITIUS) : List.of(), sourceName());
        }

        @Override
        public boolean isName(String normalizedName) {
            return names.containsKey(normalizedName);
        }

        @Override
        public int maxNameTokens() {
            return 3;
        }

        @Override
        public Optional<Place> byId(long geonameid) {
            return Optional.empty();
        }

        @Override
        public Optional<Place> country(String countryCode) {
            return Optional.of(UZBEKISTAN).filter(c -> c.countryCode().equals(countryCode));
        }

        @Override
        public Optional<Place> admin1(String countryCode, String admin1Code) {
            return Optional.empty();
        }

        @Override
        public Optional<String> demonymCountry(String normalizedWord) {
            return Optional.of("UZ").filter(c -> normalizedWord.equals("uzbek"));
        }

        @Override
        public String sourceName() {
            return "test";
        }
    };
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
