package org.waymark.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.waymark.SharedData;

@SharedData.Needs("data/geonames/cities500.txt")
class CountryBoundariesTest {

    /** A GeoNames populated place from cities500.txt. */
    record City(String name, double lat, double lon, String featureCode, String country, long population) {
        Coordinate coordinate() {
            return new Coordinate(lon, lat);
        }
    }

    private static final CountryBoundaries BOUNDARIES = CountryBoundaries.naturalEarth();
    private static List<City> cities;

    @BeforeAll
    static void readCities() throws IOException {
        Path file = SharedData.path("data/geonames/cities500.txt");
        cities = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                if (population >= 100_000 || f[7].equals("PPLC") || f[7].equals("PPLA")) {
                    cities.add(new City(f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[7], f[8],
                            population));
                }
            }
        }
    }

    private static City city(String name, String country) {
        return cities.stream().filter(c -> c.name().equals(name) && c.country().equals(country))
                .max((a, b) -> Long.compare(a.population(), b.population()))
                .orElseThrow(() -> new AssertionError(name + " not in cities500"));
    }

    private static double km(Coordinate a, Coordinate b) {
        return GreatCircle.distanceKm(a.y, a.x, b.y, b.x);
    }

    @Test
    void countriesOfTheSeedStoriesHaveValidPolygons() {
        for (String code : List.of("SY", "LY", "TJ", "PK", "FR", "NO", "AF", "RU", "XK", "SO", "CY", "GF", "SJ")) {
            Geometry g = BOUNDARIES.country(code).orElseThrow(() -> new AssertionError("no boundary for " + code));
            assertTrue(g.isValid(), code + " invalid");
            assertEquals(4326, g.getSRID());
            assertTrue(g.getEnvelopeInternal().getMinX() >= -180 && g.getEnvelopeInternal().getMaxX() <= 180);
        }
        assertEquals(BOUNDARIES.country("fr"), BOUNDARIES.country("FR"), "codes are case-insensitive");
        assertTrue(BOUNDARIES.all().size() > 240, "countries: " + BOUNDARIES.all().size());
    }

    @Test
    void countryAtFindsCapitals() {
        assertEquals(Optional.of("FR"), at(city("Paris", "FR")));
        assertEquals(Optional.of("SY"), at(city("Damascus", "SY")));
        assertEquals(Optional.of("XK"), at(city("Pristina", "XK")));
        assertEquals(Optional.of("UA"), at(city("Simferopol", "UA")), "Crimea as GeoNames codes it");
        assertEquals(Optional.of("SO"), at(city("Hargeysa", "SO")));
        assertEquals(Optional.of("CY"), at(city("Kyrenia", "CY")));
        assertEquals(Optional.of("GF"), at(city("Cayenne", "GF")));
        assertEquals(Optional.of("NO"), at(city("Oslo", "NO")));
        // France is found through an unwrapped longitude too
        City paris = city("Paris", "FR");
        assertEquals(Optional.of("FR"), BOUNDARIES.countryAt(paris.lat(), paris.lon() + 360));
        assertEquals(Optional.empty(), BOUNDARIES.countryAt(0, 0), "Gulf of Guinea");
        assertEquals(Optional.of("AQ"), BOUNDARIES.countryAt(-89.5, 30), "Antarctica is closed at the pole");
    }

    @Test
    void russiaIsWholeOnBothSidesOfTheAntimeridian() {
        assertEquals(Optional.of("RU"), BOUNDARIES.countryAt(67.5, 179.5));
        assertEquals(Optional.of("RU"), BOUNDARIES.countryAt(67.5, -179.5));
        assertEquals(Optional.of("RU"), BOUNDARIES.countryAt(66, -175), "eastern Chukotka");
        assertEquals(Optional.of("US"), at(city("Anchorage", "US")));
    }

    /** The boundaries agree with GeoNames' country codes for its large cities and capitals (those 1:50m doesn't put at sea). */
    @Test
    void countryAtAgreesWithGeoNamesForLargeCitiesAndCapitals() {
        int onLand = 0, agree = 0;
        Map<String, String> disagreements = new TreeMap<>();
        for (City c : cities) {
            Optional<String> found = at(c);
            if (found.isEmpty()) {
                continue;
            }
            onLand++;
            if (found.get().equals(c.country())) {
                agree++;
            } else {
                disagreements.put(c.name() + " " + c.country(), found.get());
            }
        }
        double landShare = onLand / (double) cities.size(), agreement = agree / (double) onLand;
        System.out.printf("countryAt: %d cities, %.1f%% on land, %.2f%% agree; disagreements: %s%n",
                cities.size(), 100 * landShare, 100 * agreement, disagreements);
        assertTrue(landShare > 0.92, "share on land " + landShare);
        assertTrue(agreement > 0.99, "agreement " + agreement + ": " + disagreements);
    }

    /** Tajikistan as seen from Islamabad: the Panj river border with Afghanistan's Wakhan corridor. */
    @Test
    void nearestBoundaryPointOfTajikistanFromIslamabad() {
        Coordinate islamabad = city("Islamabad", "PK").coordinate();
        Coordinate dushanbe = city("Dushanbe", "TJ").coordinate();
        Geometry tajikistan = BOUNDARIES.country("TJ").orElseThrow();
        Coordinate p = BOUNDARIES.nearestBoundaryPoint("TJ", islamabad);

        assertTrue(kmToBoundary(tajikistan, p) < 0.05, "off TJ's boundary by " + kmToBoundary(tajikistan, p) + " km");
        Geometry afghanistan = BOUNDARIES.country("AF").orElseThrow();
        assertTrue(kmToBoundary(afghanistan, p) < 3, "not on the Afghan-Tajik border: " + p);
        assertNoVertexIsCloser(tajikistan, islamabad, p);
        double toBorder = km(islamabad, p), toCapital = km(islamabad, dushanbe);
        System.out.printf("Islamabad -> TJ border %s: %.1f km (Dushanbe %.1f km)%n", p, toBorder, toCapital);
        assertTrue(toBorder < 0.7 * toCapital, toBorder + " km vs " + toCapital + " km to Dushanbe");
    }

    @Test
    void nearestBoundaryPointIsNearestAcrossTheAntimeridianAndFarAway() {
        Coordinate anchorage = city("Anchorage", "US").coordinate();
        Geometry russia = BOUNDARIES.country("RU").orElseThrow();
        Coordinate p = BOUNDARIES.nearestBoundaryPoint("RU", anchorage);
        assertTrue(Math.abs(p.x) > 168, "should be in Chukotka: " + p);
        assertTrue(kmToBoundary(russia, p) < 0.05);
        assertNoVertexIsCloser(russia, anchorage, p);

        // Libya from Damascus: over 1,000 km, where planar lon/lat distance would mislead
        Coordinate damascus = city("Damascus", "SY").coordinate();
        Geometry libya = BOUNDARIES.country("LY").orElseThrow();
        Coordinate q = BOUNDARIES.nearestBoundaryPoint("LY", damascus);
        assertTrue(kmToBoundary(libya, q) < 0.05);
        assertNoVertexIsCloser(libya, damascus, q);
    }

    @Test
    void unknownOrMalformedCodesAreReported() {
        assertEquals(Optional.empty(), BOUNDARIES.country("ZZ"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> BOUNDARIES.nearestBoundaryPoint("ZZ", new Coordinate(0, 0)));
        assertTrue(unknown.getMessage().contains("'ZZ'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BOUNDARIES.country("FRA"));
        assertThrows(IllegalArgumentException.class, () -> BOUNDARIES.countryAt(95, 0));
    }

    @Test
    void concurrentLookupsAgreeWithSequentialOnes() {
        List<City> sample = cities.subList(0, Math.min(3000, cities.size()));
        List<Optional<String>> sequential = sample.stream().map(CountryBoundariesTest::at).toList();
        List<Optional<String>> parallel = sample.parallelStream().map(CountryBoundariesTest::at).toList();
        assertEquals(sequential, parallel);
    }

    private static Optional<String> at(City c) {
        return BOUNDARIES.countryAt(c.lat(), c.lon());
    }

    /** Great-circle km from p to the nearest point of g's boundary (found in lon/lat: fine at this range). */
    private static double kmToBoundary(Geometry g, Coordinate p) {
        Geometry point = new GeometryFactory().createPoint(p);
        Coordinate[] nearest = DistanceOp.nearestPoints(g.getBoundary(), point);
        return km(nearest[0], p);
    }

    private static void assertNoVertexIsCloser(Geometry country, Coordinate from, Coordinate found) {
        double foundKm = km(from, found);
        double bestVertexKm = Double.POSITIVE_INFINITY;
        for (Coordinate v : country.getCoordinates()) {
            bestVertexKm = Math.min(bestVertexKm, km(from, v));
        }
        assertTrue(foundKm <= bestVertexKm + 0.01, foundKm + " km, but a vertex is " + bestVertexKm + " km away");
        assertTrue(foundKm > bestVertexKm - 30, "implausibly far inside an edge: " + foundKm + " vs " + bestVertexKm);
    }

    @Test
    void sharedBordersCoincide() {
        // Natural Earth is topologically clean: neighbours touch without gaps or overlaps
        Geometry sy = BOUNDARIES.country("SY").orElseThrow(), tr = BOUNDARIES.country("TR").orElseThrow();
        assertTrue(sy.intersection(tr).getArea() < 1e-6, "overlap");
        assertTrue(sy.getBoundary().intersection(tr.getBoundary()).getLength() > 7, "shared border too short");
        assertFalse(BOUNDARIES.country("SY").orElseThrow().intersects(BOUNDARIES.country("LY").orElseThrow()));
    }
}
