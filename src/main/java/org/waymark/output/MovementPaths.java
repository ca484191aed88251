package org.waymark.output;

import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.waymark.gazetteer.Place;
import org.waymark.geography.CountryBoundaries;
import org.waymark.geography.GreatCircle;
import org.waymark.movement.Movement;

/**
 * The drawn path of a movement, made when it is written: a great-circle path between its ends, densified; a border end
 * lies on the boundary nearest the origin.
 */
public final class MovementPaths {
    private final Supplier<CountryBoundaries> boundaries;

    public MovementPaths(CountryBoundaries boundaries) {
        this(() -> boundaries);
    }

    private MovementPaths(Supplier<CountryBoundaries> boundaries) {
        this.boundaries = boundaries;
    }

    /**
     * Paths over Natural Earth's country boundaries, read on the first border end only (0.3 s and 40 MB: a run whose
     * movements end at places never reads them).
     */
    public static MovementPaths standard() {
        return new MovementPaths(CountryBoundaries::naturalEarth);
    }

    /** The path from origin to destination, or null when either is unknown. */
    public LineString path(Movement m) {
        return path(m.origin(), m.destination(), m.destinationKind());
    }

    /** The path from origin to destination, or null when either is null. */
    public LineString path(Place origin, Place destination, Movement.EndKind kind) {
        if (origin == null || destination == null) {
            return null;
        }
        Coordinate from = new Coordinate(origin.longitude(), origin.latitude());
        Coordinate to = new Coordinate(destination.longitude(), destination.latitude());
        if (kind == Movement.EndKind.BORDER && boundaries.get().country(destination.countryCode()).isPresent()) {
            to = boundaries.get().nearestBoundaryPoint(destination.countryCode(), from);
        }
        return GreatCircle.path(from, to);
    }
}
