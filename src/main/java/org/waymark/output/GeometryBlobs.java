package org.waymark.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.Point;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/** GeoPackage geometry blobs (header + WKB, EPSG:4326, x = longitude) of the layers' geometries, encoded by NGA. */
final class GeometryBlobs {

    private GeometryBlobs() {
    }

    /** The blob of a JTS POINT or MULTILINESTRING (2D), or null for null. */
    static byte[] encode(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        if (geometry instanceof org.locationtech.jts.geom.Point p) {
            // Points carry no envelope in their header, as GDAL writes them: it would only repeat the point.
            return encode(GeoPackageGeometryData.create(Layer.SRS_ID, new Point(p.getX(), p.getY())));
        }
        if (geometry instanceof MultiLineString parts) {
            mil.nga.sf.MultiLineString lines = new mil.nga.sf.MultiLineString();
            for (int i = 0; i < parts.getNumGeometries(); i++) {
                mil.nga.sf.LineString line = new mil.nga.sf.LineString();
                for (Coordinate c : parts.getGeometryN(i).getCoordinates()) {
                    line.addPoint(new Point(c.getX(), c.getY()));
                }
                lines.addLineString(line);
            }
            return encode(GeoPackageGeometryData.createAndBuildEnvelope(Layer.SRS_ID, lines));
        }
        throw new IllegalArgumentException("no layer takes a " + geometry.getGeometryType());
    }

    /** A LINESTRING blob read back as a JTS line (for converting files written before MULTILINESTRING). */
    static LineString readLine(byte[] blob) {
        try {
            Geometry g = new org.locationtech.jts.io.WKBReader().read(GeoPackageGeometryData.wkb(blob));
            if (g instanceof LineString line) {
                return line;
            }
            throw new IllegalArgumentException("not a LINESTRING: " + g.getGeometryType());
        } catch (IOException | org.locationtech.jts.io.ParseException e) {
            throw new IllegalArgumentException("not a GeoPackage geometry: " + e.getMessage(), e);
        }
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
