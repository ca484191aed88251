package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file as GDAL sees it (Debian 12: GDAL 3.6, apt packages gdal-bin and python3-gdal): ogrinfo reads every layer
 * and feature without a warning, uses the spatial index, and GDAL's validate_gpkg.py finds nothing to report. The
 * file is written with CREATE and then APPEND, so the appended state is what is checked.
 */
class GdalAcceptanceTest {

    // Debian ships the validator as a module of python3-gdal, and again among its examples.
    private static final List<Path> VALIDATORS = List.of(
            Path.of("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"),
            Path.of("/usr/share/doc/python3-gdal/examples/validate_gpkg.py"));
    // Debian's own python has the GDAL bindings the validator uses for its geometry checks; a python3 earlier on
    // the PATH (pyenv and the like) may not.
    private static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    static Path dir;

    private static Path file;
    private static Map<String, Long> rowCounts;
    private static TestArticles articles;

    @BeforeAll
    static void writeFile() throws Exception {
        articles = new TestArticles();
        file = dir.resolve("gdal.gpkg");
        GeoPackageWriterTest.write(file, WriteMode.CREATE, articles.withdrawal());
        GeoPackageWriterTest.write(file, WriteMode.APPEND, articles.followUp());
        // a path split at the antimeridian: a MULTILINESTRING of two parts
        GeoPackageWriterTest.write(file, WriteMode.APPEND, articles.pacific());
        rowCounts = new HashMap<>();
        try (SqliteRows db = SqliteRows.open(file)) {
            for (String table : List.of("documents", "places", "mentions", "movements", "flows", "layer_styles")) {
                rowCounts.put(table, db.count(table));
            }
        }
    }

    @Test
    void ogrinfoListsEveryLayerWithoutWarning() throws Exception {
        Path ogrinfo = ogrinfo();
        String out = run(ogrinfo.toString(), "-ro", "-al", "-so", file.toString());
        assertNoWarning(out);

        Map<String, String> layers = new HashMap<>();
        for (String section : out.split("\nLayer name: ")) {
            String name = section.substring(0, section.indexOf('\n')).strip();
            layers.put(name, section);
        }
        for (Map.Entry<String, Long> table : rowCounts.entrySet()) {
            String section = layers.get(table.getKey());
            assertTrue(section != null, "ogrinfo lists " + table.getKey() + ":\n" + out);
            assertTrue(section.contains("Feature Count: " + table.getValue() + "\n"), section);
        }
        String movements = layers.get("movements");
        assertTrue(movements.contains("Geometry: Multi Line String"), movements);
        assertTrue(layers.get("flows").contains("Geometry: Multi Line String"), layers.get("flows"));
        assertTrue(movements.contains("Extent: (-180.000000, "), "the Pacific path reaches -180: " + movements);
        assertTrue(movements.contains(" - (180.000000, "), "and 180, no further: " + movements);
        for (String column : List.of("start: Integer64", "end: Integer64", "trigger: String", "count: Integer64",
                "origin_inferred: Integer(Boolean)")) {
            assertTrue(movements.contains("\n" + column), "movements has " + column + ":\n" + movements);
        }
        assertTrue(layers.get("places").contains("Geometry: Point"));
        assertTrue(layers.get("places").contains("geonameid: Integer64 (0.0) UNIQUE NOT NULL"));
        assertTrue(out.contains("PLACE_DATA=GeoNames (https://www.geonames.org/)"), "dataset metadata:\n" + out);
        assertTrue(out.contains("WRITTEN_BY=Waymark"), out);
    }

    @Test
    void ogrinfoReadsEveryFeatureWithoutWarning() throws Exception {
        String out = run(ogrinfo().toString(), "-ro", "-al", file.toString());
        assertNoWarning(out);
        long features = out.lines().filter(l -> l.startsWith("OGRFeature(")).count();
        assertEquals(rowCounts.values().stream().mapToLong(Long::longValue).sum(), features);
        assertTrue(out.contains("start (Integer64) = "), "quoted keyword columns read back");
    }

    @Test
    void ogrinfoFindsFeaturesThroughTheSpatialIndex() throws Exception {
        double lon = articles.tripoli.longitude();
        double lat = articles.tripoli.latitude();
        String out = run(ogrinfo().toString(), "-ro", "-q", "-spat", Double.toString(lon - 0.5),
                Double.toString(lat - 0.5), Double.toString(lon + 0.5), Double.toString(lat + 0.5),
                file.toString(), "places");
        assertNoWarning(out);
        assertTrue(out.contains("name (String) = Tripoli"), out);
        assertFalse(out.contains("name (String) = Damascus"), out);
    }

    @Test
    void validateGpkgFindsNothing() throws Exception {
        Optional<Path> validator = VALIDATORS.stream().filter(Files::isRegularFile).findFirst();
        assumeTrue(validator.isPresent(), "GDAL's validate_gpkg.py is not installed (apt-get install python3-gdal)");
        String python = Files.isExecutable(DEBIAN_PYTHON) ? DEBIAN_PYTHON.toString() : "python3";

        assertEquals("", run(python, validator.get().toString(), file.toString()).strip());
        // --extra also checks the values against the declared column types.
        assertEquals("", run(python, validator.get().toString(), "--extra", "-k", file.toString()).strip());
    }

    private static Path ogrinfo() {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(p -> Path.of(p, "ogrinfo")).filter(Files::isExecutable).findFirst();
        assumeTrue(found.isPresent(), "GDAL's ogrinfo is not installed (apt-get install gdal-bin)");
        return found.get();
    }

    private static void assertNoWarning(String output) {
        assertFalse(output.contains("Warning"), output);
        assertFalse(output.contains("ERROR"), output);
    }

    /** Runs the command and returns stdout and stderr together; it must exit with 0. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(Arrays.asList(command))).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
        return output;
    }
}
