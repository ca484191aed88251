package org.waymark.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.geography.GreatCircle;

/**
 * What the points of divisions and countries need of the populated places of a dump, gathered as the rows pass so
 * that no town has to be kept: per division its seat and the population-weighted sum of its towns' points, per
 * country the first town that bears its capital's name, and per admin1 point the distance to the nearest town of its
 * own division and of another one.
 */
final class Towns {
    /** "CC.A1.A2" or "CC.A1" -> {sum w*lat, sum w*lon, sum w, seat lat, seat lon, seat population} */
    private final Map<String, double[]> admin2 = new HashMap<>();
    private final Map<String, double[]> admin1 = new HashMap<>();
    private final Map<String, double[]> capitals = new HashMap<>();
    /** admin1 geonameid -> {km to the nearest town of its own division, km to the nearest of another} */
    private final Map<Long, double[]> nearest = new HashMap<>();

    /** A town of a second-level division; {@code seat} for its PPLA2. */
    void admin2(String key, PlaceCollector.Draft town, boolean seat) {
        note(admin2, key, town, seat);
    }

    /** A town of a first-level division, measured against the division points of its country. */
    void admin1(PlaceCollector.Draft town, List<PlaceCollector.Draft> divisionPoints) {
        note(admin1, town.countryCode + "." + town.admin1, town, "PPLA".equals(town.featureCode));
        for (PlaceCollector.Draft a : divisionPoints) {
            double km = GreatCircle.distanceKm(a.latitude, a.longitude, town.latitude, town.longitude);
            double[] n = nearest.computeIfAbsent(a.id, k -> new double[]{Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY});
            int which = a.admin1.equals(town.admin1) ? 0 : 1;
            n[which] = Math.min(n[which], km);
        }
    }

    /** A town named as its country's capital; the first one counts. */
    void capital(PlaceCollector.Draft town) {
        capitals.putIfAbsent(town.countryCode, new double[]{town.latitude, town.longitude});
    }

    double[] capital(String countryCode) {
        return capitals.get(countryCode);
    }

    /** A second-level division's point: its seat, else the population-weighted centroid of its towns; or null. */
    double[] admin2Point(String key) {
        return point(admin2.get(key));
    }

    /** A first-level division's point by "CC.A1": its seat (PPLA), else the centroid of its towns; or null. */
    double[] admin1Point(String key) {
        return point(admin1.get(key));
    }

    /** {km to the nearest town of its own division, km to the nearest of another}, or null if none was seen. */
    double[] nearest(PlaceCollector.Draft division) {
        return nearest.get(division.id);
    }

    private static void note(Map<String, double[]> divisions, String key, PlaceCollector.Draft town, boolean seat) {
        double[] m = divisions.computeIfAbsent(key, k -> new double[]{0, 0, 0, Double.NaN, Double.NaN, -1});
        double w = Math.max(1, town.population);   // a place of unknown size still counts a little
        m[0] += w * town.latitude;
        m[1] += w * town.longitude;
        m[2] += w;
        if (seat && town.population > m[5]) {
            m[3] = town.latitude;
            m[4] = town.longitude;
            m[5] = town.population;
        }
    }

    private static double[] point(double[] m) {
        if (m == null) {
            return null;
        }
        return Double.isNaN(m[3]) ? new double[]{m[0] / m[2], m[1] / m[2]} : new double[]{m[3], m[4]};
    }
}
