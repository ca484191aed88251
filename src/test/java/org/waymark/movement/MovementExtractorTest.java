package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.GeoParser;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.nlp.NlpPipelines;
import org.waymark.text.Document;

/**
 * Movements end to end (CoreNLP and the embedded gazetteer) on sentences written for this test, one or more per
 * class of movement the extractor must read.
 */
class MovementExtractorTest {
    static GeoParser parser;

    @BeforeAll
    static void load() {
        parser = new GeoParser(NlpPipelines.shared(), GeoNamesIndex.embedded());
    }

    static List<Movement> movements(String text) {
        return parser.parse(Document.of("t", text)).movements();
    }

    static String ends(List<Movement> ms) {
        return ms.stream().map(m -> name(m.origin()) + ">" + name(m.destination())).collect(Collectors.joining(" "));
    }

    static String ends(String text) {
        return ends(movements(text));
    }

    static String name(org.waymark.gazetteer.Place p) {
        return p == null ? "?" : p.name();
    }

    @Test
    void activeVoiceWithBothEnds() {
        List<Movement> ms = movements("The ministry moved 2,500 soldiers from Poland to Romania last week.");
        assertEquals("Poland>Romania", ends(ms));
        assertEquals("move", ms.get(0).trigger());
        assertEquals(2500L, ms.get(0).count());
        assertEquals(Movement.Status.REPORTED, ms.get(0).status());
        assertTrue(ms.get(0).mover().contains("soldiers"), ms.get(0).mover());
    }

    @Test
    void coordinatedEndsGiveOneRowPerPair() {
        assertEquals("?>Morocco ?>Algeria", ends("Hundreds of prisoners were deported to Morocco and Algeria in May."));
        assertEquals("Aleppo>Lebanon Homs>Lebanon", ends("Dozens of families left Aleppo and Homs for Lebanon."));
        assertEquals("Chihuahua>Durango Sonora>Durango",
                ends("Cattle were trucked from Chihuahua and Sonora to Durango."));
        assertEquals("?>Greece ?>Cyprus ?>Malta", ends("Tankers bound for Greece, Cyprus and Malta left the port."));
    }

    @Test
    void anEndInsideThePhraseAfterThePreposition() {
        assertEquals("?>Lyon ?>Grenoble", ends("The wounded were taken to hospitals in Lyon and Grenoble."));
        assertEquals("?>Bari", ends("Supplies were ferried to the port of Bari."));
        assertEquals("Ar-Raqqah>Al Ḩasakah", ends("The prisoners were moved from jails in Raqqa province to Hasakah."));
    }

    @Test
    void oneJourneyToldByTwoMotionsIsOneRow() {
        assertEquals("Eritrea>Sudan", ends("The refugees fled Eritrea and arrived in Sudan."));
        assertEquals("Iraq>Kuwait", ends("Soldiers pulled out of Iraq were sent on to Kuwait."));
        assertEquals("Niger>Tripoli",
                ends("Many of the migrants had travelled from Niger across the Sahara before reaching Tripoli."));
    }

    @Test
    void nominalMotions() {
        assertEquals("China>Ethiopia", ends("Chinese arms deliveries to Ethiopia rose sharply."));
        assertEquals("?>Japan", ends("The company exported its first cargo of copper to Japan."));
        assertEquals("Lahore>Doha", ends("Daily flights from Lahore to Doha resumed."));
        List<Movement> evacuation = movements("Officials announced the evacuation of 300 people from Mariupol.");
        assertEquals("Mariupol>?", ends(evacuation));
        assertEquals(300L, evacuation.get(0).count());
    }

    @Test
    void originsFromADemonymOrAPossessive() {
        List<Movement> ms = movements("Nearly 200,000 Sudanese have entered Chad since April.");
        assertEquals("Sudan>Chad", ends(ms));
        assertEquals(200_000L, ms.get(0).count());
        assertEquals("Norway>Germany", ends("Norway's gas exports to Germany grew."));
        assertEquals("Haiti>Mexico", ends("Haitian migrants reached Mexico via Guatemala."));
    }

    @Test
    void discourseCarriesAnEndForTheSameMoversOnly() {
        List<Movement> ms = movements("A brigade was withdrawn from Mali in March. These troops were later deployed "
                + "to Chad.");
        assertEquals("Mali>Chad", ends(ms));
        assertTrue(ms.get(0).originInferred());
        assertEquals("Mali>? ?>Chad", ends("A brigade was withdrawn from Mali in March. Engineers were deployed to "
                + "Chad."));
        assertEquals("?>Spain Portugal>Spain",
                ends("Some smugglers entered Spain via Morocco, while others came from Portugal."));
    }

    @Test
    void negatedDeniedAndHypotheticalMotions() {
        assertEquals("", ends("No troops had left Minsk for Grodno."));
        assertEquals("", ends("The ministry denied a report that prisoners had been flown to Belarus."));
        assertEquals("", ends("Officials denied that the virus had reached Lagos."));
        assertEquals("", ends("The convoy did not cross from Jordan into Syria."));
        assertEquals("", ends("The port refused to let the ship enter Italy, and it never left Tunisia."));
        List<Movement> dam = movements("Residents would be moved to Umbria if the dam failed.");
        assertEquals("?>Umbria", ends(dam));
        assertEquals(Movement.Status.POSSIBLE, dam.get(0).status());
        assertEquals(Movement.Status.PLANNED,
                movements("The minister will travel from Berlin to Hanoi on Monday.").get(0).status());
    }

    @Test
    void viaStops() {
        for (String text : List.of("They crossed into Guatemala via Belize.", "The convoy reached Gaziantep via Kilis "
                + "overnight.", "Migrants walked through Serbia to Hungary.")) {
            List<Movement> ms = movements(text);
            assertEquals(1, ms.size(), text);
            assertEquals(1, ms.get(0).via().size(), text);
        }
        assertEquals("Belize", movements("They crossed into Guatemala via Belize.").get(0).via().get(0).name());
    }

    @Test
    void counts() {
        assertEquals(80_000L, movements("More than 80,000 Rohingya have crossed into Bangladesh.").get(0).count());
        assertEquals(900L, movements("Around 900 people were evacuated to Kyiv.").get(0).count());
        List<Movement> birds = movements("Some 12,000 flamingos migrating from Kenya reached Tanzania.");
        assertEquals("Kenya>Tanzania", ends(birds));
        assertEquals(12_000L, birds.get(0).count());
        assertEquals(List.of(6000L, 3000L), movements(
                "About 9,000 workers entered Poland last year: 6,000 from Ukraine, and 3,000 from Belarus.")
                .stream().map(Movement::count).toList());
    }

    @Test
    void noEndInAnOrganisationOrADateline() {
        assertEquals("?>London", ends("Fans flew to London on an Air India flight."));
        assertEquals("?>Syria", ends("AMMAN, June 4 — Refugees returned to Syria."));
    }

    @Test
    void spreadIsAMovement() {
        List<Movement> ms = movements("The virus has spread to Zambia, Tanzania and Malawi.");
        assertEquals("?>Zambia ?>Tanzania ?>Malawi", ends(ms));
        assertEquals("The virus", ms.get(0).mover());
    }

    @Test
    void bordersAndDemonyms() {
        List<Movement> ms = movements("Fighters moved from Afghanistan to the Iranian border.");
        assertEquals("Afghanistan>Iran", ends(ms));
        assertEquals(Movement.EndKind.BORDER, ms.get(0).destinationKind());
        assertEquals("", ends("Diplomats were sent to the Peruvian capital on Tuesday."));
    }

    @Test
    void anyPhraseCanEndAMovementForMovelinkScoring() {
        GeoParser anyPhrase = new GeoParser(NlpPipelines.shared(), GeoNamesIndex.embedded(),
                MovementExtractor.Ends.ANY_PHRASE);
        List<Movement> ms = anyPhrase.parse(Document.of("t", "After lunch she walked from the museum to the station."))
                .movements();
        assertEquals(1, ms.size());
        assertEquals("museum", ms.get(0).originToponym().surface());
        assertEquals("station", ms.get(0).destinationToponym().surface());
        assertNull(ms.get(0).origin(), "no place: a phrase");
        assertEquals("", ends("After lunch she walked from the museum to the station."), "maps take named places");
    }

    @Test
    void theCountryAfterACityOnlySaysWhereItIs() {
        assertEquals("?>Erbil", ends("Forty aid workers were flown to Erbil, Iraq, on Sunday."));
    }

    @Test
    void sentencesWithoutMotionGiveNothing() {
        assertEquals("", ends("Talks between France and Egypt continued in Cairo."));
        assertEquals("", ends("Families moved after the war in Syria."));
        assertEquals("", ends("Suspects were taken into custody in Lyon."));
    }
}
