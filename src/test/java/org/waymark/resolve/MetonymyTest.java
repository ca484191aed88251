package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.resolve.Fixture.capital;
import static org.waymark.resolve.Fixture.country;
import static org.waymark.resolve.Fixture.division;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Place;

/** A capital that acts stands for its country, on hand-tagged sentences. */
class MetonymyTest {
    private static final Place WASHINGTON = capital(1, "Washington", "US", "DC", 38.9, -77.04);
    private static final Place WASHINGTON_STATE = division(2, "Washington", "US", "WA", 47.5, -120.5);
    private static final Place USA = country(3, "United States", "US", 39.8, -98.6);
    private static final Place NAIROBI = capital(4, "Nairobi", "KE", "30", -1.28, 36.82);
    private static final Place KENYA = country(5, "Kenya", "KE", 1, 38);
    private static final Metonymy METONYMY = new Metonymy(code -> Optional.of(code.equals("US") ? USA : KENYA));

    /** The reading of each toponym when every name takes its first candidate. */
    private static List<Place> readings(Fixture f) {
        DocumentSenses d = f.senses();
        Map<String, Choice> choices = new java.util.HashMap<>();
        d.senses().forEach(s -> choices.put(s.key(), new Choice(s.place(0), 1, false, false)));
        return METONYMY.readings(d, choices);
    }

    @Test
    void anAmbiguousCapitalThatActsIsItsCountryWhereItActsOrOwns() {
        Fixture f = Fixture.parse("[Washington]/NNP has/VBZ provided/VBN support/NN +./. "
                + "[Washington]/NNP +'s/POS belief/NN is/VBZ firm/JJ +./. "
                + "Talks/NNS in/IN [Washington]/NNP ended/VBD +./.")
                .candidates("Washington", WASHINGTON, WASHINGTON_STATE);
        assertEquals(List.of(USA, USA, WASHINGTON), readings(f));
    }

    @Test
    void anUnambiguousCapitalKeepsItsCity() {
        Fixture f = Fixture.parse("[Nairobi]/NNP will/MD answer/VB +./.").candidates("Nairobi", NAIROBI);
        assertEquals(List.of(NAIROBI), readings(f));
    }

    @Test
    void theCapitalNamedAsTheCityIsTheCity() {
        Place nairobiCounty = division(6, "Nairobi", "KE", "30", -1.3, 36.8);
        Fixture f = Fixture.parse("Kenya/NNP +'s/POS capital/NN [Nairobi]/NNP has/VBZ been/VBN hit/VBN +./.")
                .candidates("Nairobi", NAIROBI, nairobiCounty);
        assertEquals(List.of(NAIROBI), readings(f));
        Fixture the = Fixture.parse("the/DT [Washington]/NNP they/PRP know/VBP +./.")
                .candidates("Washington", WASHINGTON, WASHINGTON_STATE);
        assertEquals(List.of(WASHINGTON), readings(the));
    }

    @Test
    void onlyANationalCapitalActs() {
        Fixture f = Fixture.parse("[Washington]/NNP has/VBZ voted/VBN +./.")
                .candidates("Washington", WASHINGTON_STATE, WASHINGTON);
        assertEquals(List.of(WASHINGTON_STATE), readings(f));
    }
}
