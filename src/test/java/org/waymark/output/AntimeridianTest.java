package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.waymark.geography.GreatCircle;

class AntimeridianTest {

    private static final Coordinate TOKYO = new Coordinate(139.6917, 35.6895);
    private static final Coordinate LOS_ANGELES = new Coordinate(-118.2437, 34.0522);

    @Test
    void tokyoToLosAngelesIsSplitAtTheAntimeridian() {
        LineString continuous = GreatCircle.path(TOKYO, LOS_ANGELES);
        assertTrue(continuous.getCoordinateN(continuous.getNumPoints() - 1).x > 180, "drawn continuous: past 180");
        MultiLineString parts = Antimeridian.split(continuous);
        assertEquals(2, parts.getNumGeometries());
        for (Coordinate c : parts.getCoordinates()) {
            assertTrue(c.x >= -180 && c.x <= 180, "x in range: " + c.x);
        }
        LineString west = (LineString) parts.getGeometryN(0);
        LineString east = (LineString) parts.getGeometryN(1);
        assertEquals(TOKYO, west.getCoordinateN(0));
        assertEquals(180, west.getCoordinateN(west.getNumPoints() - 1).x, 0);
        assertEquals(-180, east.getCoordinateN(0).x, 0);
        assertEquals(west.getCoordinateN(west.getNumPoints() - 1).y, east.getCoordinateN(0).y, 0);
        assertEquals(LOS_ANGELES.x, east.getCoordinateN(east.getNumPoints() - 1).x, 1e-9);
        assertEquals(continuous.getNumPoints() + 2, parts.getNumPoints(), "one vertex more on either side");
    }

    @Test
    void westwardToo() {
        MultiLineString parts = Antimeridian.split(GreatCircle.path(LOS_ANGELES, TOKYO));
        assertEquals(2, parts.getNumGeometries());
        assertEquals(-180, parts.getGeometryN(0).getCoordinates()[parts.getGeometryN(0).getNumPoints() - 1].x, 0);
        assertEquals(180, parts.getGeometryN(1).getCoordinates()[0].x, 0);
    }

    @Test
    void aPathThatDoesNotCrossIsOnePartAsItWas() {
        LineString path = GreatCircle.path(new Coordinate(36.3, 33.5), new Coordinate(13.2, 32.9));
        MultiLineString parts = Antimeridian.split(path);
        assertEquals(1, parts.getNumGeometries());
        assertArrayEquals(path.getCoordinates(), parts.getCoordinates());
    }

    @Test
    void joinedGivesTheContinuousLineBack() {
        LineString continuous = GreatCircle.path(TOKYO, LOS_ANGELES);
        Coordinate[] joined = Antimeridian.joined(Antimeridian.split(continuous));
        Coordinate[] expected = continuous.getCoordinates();
        assertEquals(expected.length + 1, joined.length, "the meeting point once");
        assertEquals(expected[0], joined[0]);
        assertEquals(expected[expected.length - 1].x, joined[joined.length - 1].x, 1e-9);
    }
}
