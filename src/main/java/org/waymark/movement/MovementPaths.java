package org.waymark.movement;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.waymark.gazetteer.Place;
import org.waymark.geography.CountryBoundaries;
import org.waymark.geography.GreatCircle;

/** Great-circle paths between the ends of a movement; a border end lies on the boundary nearest the origin. */
public final class MovementPaths implements MovementExtractor.PathMaker {
    private final CountryBoundaries boundaries;

    public MovementPaths(CountryBoundaries boundaries) {
        this.boundaries = boundaries;
    }

    /** Paths over Natural Earth's country boundaries. */
    public static MovementPaths standard() {
        return new MovementPaths(CountryBoundaries.naturalEarth());
    }

    @Override
    public LineString path(Place origin, Place destination, Movement.EndKind kind) {
        if (origin == null || destination == null) {
            return null;
        }
        Coordinate from = new Coordinate(origin.longitude(), origin.latitude());
        Coordinate to = new Coordinate(destination.longitude(), destination.latitude());
        if (kind == Movement.EndKind.BORDER && boundaries.country(destination.countryCode()).isPresent()) {
            to = boundaries.nearestBoundaryPoint(destination.countryCode(), from);
        }
        return GreatCircle.path(from, to);
    }
}
