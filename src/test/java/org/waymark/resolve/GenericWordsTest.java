package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.resolve.Fixture.country;
import static org.waymark.resolve.Fixture.county;
import static org.waymark.resolve.Fixture.division;
import static org.waymark.resolve.Fixture.town;

import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Place;

/** A generic word or an office next to the name, on hand-made sentences and places. */
class GenericWordsTest {
    private static final Weights.Patterns W = Weights.DEFAULT.patterns();
    private static final Place TOWN = town(1, "Victoria", "CA", "02", 48.4, -123.4, 90_000);
    private static final Place STATE = division(2, "Victoria", "AU", "07", -37, 144);
    private static final Place COUNTY = county(3, "Victoria", "US", "TX");
    private static final Place COUNTRY = country(4, "Victoria", "VI", 0, 0);

    /** The support of each of TOWN, STATE, COUNTY, COUNTRY at the mention of "Victoria" in {@code sentence}. */
    private static double[] supports(String sentence) {
        Fixture f = Fixture.parse(sentence);
        DocumentSenses d = f.senses();
        GenericWords words = new GenericWords(new MentionText(d.text().text(), d.toponyms(), W.maxGap()),
                d.toponyms(), W);
        int i = f.toponyms().size() - 1;
        return new double[]{words.support(i, TOWN), words.support(i, STATE), words.support(i, COUNTY),
                words.support(i, COUNTRY)};
    }

    @Test
    void aDivisionWordAfterOrBeforeTheName() {
        double[] province = {0, W.divisionWord(), W.otherDivisionWord(), 0};
        assertEquals(java.util.Arrays.toString(province), java.util.Arrays.toString(supports(
                "Rains fell on [Victoria] province")));
        assertEquals(java.util.Arrays.toString(province), java.util.Arrays.toString(supports(
                "Rains fell on the state of [Victoria]")));
        assertEquals(java.util.Arrays.toString(province), java.util.Arrays.toString(supports(
                "Rains fell on [Victoria Province]")), "inside the name");
    }

    @Test
    void aCountyWord() {
        assertEquals(java.util.Arrays.toString(new double[]{0, W.otherCountyWord(), W.countyWord(), 0}),
                java.util.Arrays.toString(supports("Deputies in [Victoria] County said")));
    }

    @Test
    void aCityWordAfterOrBeforeTheName() {
        String city = java.util.Arrays.toString(new double[]{W.cityWord(), 0, 0, 0});
        assertEquals(city, java.util.Arrays.toString(supports("Hundreds gathered in the city of [Victoria]")));
        assertEquals(city, java.util.Arrays.toString(supports("Hundreds gathered in [Victoria] city centre")));
        assertEquals(city, java.util.Arrays.toString(supports("Ships waited outside the port of [Victoria]")));
        assertEquals("[0.0, 0.0, 0.0, 0.0]", java.util.Arrays.toString(supports("They won the support of [Victoria]")),
                "a word that ends in port is no port");
    }

    @Test
    void anOfficeNamedAfterTheArea() {
        assertEquals(W.divisionWord(), supports("The former [Victoria] Gov. Rossi spoke")[1]);
        assertEquals(0, supports("The former [Victoria] Gov. Rossi spoke")[0]);
        assertEquals(W.cityWord(), supports("The [Victoria] Mayor Rossi spoke")[0]);
        assertEquals(0, supports("The [Victoria] Mayor Rossi spoke")[1]);
    }

    @Test
    void noGenericWordNoClue() {
        assertEquals("[0.0, 0.0, 0.0, 0.0]", java.util.Arrays.toString(supports("Bushfires burned across [Victoria] "
                + "on Sunday")));
    }
}
