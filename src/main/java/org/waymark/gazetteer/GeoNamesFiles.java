package org.waymark.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Readers for the GeoNames text formats and Waymark's curated tables, feeding a {@link PlaceCollector}. Each reader
 * takes the file's name for error messages; a malformed line fails with a {@link GazetteerFileException} that names
 * file and line.
 */
final class GeoNamesFiles {
    private static final Pattern TAB = Pattern.compile("\t");
    /** suffixes that news drops: "Kurdistan Province" is "Kurdistan", "Al Anbar Governorate" is "Al Anbar" */
    private static final Pattern ADMIN_SUFFIX = Pattern.compile(
            "\\s+(Province|Governorate|Region|Oblast|Oblysy|Prefecture|Department|District|Municipality|Voivodeship|Autonomous Region)$");
    /** prefixes of second-level division names: "Province of Laguna", "County of Fife" */
    private static final Pattern ADMIN2_PREFIX = Pattern.compile(
            "^(Province|County|District|Municipality|Borough|Commune|Department) of\\s+");
    /** what is left of "North Region" or "Central Governorate" is a compass word, not a name */
    private static final Pattern ONLY_DIRECTIONS = Pattern.compile(
            "(?i)((north|south|east|west)(ern)?|central|centre|center|far|upper|lower|middle|[ -])+");
    /**
     * feature codes of no-country.txt that name something a news text would mention, and a movement may end on or
     * cross: regions, seas, straits and channels, islands, peninsulas, deserts, mountain ranges
     */
    static final Set<String> NO_COUNTRY_CODES = Set.of("CONT", "RGN", "RGNE", "ZN", "OCN", "SEA", "GULF", "STRT",
            "BAY", "CHN", "CHNM", "PEN", "DSRT", "ISL", "ISLS", "ATOL", "MTS");
    /**
     * a name made only of compass and ordinal words and a feature word says nothing of where it is: no-country.txt
     * has a "The Channel" by Anguilla, a "North Island" and a "South Pass" among the Spratlys
     */
    private static final Pattern GENERIC_FEATURE_NAME = Pattern.compile("(?i)((the|north|south|east|west|northeast"
            + "|northwest|southeast|southwest|middle|central|first|second|third|fourth|sand|flat|[ -])+)"
            + "(island|islands|islet|islets|cay|cays|reef|reefs|pass|passage|channel|atoll|rock|bank)");

    /** A row of no-country.txt worth a place: a kind in {@link #NO_COUNTRY_CODES} with a name of its own. */
    static boolean namedFeatureOfNoCountry(String[] row) {
        return NO_COUNTRY_CODES.contains(row[7]) && !GENERIC_FEATURE_NAME.matcher(row[1].strip()).matches();
    }

    /** A country point from a points file. */
    record CountryPoint(long geonameid, String featureCode, double latitude, double longitude) {
    }

    private GeoNamesFiles() {
    }

    /** A reader over lines that counts them, skips comments and blank lines, and splits on tabs. */
    private static final class Rows {
        private final BufferedReader reader;
        final String file;
        long line;

        Rows(BufferedReader reader, String file) {
            this.reader = reader;
            this.file = file;
        }

        /** Next data row, or null at end. */
        String[] next() throws IOException {
            for (String s; (s = reader.readLine()) != null; ) {
                line++;
                if (!s.isBlank() && !s.startsWith("#")) {
                    return TAB.split(s, -1);
                }
            }
            return null;
        }

        GazetteerFileException error(String reason) {
            return new GazetteerFileException(file, line, reason);
        }

        String[] require(String[] row, int columns, String what) throws GazetteerFileException {
            if (row.length < columns) {
                throw error("expected " + columns + " tab-separated columns (" + what + "), found " + row.length);
            }
            return row;
        }

        long id(String s, String column) throws GazetteerFileException {
            try {
                long v = Long.parseLong(s.strip());
                if (v <= 0) {
                    throw error(column + " must be positive, was '" + s + "'");
                }
                return v;
            } catch (NumberFormatException e) {
                throw error(column + " is not a number: '" + s + "'");
            }
        }

        long count(String s, String column) throws GazetteerFileException {
            if (s.isBlank()) {
                return 0;
            }
            try {
                return Math.max(0, Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                throw error(column + " is not a number: '" + s + "'");
            }
        }

        double coordinate(String s, String column, double limit) throws GazetteerFileException {
            try {
                double v = Double.parseDouble(s.strip());
                if (!(Math.abs(v) <= limit)) {
                    throw error(column + " out of range: " + s);
                }
                return v;
            } catch (NumberFormatException e) {
                throw error(column + " is not a number: '" + s + "'");
            }
        }
    }

    /**
     * Country points: Waymark's countries.tsv (iso2, geonameid, feature code, lat, lon) or GeoNames-style
     * country_points.tsv with a header naming iso2, geonameid, gn_fcode, gn_lat, gn_lon.
     */
    static Map<String, CountryPoint> readCountryPoints(BufferedReader reader, String file) throws IOException {
        Rows rows = new Rows(reader, file);
        Map<String, CountryPoint> points = new HashMap<>();
        int cc = 0;
        int id = 1;
        int code = 2;
        int lat = 3;
        int lon = 4;
        for (String[] row; (row = rows.next()) != null; ) {
            if (rows.line == 1 && row[0].equals("iso2")) {
                Map<String, Integer> header = new HashMap<>();
                for (int i = 0; i < row.length; i++) {
                    header.put(row[i], i);
                }
                for (String column : new String[]{"geonameid", "gn_fcode", "gn_lat", "gn_lon"}) {
                    if (!header.containsKey(column)) {
                        throw rows.error("header lacks column " + column);
                    }
                }
                id = header.get("geonameid");
                code = header.get("gn_fcode");
                lat = header.get("gn_lat");
                lon = header.get("gn_lon");
                continue;
            }
            rows.require(row, Math.max(Math.max(id, code), Math.max(lat, lon)) + 1, "country point");
            points.put(row[cc], new CountryPoint(rows.id(row[id], "geonameid"), row[code].isBlank() ? "PCLI" : row[code],
                    rows.coordinate(row[lat], "latitude", 90), rows.coordinate(row[lon], "longitude", 180)));
        }
        return points;
    }

    /** GeoNames countryInfo.txt: one country place per row, with the point and feature code from {@code points}. */
    static void readCountryInfo(BufferedReader reader, String file, Map<String, CountryPoint> points,
                                PlaceCollector places) throws IOException {
        Rows rows = new Rows(reader, file);
        for (String[] row; (row = rows.next()) != null; ) {
            rows.require(row, 17, "countryInfo: ISO ... geonameid");
            String cc = row[0].strip();
            if (!cc.matches("[A-Z]{2}")) {
                throw rows.error("ISO code must be two capital letters, was '" + row[0] + "'");
            }
            long id = rows.id(row[16], "geonameid");
            CountryPoint point = points.get(cc);
            String code = point == null ? "PCLI" : point.featureCode();
            double lat = point == null ? Double.NaN : point.latitude();
            double lon = point == null ? Double.NaN : point.longitude();
            places.add(id, row[4].strip(), "A", code, cc, "", lat, lon, rows.count(row[7], "population"));
            places.country(cc, id, row[5].strip());
        }
    }

    /** GeoNames admin1CodesASCII.txt: CC.A1, name, ascii name, geonameid; points from {@code admin1Points} if known. */
    static void readAdmin1Codes(BufferedReader reader, String file, Map<String, double[]> admin1Points,
                                PlaceCollector places) throws IOException {
        Rows rows = new Rows(reader, file);
        for (String[] row; (row = rows.next()) != null; ) {
            rows.require(row, 4, "code, name, asciiname, geonameid");
            String code = row[0].strip();
            int dot = code.indexOf('.');
            if (dot != 2) {
                throw rows.error("admin1 code must look like CC.A1, was '" + row[0] + "'");
            }
            if (code.length() == 3) {
                continue;               // "FR." with no admin1 code: an old GeoNames row that names no division
            }
            String cc = code.substring(0, 2);
            String a1 = code.substring(3);
            long id = rows.id(row[3], "geonameid");
            double[] point = admin1Points.get(code);
            PlaceCollector.Draft d = places.add(id, row[1].strip(), "A", "ADM1", cc, a1,
                    point == null ? Double.NaN : point[0], point == null ? Double.NaN : point[1], 0);
            places.addName(d, row[2]);
            for (String name : new String[]{row[1].strip(), row[2].strip()}) {
                String shorter = ADMIN_SUFFIX.matcher(name).replaceFirst("");
                if (!shorter.equals(name) && !ONLY_DIRECTIONS.matcher(shorter).matches()) {
                    places.addAlternate(d, shorter);
                }
            }
            places.admin1(cc, a1, id);
        }
    }

    /**
     * GeoNames admin2Codes.txt: CC.A1.A2, name, ascii name, geonameid. It has no coordinates: a division gets the
     * point of its seat or of its places, as noted from the dump read before ({@link PlaceCollector#admin2Point});
     * one without any populated place is left out. Besides its names, a division answers to its short name
     * ("Nueva Ecija" for "Province of Nueva Ecija", "Karo" for "Karo Regency" stays as is).
     */
    static void readAdmin2Codes(BufferedReader reader, String file, PlaceCollector places) throws IOException {
        Rows rows = new Rows(reader, file);
        for (String[] row; (row = rows.next()) != null; ) {
            rows.require(row, 4, "code, name, asciiname, geonameid");
            String code = row[0].strip();
            String[] parts = code.split("\\.", -1);
            if (parts.length != 3 || parts[0].length() != 2) {
                throw rows.error("admin2 code must look like CC.A1.A2, was '" + row[0] + "'");
            }
            double[] point = places.admin2Point(code);
            if (point == null) {
                continue;
            }
            PlaceCollector.Draft d = places.add(rows.id(row[3], "geonameid"), row[1].strip(), "A", "ADM2", parts[0],
                    parts[1], point[0], point[1], 0);
            places.addName(d, row[2]);
            for (String name : new String[]{row[1].strip(), row[2].strip()}) {
                String shorter = ADMIN2_PREFIX.matcher(ADMIN_SUFFIX.matcher(name).replaceFirst("")).replaceFirst("");
                if (!shorter.equals(name) && !ONLY_DIRECTIONS.matcher(shorter).matches()) {
                    places.addAlternate(d, shorter);
                }
            }
        }
    }

    /** Admin1 points (code, name, asciiname, geonameid, lat, lon, source), header line first. */
    static Map<String, double[]> readAdmin1Points(BufferedReader reader, String file) throws IOException {
        Rows rows = new Rows(reader, file);
        Map<String, double[]> points = new HashMap<>();
        for (String[] row; (row = rows.next()) != null; ) {
            if (rows.line == 1 && row[0].equals("code")) {
                continue;
            }
            rows.require(row, 6, "code, name, asciiname, geonameid, lat, lon");
            if (row[4].isBlank() && row[5].isBlank()) {
                continue;               // no point known: derived from the division's places instead
            }
            points.put(row[0].strip(), new double[]{rows.coordinate(row[4], "latitude", 90),
                    rows.coordinate(row[5], "longitude", 180)});
        }
        return points;
    }

    /**
     * A GeoNames dump in the geoname table format (allCountries.txt, cities*.txt, no-country.txt): 19 columns, of
     * which id, name, asciiname, alternatenames, lat, lon, class, code, country, admin1 and population are used.
     */
    static void readDump(BufferedReader reader, String file, Predicate<String[]> keep, PlaceCollector places)
            throws IOException {
        Rows rows = new Rows(reader, file);
        for (String[] row; (row = rows.next()) != null; ) {
            rows.require(row, 19, "GeoNames geoname table");
            long id = rows.id(row[0], "geonameid");
            double lat = rows.coordinate(row[4], "latitude", 90);
            double lon = rows.coordinate(row[5], "longitude", 180);
            long population = rows.count(row[14], "population");
            if (row[1].isBlank()) {
                throw rows.error("empty name");
            }
            if (!keep.test(row)) {
                continue;
            }
            PlaceCollector.Draft d = places.row(id, row[1].strip(), row[6].strip(), row[7].strip(), row[8].strip(),
                    row[10].strip(), lat, lon, population);
            if (row[6].equals("P")) {
                places.town(d, row[11].strip());
            }
            places.addName(d, row[2]);
            String alternates = row[3];
            for (int from = 0, to; from < alternates.length(); from = to + 1) {
                to = alternates.indexOf(',', from);
                if (to < 0) {
                    to = alternates.length();
                }
                places.addAlternate(d, alternates, from, to);
            }
            places.done(d);
        }
    }

    /** The codes ("CC.A1.A2") of GeoNames' admin2Codes.txt. */
    static Set<String> readCodes(BufferedReader reader, String file) throws IOException {
        Rows rows = new Rows(reader, file);
        Set<String> codes = new HashSet<>();
        for (String[] row; (row = rows.next()) != null; ) {
            codes.add(row[0].strip());
        }
        return codes;
    }

    /** The geonameids in column {@code column} of a GeoNames or Waymark file, to {@link PlaceCollector#claim}. */
    static Set<Long> readIds(BufferedReader reader, String file, int column) throws IOException {
        Rows rows = new Rows(reader, file);
        Set<Long> ids = new HashSet<>();
        for (String[] row; (row = rows.next()) != null; ) {
            rows.require(row, column + 1, "geonameid in column " + (column + 1));
            ids.add(rows.id(row[column], "geonameid"));
        }
        return ids;
    }

    /**
     * Waymark's regions.tsv: geonameid, name, class, code, lat, lon, population, |-separated alternate names.
     * Rows whose id a dump already gave only add their names.
     */
    static void readRegions(BufferedReader reader, String file, PlaceCollector places) throws IOException {
        Rows rows = new Rows(reader, file);
        for (String[] row; (row = rows.next()) != null; ) {
            rows.require(row, 8, "geonameid, name, class, code, lat, lon, population, alternate names");
            PlaceCollector.Draft d = places.add(rows.id(row[0], "geonameid"), row[1].strip(), row[2].strip(),
                    row[3].strip(), "", "", rows.coordinate(row[4], "latitude", 90),
                    rows.coordinate(row[5], "longitude", 180), rows.count(row[6], "population"));
            for (String alternate : row[7].split("\\|")) {
                places.addName(d, alternate);
            }
        }
    }

    /**
     * Waymark's aliases.tsv: alias, geonameid. When {@code strict} the id must be a place already collected (the
     * embedded files hold them all, so a miss is a typo); else aliases of places the dump lacks are skipped.
     */
    static void readAliases(BufferedReader reader, String file, boolean strict, PlaceCollector places) throws IOException {
        Rows rows = new Rows(reader, file);
        for (String[] row; (row = rows.next()) != null; ) {
            rows.require(row, 2, "alias, geonameid");
            long id = rows.id(row[1], "geonameid");
            PlaceCollector.Draft d = places.get(id);
            if (d == null && !strict) {
                continue;
            }
            if (d == null) {
                throw rows.error("alias '" + row[0] + "' names geonameid " + id + ", which no gazetteer file holds");
            }
            places.addName(d, row[0]);
        }
    }

    /** Waymark's demonyms.tsv: form, ISO country code; the country must be known. */
    static void readDemonyms(BufferedReader reader, String file, PlaceCollector places) throws IOException {
        Rows rows = new Rows(reader, file);
        for (String[] row; (row = rows.next()) != null; ) {
            rows.require(row, 2, "demonym, country code");
            String cc = row[1].strip();
            if (!places.hasCountry(cc)) {
                throw rows.error("demonym '" + row[0] + "' names unknown country code '" + cc + "'");
            }
            places.demonym(row[0].strip(), cc);
        }
    }
}
