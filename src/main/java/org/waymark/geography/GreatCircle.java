package org.waymark.geography;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Distances and paths on a spherical Earth: the one place for distance code in Waymark.
 * Coordinates follow EPSG:4326 in JTS's axis order: {@code x} = longitude, {@code y} = latitude, degrees.
 */
public final class GreatCircle {

    /** Mean Earth radius (IUGG R1); the sphere is within 0.5 % of WGS84 for the distances we report. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** Paths get a vertex at least this often, so that they draw as curves in lon/lat and in QGIS. */
    public static final double MAX_STEP_KM = 50;

    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private GreatCircle() {
    }

    /** Haversine distance in km between two lat/lon points (degrees). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return centralAngle(lat1, lon1, lat2, lon2) * EARTH_RADIUS_KM;
    }

    /** Angle in radians subtended at the Earth's centre; haversine form, accurate for small distances. */
    static double centralAngle(double lat1, double lon1, double lat2, double lon2) {
        checkLatLon(lat1, lon1);
        checkLatLon(lat2, lon2);
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double sinDp = Math.sin((p2 - p1) / 2), sinDl = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinDp * sinDp + Math.cos(p1) * Math.cos(p2) * sinDl * sinDl;
        return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * The shorter great-circle arc from {@code from} to {@code to}, with a vertex at most {@link #MAX_STEP_KM}
     * apart, evenly spaced, as an EPSG:4326 LineString (SRID 4326, x = lon, y = lat).
     *
     * <p>Longitudes are kept continuous rather than split at the antimeridian, because a GeoPackage LINESTRING
     * layer cannot hold a MultiLineString: the first vertex is {@code from} exactly, each next longitude is
     * within 180 degrees of the previous one, so a path that crosses the antimeridian runs past +-180 (e.g.
     * Tokyo to Honolulu ends at lon 202.2 = -157.8 + 360). The last vertex is {@code to}, its longitude shifted
     * by a multiple of 360 where needed. Identical points give a two-vertex line; antipodal points have no
     * unique great circle, and go through the point 90 degrees away along the meridian-perpendicular direction.
     */
    public static LineString path(Coordinate from, Coordinate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("great-circle path needs two coordinates, got " + from + " and " + to);
        }
        double angle = centralAngle(from.y, from.x, to.y, to.x);
        int segments = Math.max(1, (int) Math.ceil(angle * EARTH_RADIUS_KM / MAX_STEP_KM));
        double[] a = unitVector(from.y, from.x);
        double[] b = unitVector(to.y, to.x);
        double[] towards = directionTowards(a, b);

        Coordinate[] coords = new Coordinate[segments + 1];
        coords[0] = new Coordinate(from.x, from.y);
        double previousLon = from.x;
        for (int i = 1; i <= segments; i++) {
            double lat, lon;
            if (i == segments) {
                lat = to.y;
                lon = to.x;
            } else {
                double t = angle * i / segments;
                double x = Math.cos(t) * a[0] + Math.sin(t) * towards[0];
                double y = Math.cos(t) * a[1] + Math.sin(t) * towards[1];
                double z = Math.cos(t) * a[2] + Math.sin(t) * towards[2];
                lat = Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
                lon = Math.toDegrees(Math.atan2(y, x));
            }
            lon = nearestEquivalentLongitude(lon, previousLon);
            coords[i] = new Coordinate(lon, lat);
            previousLon = lon;
        }
        return WGS84.createLineString(coords);
    }

    /** The longitude equal to {@code lon} modulo 360 that is closest to {@code reference}. */
    static double nearestEquivalentLongitude(double lon, double reference) {
        return lon + 360 * Math.rint((reference - lon) / 360);
    }

    private static double[] unitVector(double lat, double lon) {
        double p = Math.toRadians(lat), l = Math.toRadians(lon);
        return new double[] {Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)};
    }

    /** Unit vector perpendicular to a, in the plane of a and b, pointing towards b. */
    private static double[] directionTowards(double[] a, double[] b) {
        double dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        double[] d = {b[0] - dot * a[0], b[1] - dot * a[1], b[2] - dot * a[2]};
        double norm = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        if (norm < 1e-12) {
            // identical or antipodal: any perpendicular will do; take the eastward direction at a
            // (or along lon 0 at a pole), so that antipodes are joined over a defined route
            d = new double[] {-a[1], a[0], 0};
            norm = Math.hypot(d[0], d[1]);
            if (norm < 1e-12) {
                d = new double[] {1, 0, 0};
                norm = 1;
            }
        }
        return new double[] {d[0] / norm, d[1] / norm, d[2] / norm};
    }

    static void checkLatLon(double lat, double lon) {
        if (!(lat >= -90 && lat <= 90) || !Double.isFinite(lon)) {
            throw new IllegalArgumentException("not a latitude/longitude in degrees: lat=" + lat + ", lon=" + lon);
        }
    }
}
