package org.waymark.geography;

import org.locationtech.jts.geom.Coordinate;

/**
 * Spherical azimuthal equidistant projection centred on one point, in km. Distances from the centre are true
 * great-circle distances, so "nearest to the centre" in this plane is nearest on the globe; straight segments
 * of a few km stay within metres of the geodesic.
 */
final class AzimuthalEquidistant {

    private final double lat0;
    private final double lon0;
    private final double sinLat0;
    private final double cosLat0;

    AzimuthalEquidistant(double lat0, double lon0) {
        GreatCircle.checkLatLon(lat0, lon0);
        this.lat0 = lat0;
        this.lon0 = lon0;
        this.sinLat0 = Math.sin(Math.toRadians(lat0));
        this.cosLat0 = Math.cos(Math.toRadians(lat0));
    }

    /** x east, y north, km. */
    Coordinate forward(double lat, double lon) {
        double c = GreatCircle.centralAngle(lat0, lon0, lat, lon);
        double p = Math.toRadians(lat), dl = Math.toRadians(lon - lon0);
        double azimuth = Math.atan2(Math.sin(dl) * Math.cos(p),
                cosLat0 * Math.sin(p) - sinLat0 * Math.cos(p) * Math.cos(dl));
        double r = c * GreatCircle.EARTH_RADIUS_KM;
        return new Coordinate(r * Math.sin(azimuth), r * Math.cos(azimuth));
    }

    /** Back to lon/lat (x = lon in [-180, 180], y = lat). */
    Coordinate inverse(double x, double y) {
        double c = Math.hypot(x, y) / GreatCircle.EARTH_RADIUS_KM;
        if (c == 0) {
            return new Coordinate(lon0, lat0);
        }
        double azimuth = Math.atan2(x, y);
        double sinLat = sinLat0 * Math.cos(c) + cosLat0 * Math.sin(c) * Math.cos(azimuth);
        double lat = Math.asin(Math.max(-1, Math.min(1, sinLat)));
        double dl = Math.atan2(Math.sin(azimuth) * Math.sin(c) * cosLat0, Math.cos(c) - sinLat0 * sinLat);
        double lon = GreatCircle.nearestEquivalentLongitude(lon0 + Math.toDegrees(dl), 0);
        return new Coordinate(lon, Math.toDegrees(lat));
    }
}
