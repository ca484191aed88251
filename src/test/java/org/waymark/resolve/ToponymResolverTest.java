package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.NlpPipelines;
import org.waymark.recognize.ToponymRecognizer;

/** Each rule of the resolver on sentences written for it, with the embedded gazetteer. */
class ToponymResolverTest {
    private static final GeoNamesIndex GAZ = GeoNamesIndex.embedded();

    private static List<Mention> resolve(String text) {
        AnnotatedText annotated = NlpPipelines.shared().annotate(text);
        return new ToponymResolver(GAZ).resolve(annotated, new ToponymRecognizer(GAZ).recognize(annotated));
    }

    private static List<Mention> all(List<Mention> mentions, String surface) {
        List<Mention> found = mentions.stream().filter(m -> m.toponym().surface().equals(surface)).toList();
        assertTrue(!found.isEmpty(), "'" + surface + "' not recognized in " + mentions.stream()
                .map(m -> m.toponym().surface()).toList());
        return found;
    }

    private static Place place(List<Mention> mentions, String surface) {
        return all(mentions, surface).get(0).place();
    }

    @Test
    void cityCommaStateTakesTheCityInThatStateForEveryMention() {
        List<Mention> m = resolve("The singer grew up in Paris, Texas, a small town. She left Paris at eighteen.");
        all(m, "Paris").forEach(p -> assertEquals(4717560, p.place().geonameid(), "one sense per document"));
        assertEquals("TX", place(m, "Texas").admin1());
        assertEquals(2988507, place(resolve("She moved to Paris after the war."), "Paris").geonameid());
    }

    @Test
    void aListOfCountriesIsNoTownAndItsCountry() {
        // "Iraq, Iran" inside a list of countries is not the Iranian city Arak (alternate name "Iraq") in Iran
        List<Mention> m = resolve("The advisory named Armenia, Georgia, Iraq, Iran and Syria as countries to avoid.");
        assertEquals(99237, place(m, "Iraq").geonameid());
        assertTrue(place(resolve("The delegation flew to Arak, Iran on Sunday."), "Arak").isPopulatedPlace(),
                "a town and its country outside a list");
    }

    @Test
    void theStateAfterACityIsTheStateThatHoldsIt() {
        List<Mention> m = resolve("A patient in Rockville, Maryland was admitted on Tuesday.");
        assertEquals(4361885, place(m, "Maryland").geonameid());
        assertEquals(4367175, place(m, "Rockville").geonameid());
    }

    @Test
    void aDivisionBeatsATownThatBearsItsNameOnlyAsAnAlternate() {
        // the GeoNames alternate names of some small towns hold "Missouri" and "Florida"
        assertEquals(4398678, place(resolve("Farmers in Missouri sold more cattle this year."), "Missouri").geonameid());
        Place florida = place(resolve("The storm reached Florida on Monday."), "Florida");
        assertTrue(florida.isAdmin1() && florida.countryCode().equals("US"), florida.toString());
    }

    @Test
    void aCountryIsNotHiddenByItsCapitalsAlternateName() {
        // "Mexico" is also an alternate name of Mexico City, and the country's own mentions do not vote for it
        List<Mention> m = resolve("Travellers returning from Mexico were screened. Mexico reported new cases.");
        all(m, "Mexico").forEach(x -> assertEquals(3996063, x.place().geonameid()));
    }

    @Test
    void aDivisionOfASmallCountryDoesNotBeatABigCity() {
        // Manchester is also a parish (admin1) of Jamaica: its weight is Jamaica's population over its parishes
        assertEquals(2643123, place(resolve("Thousands marched through Manchester on Saturday."), "Manchester")
                .geonameid());
    }

    @Test
    void theOtherPlacesOfTheDocumentChooseAmongNamesakes() {
        List<Mention> m = resolve("Police in London said the victim was taken to hospital. Officers from Toronto and "
                + "other parts of Ontario joined the search, the Canadian Press reported.");
        Place london = place(m, "London");
        assertEquals("CA", london.countryCode(), london.toString());
        assertEquals(2643743, place(resolve("Police in London said the victim was taken to hospital."), "London")
                .geonameid());
    }

    @Test
    void aGenericWordNextToTheNameSaysWhichKindOfPlace() {
        Place city = place(resolve("Hundreds gathered in the city of Victoria on Sunday."), "Victoria");
        assertTrue(city.isPopulatedPlace(), city.toString());
        Place state = place(resolve("Bushfires burned across Victoria on Sunday."), "Victoria");
        assertTrue(state.isAdmin1() && state.countryCode().equals("AU"), state.toString());
    }

    @Test
    void aCapitalThatActsIsItsGovernmentUnlessNamedAsTheCity() {
        assertEquals(6252001, place(resolve("Washington has repeatedly provided support to the rebels."),
                "Washington").geonameid());
        assertEquals(184745, place(resolve("Kenya's capital Nairobi has been the worst hit by the flu."), "Nairobi")
                .geonameid());
        // an unambiguous capital keeps its city, as annotated corpora do
        assertEquals(6094817, place(resolve("Ottawa will have to answer the provinces."), "Ottawa").geonameid());
    }

    @Test
    void aMisspeltNameIsGuessedWithHalfTheConfidence() {
        Mention typo = all(resolve("The first case was confirmed in Mauritious on Monday."), "Mauritious").get(0);
        Mention right = all(resolve("The first case was confirmed in Mauritius on Monday."), "Mauritius").get(0);
        assertEquals(934292, typo.place().geonameid());
        assertEquals(934292, right.place().geonameid());
        assertEquals(right.confidence() / 2, typo.confidence(), 0.001);
    }

    @Test
    void aSoleCandidateTakesTheCalibratedConfidenceOfOne() {
        Mention germany = all(resolve("Exports from Germany rose."), "Germany").get(0);
        assertEquals(Calibration.bundled().confidence(new Choice(germany.place(), Double.POSITIVE_INFINITY, true,
                false)), germany.confidence());
    }

    @Test
    void anOfficeAfterTheNameTellsADivisionFromItsCity() {
        List<Mention> m = resolve("The former New York Gov. Mario Rossi spoke at the event on Friday.");
        assertTrue(place(m, "New York").isAdmin1(), place(m, "New York").toString());
        m = resolve("The New York Mayor Anna Rossi spoke at the event on Friday.");
        assertEquals("P", place(m, "New York").featureClass(), place(m, "New York").toString());
    }

    @Test
    void anIslandTownIsNoCountry() {
        // GeoNames has Samos the town (on Samos island) and towns in Spain and Serbia; none is a country
        Place samos = place(resolve("Migrants landed on Samos on Tuesday, and more reached Lesbos."), "Samos");
        assertEquals("GR", samos.countryCode());
        assertTrue(!samos.isCountry(), samos.toString());
    }

    @Test
    void aTransliterationWithAHyphenatedArticleResolvesAsTheUsualSpelling() {
        assertEquals(place(resolve("Fighting continued in Deir ez-Zor on Sunday."), "Deir ez-Zor").geonameid(),
                place(resolve("Fighting continued in Dayr az-Zawr on Sunday."), "Dayr az-Zawr").geonameid());
    }
}
