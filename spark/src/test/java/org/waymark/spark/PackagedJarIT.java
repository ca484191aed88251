package org.waymark.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code waymark-spark.jar} as it is run: submitted by {@code spark-submit} to a standalone Spark
 * cluster of one master and two workers (separate JVMs on 127.0.0.1, started from the jar), and started bare by
 * {@code java -jar} without a Spark installation. Each run's rows equal {@code waymark map}'s on the same input (run
 * in this JVM), its GeoParquet reads back, and the pipeline is loaded exactly once per executor JVM: on the cluster
 * twice, by the two executors (not by the driver); under {@code java -jar} once, in the JVM the jar relaunched
 * itself in with the options Spark needs on Java 17. The cluster runs the articles written for these tests and, where
 * {@code ../shared} has them, TR-News and GeoVirus.
 */
class PackagedJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LOAD = Pattern.compile("executor (\\S+) \\(pid (\\d+) on .*\\)");

    @TempDir
    Path dir;

    private static Path jar() {
        Path jar = Path.of(System.getProperty("waymark.spark.jar", "target/waymark-spark.jar"));
        assertTrue(Files.isRegularFile(jar), "run after mvn package: " + jar);
        return jar.toAbsolutePath();
    }

    @Test
    void aStandaloneClusterOfTwoWorkersGivesTheRowsOfMapWithOneLoadPerExecutor() throws Exception {
        List<String> inputs = new ArrayList<>(List.of(TestCorpora.articles().toString()));
        inputs.addAll(corpora());
        Path out = dir.resolve("cluster-layers");
        try (SparkProcesses spark = new SparkProcesses(jar(), dir)) {
            int port = SparkProcesses.freePort();
            int ui = SparkProcesses.freePort();
            spark.java("master", List.of("-Xmx512m"), "org.apache.spark.deploy.master.Master",
                    List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port",
                            Integer.toString(ui)));
            for (int w = 1; w <= 2; w++) {
                spark.java("worker" + w, List.of("-Xmx512m"), "org.apache.spark.deploy.worker.Worker",
                        List.of("--host", "127.0.0.1", "--cores", "1", "--memory", "2g", "--webui-port",
                                Integer.toString(SparkProcesses.freePort()), "--work-dir",
                                dir.resolve("work" + w).toString(), "spark://127.0.0.1:" + port));
            }
            awaitWorkers(spark, ui, 2);
            List<String> args = new ArrayList<>(List.of("--master", "spark://127.0.0.1:" + port,
                    "--deploy-mode", "client", "--class", "org.waymark.spark.Main",
                    "--executor-memory", "1500m", "--executor-cores", "1", "--total-executor-cores", "2",
                    "--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0",
                    "--conf", "spark.scheduler.maxRegisteredResourcesWaitingTime=600s",
                    "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
                    jar().toString()));
            inputs.forEach(i -> args.addAll(List.of("--input", i)));
            args.addAll(List.of("--output", out.toString()));
            Process submit = spark.java("spark-submit", List.of("-Xmx1g"), "org.apache.spark.deploy.SparkSubmit",
                    args);
            assertEquals(0, exitCode(submit), () -> spark.tail("spark-submit"));
            JsonNode run = JSON.readTree(out.resolve(RunSummary.FILE).toFile());
            Set<String> executors = loads(run, submit.pid());
            assertEquals(2, run.get("executors").asInt(), run.toString());
            assertEquals(2, run.get("pipeline_loads").asInt(), run.toString());
            assertEquals(Set.of("0", "1"), executors, "one load in each executor, none in the driver");
            sameRowsAsMap("standalone cluster (2 workers)", inputs, out, run);
        }
    }

    @Test
    void javaJarRunsOnOneMachineWithoutSpark() throws Exception {
        Path out = dir.resolve("java-jar-layers");
        String input = TestCorpora.articles().toString();
        try (SparkProcesses spark = new SparkProcesses(jar(), dir)) {
            Process p = spark.javaJar("java-jar", List.of("--master", "local[2]", "--input", input, "--output",
                    out.toString(), "--conf", "spark.ui.enabled=false"));
            assertEquals(0, exitCode(p), () -> spark.tail("java-jar"));
            String log = Files.readString(spark.log("java-jar"));
            assertTrue(log.contains("waymark-spark: 5 documents (1,426 characters) parsed in "), log);
            JsonNode run = JSON.readTree(out.resolve(RunSummary.FILE).toFile());
            assertEquals(1, run.get("executors").asInt());
            assertEquals(Set.of("driver"), loads(run, p.pid()), "local[2]: the driver is the one executor");
            sameRowsAsMap("java -jar, local[2]", List.of(input), out, run);
        }
    }

    @Test
    void helpTeaches() throws Exception {
        try (SparkProcesses spark = new SparkProcesses(jar(), dir)) {
            Process p = spark.javaJar("help", List.of("--help"));
            assertEquals(0, exitCode(p));
            String help = Files.readString(spark.log("help"));
            for (String expected : List.of("--master", "--input", "--output", "--to", "spark-submit --master",
                    "java -jar waymark-spark.jar --master 'local[2]'", "GeoParquet", "--executor-memory")) {
                assertTrue(help.contains(expected), expected + " in\n" + help);
            }
        }
    }

    /** The dev corpora as JSONL, or none (with a [SKIPPED] line each) where ../shared lacks them. */
    private List<String> corpora() {
        List<String> out = new ArrayList<>();
        for (String[] c : new String[][] {{"TR-News.xml", "trnews"}, {"GeoVirus.xml", "geovirus"}}) {
            try {
                out.add(TestCorpora.jsonl(c[0], c[1], dir).toString());
            } catch (org.opentest4j.TestAbortedException skipped) {
                // said on the console by TestCorpora; the articles still run
            }
        }
        return out;
    }

    private void sameRowsAsMap(String where, List<String> inputs, Path out, JsonNode run) throws Exception {
        Path gpkg = dir.resolve("map-" + out.getFileName() + ".gpkg");
        List<String> args = new ArrayList<>(List.of("map"));
        args.addAll(inputs);
        args.addAll(List.of("-o", gpkg.toString(), "--quiet"));
        assertEquals(0, org.waymark.cli.Main.run(args.toArray(String[]::new)));
        LayerRows spark = LayerRows.ofParquet(out);
        assertEquals("", spark.differences(LayerRows.ofGeoPackage(gpkg)), where + ": the Spark job's rows and map's");
        long geometries = GeoParquetChecks.check(out);
        System.out.printf("%s: %d documents from %s; the same rows as waymark map (%s); %d geometries read back "
                        + "from GeoParquet; %d executor(s), %d pipeline load(s): %s; %.1f documents/s%n", where,
                run.get("documents").asLong(), inputs.stream().map(i -> Path.of(i).getFileName().toString()).toList(),
                spark.counts(), geometries, run.get("executors").asInt(), run.get("pipeline_loads").asInt(),
                run.get("loads"), run.get("documents_per_second").asDouble());
    }

    /** The executor ids of the loads; each in its own JVM, none the one started here (the driver, or the launcher). */
    private static Set<String> loads(JsonNode run, long startedPid) {
        Set<String> ids = new TreeSet<>();
        Set<String> pids = new TreeSet<>();
        for (JsonNode load : run.get("loads")) {
            Matcher m = LOAD.matcher(load.asText());
            assertTrue(m.matches(), load.asText());
            ids.add(m.group(1));
            pids.add(m.group(2));
            assertNotEquals(Long.toString(startedPid), m.group(2), "loaded in a JVM of its own");
        }
        assertEquals(run.get("loads").size(), pids.size(), "one load per JVM: " + run.get("loads"));
        return ids;
    }

    /** Waits, a second at a time and at most ten minutes, until the master lists that many live workers. */
    private static void awaitWorkers(SparkProcesses spark, int ui, int workers) throws IOException,
            InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui
                        + "/json/")).build(), HttpResponse.BodyHandlers.ofString());
                if (JSON.readTree(r.body()).path("aliveworkers").asInt() >= workers) {
                    return;
                }
            } catch (java.net.ConnectException notYet) {
                // the master is starting
            }
            Thread.sleep(1000);
        }
        fail("the master did not list " + workers + " workers:\n" + spark.tail("master") + "\n"
                + spark.tail("worker1"));
    }

    private static int exitCode(Process p) throws InterruptedException {
        assertTrue(p.waitFor(30, TimeUnit.MINUTES), "still running after 30 minutes");
        return p.exitValue();
    }
}
