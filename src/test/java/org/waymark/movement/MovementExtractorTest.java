package org.waymark.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.waymark.GeoParser;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.geography.CountryBoundaries;
import org.waymark.nlp.NlpPipelines;
import org.waymark.text.Document;

/** Movement patterns on sentences written for this test, through the whole pipeline with the embedded gazetteer. */
class MovementExtractorTest {
    static GeoParser parser;

    @BeforeAll
    static void load() {
        parser = new GeoParser(NlpPipelines.shared(), GeoNamesIndex.embedded(), MovementPaths.standard());
    }

    static List<Movement> movements(String text) {
        return parser.parse(Document.of("t", text)).movements();
    }

    static String ends(List<Movement> ms) {
        return ms.stream().map(m -> name(m.origin()) + ">" + name(m.destination())).collect(Collectors.joining(" "));
    }

    static String name(org.waymark.gazetteer.Place p) {
        return p == null ? "?" : p.name();
    }

    @Test
    void onlySentencesWithAWordThatGivesAnEndAreParsed() {
        // the gate before the parse must let through every sentence whose places a motion can take as ends
        for (String yes : List.of("Troops were flown to Libya.", "The convoy crossed Jordan.",
                "The plane landed in Kabul.", "Families left Aleppo for Lebanon.", "They came out of Syria.",
                "Flights that left from the countries of concern named on Monday by the ministry, such as Japan, were "
                        + "stopped.")) {
            assertTrue(mayGiveEnds(yes), yes);
        }
        for (String no : List.of("Protesters marched in Kabul on Friday.", "Families moved after the war in Syria.",
                "The Syrian army moved fast.", "They travelled to the hills, and many weeks later, when the rains had "
                        + "ended and the roads were open again, Kabul welcomed them.")) {
            assertTrue(!mayGiveEnds(no), no);
            assertEquals("", ends(movements(no)), no);
        }
    }

    /** The gate on the first sentence of a text, with its resolved places. */
    private static boolean mayGiveEnds(String text) {
        org.waymark.nlp.AnnotatedText annotated = NlpPipelines.shared().annotate(text);
        GeoNamesIndex gazetteer = GeoNamesIndex.embedded();
        List<org.waymark.resolve.Mention> places = new org.waymark.resolve.ToponymResolver(gazetteer)
                .resolve(annotated, new org.waymark.recognize.ToponymRecognizer(gazetteer).recognize(annotated))
                .stream().filter(org.waymark.resolve.Mention::isResolved).toList();
        assertTrue(!places.isEmpty(), text);
        return MovementExtractor.mayGiveEnds(annotated, annotated.sentences().get(0), places);
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
    void passiveVoiceAndCoordinatedDestinations() {
        List<Movement> ms = movements("Hundreds of prisoners were deported to Morocco and Algeria in May.");
        assertEquals("?>Morocco ?>Algeria", ends(ms));
        assertTrue(ms.stream().allMatch(m -> m.path() == null), "no path without an origin");
    }

    @Test
    void objectOfLeaveIsTheSourceAndForIsTheDestination() {
        List<Movement> ms = movements("Dozens of families left Aleppo and Homs for Lebanon on Friday.");
        assertEquals("Aleppo>Lebanon Homs>Lebanon", ends(ms));
    }

    @Test
    void countsAttachedToEachSource() {
        List<Movement> ms = movements(
                "About 9,000 workers entered Poland last year: 6,000 from Ukraine, and 3,000 from Belarus.");
        assertEquals("Ukraine>Poland Belarus>Poland", ends(ms));
        assertEquals(List.of(6000L, 3000L), ms.stream().map(Movement::count).toList());
    }

    @Test
    void modalAndFutureStatements() {
        assertEquals(Movement.Status.POSSIBLE,
                movements("The army may send engineers from Kenya to Somalia.").get(0).status());
        assertEquals(Movement.Status.PLANNED,
                movements("The minister will travel from Berlin to Hanoi on Monday.").get(0).status());
    }

    @Test
    void negatedAndDeniedMovementsAreNotEmitted() {
        assertEquals(List.of(), movements("The convoy did not cross from Jordan into Syria."));
        assertEquals(List.of(), movements("The port refused to let the ship enter Italy, and it never left Tunisia."));
        assertEquals(List.of(), movements("Officials denied that troops were sent from Chad to Niger."));
    }

    @Test
    void viaPlaces() {
        List<Movement> ms = movements("The refugees reached Austria via Hungary.");
        assertEquals("?>Austria", ends(ms));
        assertEquals(List.of("Hungary"), ms.get(0).via().stream().map(name -> name.name()).toList());
    }

    @Test
    void originCarriedOverFromTheSentenceBefore() {
        List<Movement> ms = movements("A brigade was withdrawn from Mali in March. "
                + "These troops were later deployed to Chad.");
        assertEquals("Mali>Chad", ends(ms));
        assertTrue(ms.get(0).originInferred());
    }

    @Test
    void destinationCarriedOverToAClauseThatGivesOnlyAnOrigin() {
        List<Movement> ms = movements("Some smugglers entered Spain via Morocco, while others came from Portugal.");
        assertEquals("?>Spain Portugal>Spain", ends(ms));
    }

    @Test
    void borderEndLiesOnTheBoundaryNearestTheOrigin() {
        List<Movement> ms = movements("Militants were flown from Iraq to the border of Jordan.");
        assertEquals(1, ms.size());
        Movement m = ms.get(0);
        assertEquals(Movement.EndKind.BORDER, m.destinationKind());
        LineString path = m.path();
        assertNotNull(path);
        Coordinate end = path.getCoordinateN(path.getNumPoints() - 1);
        double toBoundary = CountryBoundaries.naturalEarth().country("JO").orElseThrow().getBoundary()
                .distance(path.getFactory().createPoint(end));
        assertTrue(toBoundary < 1e-6, "end point lies on Jordan's boundary, off by " + toBoundary + " degrees");
        assertTrue(Math.abs(end.x - m.destination().longitude()) + Math.abs(end.y - m.destination().latitude()) > 0.5,
                "not Jordan's own point");
    }

    @Test
    void demonymBorderIsABorderEndButADemonymCapitalIsNot() {
        List<Movement> ms = movements("Fighters moved from Afghanistan to the Iranian border.");
        assertEquals("Afghanistan>Iran", ends(ms));
        assertEquals(Movement.EndKind.BORDER, ms.get(0).destinationKind());
        List<Movement> capital = movements("Diplomats were sent to the Peruvian capital on Tuesday.");
        assertEquals(List.of(), capital);
    }

    @Test
    void twoMotionWordsOfOneJourney() {
        List<Movement> ms = movements("Many of the migrants had travelled from Niger across the Sahara before "
                + "reaching Tripoli.");
        assertEquals("Niger>Tripoli", ends(ms));
    }

    @Test
    void arrivalsEndWhereTheyArrive() {
        assertEquals("Greece>Germany", ends(movements("The families arrived in Germany from Greece in June.")));
    }

    @Test
    void anyPhraseCanEndAMovementForMovelinkScoring() {
        GeoParser anyPhrase = new GeoParser(NlpPipelines.shared(), GeoNamesIndex.embedded(), MovementPaths.standard(),
                MovementExtractor.Ends.ANY_PHRASE);
        List<Movement> ms = anyPhrase.parse(Document.of("t", "After lunch she walked from the museum to the station."))
                .movements();
        assertEquals(1, ms.size());
        assertEquals("museum", ms.get(0).originToponym().surface());
        assertEquals("station", ms.get(0).destinationToponym().surface());
        assertNull(ms.get(0).origin(), "no place: a phrase");
        assertEquals(List.of(), movements("After lunch she walked from the museum to the station."),
                "maps take named places only");
    }

    @Test
    void sentencesWithoutMotionGiveNothing() {
        assertEquals(List.of(), movements("Talks between France and Egypt continued in Cairo."));
        assertNull(null);
    }
}
