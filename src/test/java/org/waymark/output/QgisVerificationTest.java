package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.SharedData;

/**
 * Opens a written project in real QGIS: PyQGIS loads, compares and renders it ({@code check_qgis_project.py}), and
 * QGIS Server serves it as a WMS ({@code check_qgis_server.py}). Skipped where QGIS is not installed (Debian:
 * {@code apt-get install -y --no-install-recommends qgis python3-qgis qgis-server}); a failed check fails the test.
 * The scripts' pictures go to {@code target/qgis-verification/}.
 */
class QgisVerificationTest {

    private static final String PYTHON = "/usr/bin/python3";
    // surefire sets basedir; an IDE may run tests elsewhere
    private static final Path BASEDIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path SCRIPTS = BASEDIR.resolve("src/test/python");
    private static final long SCRIPT_TIMEOUT_SECONDS = 300;
    private static boolean pyqgis;

    @TempDir
    Path dir;
    private Path gpkg;
    private Path qgs;
    private Path out;

    @BeforeAll
    static void findQgis() throws InterruptedException {
        pyqgis = run(List.of(PYTHON, "-c", "import qgis.core"), Path.of("."), 120).exitCode == 0;
    }

    @BeforeEach
    void writeProject(TestInfo test) throws IOException {
        assumeTrue(pyqgis, PYTHON + " cannot import qgis.core: QGIS is not installed (apt-get install -y "
                + "--no-install-recommends qgis python3-qgis qgis-server)");
        Files.createDirectories(dir.resolve("data"));
        gpkg = FixtureGeoPackage.write(dir.resolve("data/news.gpkg"));
        // the project in a sibling folder, so that QGIS has to follow a ../ path
        qgs = Files.createDirectories(dir.resolve("maps")).resolve("news.qgs");
        QgisProjectWriter.using(FixtureCountries::rough, QgisVerificationTest.class.getClassLoader())
                .writeProject(gpkg, qgs);
        out = BASEDIR.resolve("target/qgis-verification").resolve(test.getTestMethod().orElseThrow().getName());
        Files.createDirectories(out);
    }

    @Test
    void pyqgisOpensStylesAndRendersTheProject() throws InterruptedException {
        Result result = script("check_qgis_project.py");
        assertTrue(result.output.contains("QGIS project checks: all"), result.output);
        assertTrue(Files.isRegularFile(out.resolve("project.png")));
    }

    /**
     * The same checks with Waymark's own styles ({@code styles/*.qml}, on the classpath once that work is merged)
     * as the stored default styles: the project must carry them into QGIS as well as the fixture's.
     */
    @Test
    void waymarkStylesComeThroughTheProject() throws Exception {
        Map<String, String> styles = new LinkedHashMap<>();
        for (String layer : FixtureGeoPackage.STYLED_LAYERS) {
            try (InputStream in = QgisVerificationTest.class.getResourceAsStream(
                    "/" + QgisProjectWriter.STYLE_FOLDER + "/" + layer + ".qml")) {
                assumeTrue(in != null, "Waymark's style for " + layer + " is not on the classpath yet");
                styles.put(layer, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Files.delete(gpkg);
        FixtureGeoPackage.write(gpkg, styles, true);
        QgisProjectWriter.using(FixtureCountries::rough, QgisVerificationTest.class.getClassLoader())
                .writeProject(gpkg, qgs, true);   // over the one of @BeforeEach
        Result result = script("check_qgis_project.py");
        assertTrue(result.output.contains("QGIS project checks: all"), result.output);
    }

    @Test
    void qgisServerPublishesTheProjectAsWms() throws InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/qgis_mapserver")),
                "/usr/bin/qgis_mapserver is missing: qgis-server is not installed");
        Result result = script("check_qgis_server.py");
        assertTrue(result.output.contains("QGIS Server checks: all"), result.output);
        assertTrue(Files.isRegularFile(out.resolve("wms-EPSG3857.png")));
    }

    /**
     * The layers {@code waymark map --to postgresql://…} writes, in QGIS and QGIS Server: every layer opens from
     * PostGIS with Waymark's renderer, read from {@code public.layer_styles}; QGIS Server draws the movements from a
     * project on PostGIS ({@code check_qgis_postgis.py}).
     */
    @Test
    void qgisAndQgisServerDrawThePostGisLayersWithTheirStyles() throws InterruptedException {
        try (org.waymark.PostgresCluster cluster = org.waymark.PostgresCluster.start()) {
            String db = cluster.createDatabase("qgis");
            TestArticles articles = new TestArticles();
            try (PostGisWriter writer = PostGisWriter.open(PostGisTarget.parse(cluster.url(
                    org.waymark.PostgresCluster.SUPERUSER, db, "news")), WriteMode.CREATE, DocumentSink.Options.DEFAULT)) {
                writer.write(articles.withdrawal());
                writer.write(articles.followUp());
                writer.write(articles.pacific());
            }
            Result result = run(List.of(PYTHON, "-B", SCRIPTS.resolve("check_qgis_postgis.py").toString(),
                    cluster.conninfo(db), "news", BASEDIR.resolve("styles").toString(), out.toString()), SCRIPTS,
                    SCRIPT_TIMEOUT_SECONDS);
            System.out.println(result.output);
            assertEquals(0, result.exitCode, result.output);
            assertTrue(result.output.contains("QGIS PostGIS checks: all"), result.output);
            assertTrue(result.output.contains("drawn with Waymark's style from layer_styles (categorizedSymbol)"),
                    result.output);
        }
    }

    /**
     * The map of the seed articles, as {@code waymark map --qgis-project} writes it with the real base map and styles:
     * PyQGIS opens every layer with its own renderer and draws Syria → Libya; QGIS Server lists the layers and draws
     * the movements.
     */
    @Test
    void seedArticlesOpenInQgisAndQgisServer() throws InterruptedException {
        Path seeds = SharedData.assume("seeds");
        gpkg = dir.resolve("seeds.gpkg");
        qgs = dir.resolve("seeds.qgs");
        assertEquals(0, org.waymark.cli.Main.run("map", seeds.toString(), "-o", gpkg.toString(),
                "--qgis-project", qgs.toString(), "--quiet", "--offline"));
        Result project = script("check_qgis_project.py", "Syria>Libya");
        assertTrue(project.output.contains("QGIS project checks: all"), project.output);
        if (Files.isExecutable(Path.of("/usr/bin/qgis_mapserver"))) {
            Result server = script("check_qgis_server.py", "");
            assertTrue(server.output.contains("QGIS Server checks: all"), server.output);
        }
    }

    private Result script(String name) throws InterruptedException {
        return script(name, "");
    }

    private Result script(String name, String requireDrawn) throws InterruptedException {
        Result result = run(List.of(PYTHON, "-B", SCRIPTS.resolve(name).toString(), gpkg.toString(), qgs.toString(),
                out.toString()), SCRIPTS, SCRIPT_TIMEOUT_SECONDS, requireDrawn);
        System.out.println(result.output);
        if (result.exitCode != 0) {
            fail(name + " failed (exit " + result.exitCode + "):\n" + result.output);
        }
        assertEquals(0, result.exitCode);
        return result;
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs a command to its end or the time limit, with its output (both streams) captured in a file. */
    private static Result run(List<String> command, Path workDir, long timeoutSeconds) throws InterruptedException {
        return run(command, workDir, timeoutSeconds, "");
    }

    private static Result run(List<String> command, Path workDir, long timeoutSeconds, String requireDrawn)
            throws InterruptedException {
        Path log = null;
        Process process = null;
        try {
            log = Files.createTempFile("qgis-check", ".log");
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().put("QT_QPA_PLATFORM", "offscreen");
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            pb.environment().put("WAYMARK_REQUIRE_DRAWN", requireDrawn);
            process = pb.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return new Result(-1, "timed out after " + timeoutSeconds + " s: " + command + "\n" + read(log));
            }
            return new Result(process.exitValue(), read(log));
        } catch (IOException e) {
            return new Result(-2, "cannot run " + command + ": " + e.getMessage());
        } finally {
            if (process != null && process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temporary log left behind is harmless
                }
            }
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }
}
