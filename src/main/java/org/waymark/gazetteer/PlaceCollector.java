package org.waymark.gazetteer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.geography.GreatCircle;

/**
 * Gathers places and their names from several files (countries, admin1 codes, dumps, curated tables), merging rows
 * that share a geonameid, and freezes them into {@link IndexTables}. Used once per load or build, single-threaded.
 */
final class PlaceCollector {
    /** How far from every place of its division a division's point may lie before another division's places count. */
    private static final double MISPLACED_KM = 100;

    /** A place being assembled; coordinates are NaN until some file gives them. */
    static final class Draft {
        final long id;
        String name;
        double latitude = Double.NaN;
        double longitude = Double.NaN;
        String featureClass;
        String featureCode;
        String countryCode;
        String admin1;
        long population;
        /** normalized lookup keys; a small list beats a set at 2-10 names per place */
        final List<String> keys = new ArrayList<>(4);

        Draft(long id, String name, String featureClass, String featureCode, String countryCode, String admin1) {
            this.id = id;
            this.name = name;
            this.featureClass = featureClass;
            this.featureCode = featureCode;
            this.countryCode = countryCode;
            this.admin1 = admin1;
        }

        boolean hasPoint() {
            return !Double.isNaN(latitude);
        }

        void point(double lat, double lon) {
            latitude = lat;
            longitude = lon;
        }
    }

    private final Map<Long, Draft> drafts = new HashMap<>();
    private final Map<String, Long> countries = new LinkedHashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, Long> admin1s = new LinkedHashMap<>();
    /**
     * "CC.A1.A2" -> {sum w*lat, sum w*lon, sum w, seat lat, seat lon, seat population}: the populated places of
     * each second-level division, from which its point is derived (admin2Codes.txt gives no coordinates)
     */
    private final Map<String, double[]> admin2Members = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    /** normalized strings shared between places, so that 3,000 "san jose" keys are one String */
    private final Map<String, String> interned = new HashMap<>();

    Draft get(long id) {
        return drafts.get(id);
    }

    /**
     * The draft for {@code id}: the existing one when an earlier file gave it (its fields win, later files only add
     * names and fill what is missing), else a new one with these fields.
     */
    Draft add(long id, String name, String featureClass, String featureCode, String countryCode, String admin1,
              double lat, double lon, long population) {
        Draft d = drafts.get(id);
        if (d == null) {
            d = new Draft(id, name, intern(featureClass), intern(featureCode), intern(countryCode), intern(admin1));
            drafts.put(id, d);
        }
        if (!d.hasPoint() && !Double.isNaN(lat)) {
            d.point(lat, lon);
        }
        if (d.population == 0) {
            d.population = population;
        }
        addName(d, name);
        return d;
    }

    /** Adds a lookup key, unfiltered: own names, ascii names and curated aliases. */
    void addName(Draft d, String name) {
        addKey(d, Names.normalize(name));
    }

    private void addKey(Draft d, String key) {
        if (key.isEmpty()) {
            return;
        }
        key = intern(key);
        if (!d.keys.contains(key)) {
            d.keys.add(key);
        }
    }

    /** Adds a GeoNames alternate name when {@link AlternateNames#key} accepts it. */
    void addAlternate(Draft d, String alternate) {
        addAlternate(d, alternate, 0, alternate.length());
    }

    /** {@link #addAlternate(Draft, String)} for {@code names[from, to)}. */
    void addAlternate(Draft d, String names, int from, int to) {
        String key = AlternateNames.key(names, from, to);
        if (key != null) {
            addKey(d, key);
        }
    }

    void country(String countryCode, long id, String capital) {
        countries.put(countryCode, id);
        if (!capital.isEmpty()) {
            capitals.put(countryCode, capital);
        }
    }

    boolean hasCountry(String countryCode) {
        return countries.containsKey(countryCode);
    }

    /** Notes a populated place of a second-level division; {@code seat} for its PPLA2. */
    void admin2Member(String key, double lat, double lon, long population, boolean seat) {
        double[] m = admin2Members.computeIfAbsent(key, k -> new double[]{0, 0, 0, Double.NaN, Double.NaN, -1});
        double w = Math.max(1, population);
        m[0] += w * lat;
        m[1] += w * lon;
        m[2] += w;
        if (seat && population > m[5]) {
            m[3] = lat;
            m[4] = lon;
            m[5] = population;
        }
    }

    /** A second-level division's point: its seat, else the population-weighted centroid of its places; or null. */
    double[] admin2Point(String key) {
        double[] m = admin2Members.get(key);
        if (m == null) {
            return null;
        }
        return Double.isNaN(m[3]) ? new double[]{m[0] / m[2], m[1] / m[2]} : new double[]{m[3], m[4]};
    }

    void admin1(String countryCode, String admin1Code, long id) {
        admin1s.put(countryCode + "." + admin1Code, id);
    }

    void demonym(String form, String countryCode) {
        demonyms.put(Names.normalize(form), countryCode);
    }

    /**
     * Admin1 divisions without a point from a points file get one from the populated places of the division: its
     * seat (PPLA, the most populous if several), else the population-weighted centroid of its places, else the
     * country point. Countries without a point get their capital's.
     */
    void completePoints() {
        dropMisplacedAdmin1Points();
        Map<String, Draft> seats = new HashMap<>();
        Map<String, double[]> sums = new HashMap<>();   // key -> {sum w*lat, sum w*lon, sum w}
        for (Draft d : drafts.values()) {
            if (!"P".equals(d.featureClass) || d.admin1.isEmpty() || !d.hasPoint()) {
                continue;
            }
            String key = d.countryCode + "." + d.admin1;
            if ("PPLA".equals(d.featureCode)) {
                Draft seat = seats.get(key);
                if (seat == null || d.population > seat.population) {
                    seats.put(key, d);
                }
            }
            double w = Math.max(1, d.population);   // a place of unknown size still counts a little
            double[] s = sums.computeIfAbsent(key, k -> new double[3]);
            s[0] += w * d.latitude;
            s[1] += w * d.longitude;
            s[2] += w;
        }
        for (Map.Entry<String, Long> e : countries.entrySet()) {
            Draft country = drafts.get(e.getValue());
            if (!country.hasPoint()) {
                String capital = capitals.get(e.getKey());
                drafts.values().stream()
                        .filter(d -> "P".equals(d.featureClass) && d.hasPoint()
                                && d.countryCode.equals(e.getKey()) && d.name.equals(capital))
                        .findFirst()
                        .ifPresent(c -> country.point(c.latitude, c.longitude));
            }
        }
        for (Map.Entry<String, Long> e : admin1s.entrySet()) {
            Draft a = drafts.get(e.getValue());
            if (a.hasPoint()) {
                continue;
            }
            Draft seat = seats.get(e.getKey());
            double[] s = sums.get(e.getKey());
            Long countryId = countries.get(a.countryCode);
            Draft country = countryId == null ? null : drafts.get(countryId);
            if (seat != null) {
                a.point(seat.latitude, seat.longitude);
            } else if (s != null) {
                a.point(s[0] / s[2], s[1] / s[2]);
            } else if (country != null && country.hasPoint()) {
                a.point(country.latitude, country.longitude);
            }
        }
    }

    /**
     * A division's point that lies far from every place of the division, yet among the places of another division of
     * the same country, belongs to another code: a label point matched to the wrong division (in the admin1 points
     * file, Corsica's lies in Paris and Central Luzon's in Mindanao). It is dropped, and the division's point is then
     * derived as for one that no file gives. A far point alone is no fault: Nunavut's and Alaska's lie in the empty
     * middle, far from every town.
     */
    private void dropMisplacedAdmin1Points() {
        Map<String, List<Draft>> placesByCountry = new HashMap<>();
        for (Draft d : drafts.values()) {
            if ("P".equals(d.featureClass) && !d.admin1.isEmpty() && d.hasPoint()) {
                placesByCountry.computeIfAbsent(d.countryCode, k -> new ArrayList<>()).add(d);
            }
        }
        for (Long id : admin1s.values()) {
            Draft a = drafts.get(id);
            if (!a.hasPoint()) {
                continue;
            }
            double own = Double.POSITIVE_INFINITY;
            double other = Double.POSITIVE_INFINITY;
            for (Draft p : placesByCountry.getOrDefault(a.countryCode, List.of())) {
                double km = GreatCircle.distanceKm(a.latitude, a.longitude, p.latitude, p.longitude);
                if (p.admin1.equals(a.admin1)) {
                    own = Math.min(own, km);
                } else {
                    other = Math.min(other, km);
                }
            }
            if (own != Double.POSITIVE_INFINITY && own > MISPLACED_KM && other < own / 4) {
                a.point(Double.NaN, Double.NaN);
            }
        }
    }

    /** The frozen tables; a place that no file gave a point, and none could be derived for, is left out. */
    IndexTables freeze() {
        Draft[] places = drafts.values().stream()
                .filter(Draft::hasPoint)
                .sorted((a, b) -> Long.compare(a.id, b.id))
                .toArray(Draft[]::new);
        int n = places.length;
        long[] ids = new long[n];
        double[] lats = new double[n];
        double[] lons = new double[n];
        String[] names = new String[n];
        short[] features = new short[n];
        short[] countryIdx = new short[n];
        int[] admin1Idx = new int[n];
        long[] pops = new long[n];
        Map<String, Integer> featureTable = new LinkedHashMap<>();
        Map<String, Integer> countryTable = new LinkedHashMap<>();
        Map<String, Integer> admin1Table = new LinkedHashMap<>();
        Map<Long, Integer> indexOf = new HashMap<>(n * 2);
        Map<String, int[]> postings = new HashMap<>();   // key -> {count, idx...} grown as needed
        for (int i = 0; i < n; i++) {
            Draft d = places[i];
            ids[i] = d.id;
            lats[i] = d.latitude;
            lons[i] = d.longitude;
            names[i] = d.name;
            features[i] = (short) (int) featureTable.computeIfAbsent(d.featureClass + "\t" + d.featureCode,
                    k -> featureTable.size());
            countryIdx[i] = (short) (int) countryTable.computeIfAbsent(d.countryCode, k -> countryTable.size());
            admin1Idx[i] = admin1Table.computeIfAbsent(d.admin1, k -> admin1Table.size());
            pops[i] = d.population;
            indexOf.put(d.id, i);
            for (String key : d.keys) {
                int[] p = postings.get(key);
                if (p == null) {
                    p = new int[2];
                } else if (p[0] + 1 == p.length) {
                    p = Arrays.copyOf(p, p.length * 2);
                }
                p[++p[0]] = i;
                postings.put(key, p);
            }
        }
        if (featureTable.size() > Short.MAX_VALUE || countryTable.size() > Short.MAX_VALUE) {
            throw new IllegalStateException("too many distinct feature or country codes for the index format");
        }

        // keys in UTF-8 byte order, so that lookup can binary-search the byte blob without decoding
        String[] keys = postings.keySet().toArray(String[]::new);
        byte[][] keyUtf8 = new byte[keys.length][];
        Integer[] order = new Integer[keys.length];
        for (int k = 0; k < keys.length; k++) {
            keyUtf8[k] = keys[k].getBytes(StandardCharsets.UTF_8);
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(keyUtf8[a], keyUtf8[b]));
        int totalBytes = 0;
        int totalPostings = 0;
        for (int k = 0; k < keys.length; k++) {
            totalBytes += keyUtf8[k].length;
            totalPostings += postings.get(keys[k])[0];
        }
        byte[] keyBytes = new byte[totalBytes];
        int[] keyStarts = new int[keys.length + 1];
        int[] postingStarts = new int[keys.length + 1];
        int[] postingArray = new int[totalPostings];
        int maxTokens = 1;
        int b = 0;
        int p = 0;
        for (int k = 0; k < keys.length; k++) {
            int src = order[k];
            keyStarts[k] = b;
            System.arraycopy(keyUtf8[src], 0, keyBytes, b, keyUtf8[src].length);
            b += keyUtf8[src].length;
            postingStarts[k] = p;
            int[] run = postings.get(keys[src]);
            int count = run[0];
            if (count == 1) {
                postingArray[p++] = run[1];
            } else {
                // best-known first: most populous, then lowest id for a stable order
                Integer[] sorted = new Integer[count];
                for (int j = 0; j < count; j++) {
                    sorted[j] = run[j + 1];
                }
                Arrays.sort(sorted, (x, y) -> pops[x] != pops[y] ? Long.compare(pops[y], pops[x]) : Long.compare(ids[x], ids[y]));
                for (int j = 0; j < count; j++) {
                    postingArray[p++] = sorted[j];
                }
            }
            maxTokens = Math.max(maxTokens, AlternateNames.tokens(keys[src]));
        }
        keyStarts[keys.length] = b;
        postingStarts[keys.length] = p;

        Keyed countryEntries = Keyed.of(countries, indexOf);
        Keyed admin1Entries = Keyed.of(admin1s, indexOf);
        String[] demonymForms = demonyms.keySet().stream().sorted().toArray(String[]::new);
        String[] demonymCodes = Arrays.stream(demonymForms).map(demonyms::get).toArray(String[]::new);

        String[] featureClasses = featureTable.keySet().stream().map(f -> f.substring(0, f.indexOf('\t'))).toArray(String[]::new);
        String[] featureCodes = featureTable.keySet().stream().map(f -> f.substring(f.indexOf('\t') + 1)).toArray(String[]::new);
        return new IndexTables(ids, lats, lons, names, features, featureClasses, featureCodes,
                countryIdx, countryTable.keySet().toArray(String[]::new), admin1Idx, admin1Table.keySet().toArray(String[]::new),
                pops, keyBytes, keyStarts, postingStarts, postingArray, maxTokens,
                countryEntries.keys(), countryEntries.places(), admin1Entries.keys(), admin1Entries.places(),
                demonymForms, demonymCodes);
    }

    /** Places by key (country code, admin1 key) as parallel arrays of keys and place indexes, for the index. */
    private record Keyed(String[] keys, int[] places) {
        /** The entries whose place made it into the index, in the map's order. */
        static Keyed of(Map<String, Long> idsByKey, Map<Long, Integer> indexOf) {
            List<String> keys = new ArrayList<>();
            List<Integer> places = new ArrayList<>();
            idsByKey.forEach((key, id) -> {
                Integer i = indexOf.get(id);
                if (i != null) {
                    keys.add(key);
                    places.add(i);
                }
            });
            return new Keyed(keys.toArray(String[]::new), places.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private String intern(String s) {
        String existing = interned.putIfAbsent(s, s);
        return existing == null ? s : existing;
    }
}
