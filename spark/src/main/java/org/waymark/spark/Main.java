package org.waymark.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.sql.SparkSession;
import org.waymark.cli.Relaunch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main of {@code waymark-spark.jar}, for {@code spark-submit} (which gives the master and the Spark settings)
 * and for {@code java -jar} without a Spark installation (then {@code --master} is needed, and the job runs in a JVM
 * of its own with the options Spark needs on Java 17: {@link Relaunch} with Spark's {@link JavaModuleOptions}).
 */
@Command(name = "waymark-spark", mixinStandardHelpOptions = true, version = "waymark-spark 0.1.0",
        usageHelpWidth = 99, sortOptions = false,
        description = {
            "Maps documents on Apache Spark: finds the places and movements in them, as 'waymark map' does, on the "
                + "executors of a cluster (one pipeline per executor JVM), and writes the layers documents, "
                + "places, mentions, movements and flows as GeoParquet (and, with --to, into PostGIS): the same "
                + "rows as 'waymark map' on the same input.",
            "",
            "Inputs: .txt, .md, .html, .htm and .jsonl files as 'waymark map' reads them (one object a line: id, "
                + "text, optional title, url, date), folders of them (walked in path order), and Parquet files "
                + "or folders of them with the columns id and text (optional title, url, date). Local paths or "
                + "any Hadoop file system URI (hdfs://, s3a://, gs://, abfs:// with its connector).",
            "Output: OUTPUT/documents, OUTPUT/places, OUTPUT/mentions, OUTPUT/movements, OUTPUT/flows, each a "
                + "folder of Parquet files; geometries as WKB in 'geom' (EPSG:4326, GeoParquet 1.0.0 metadata); "
                + "and OUTPUT/" + RunSummary.FILE + " with the counts and throughput of the run.",
            "",
            "On one machine, without Spark installed (two cores):",
            "  java -jar waymark-spark.jar --master 'local[2]' --input news.jsonl --output layers",
            "On a cluster (an executor needs about 2 GB: the models take 600 MB of heap):",
            "  spark-submit --master spark://HOST:7077 --executor-memory 2g --executor-cores 2 \\",
            "      waymark-spark.jar --input hdfs:///news/2026 --output hdfs:///maps/2026",
            "",
            "Exit codes: 0 all mapped, 1 something was skipped (said on stderr), 2 bad options or input."},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2)
public final class Main implements Callable<Integer> {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N] (N cores of this machine), spark://HOST:PORT, yarn, k8s://…. "
                    + "Needed with java -jar; spark-submit gives its own.")
    String master;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH", required = true,
            description = "A file or folder of documents (repeat for more).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the Parquet layers.")
    String output;

    @Option(names = "--to", paramLabel = "URL",
            description = "Also write the layers into PostGIS: postgresql://USER@HOST:PORT/DB?schema=NAME; the "
                    + "password from PGPASSWORD or ~/.pgpass on every executor (spark.executorEnv.PGPASSWORD).")
    String postgis;

    @Option(names = "--overwrite", description = "Replace an existing output folder (and the PostGIS layers).")
    boolean overwrite;

    @Option(names = "--append", description = "Add to the PostGIS layers; documents there already are skipped.")
    boolean append;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Tasks that parse the documents (default: 3 per core, at least one per "
                    + "50 documents).")
    int partitions;

    @Option(names = "--driver-memory", paramLabel = "SIZE", defaultValue = "2g",
            description = "Heap of the JVM that java -jar runs the job in (default: ${DEFAULT-VALUE}; on "
                    + "local[N] the driver is the executor too).")
    String driverMemory;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, as for spark-submit.")
    List<String> conf = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
    boolean quiet;

    public static void main(String[] args) {
        java.util.OptionalInt elsewhere = Relaunch.ifBare(args, jvmOptions(args));
        if (elsewhere.isPresent()) {
            System.exit(elsewhere.getAsInt());
        }
        Relaunch.watchParent();
        System.exit(run(args));
    }

    /** Runs a command line in this JVM and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, a) -> {
            cli.getErr().println("waymark-spark: " + ex.getMessage());
            cli.getErr().println("see 'waymark-spark --help'");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("waymark-spark: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("WAYMARK_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            }
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        JobOptions options = new JobOptions(inputs, output, postgis, overwrite, append, partitions, quiet);
        SparkSession.Builder builder = SparkSession.builder().appName("waymark");
        // a session that is there already (a notebook's, a test's) is used and left running
        boolean own = SparkSession.getDefaultSession().isEmpty();
        if (master != null) {
            builder.master(master);
        } else if (own && System.getProperty("spark.master") == null) {
            throw new IllegalArgumentException("give --master (local[2], spark://HOST:PORT, yarn …), or run the jar "
                    + "with spark-submit");
        }
        for (String setting : conf) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--conf takes KEY=VALUE, not " + setting);
            }
            builder.config(setting.substring(0, eq), setting.substring(eq + 1));
        }
        SparkSession spark = builder.getOrCreate();
        try {
            RunSummary summary = new WaymarkJob(spark, options, System.err).run();
            System.err.println(summary.line());
            return summary.problems().isEmpty() ? 0 : 1;
        } finally {
            if (own) {
                spark.stop();
            }
        }
    }

    /** What the JVM of java -jar needs: Spark's module options on Java 17, and the driver's heap. */
    private static List<String> jvmOptions(String[] args) {
        List<String> options = new ArrayList<>(List.of(JavaModuleOptions.defaultModuleOptions().split(" ")));
        String memory = "2g";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--driver-memory") && i + 1 < args.length) {
                memory = args[i + 1];
            } else if (args[i].startsWith("--driver-memory=")) {
                memory = args[i].substring("--driver-memory=".length());
            }
        }
        options.add("-Xms" + memory);
        options.add("-Xmx" + memory);
        return options;
    }
}
