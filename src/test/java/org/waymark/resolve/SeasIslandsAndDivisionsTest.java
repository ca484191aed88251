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

/**
 * The embedded gazetteer on the places where migrants land and convoys cross: seas, straits, islands, second-level
 * divisions (issue 13). The Aegean Sea, the English Channel, the Strait of Hormuz and Lake Chad are in GeoNames'
 * allCountries.txt only, which the embedded extract is not made from: they must at least not become a country.
 */
class SeasIslandsAndDivisionsTest {
    private static final GeoNamesIndex GAZ = GeoNamesIndex.embedded();

    private static List<Mention> resolve(String text) {
        AnnotatedText annotated = NlpPipelines.shared().annotate(text);
        return new ToponymResolver(GAZ).resolve(annotated, new ToponymRecognizer(GAZ).recognize(annotated));
    }

    private static Place place(List<Mention> mentions, String surface) {
        return mentions.stream().filter(m -> m.toponym().surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + surface + "' not recognized in "
                        + mentions.stream().map(m -> m.toponym().surface()).toList()))
                .place();
    }

    private static List<String> surfaces(List<Mention> mentions) {
        return mentions.stream().map(m -> m.toponym().surface()).toList();
    }

    @Test
    void seasGulfsAndStraitsOfNoCountry() {
        List<Mention> m = resolve("Boats left Libya across the Mediterranean, and tankers sailed from the Red Sea "
                + "through the Strait of Gibraltar.");
        assertEquals(363196, place(m, "Mediterranean").geonameid());
        assertEquals("SEA", place(m, "Red Sea").featureCode(), "the sea, not Egypt's Red Sea Governorate");
        assertEquals("STRT", place(m, "Strait of Gibraltar").featureCode());
        assertEquals("GULF", place(resolve("The ship sank in the Gulf of Aden."), "Gulf of Aden").featureCode());
    }

    @Test
    void islandsAsTheirTownsDivisionsAndGroups() {
        List<Mention> m = resolve("Hundreds arrived on the Greek island of Samos and on the island of Lesvos.");
        Place samos = place(m, "Samos");
        assertEquals("GR", samos.countryCode());
        assertTrue(!samos.isCountry(), samos.toString());
        assertEquals(258465, place(m, "Lesvos").geonameid(), "Lesbos, the regional unit that is the island");
        assertEquals("GR", place(resolve("The ferry from the island of Kos docked at dawn."), "Kos").countryCode());
        assertEquals("ISLS", place(resolve("Boats patrolled near the Spratly Islands."), "Spratly Islands")
                .featureCode());
    }

    @Test
    void secondLevelDivisions() {
        assertEquals("ADM2", place(resolve("Families moved from Orange County to Texas."), "Orange County")
                .featureCode());
        Place nuevaEcija = place(resolve("Farmers moved from Nueva Ecija to Manila."), "Nueva Ecija");
        assertEquals("ADM2", nuevaEcija.featureCode());
        assertEquals("PH", nuevaEcija.countryCode());
    }

    @Test
    void aSeaOrLakeTheGazetteerLacksIsNoCountry() {
        List<Mention> m = resolve("Small boats crossed the English Channel from France. Herders fled from Lake Chad "
                + "to Maiduguri. Tankers sailed through the Strait of Hormuz and the Aegean Sea.");
        assertTrue(m.stream().noneMatch(x -> x.place() != null
                        && (x.place().countryCode().equals("GB") || x.place().countryCode().equals("TD"))),
                "no England for 'English', no Chad for 'Lake Chad': " + surfaces(m));
        assertEquals("FR", place(m, "France").countryCode());
        assertEquals("NG", place(m, "Maiduguri").countryCode());
    }
}
