package org.waymark.gazetteer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoNamesIndexTest {
    private static GeoNamesIndex gaz;

    @BeforeAll
    static void load() {
        gaz = GeoNamesIndex.embedded();
    }

    private static Set<Long> ids(String name) {
        return gaz.candidates(name).stream().map(Place::geonameid).collect(Collectors.toSet());
    }

    private static void assertCandidate(String name, long... expected) {
        Set<Long> got = ids(name);
        for (long id : expected) {
            assertTrue(got.contains(id), name + " should include " + id + ", got " + got);
        }
    }

    @Test
    void theIndexInTheClassTreeIsTheOneItsSourcesMake(@TempDir Path dir) throws IOException {
        // the build writes embedded.idx once; a curated file edited since must not leave a stale index behind
        Path fresh = dir.resolve("fresh.idx");
        GeoNamesIndex.writeEmbedded(Path.of(GeoNamesIndex.EMBEDDED_SOURCES), fresh);
        byte[] shipped;
        try (InputStream in = GeoNamesIndex.class.getResourceAsStream(GeoNamesIndex.EMBEDDED_INDEX)) {
            assertNotNull(in, "the build (process-classes) writes " + GeoNamesIndex.EMBEDDED_INDEX);
            shipped = in.readAllBytes();
        }
        assertArrayEquals(Files.readAllBytes(fresh), shipped);
        assertEquals("embedded", gaz.sourceName());
        assertTrue(gaz.size() > 200_000, "cities500 + countries + admin1 + admin2 + seas + regions, got " + gaz.size());
    }

    @Test
    void ambiguousNamesKeepAllTheirPlaces() {
        assertCandidate("Nice", 2990440);
        assertCandidate("Georgia", 614540, 4197000);
        assertCandidate("New York", 5128581, 5128638);
        assertCandidate("Washington", 5815135, 4140963);
    }

    /** The code of the embedded place of that id among a name's candidates. */
    private static String featureCode(String name, long id) {
        return gaz.candidates(name).stream().filter(p -> p.geonameid() == id).map(Place::featureCode).findFirst()
                .orElse("missing: " + ids(name));
    }

    @Test
    void seasStraitsGulfsSecondLevelDivisionsAndSmallTownsAreEmbedded() {
        // where migrants land and convoys cross: seas and straits, islands' divisions, towns under 15,000
        assertEquals("SEA", featureCode("Mediterranean", 363196));
        assertEquals("SEA", featureCode("Black Sea", 630673));
        assertEquals("STRT", featureCode("Strait of Gibraltar", 2363256));
        assertEquals("GULF", featureCode("Gulf of Aden", 80303));
        assertEquals("BAY", featureCode("Bay of Bengal", 1281789));
        assertEquals("ADM2", featureCode("Lesbos", 258465));
        assertEquals("ADM2", featureCode("Cook County", 4888671));
        assertEquals("PPLA3", featureCode("Lampedusa", 2524459));
        assertEquals("PPL", featureCode("Nice", 5376959), "Nice, California: 2,700 people");
    }

    @Test
    void placesCarryGeoNamesFields() {
        Place georgia = gaz.byId(614540).orElseThrow();
        assertTrue(georgia.isCountry());
        assertEquals("GE", georgia.countryCode());
        assertTrue(georgia.population() > 3_000_000);
        assertEquals(42.0, georgia.latitude(), 1.0);
        Place state = gaz.byId(4197000).orElseThrow();
        assertTrue(state.isAdmin1());
        assertEquals("GA", state.admin1());
        // the bundled label point (inside the state, near its middle), not Atlanta's (33.75, -84.39)
        assertEquals(32.85, state.latitude(), 0.1);
        assertEquals(-83.43, state.longitude(), 0.1);
        // Alberta's label point is some 300 km from its seat Edmonton (53.55, -113.47): big divisions need their own
        Place alberta = gaz.admin1("CA", "01").orElseThrow();
        assertTrue(alberta.latitude() < 55.5 && alberta.latitude() > 54.5, "Alberta at " + alberta.latitude());
        Place nice = gaz.byId(2990440).orElseThrow();
        assertTrue(nice.isPopulatedPlace());
        assertEquals("FR", nice.countryCode());
        assertEquals(43.70, nice.latitude(), 0.01);
    }

    @Test
    void similarNamesForSpellingVariantsOnly() {
        // one letter added, one transposed, two changed in a long name; the first letter must agree
        assertTrue(gaz.similar("Mauritious").places().stream().anyMatch(p -> p.geonameid() == 934292));
        assertTrue(gaz.similar("Afghnaistan").places().stream().anyMatch(p -> p.geonameid() == 1149361));
        assertTrue(gaz.similar("Kazakstann").places().stream().anyMatch(p -> p.geonameid() == 1522867));
        assertTrue(gaz.similar("Mauritius").places().isEmpty(), "a known name needs no guess");
        assertTrue(gaz.similar("Pariz").places().isEmpty() || gaz.similar("Pariz").places().stream()
                .allMatch(p -> p.name().startsWith("P")));
        assertTrue(gaz.similar("Mali").places().isEmpty(), "too short to guess");
        assertTrue(gaz.similar("Nort Dakota").places().isEmpty(), "several words: no guess");
        assertTrue(gaz.similar("Qwxzvbnm").places().isEmpty());
    }

    @Test
    void regionsAndTheirEnglishNames() {
        assertCandidate("Middle East", 6269133);
        assertCandidate("Mideast", 6269133);
        assertCandidate("middle East", 6269133);
        assertCandidate("Central Asia", 7729893);
        assertCandidate("Caucasus", 615318);
        assertCandidate("Caucasus Region", 615318);
        assertCandidate("Europe", 6255148);
        assertCandidate("Asia", 6255147);
        assertCandidate("Arabian Peninsula", 6957697);
        assertTrue(gaz.byId(6269133).orElseThrow().isContinentOrRegion());
    }

    @Test
    void admin1DivisionsAndSpellingVariants() {
        assertCandidate("Xinjiang", 1529047);
        assertCandidate("Xinjiang Uygur Autonomous Region", 1529047);
        // English names that GeoNames' admin1 file lacks (curated aliases)
        assertCandidate("Rhineland-Palatinate", 2847618);
        assertCandidate("Oromia", 444185);
        assertCandidate("Badghis", 1147707);
        assertTrue(gaz.byId(1147707).orElseThrow().isAdmin1());
        assertEquals(1147707, gaz.admin1("AF", "02").orElseThrow().geonameid());
        assertCandidate("North Rhine-Westphalia", 2861876);
        assertCandidate("North Rhine Westphalia", 2861876);
        assertCandidate("Aktobe", 610611);
        for (String raqqa : List.of("ar-Raqqah", "Ar Raqqah", "Raqqa", "Al Raqqah", "AR-RAQQAH")) {
            assertCandidate(raqqa, 172955, 172957);
        }
        for (String deir : List.of("Deir ez-Zor", "Deir al-Zor", "Dayr az Zawr", "Deir Ez Zor")) {
            assertCandidate(deir, 170794, 170792);
        }
    }

    @Test
    void countryShortFormsAndDemonyms() {
        for (String us : List.of("U.S.", "US", "USA", "United States", "America")) {
            assertCandidate(us, 6252001);
        }
        assertCandidate("UK", 2635167);
        assertCandidate("Britain", 2635167);
        assertCandidate("England", 6269131);
        assertCandidate("Holland", 2750405);
        assertCandidate("Kiev", 703448);
        assertCandidate("Kyiv", 703448);
        assertEquals(6252001, gaz.country("US").orElseThrow().geonameid());
        assertEquals("UZ", gaz.demonymCountry(Names.normalize("Uzbek")).orElseThrow());
        assertEquals("UZ", gaz.demonymCountry(Names.normalize("Uzbeks")).orElseThrow());
        assertEquals("TJ", gaz.demonymCountry(Names.normalize("Tajik")).orElseThrow());
        assertEquals("SY", gaz.demonymCountry(Names.normalize("Syrian")).orElseThrow());
        assertEquals("SY", gaz.demonymCountry(Names.normalize("Syrians")).orElseThrow());
        assertTrue(gaz.demonymCountry("table").isEmpty());
        assertEquals(gaz.countries().size(), gaz.countries().stream().filter(Place::isCountry).count());
        assertTrue(gaz.countries().size() >= 250);
    }

    @Test
    void ordinaryWordsAreNotNamesButRealCitiesStay() {
        // GeoNames lists "Globe" for Earth and "Lime" for Lima; such alternate names are dropped ...
        assertTrue(gaz.candidates("Globe").stream().noneMatch(p -> p.geonameid() == 6295630), "not the Earth");
        assertFalse(gaz.isName("said"));
        assertFalse(gaz.isName("the"));
        assertTrue(gaz.candidates("Lime").stream().noneMatch(p -> p.geonameid() == 3936456));
        // ... but a place's own name stays, however common the word
        assertTrue(gaz.isName("split"));
        assertTrue(gaz.isName("reading"));
        assertTrue(gaz.isName("bath"));
        // and English exonyms kept on purpose
        assertCandidate("Cologne", 2886242);
        assertTrue(gaz.maxNameTokens() >= 4);
        assertTrue(gaz.candidates("").isEmpty());
        assertTrue(gaz.candidates("Xqzzyville").isEmpty());
    }

    @Test
    void candidatesComeMostPopulousFirst() {
        List<Place> paris = gaz.candidates("Paris");
        assertEquals(2988507, paris.get(0).geonameid(), "Paris, France first: " + paris);
        for (int i = 1; i < paris.size(); i++) {
            assertTrue(paris.get(i - 1).population() >= paris.get(i).population());
        }
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(
                    () -> gaz.candidates("Nice").size(), () -> gaz.candidates("Nice").size(),
                    () -> gaz.candidates("Nice").size(), () -> gaz.candidates("Nice").size()));
            int first = results.get(0).get();
            for (Future<Integer> r : results) {
                assertEquals(first, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
