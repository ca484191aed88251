package org.waymark.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.PostgresCluster;
import org.waymark.output.Layer;

/**
 * The Spark job on {@code local[2]} in this JVM, against {@code waymark map} run in this JVM on the same input: the
 * same rows in every layer (by content: surrogate fids and order aside), GeoParquet that another reader reads back,
 * and one pipeline load in the JVM however many runs and tasks (on {@code local[N]} the driver is the one executor).
 * On the articles written for these tests (so that something runs on a fresh clone), on a Parquet table of
 * documents, and on TR-News and GeoVirus where {@code ../shared} has them.
 */
class LocalJobTest {

    private static SparkSession spark;
    private static int loadsSeen;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("waymark-test")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void oneLoadForTheOneExecutor() {
        spark.stop();
        assertEquals(1, Pipeline.loads(), "the pipeline is loaded once per JVM");
        assertTrue(loadsSeen <= 1, "runs saw " + loadsSeen + " loads");
    }

    @Test
    void theTestArticlesGiveTheRowsOfMap() throws Exception {
        sameRowsAsMap("articles", TestCorpora.articles());
    }

    @Test
    void trNewsGivesTheRowsOfMap() throws Exception {
        sameRowsAsMap("TR-News", TestCorpora.jsonl("TR-News.xml", "trnews", dir));
    }

    @Test
    void geoVirusGivesTheRowsOfMap() throws Exception {
        sameRowsAsMap("GeoVirus", TestCorpora.jsonl("GeoVirus.xml", "geovirus", dir));
    }

    /** A table with id, text, title, url and date gives what map gives for the same lines of JSONL. */
    @Test
    void aParquetTableOfDocuments() throws Exception {
        Path jsonl = TestCorpora.articles().resolve("wires.jsonl");
        Path table = dir.resolve("wires.parquet");
        spark.read().json(jsonl.toString()).select("id", "text", "title", "url", "date").write()
                .parquet(table.toString());
        Path out = dir.resolve("from-parquet");
        RunSummary summary = new WaymarkJob(spark, JobOptions.parquet(List.of(table.toString()), out.toString()),
                System.err).run();
        assertEquals(3, summary.documents());
        assertEquals("", LayerRows.ofParquet(out).differences(mapped(jsonl)));
    }

    /** With --to, every task writes its documents into PostGIS too: the same rows as map's, as in the Parquet. */
    @Test
    void postGisGetsTheSameRows() throws Exception {
        try (PostgresCluster postgres = PostgresCluster.start()) {
            String db = postgres.createDatabase("news");
            Path input = TestCorpora.articles();
            Path out = dir.resolve("with-postgis");
            JobOptions options = new JobOptions(List.of(input.toString()), out.toString(),
                    postgres.url(PostgresCluster.SUPERUSER, db, "feed"), false, false, 0, true);
            RunSummary summary = new WaymarkJob(spark, options, System.err).run();
            assertEquals(List.of(), summary.problems());
            LayerRows map = mapped(input);
            try (Connection c = postgres.connect(db)) {
                LayerRows postgis = LayerRows.ofPostGis(c, "feed");
                assertEquals("", postgis.differences(map), "PostGIS and map");
                System.out.printf("articles on local[2] with --to: PostGIS has the rows of waymark map (%s)%n",
                        postgis.counts());
            }
            assertEquals("", LayerRows.ofParquet(out).differences(map), "Parquet and map");
        }
    }

    @Test
    void badInputsAndOutputsAreToldInOneLine() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        String missing = run("--input", dir.resolve("nothing-here").toString(), "--output", dir.resolve("o2")
                .toString());
        assertTrue(missing.contains("waymark-spark: cannot read ") && missing.contains("no such file or folder"),
                missing);
        String exists = run("--input", TestCorpora.articles().toString(), "--output", out.toString());
        assertTrue(exists.contains(out + " exists; give --overwrite to replace it"), exists);
        String noOutput = run("--input", TestCorpora.articles().toString());
        assertTrue(noOutput.contains("give --output DIR (Parquet layers), --to URL (PostGIS), or both"), noOutput);
    }

    private void sameRowsAsMap(String name, Path input) throws Exception {
        Path out = dir.resolve("layers");
        RunSummary summary = new WaymarkJob(spark, JobOptions.parquet(List.of(input.toString()), out.toString()),
                System.err).run();
        loadsSeen += summary.loads().size();
        assertEquals(1, summary.executors());
        assertEquals(List.of(), summary.problems());
        LayerRows spark = LayerRows.ofParquet(out);
        LayerRows map = mapped(input);
        assertEquals("", spark.differences(map), name + ": the Spark job's rows and map's");
        long geometries = GeoParquetChecks.check(out);
        assertTrue(spark.of(Layer.MENTIONS).size() > 0 && summary.documents() > 0);
        System.out.printf("%s on local[2]: %d documents, the same rows as waymark map (%s); %d geometries read "
                        + "back from GeoParquet; pipeline loads in this run: %d%n", name, summary.documents(),
                spark.counts(), geometries, summary.loads().size());
    }

    /** waymark map on the input, in this JVM: its GeoPackage's rows. */
    private LayerRows mapped(Path input) throws Exception {
        Path gpkg = dir.resolve("map-" + input.getFileName() + ".gpkg");
        assertEquals(0, org.waymark.cli.Main.run("map", input.toString(), "-o", gpkg.toString(), "--quiet"));
        return LayerRows.ofGeoPackage(gpkg);
    }

    private static String run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.run(args));
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
