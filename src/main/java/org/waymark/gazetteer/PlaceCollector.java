package org.waymark.gazetteer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers places and their names from several files (countries, admin1 codes, dumps, curated tables) into a
 * {@link PlaceStore}. Places that more than one file gives, or that later steps change, are held as {@link Draft}s
 * and merged by geonameid: the rows of the small files, and of a dump the rows whose id another file names
 * ({@link #claim}). Every other dump row goes to the store as soon as it is read, so that a build of allCountries'
 * twelve million rows holds only their numbers and a few thousand drafts. What derived points need of the towns
 * (division seats and centroids, capitals) is noted as they pass ({@link #town}). Used once per build,
 * single-threaded.
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
        /** a dump row of its own, written to the store when read rather than kept */
        boolean transientRow;

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

    private final PlaceStore store;
    private final Map<Long, Draft> drafts = new HashMap<>();
    /** ids that a file read after the dump names: their dump rows become drafts */
    private final Set<Long> claimed = new HashSet<>();
    /** "CC.A1.A2" of the admin2 divisions admin2Codes.txt lists: only their towns are worth noting */
    private final Set<String> admin2Codes = new HashSet<>();
    private final Map<String, Long> countries = new LinkedHashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, Long> admin1s = new LinkedHashMap<>();
    private final Towns towns = new Towns();
    private final Map<String, String> demonyms = new HashMap<>();
    /** normalized strings shared between drafts, so that 3,000 "san jose" keys are one String */
    private final Map<String, String> interned = new HashMap<>();

    PlaceCollector(PlaceStore store) {
        this.store = store;
    }

    Draft get(long id) {
        return drafts.get(id);
    }

    /** Notes the second-level divisions there are, whose towns {@link #town} is to note. */
    void admin2Codes(Set<String> codes) {
        admin2Codes.addAll(codes);
    }

    /** Notes ids that a file read after the dump names (admin2 codes, aliases, regions), so that their rows merge. */
    void claim(Set<Long> ids) {
        claimed.addAll(ids);
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
        fill(d, name, lat, lon, population);
        return d;
    }

    /**
     * A dump row: a draft as {@link #add} gives when another file has or claims the id, else one of its own that
     * {@link #done} then writes to the store.
     */
    Draft row(long id, String name, String featureClass, String featureCode, String countryCode, String admin1,
              double lat, double lon, long population) {
        if (drafts.containsKey(id) || claimed.contains(id)) {
            return add(id, name, featureClass, featureCode, countryCode, admin1, lat, lon, population);
        }
        Draft d = new Draft(id, name, featureClass, featureCode, countryCode, admin1);
        d.transientRow = true;
        fill(d, name, lat, lon, population);
        return d;
    }

    /** A row of {@link #row} is complete: one of its own goes to the store with its names. */
    void done(Draft d) throws IOException {
        if (d.transientRow) {
            int i = store.add(d.id, d.name, d.latitude, d.longitude, d.featureClass, d.featureCode, d.countryCode,
                    d.admin1, d.population);
            for (String key : i < 0 ? List.<String>of() : d.keys) {
                store.key(key, i);
            }
        }
    }

    private void fill(Draft d, String name, double lat, double lon, long population) {
        if (!d.hasPoint() && !Double.isNaN(lat)) {
            d.point(lat, lon);
        }
        if (d.population == 0) {
            d.population = population;
        }
        addName(d, name);
    }

    /** Adds a lookup key, unfiltered: own names, ascii names and curated aliases. */
    void addName(Draft d, String name) {
        addKey(d, Names.normalize(name));
    }

    private void addKey(Draft d, String key) {
        if (key.isEmpty()) {
            return;
        }
        key = d.transientRow ? key : intern(key);
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

    /**
     * Notes a populated place of a dump, for the points derived later: its admin1 and admin2 division's seat and
     * centroid, its country's capital, and how far it lies from each admin1 point of its country. The admin1
     * divisions must be known by then (admin1CodesASCII.txt is read before the dump).
     */
    void town(Draft d, String admin2) {
        if (!d.hasPoint()) {
            return;
        }
        String code = d.countryCode + "." + d.admin1 + "." + admin2;
        if (!admin2.isEmpty() && admin2Codes.contains(code)) {
            towns.admin2(code, d, "PPLA2".equals(d.featureCode));
        }
        if (!d.admin1.isEmpty()) {
            towns.admin1(d, admin1Points(d.countryCode));
        }
        if (d.name.equals(capitals.get(d.countryCode))) {
            towns.capital(d);
        }
    }

    /** A second-level division's point: its seat, else the population-weighted centroid of its places; or null. */
    double[] admin2Point(String key) {
        return towns.admin2Point(key);
    }

    void admin1(String countryCode, String admin1Code, long id) {
        admin1s.put(countryCode + "." + admin1Code, id);
    }

    void demonym(String form, String countryCode) {
        demonyms.put(Names.normalize(form), countryCode);
    }

    /** The admin1 drafts of a country that have a point, gathered once per country. */
    private final Map<String, List<Draft>> admin1PointsByCountry = new HashMap<>();

    private List<Draft> admin1Points(String countryCode) {
        return admin1PointsByCountry.computeIfAbsent(countryCode, cc -> admin1s.values().stream()
                .map(drafts::get).filter(a -> a.countryCode.equals(cc) && a.hasPoint()).toList());
    }

    /**
     * Admin1 divisions without a point from a points file get one from the populated places of the division: its
     * seat (PPLA, the most populous if several), else the population-weighted centroid of its places, else the
     * country point. Countries without a point get their capital's.
     */
    void completePoints() {
        dropMisplacedAdmin1Points();
        for (Map.Entry<String, Long> e : countries.entrySet()) {
            Draft country = drafts.get(e.getValue());
            double[] capital = towns.capital(e.getKey());
            if (!country.hasPoint() && capital != null) {
                country.point(capital[0], capital[1]);
            }
        }
        for (Map.Entry<String, Long> e : admin1s.entrySet()) {
            Draft a = drafts.get(e.getValue());
            if (a.hasPoint()) {
                continue;
            }
            double[] point = towns.admin1Point(e.getKey());
            Long countryId = countries.get(a.countryCode);
            Draft country = countryId == null ? null : drafts.get(countryId);
            if (point != null) {
                a.point(point[0], point[1]);
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
        for (Long id : admin1s.values()) {
            Draft a = drafts.get(id);
            double[] km = towns.nearest(a);
            if (a.hasPoint() && km != null && km[0] != Double.POSITIVE_INFINITY && km[0] > MISPLACED_KM
                    && km[1] < km[0] / 4) {
                a.point(Double.NaN, Double.NaN);
            }
        }
    }

    /**
     * Writes the drafts to the store, in geonameid order, and the country and admin1 entries and demonyms; a draft
     * that no file gave a point, and none could be derived for, is left out.
     */
    void finish() throws IOException {
        Map<Long, Integer> indexOf = new HashMap<>();
        List<Draft> placed = drafts.values().stream().filter(Draft::hasPoint)
                .sorted(Comparator.comparingLong(d -> d.id)).toList();
        for (Draft d : placed) {
            int i = store.add(d.id, d.name, d.latitude, d.longitude, d.featureClass, d.featureCode, d.countryCode,
                    d.admin1, d.population);
            if (i >= 0) {
                indexOf.put(d.id, i);
                for (String key : d.keys) {
                    store.key(key, i);
                }
            }
        }
        Keyed countryEntries = Keyed.of(countries, indexOf);
        Keyed admin1Entries = Keyed.of(admin1s, indexOf);
        String[] demonymForms = demonyms.keySet().stream().sorted().toArray(String[]::new);
        String[] demonymCodes = java.util.Arrays.stream(demonymForms).map(demonyms::get).toArray(String[]::new);
        store.entries(new PlaceStore.Entries(countryEntries.keys(), countryEntries.places(), admin1Entries.keys(),
                admin1Entries.places(), demonymForms, demonymCodes));
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
