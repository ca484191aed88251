package org.waymark.gazetteer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.SharedData;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedData.Needs({"data/geonames", "data/admin1/admin1_points.tsv"})
class GazetteerBuilderTest {
    private static GeoNamesIndex built;

    @BeforeAll
    static void buildAndLoad() throws IOException {
        Path index = TestData.builtIndex();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        built = GeoNamesIndex.load(index);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("geonames-index: %d places, %d names, loaded in %.2f s (%.2f s CPU)%n",
                built.size(), built.nameCount(), wall, cpu);
        assertTrue(cpu < 3.0, "index load took " + cpu + " s CPU");
    }

    @Test
    void findsTownsThatOnlyCities500Has() throws IOException {
        assertEquals("geonames-index", built.sourceName());
        GeoNamesIndex embedded = GeoNamesIndex.embedded();
        // every 2000th cities500 row must be found by its name in the built index, and in the embedded gazetteer,
        // which the build makes from an extract of the same dump
        int checked = 0;
        try (BufferedReader r = Files.newBufferedReader(TestData.geonamesDir().resolve("cities500.txt"), StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; n++) {
                String[] row = line.split("\t");
                long id = Long.parseLong(row[0]);
                if (n % 2000 != 0) {
                    continue;
                }
                assertTrue(embedded.candidates(row[1]).stream().anyMatch(p -> p.geonameid() == id),
                        row[1] + " (" + id + ") missing from the embedded gazetteer");
                assertTrue(built.candidates(row[1]).stream().anyMatch(p -> p.geonameid() == id),
                        row[1] + " (" + id + ") missing from the built index");
                Place p = built.byId(id).orElseThrow();
                assertEquals(Double.parseDouble(row[4]), p.latitude(), 1e-9);
                assertEquals(row[8], p.countryCode());
                checked++;
            }
        }
        assertTrue(checked > 50, "checked " + checked);
        // Nice, California: below 15,000 people, yet found
        assertTrue(built.candidates("Nice").stream().anyMatch(p -> p.geonameid() == 2990440));
        assertTrue(built.candidates("Nice").stream().anyMatch(p -> p.countryCode().equals("US")),
                "Nice, US: " + built.candidates("Nice"));
        assertTrue(built.candidates("Soldeu").stream().anyMatch(p -> p.geonameid() == 3038999));
    }

    @Test
    void keepsWhatTheEmbeddedGazetteerHas() {
        for (String name : List.of("Middle East", "Mideast", "Central Asia", "Caucasus", "Xinjiang", "ar-Raqqah",
                "Deir al-Zor", "Aktobe", "Badghis", "North Rhine-Westphalia", "U.S.", "Georgia", "Washington")) {
            assertTrue(built.isName(Names.normalize(name)), name);
        }
        assertTrue(built.candidates("Georgia").stream().anyMatch(p -> p.geonameid() == 4197000));
        assertTrue(built.candidates("Georgia").stream().anyMatch(p -> p.geonameid() == 614540));
        assertEquals("UZ", built.demonymCountry("uzbek").orElseThrow());
        assertEquals(GeoNamesIndex.embedded().countries().size(), built.countries().size());
        // no-country.txt brings seas the embedded list also has, and more
        assertTrue(built.candidates("Gulf of Aden").stream().anyMatch(p -> p.geonameid() == 80303));
    }

    @Test
    void admin1PointsComeFromThePointsFile() throws IOException {
        // admin1_points.tsv beside the GeoNames folder gives Badghis its own point, not its seat's
        String row = Files.readAllLines(SharedData.path("data/admin1/admin1_points.tsv")).stream()
                .filter(l -> l.startsWith("AF.02\t")).findFirst().orElseThrow();
        String[] f = row.split("\t");
        Place badghis = built.admin1("AF", "02").orElseThrow();
        assertEquals(1147707, badghis.geonameid());
        assertEquals(Double.parseDouble(f[4]), badghis.latitude(), 1e-9);
        assertEquals(Double.parseDouble(f[5]), badghis.longitude(), 1e-9);
    }

    @Test
    void twoCountriesJoinedByAndAreTwoPlacesNotTheirUnRegion() {
        // no-country.txt has the UN region "Australia and New Zealand"; the recognizer reads the two countries
        assertTrue(built.candidates("Australia and New Zealand").stream().anyMatch(Place::isContinentOrRegion));
        org.waymark.recognize.ToponymRecognizer recognizer = new org.waymark.recognize.ToponymRecognizer(built);
        java.util.function.Function<String, List<String>> surfaces = text -> recognizer
                .recognize(org.waymark.nlp.NlpPipelines.shared().annotate(text)).stream()
                .map(org.waymark.recognize.Toponym::surface).toList();
        assertEquals(List.of("Australia", "New Zealand"),
                surfaces.apply("Exporters compete with Australia and New Zealand for the same buyers."));
        // a country whose name joins two names stays whole
        assertEquals(List.of("Trinidad and Tobago"), surfaces.apply("Flooding hit Trinidad and Tobago on Monday."));
    }

    @Test
    void aDivisionPointAmongAnotherDivisionsPlacesIsReplacedByItsSeat() {
        // the points file puts Corsica (FR.94) near Paris and Central Luzon (PH.03) in Mindanao: labels of
        // other divisions; each goes to its seat instead (Ajaccio; San Fernando, Pampanga), in both gazetteers
        for (GeoNamesIndex g : List.of(built, GeoNamesIndex.embedded())) {
            assertNear(g.admin1("FR", "94").orElseThrow(), 41.93, 8.74);
            assertNear(g.admin1("PH", "03").orElseThrow(), 15.03, 120.69);
            // a far point that no other division's places surround stays: Nunavut's lies in the empty middle
            assertNear(g.admin1("CA", "14").orElseThrow(), 64.39, -97.14);
        }
    }

    private static void assertNear(Place p, double lat, double lon) {
        double km = org.waymark.geography.GreatCircle.distanceKm(p.latitude(), p.longitude(), lat, lon);
        assertTrue(km < 30, p.name() + " at " + p.latitude() + "," + p.longitude() + " is " + (int) km + " km away");
    }

    @Test
    void secondLevelDivisionsSitAtTheirSeatOrAmongTheirPlaces() {
        // admin2Codes.txt gives no coordinates: Metcalfe County (Kentucky) gets its seat Edmonton's point
        Place metcalfe = built.candidates("Metcalfe County").stream().filter(p -> p.featureCode().equals("ADM2"))
                .findFirst().orElseThrow();
        assertEquals(4300606, metcalfe.geonameid());
        assertEquals("KY", metcalfe.admin1());
        Place seat = built.candidates("Edmonton").stream().filter(p -> p.admin1().equals("KY")).findFirst().orElseThrow();
        assertEquals(seat.latitude(), metcalfe.latitude(), 0.3);
        assertEquals(seat.longitude(), metcalfe.longitude(), 0.3);
        // "Province of Nueva Ecija" also answers to its short name, an English county to its own
        assertTrue(built.candidates("Nueva Ecija").stream().anyMatch(p -> p.geonameid() == 1697473));
        Place suffolk = built.byId(2636561).orElseThrow();
        assertEquals("ADM2", suffolk.featureCode());
        assertTrue(suffolk.latitude() > 51.9 && suffolk.latitude() < 52.6 && suffolk.longitude() > 0.3,
                "Suffolk at " + suffolk.latitude() + ", " + suffolk.longitude());
        // the embedded gazetteer is built from the same admin2Codes.txt
        assertTrue(GeoNamesIndex.embedded().candidates("Metcalfe County").stream()
                .anyMatch(p -> p.geonameid() == 4300606));
    }

    @Test
    void admin1PopulationIsEstimatedFromTheCountry() {
        Place alberta = built.admin1("CA", "01").orElseThrow();
        long canada = built.country("CA").orElseThrow().population();
        assertEquals(0, alberta.population(), "GeoNames admin1 rows carry none");
        assertEquals(canada / 13, built.populationEstimate(alberta), "13 provinces and territories");
        Place nice = built.byId(2990440).orElseThrow();
        assertEquals(nice.population(), built.populationEstimate(nice));
    }

    @Test
    void malformedDumpLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        copyBasics(dir);
        List<String> rows = new ArrayList<>(Files.readAllLines(TestData.geonamesDir().resolve("cities500.txt")).subList(0, 5));
        String[] broken = rows.get(3).split("\t", -1);
        broken[4] = "north";                       // latitude that is not a number
        rows.set(3, String.join("\t", broken));
        Path dump = dir.resolve("cities500.txt");
        Files.write(dump, rows);
        GazetteerFileException e = assertThrows(GazetteerFileException.class,
                () -> GazetteerBuilder.build(dir, dir.resolve("out.idx")));
        assertEquals(dump.toString(), e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("cities500.txt:4") && e.getMessage().contains("latitude"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("out.idx")), "no index left behind");

        rows.set(3, "3039154\tEl Tarter\tEl Tarter");   // a truncated row
        Files.write(dump, rows);
        e = assertThrows(GazetteerFileException.class, () -> GazetteerBuilder.build(dir, dir.resolve("out.idx")));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("19 tab-separated columns"), e.getMessage());
    }

    @Test
    void missingInputsAreNamed(@TempDir Path dir) throws IOException {
        GazetteerFileException e = assertThrows(GazetteerFileException.class,
                () -> GazetteerBuilder.build(dir, dir.resolve("out.idx")));
        assertTrue(e.getMessage().contains("allCountries.txt or cities"), e.getMessage());
        Files.writeString(dir.resolve("cities15000.txt"), "");
        e = assertThrows(GazetteerFileException.class, () -> GazetteerBuilder.build(dir, dir.resolve("out.idx")));
        assertTrue(e.file().endsWith("countryInfo.txt"), e.getMessage());
    }

    @Test
    void smallBuildRoundTripsAndOtherFilesAreRejected(@TempDir Path dir) throws IOException {
        copyBasics(dir);
        Files.write(dir.resolve("cities500.txt"),
                Files.readAllLines(TestData.geonamesDir().resolve("cities500.txt")).subList(0, 200));
        Path out = dir.resolve("small.idx");
        GazetteerBuilder.Summary s = GazetteerBuilder.build(dir, out);
        GeoNamesIndex small = GeoNamesIndex.load(out);
        assertEquals(s.places(), small.size());
        assertEquals(s.names(), small.nameCount());
        // countries, admin1 and the curated regions, plus the 200 towns
        assertTrue(small.size() > 250 + 3800 + 200, "places " + small.size());
        assertTrue(small.candidates("Soldeu").stream().anyMatch(p -> p.geonameid() == 3038999));
        assertEquals(Optional.empty(), small.byId(5128581));   // New York is not in the first 200 rows

        Path notIndex = dir.resolve("countryInfo.txt");
        GazetteerFileException e = assertThrows(GazetteerFileException.class, () -> GeoNamesIndex.load(notIndex));
        assertTrue(e.getMessage().contains("countryInfo.txt"), e.getMessage());
        Path truncated = dir.resolve("truncated.idx");
        byte[] bytes = Files.readAllBytes(out);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        e = assertThrows(GazetteerFileException.class, () -> GeoNamesIndex.load(truncated));
        assertTrue(e.getMessage().contains("truncated or corrupt"), e.getMessage());
    }

    private static void copyBasics(Path dir) throws IOException {
        for (String f : List.of("countryInfo.txt", "admin1CodesASCII.txt")) {
            Files.copy(TestData.geonamesDir().resolve(f), dir.resolve(f));
        }
    }
}
