package org.waymark.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.NlpPipelines;

/** Each rule of the recognizer on sentences written for it, with the embedded gazetteer. */
class ToponymRecognizerTest {
    private static final ToponymRecognizer RECOGNIZER = new ToponymRecognizer(GeoNamesIndex.embedded());

    private static List<Toponym> recognize(String text) {
        AnnotatedText annotated = NlpPipelines.shared().annotate(text);
        return RECOGNIZER.recognize(annotated);
    }

    private static List<String> surfaces(String text) {
        return recognize(text).stream().map(Toponym::surface).toList();
    }

    @Test
    void namesInsideHyphenatedWordsWithTheirOwnSpans() {
        String text = "The Seattle-based company expanded, and Turkish-Russian talks resumed.";
        List<Toponym> found = recognize(text);
        Toponym seattle = found.stream().filter(t -> t.surface().equals("Seattle")).findFirst().orElseThrow();
        assertEquals(text.indexOf("Seattle"), seattle.start());
        assertEquals(text.indexOf("Seattle") + 7, seattle.end());
        assertEquals(Toponym.Kind.TOPONYM, seattle.kind());
        assertTrue(found.stream().anyMatch(t -> t.surface().equals("Turkish") && t.kind() == Toponym.Kind.DEMONYM));
        assertTrue(found.stream().anyMatch(t -> t.surface().equals("Russian") && t.kind() == Toponym.Kind.DEMONYM));
        // the words before a hyphenated word may begin the name
        List<Toponym> ny = recognize("A New York-based squad was sent.");
        assertEquals(List.of("New York"), ny.stream().map(Toponym::surface).toList());
        assertEquals(2, ny.get(0).start());
        // a hyphenated name stays whole
        assertTrue(surfaces("Fighting continued near Rostov-on-Don overnight.").contains("Rostov-on-Don"));
    }

    @Test
    void cityAndTheStateThatHoldsItAreKeptWhateverTheTaggerSays() {
        // an AP abbreviation alone is too weak ("Mo." is also a month), after "City, " it is the state
        List<String> found = surfaces("COLUMBIA, Mo. - A man from Bowling Green, Ky. was arrested on Friday.");
        assertEquals(List.of("COLUMBIA", "Mo.", "Bowling Green", "Ky."), found);
        assertTrue(surfaces("The meeting was moved to Mo. after the vote.").isEmpty());
    }

    @Test
    void theHeadOfALongerNameIsNoPlace() {
        List<String> found = surfaces("The Republic of Moldova signed a deal with the Bank of Ireland.");
        assertTrue(found.contains("Moldova"), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.equals("Republic") || s.equals("Bank")), found.toString());
    }

    @Test
    void aPersonAfterAPlaceIsNoMemberOfAList() {
        List<String> found = surfaces("The leader of the group in Armenia, Adam Petrosyan, was arrested.");
        assertEquals(List.of("Armenia"), found);
    }

    @Test
    void theEndOfALongerNameIsNoPlace() {
        List<String> found = surfaces("The fire started in a shop on Archibald Street near the Baptist Church.");
        assertTrue(found.stream().noneMatch(s -> s.equals("Street") || s.equals("Church")), found.toString());
    }

    @Test
    void lowerCaseCompassWordsAreNotPartOfTheName() {
        List<String> found = surfaces("Cholera spread across central Africa while the middle East stayed calm.");
        assertTrue(found.contains("Africa"), found.toString());
        assertTrue(found.contains("middle East"), found.toString());
    }

    @Test
    void demonymsAsAdjectivesOnlyNotPeopleOrLanguages() {
        List<Toponym> found = recognize("A Turkish policeman shouted in Turkish while many Americans watched.");
        List<Toponym> demonyms = found.stream().filter(t -> t.kind() == Toponym.Kind.DEMONYM).toList();
        assertEquals(1, demonyms.size(), found.toString());
        assertEquals("Turkish", demonyms.get(0).surface());
        assertEquals(2, demonyms.get(0).start());
    }

    @Test
    void placesInListsAndAfterLocativePrepositionsWhateverTheTagger() {
        // the tagger takes Chad and Milton Keynes for people; the list and the preposition say otherwise
        List<String> found = surfaces("Polio cases rose in Angola, Chad, and Niger this year.");
        assertTrue(found.containsAll(List.of("Angola", "Chad", "Niger")), found.toString());
        found = surfaces("He was admitted to a hospital in Milton Keynes, but died on Sunday.");
        assertTrue(found.contains("Milton Keynes"), found.toString());
        // a person's name that is also a town, owning something, stays a person
        assertTrue(surfaces("The idea came up in Obama's speech on Monday.").isEmpty());
        assertTrue(surfaces("Chad said he was tired.").isEmpty());
    }

    @Test
    void aNameMayEndAfterAnElidedParticle() {
        // the tagger takes "Côte" and "Burkina Faso" for people; the whole country name, then the list, say otherwise
        List<String> found = surfaces("Cholera cases rose in Burkina Faso, Côte d'Ivoire and Mali last year.");
        assertTrue(found.containsAll(List.of("Burkina Faso", "Côte d'Ivoire", "Mali")), found.toString());
    }

    @Test
    void theNameOfADiseaseIsNoPlaceAnywhereInTheDocument() {
        List<String> found = surfaces("Crows in Ohio tested positive for West Nile virus. Officials said West Nile"
                + " had reached the state early. Lassa fever is spreading in Nigeria.");
        assertTrue(found.containsAll(List.of("Ohio", "Nigeria")), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.contains("Nile") || s.equals("Lassa")), found.toString());
        // the place that names a strain is still a place
        assertTrue(surfaces("Unlike the Sudan strain, this one spread slowly.").contains("Sudan"));
    }

    @Test
    void aCommonWordThatStartsALongerLocationNameIsNoPlace() {
        List<String> found = surfaces("Most of the cases are in the Central Plateau, north of the capital.");
        assertTrue(found.stream().noneMatch(s -> s.equals("Central")), found.toString());
    }

    @Test
    void divisionAcronymsCount() {
        assertTrue(surfaces("Horse movements were banned across NSW on Monday.").contains("NSW"));
    }

    @Test
    void aPlaceInsideTheNameOfAnAirlineAClubOrANewspaperIsNoPlace() {
        List<String> found = surfaces("She flew Kenya Airways to Nairobi, then Turkish Airlines to Istanbul.");
        assertEquals(List.of("Nairobi", "Istanbul"), found);
        found = surfaces("Manchester United lost in London, The New York Times reported.");
        assertEquals(List.of("London"), found);
        found = surfaces("The Bank of England said inflation in England had peaked.");
        assertEquals(List.of("England"), found);
        assertEquals(recognize("The Bank of England said inflation in England had peaked.").get(0).start(),
                "The Bank of England said inflation in ".length(), "the second England, the place");
    }

    @Test
    void aTownTheDocumentHasPlacedStaysATownWhereTheTaggerSlips() {
        // NER tags the second Innisfail an organisation; the first it tags a location: the same town
        String text = "Fans gathered in Innisfail on Monday after the storm. Power may not return to Innisfail "
                + "for a week.";
        assertEquals(List.of("Innisfail", "Innisfail"), surfaces(text));
    }

    @Test
    void aMonthIsNoTown() {
        // March is a town in Cambridgeshire, and "in" makes a notable name a place whatever the tagger says
        List<String> found = surfaces("The refugees arrived in March and left Athens in April.");
        assertEquals(List.of("Athens"), found);
    }

    @Test
    void aTransliterationWithAHyphenatedArticleStaysWhole() {
        assertEquals(List.of("Dayr az-Zawr"), surfaces("Fighting continued in Dayr az-Zawr on Sunday."));
        assertEquals(List.of("Deir ez-Zor"), surfaces("Fighting continued in Deir ez-Zor on Sunday."));
    }

    /** GeoNames carries Arabic-script names as alternate names; English news quotes them now and then. */
    @Test
    void namesInArabicScriptAreFoundAndResolved() {
        String text = "Hundreds of families fled from دمشق last week, and fighting resumed in حلب on Monday.";
        assertEquals(List.of("دمشق", "حلب"), surfaces(text));
        java.util.List<org.waymark.resolve.Mention> mentions = new org.waymark.resolve.ToponymResolver(
                GeoNamesIndex.embedded()).resolve(NlpPipelines.shared().annotate(text), recognize(text));
        assertEquals(List.of("Damascus", "Aleppo"), mentions.stream().map(m -> m.place().name()).toList());
    }
}
