package org.waymark.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.Point;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.waymark.gazetteer.Place;

/** GeoPackage geometry blobs (header + WKB, EPSG:4326, x = longitude) for places and paths, encoded by NGA. */
final class GeometryBlobs {

    private GeometryBlobs() {
    }

    static byte[] point(Place place) {
        // Points carry no envelope in their header, as GDAL writes them: it would only repeat the point.
        return encode(GeoPackageGeometryData.create(Layer.SRS_ID, new Point(place.longitude(), place.latitude())));
    }

    /** The path as a 2D LINESTRING (Z and M dropped), or null when there is no path or it is empty. */
    static byte[] line(LineString path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        mil.nga.sf.LineString line = new mil.nga.sf.LineString();
        for (Coordinate c : path.getCoordinates()) {
            line.addPoint(new Point(c.getX(), c.getY()));
        }
        return encode(GeoPackageGeometryData.createAndBuildEnvelope(Layer.SRS_ID, line));
    }

    private static byte[] encode(GeoPackageGeometryData data) {
        try {
            return data.toBytes();
        } catch (IOException e) {
            // NGA writes into a byte array; this does not happen short of a bug.
            throw new UncheckedIOException("Cannot encode a GeoPackage geometry", e);
        }
    }
}
