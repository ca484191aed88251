package org.waymark.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.io.BufferedInputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Builds a gazetteer index file from GeoNames dumps ({@code waymark gazetteer build --geonames DIR -o INDEX}):
 * the geoname table ({@code allCountries.txt}, else the most complete {@code cities*.txt}), {@code countryInfo.txt},
 * {@code admin1CodesASCII.txt}, optionally {@code admin2Codes.txt} (second-level divisions, placed at their seat or
 * among their places), {@code no-country.txt}, {@code country_points.tsv} and an admin1 points file, plus Waymark's curated regions, aliases and demonyms. A GeoNames text file may be there as it is, gzipped, or in the zip
 * the download server serves it in ({@code cities500.zip}, {@code no-country.zip}). {@link GeoNamesIndex#load}
 * reads the result.
 */
public final class GazetteerBuilder {
    /** From the most to the least complete. */
    private static final String[] DUMPS = {"allCountries.txt", "cities500.txt", "cities1000.txt", "cities5000.txt",
            "cities15000.txt"};
    private static final String ADMIN1_POINTS = "admin1_points.tsv";
    /** Non-populated features of allCountries.txt that news names; the rest (farms, wells, hotels) is left out. */
    private static final Set<String> ALL_COUNTRIES_CODES = Set.of(
            "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR", "ADM1", "ADM2",
            "CONT", "RGN", "RGNE", "OCN", "SEA", "GULF", "STRT", "BAY", "CHN", "CHNM", "PEN", "DSRT", "ISL", "ISLS", "ATOL",
            "MTS", "LK");

    /** What a build produced. */
    public record Summary(Path index, String dump, int places, int names, long bytes) {
    }

    private GazetteerBuilder() {
    }

    /** Builds from {@code geonamesDir}, finding admin1 points beside it if there are any (see class comment). */
    public static Summary build(Path geonamesDir, Path out) throws IOException {
        return build(geonamesDir, out, Options.DEFAULT);
    }

    /**
     * What a build may be told besides its folders.
     *
     * @param admin1Points admin1 points file (code, name, asciiname, geonameid, lat, lon, source), or null to look
     *                     for {@code admin1_points.tsv} in the GeoNames folder and in {@code ../admin1} beside it;
     *                     without one, the points bundled with Waymark (the same label points) serve, and a division
     *                     that none gives gets one derived from its seat and cities
     * @param features     GeoNames feature classes to keep (A, H, L, P, R, S, T, U, V), every row of them; or null
     *                     for the default: every place of a cities dump, and of allCountries the populated places
     *                     with a population or a seat, divisions, and the seas, islands and regions news names
     * @param progress     told a line now and then on a long build
     */
    public record Options(Path admin1Points, Set<String> features, Consumer<String> progress) {
        public static final Options DEFAULT = new Options(null, null, line -> { });
        /** GeoNames' feature classes. */
        public static final Set<String> FEATURE_CLASSES = Set.of("A", "H", "L", "P", "R", "S", "T", "U", "V");

        public Options {
            features = features == null ? null : Set.copyOf(features);
            if (features != null && !FEATURE_CLASSES.containsAll(features)) {
                throw new IllegalArgumentException("feature classes are A, H, L, P, R, S, T, U and V, not "
                        + features.stream().filter(f -> !FEATURE_CLASSES.contains(f)).sorted().toList());
            }
        }

        public Options withAdmin1Points(Path file) {
            return new Options(file, features, progress);
        }

        public Options withFeatures(Set<String> classes) {
            return new Options(admin1Points, classes, progress);
        }

        public Options withProgress(Consumer<String> lines) {
            return new Options(admin1Points, features, lines);
        }
    }

    /**
     * Builds the index {@code out} (replaced atomically) from the GeoNames files in {@code geonamesDir}, streaming the
     * geoname table: memory grows with the places kept (about 40 bytes each) and the sort of their names runs on
     * disk, in temporary files beside {@code out}.
     */
    public static Summary build(Path geonamesDir, Path out, Options options) throws IOException {
        if (!Files.isDirectory(geonamesDir)) {
            throw new GazetteerFileException(geonamesDir.toString(), 0, "not a directory of GeoNames files");
        }
        Path dump = null;
        for (String name : DUMPS) {
            dump = dump != null ? dump : file(geonamesDir, name);
        }
        if (dump == null) {
            throw new GazetteerFileException(geonamesDir.toString(), 0,
                    "no geoname table found: expected allCountries.txt or cities500/1000/5000/15000.txt");
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (PlaceStore store = new PlaceStore(parent, options.features())) {
            PlaceCollector places = new PlaceCollector(store);
            readCountriesAndDivisions(geonamesDir, options, places);
            claimLaterIds(geonamesDir, places);
            boolean allCountries = dump.getFileName().toString().startsWith("allCountries.");
            Predicate<String[]> keep = options.features() != null ? row -> options.features().contains(row[6])
                    : allCountries ? GazetteerBuilder::newsworthy : row -> true;
            try (BufferedReader r = new ProgressReader(open(dump), dump.getFileName().toString(), options.progress())) {
                GeoNamesFiles.readDump(r, dump.toString(), keep, places);
            }
            Path admin2Codes = file(geonamesDir, "admin2Codes.txt");
            if (admin2Codes != null) {
                try (BufferedReader r = open(admin2Codes)) {
                    GeoNamesFiles.readAdmin2Codes(r, admin2Codes.toString(), places);
                }
            }
            Path noCountry = file(geonamesDir, "no-country.txt");
            if (noCountry != null) {
                try (BufferedReader r = open(noCountry)) {
                    GeoNamesFiles.readDump(r, noCountry.toString(), GeoNamesFiles::namedFeatureOfNoCountry, places);
                }
            }
            GeoNamesIndex.readCurated(places, false);   // a dump subset may lack aliased cities
            places.finish();
            options.progress().accept("sorting the names of " + String.format("%,d", store.placeCount())
                    + " places and writing " + out);
            PlaceStore.Written w = store.write(out);
            return new Summary(out, dump.getFileName().toString(), w.places(), w.keys(), w.bytes());
        }
    }

    /** The allCountries rows kept by default: towns with people or a seat, and {@link #ALL_COUNTRIES_CODES}. */
    private static boolean newsworthy(String[] row) {
        return row[6].equals("P") && (!row[14].isBlank() && !row[14].equals("0") || row[7].startsWith("PPLA")
                || row[7].equals("PPLC")) || ALL_COUNTRIES_CODES.contains(row[7]);
    }

    /** countryInfo.txt with the country points, admin1CodesASCII.txt with the admin1 points. */
    private static void readCountriesAndDivisions(Path geonamesDir, Options options, PlaceCollector places)
            throws IOException {
        Path countryInfo = required(geonamesDir, "countryInfo.txt");
        Path admin1Codes = required(geonamesDir, "admin1CodesASCII.txt");
        Map<String, GeoNamesFiles.CountryPoint> countryPoints;
        Path countryPointsFile = file(geonamesDir, "country_points.tsv");
        if (countryPointsFile != null) {
            try (BufferedReader r = open(countryPointsFile)) {
                countryPoints = GeoNamesFiles.readCountryPoints(r, countryPointsFile.toString());
            }
        } else {
            try (BufferedReader r = GeoNamesIndex.resource("countries.tsv")) {
                countryPoints = GeoNamesFiles.readCountryPoints(r, "countries.tsv");
            }
        }
        try (BufferedReader r = open(countryInfo)) {
            GeoNamesFiles.readCountryInfo(r, countryInfo.toString(), countryPoints, places);
        }
        Path admin1PointsFile = options.admin1Points() != null ? options.admin1Points() : findAdmin1Points(geonamesDir);
        Map<String, double[]> admin1 = GeoNamesIndex.bundledAdmin1Points();
        if (admin1PointsFile != null) {
            if (!Files.isRegularFile(admin1PointsFile)) {
                throw new GazetteerFileException(admin1PointsFile.toString(), 0, "admin1 points file not found");
            }
            try (BufferedReader r = open(admin1PointsFile)) {
                admin1 = GeoNamesFiles.readAdmin1Points(r, admin1PointsFile.toString());
            }
        }
        try (BufferedReader r = open(admin1Codes)) {
            GeoNamesFiles.readAdmin1Codes(r, admin1Codes.toString(), admin1, places);
        }
    }

    /**
     * The ids that files read after the dump name (admin2 codes, no-country, regions, aliases): their rows merge; and
     * the admin2 codes, whose towns are noted for the divisions' points.
     */
    private static void claimLaterIds(Path geonamesDir, PlaceCollector places) throws IOException {
        Path admin2Codes = file(geonamesDir, "admin2Codes.txt");
        if (admin2Codes != null) {
            try (BufferedReader r = open(admin2Codes)) {
                places.claim(GeoNamesFiles.readIds(r, admin2Codes.toString(), 3));
            }
            try (BufferedReader r = open(admin2Codes)) {
                places.admin2Codes(GeoNamesFiles.readCodes(r, admin2Codes.toString()));
            }
        }
        Path noCountry = file(geonamesDir, "no-country.txt");
        if (noCountry != null) {
            try (BufferedReader r = open(noCountry)) {
                places.claim(GeoNamesFiles.readIds(r, noCountry.toString(), 0));
            }
        }
        try (BufferedReader r = GeoNamesIndex.resource("regions.tsv")) {
            places.claim(GeoNamesFiles.readIds(r, "regions.tsv", 0));
        }
        try (BufferedReader r = GeoNamesIndex.resource("aliases.tsv")) {
            places.claim(GeoNamesFiles.readIds(r, "aliases.tsv", 1));
        }
    }

    private static Path findAdmin1Points(Path geonamesDir) {
        for (Path p : new Path[]{geonamesDir.resolve(ADMIN1_POINTS), geonamesDir.resolve("../admin1").resolve(ADMIN1_POINTS)}) {
            if (Files.isRegularFile(p)) {
                return p.normalize();
            }
        }
        return null;
    }

    private static Path required(Path dir, String name) throws GazetteerFileException {
        Path p = file(dir, name);
        if (p == null) {
            throw new GazetteerFileException(dir.resolve(name).toString(), 0, "required GeoNames file missing");
        }
        return p;
    }

    /**
     * A file of the folder as it is, gzipped ({@code name.gz}) or, for {@code X.txt}, in the zip GeoNames serves it
     * in ({@code X.zip}, as {@code waymark gazetteer download} leaves it); null when none is there.
     */
    private static Path file(Path dir, String name) {
        Path zip = dir.resolve(name.replaceFirst("\\.txt$", ".zip"));
        for (Path p : new Path[]{dir.resolve(name), dir.resolve(name + ".gz"), zip}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static BufferedReader open(Path p) throws IOException {
        String name = p.getFileName().toString();
        if (name.endsWith(".gz")) {
            return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p), 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
        }
        if (name.endsWith(".zip")) {
            return zipEntry(p, name.substring(0, name.length() - 4) + ".txt");
        }
        return Files.newBufferedReader(p, StandardCharsets.UTF_8);
    }

    /** The entry {@code entry} of a zip, read as it is inflated. */
    private static BufferedReader zipEntry(Path zip, String entry) throws IOException {
        ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip), 1 << 16));
        try {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(entry)) {
                    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                }
            }
        } catch (IOException e) {
            in.close();
            throw new GazetteerFileException(zip.toString(), 0, "cannot be read as a zip: " + e.getMessage());
        }
        in.close();
        throw new GazetteerFileException(zip.toString(), 0, "holds no " + entry);
    }
}
