package org.waymark.eval;

/**
 * Great-circle distance on a sphere of the Earth's mean radius. Stands in for a shared geography helper
 * (org.waymark.geography.GreatCircle) that this branch does not have yet; to be unified on merge.
 */
final class Haversine {

    /** IUGG mean Earth radius, as geopy's great_circle (used by Gritta et al.) takes it. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    private Haversine() {
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
