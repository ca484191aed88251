package org.waymark.qgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.waymark.publish.FakeGeoServer;

/**
 * The QGIS plugin in real, headless QGIS ({@code src/test/python/check_qgis_plugin.py}): the ZIP that
 * {@code mvn package} builds is installed into a fresh profile, loaded as QGIS loads plugins, and every algorithm is
 * run through {@code processing.run} (the map algorithms against {@code waymark map} on the same input, cancel,
 * missing Java, bad input, the model, publishing to the GeoServer stand-in, building a gazetteer). Runs after
 * {@code package} (failsafe); skipped where {@code /usr/bin/python3} cannot import QGIS. The script's log goes to
 * {@code target/qgis-plugin-check/check.log}.
 */
class QgisPluginIT {

    private static final String PYTHON = "/usr/bin/python3";
    private static final Path BASEDIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path ZIP = BASEDIR.resolve("target/waymark-qgis-plugin.zip");
    private static final Path WORK = BASEDIR.resolve("target/qgis-plugin-check");
    private static final long TIMEOUT_SECONDS = 900;

    @Test
    void everyAlgorithmRunsInQgis() throws Exception {
        assumeTrue(exitCode(List.of(PYTHON, "-c", "import qgis.core"), null) == 0,
                PYTHON + " cannot import qgis.core: QGIS is not installed (apt-get install qgis python3-qgis)");
        assertTrue(Files.isRegularFile(ZIP), ZIP + " is missing: mvn package builds it");
        Files.createDirectories(WORK);
        Path log = WORK.resolve("check.log");
        try (FakeGeoServer geoServer = new FakeGeoServer()) {
            ProcessBuilder pb = new ProcessBuilder(PYTHON, "-B",
                    BASEDIR.resolve("src/test/python/check_qgis_plugin.py").toString(), ZIP.toString(),
                    WORK.resolve("work").toString());
            pb.environment().put("QT_QPA_PLATFORM", "offscreen");
            pb.environment().put("WAYMARK_GEOSERVER_URL", geoServer.url());
            Path geonames = Path.of(System.getProperty("waymark.shared", "../shared")).resolve("data/geonames");
            if (Files.isRegularFile(geonames.resolve("cities500.txt"))) {
                pb.environment().put("WAYMARK_GEONAMES_DIR", geonames.toAbsolutePath().toString());
            }
            int code = exitCode(pb.command(), pb.redirectErrorStream(true).redirectOutput(log.toFile()));
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println(output);
            assertEquals(0, code, output);
            assertTrue(output.contains("QGIS plugin checks: all"), output);
            assertTrue(output.contains("ok: publishgeoserver: published"), output);
            List<String> catalog = geoServer.catalog();
            for (String layer : List.of("places", "mentions", "movements", "flows")) {
                assertTrue(catalog.contains("layer news:" + layer + " defaultStyle=news:waymark_" + layer),
                        "published with its style: " + layer + " in " + catalog);
            }
        }
    }

    /** Runs a command to its end (or kills it after the time limit); the builder, if given, sets its output. */
    private static int exitCode(List<String> command, ProcessBuilder builder) throws IOException, InterruptedException {
        ProcessBuilder pb = builder != null ? builder
                : new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            return -2;
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return -1;
        }
        return process.exitValue();
    }
}
