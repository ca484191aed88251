package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.waymark.gazetteer.Place;
import org.waymark.geography.CountryBoundaries;
import org.waymark.movement.Movement;

/** Paths drawn at writing time from a movement's ends. */
class MovementPathsTest {
    private static final Place IRAQ = new Place(99237, "Iraq", 33.0, 44.0, "A", "PCLI", "IQ", "00", 1);
    private static final Place JORDAN = new Place(248816, "Jordan", 31.0, 36.0, "A", "PCLI", "JO", "00", 1);

    @Test
    void aBorderEndLiesOnTheBoundaryNearestTheOrigin() {
        LineString path = MovementPaths.standard().path(IRAQ, JORDAN, Movement.EndKind.BORDER);
        Coordinate end = path.getCoordinateN(path.getNumPoints() - 1);
        double off = CountryBoundaries.naturalEarth().country("JO").orElseThrow().getBoundary()
                .distance(path.getFactory().createPoint(end));
        assertTrue(off < 1e-6, "on Jordan's boundary, off by " + off);
        assertTrue(Math.abs(end.x - JORDAN.longitude()) + Math.abs(end.y - JORDAN.latitude()) > 0.5, "not its point");
    }

    @Test
    void aPlaceEndIsThePlace() {
        LineString path = MovementPaths.standard().path(IRAQ, JORDAN, Movement.EndKind.PLACE);
        assertEquals(new Coordinate(44.0, 33.0), path.getCoordinateN(0));
        assertEquals(new Coordinate(36.0, 31.0), path.getCoordinateN(path.getNumPoints() - 1));
        assertNull(MovementPaths.standard().path(null, JORDAN, Movement.EndKind.PLACE), "no path without an origin");
    }
}
