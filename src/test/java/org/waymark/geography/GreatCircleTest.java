package org.waymark.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

class GreatCircleTest {

    private static final Coordinate DAMASCUS = new Coordinate(36.2765, 33.5138);
    private static final Coordinate TRIPOLI = new Coordinate(13.1913, 32.8872);
    private static final Coordinate TOKYO = new Coordinate(139.6917, 35.6895);
    private static final Coordinate HONOLULU = new Coordinate(-157.8583, 21.3069);

    private static double km(Coordinate a, Coordinate b) {
        return GreatCircle.distanceKm(a.y, a.x, b.y, b.x);
    }

    @Test
    void haversineAgreesWithSphereGeometry() {
        double quarterMeridian = Math.PI / 2 * GreatCircle.EARTH_RADIUS_KM;
        assertEquals(quarterMeridian, GreatCircle.distanceKm(0, 0, 90, 0), 1e-6);
        assertEquals(quarterMeridian, GreatCircle.distanceKm(0, 10, 0, 100), 1e-6);
        assertEquals(2 * quarterMeridian, GreatCircle.distanceKm(0, 0, 0, 180), 1e-6);
        assertEquals(0, GreatCircle.distanceKm(33.5, 36.3, 33.5, 36.3), 0);
        // a minute of arc of latitude is (near enough) a nautical mile
        assertEquals(1.852, GreatCircle.distanceKm(45, 7, 45 + 1 / 60.0, 7), 0.002);
        // longitude is periodic, distance symmetric
        assertEquals(GreatCircle.distanceKm(10, 170, 12, -175), GreatCircle.distanceKm(12, 185, 10, 170), 1e-9);
    }

    @Test
    void pathStartsAndEndsAtInputsAndStaysOnTheGreatCircle() {
        LineString path = GreatCircle.path(DAMASCUS, TRIPOLI);
        Coordinate[] c = path.getCoordinates();
        assertEquals(4326, path.getSRID());
        assertTrue(c[0].equals2D(DAMASCUS), "first vertex is the origin");
        assertTrue(c[c.length - 1].equals2D(TRIPOLI), "last vertex is the destination");
        double total = km(DAMASCUS, TRIPOLI);
        double along = 0;
        for (int i = 1; i < c.length; i++) {
            // on the great circle: detour via the vertex costs nothing
            assertEquals(total, km(DAMASCUS, c[i]) + km(c[i], TRIPOLI), 1e-6, "vertex " + i + " off the arc");
            along += km(c[i - 1], c[i]);
        }
        assertEquals(total, along, 1e-6);
        // a great circle bends north of the rhumb line between these latitudes
        assertTrue(c[c.length / 2].y > (DAMASCUS.y + TRIPOLI.y) / 2 + 0.3, "mid-point " + c[c.length / 2]);
    }

    @Test
    void pathVerticesAreEvenlySpacedAtMostMaxStepApart() {
        LineString path = GreatCircle.path(DAMASCUS, TRIPOLI);
        Coordinate[] c = path.getCoordinates();
        double total = km(DAMASCUS, TRIPOLI);
        assertEquals((int) Math.ceil(total / GreatCircle.MAX_STEP_KM) + 1, c.length);
        double step = total / (c.length - 1);
        assertTrue(step <= GreatCircle.MAX_STEP_KM && step > GreatCircle.MAX_STEP_KM / 2, "step " + step);
        for (int i = 1; i < c.length; i++) {
            assertEquals(step, km(c[i - 1], c[i]), 1e-6);
        }
    }

    @Test
    void pathAcrossTheAntimeridianKeepsLongitudesContinuous() {
        Coordinate[] c = GreatCircle.path(TOKYO, HONOLULU).getCoordinates();
        assertTrue(c[0].equals2D(TOKYO));
        Coordinate last = c[c.length - 1];
        assertEquals(HONOLULU.x + 360, last.x, 1e-9, "end shifted by one turn, not wrapped");
        assertEquals(HONOLULU.y, last.y, 0);
        double total = km(TOKYO, HONOLULU);
        for (int i = 1; i < c.length; i++) {
            assertTrue(c[i].x > c[i - 1].x && c[i].x - c[i - 1].x < 5, "jump at vertex " + i);
            assertEquals(total, km(TOKYO, c[i]) + km(c[i], HONOLULU), 1e-6);
        }
        // poleward of the straight lon/lat line over the Pacific
        assertTrue(c[c.length / 2].y > (TOKYO.y + HONOLULU.y) / 2 + 2, "mid-point " + c[c.length / 2]);
    }

    @Test
    void identicalPointsGiveATwoVertexLine() {
        LineString path = GreatCircle.path(DAMASCUS, new Coordinate(DAMASCUS));
        assertEquals(2, path.getNumPoints());
        assertTrue(path.getCoordinateN(0).equals2D(DAMASCUS) && path.getCoordinateN(1).equals2D(DAMASCUS));
    }

    @Test
    void antipodesAreJoinedByAHalfCircle() {
        Coordinate from = new Coordinate(10, 20), to = new Coordinate(-170, -20);
        Coordinate[] c = GreatCircle.path(from, to).getCoordinates();
        double half = Math.PI * GreatCircle.EARTH_RADIUS_KM;
        assertEquals(half, km(from, to), 1e-6);
        double along = 0;
        for (int i = 1; i < c.length; i++) {
            along += km(c[i - 1], c[i]);
            assertTrue(Math.abs(c[i].x - c[i - 1].x) < 180);
        }
        assertEquals(half, along, 1e-6);
        assertEquals(to.y, c[c.length - 1].y, 0);
        assertEquals(0, GreatCircle.nearestEquivalentLongitude(c[c.length - 1].x - to.x, 0), 1e-9);
    }

    @Test
    void rejectsCoordinatesThatAreNoLatLon() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GreatCircle.path(new Coordinate(36, 91), TRIPOLI));
        assertTrue(e.getMessage().contains("lat=91"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GreatCircle.distanceKm(0, Double.NaN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> GreatCircle.path(null, TRIPOLI));
    }
}
