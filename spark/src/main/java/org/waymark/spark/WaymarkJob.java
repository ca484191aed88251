package org.waymark.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.waymark.output.Layer;
import org.waymark.output.WriteMode;

/**
 * The Waymark Spark job: reads the documents of the inputs, geoparses them on the executors with one pipeline per
 * executor JVM, and writes the five layers as GeoParquet (and, when asked, into PostGIS): the same rows as
 * {@code waymark map} on the same input.
 */
public final class WaymarkJob {

    /** Documents per parse task at least, so that progress moves and executors share the work evenly. */
    private static final int DOCUMENTS_PER_TASK = 50;

    private final SparkSession spark;
    private final JobOptions options;
    private final PrintStream err;

    WaymarkJob(SparkSession spark, JobOptions options, PrintStream err) {
        this.spark = spark;
        this.options = options;
        this.err = err;
    }

    /**
     * @throws IllegalArgumentException when an input cannot be read or the output may not be written (before any
     *                                  work)
     */
    RunSummary run() {
        long t0 = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        if (options.output() != null) {
            prepareOutput(new Path(options.output()), conf);
        }
        InputFiles files = InputFiles.list(options.inputs(), conf);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("nothing to map: no .txt, .md, .html, .htm, .jsonl or .parquet files in "
                    + String.join(", ", options.inputs()));
        }
        if (options.postgis() != null) {
            PostGisOutput.prepare(options.postgis(), options.append() ? WriteMode.APPEND
                    : options.overwrite() ? WriteMode.OVERWRITE : WriteMode.CREATE);
        }
        JobCounters counters = new JobCounters(spark.sparkContext());
        Dataset<Row> documents = DocumentInput.read(spark, files, counters);
        long total = documents.count();
        say("waymark-spark: " + total + " documents from " + (files.documents().size() + files.parquet().size())
                + " files" + (files.skipped() > 0 ? " (" + files.skipped() + " other files skipped)" : ""));
        Dataset<Row> parsed = documents.repartition(partitions(total))
                .mapPartitions(new ParsePartition(counters, options.postgis()), Encoders.row(ParsedSchema.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try (ProgressLines progress = ProgressLines.start(counters, total, err, options.quiet())) {
            parsed.count();
        }
        double parseSeconds = (System.nanoTime() - t0) / 1e9;
        documents.unpersist();
        Map<String, Long> rows = new LinkedHashMap<>();
        if (options.output() != null) {
            GeoParquetWriter writer = new GeoParquetWriter(spark, options.output());
            LayerTables tables = new LayerTables(parsed);
            for (Layer layer : Layer.values()) {
                long t = System.nanoTime();
                rows.put(layer.table(), writer.write(layer, tables.of(layer)));
                say(String.format(java.util.Locale.ROOT, "waymark-spark: wrote %s/%s: %,d rows in %.1f s",
                        options.output(), layer.table(), rows.get(layer.table()), (System.nanoTime() - t) / 1e9));
            }
        }
        parsed.unpersist();
        RunSummary summary = new RunSummary(counters.documents(), counters.characters(), parseSeconds,
                (System.nanoTime() - t0) / 1e9, executors(), counters.loads(), rows, counters.problems());
        summary.problems().forEach(p -> err.println("waymark-spark: " + p));
        if (options.output() != null) {
            writeSummary(new Path(options.output(), RunSummary.FILE), summary, conf);
        }
        return summary;
    }

    private int partitions(long documents) {
        if (options.partitions() > 0) {
            return options.partitions();
        }
        int parallelism = spark.sparkContext().defaultParallelism();
        return (int) Math.max(1, Math.max(3L * parallelism, (documents + DOCUMENTS_PER_TASK - 1) / DOCUMENTS_PER_TASK));
    }

    /** Executors of the application; on {@code local[N]} the driver is the one. */
    private int executors() {
        return spark.sparkContext().isLocal() ? 1 : spark.sparkContext().getExecutorIds().size();
    }

    /** An existing output folder is replaced only with --overwrite; its parent must be writable (checked by Spark). */
    private void prepareOutput(Path out, Configuration conf) {
        try {
            FileSystem fs = out.getFileSystem(conf);
            if (fs.exists(out)) {
                if (!options.overwrite()) {
                    throw new IllegalArgumentException(out + " exists; give --overwrite to replace it");
                }
                if (!fs.delete(out, true)) {
                    throw new IllegalArgumentException("cannot delete " + out + " to replace it");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static void writeSummary(Path file, RunSummary summary, Configuration conf) {
        try (OutputStream out = file.getFileSystem(conf).create(file, true)) {
            out.write(summary.json().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void say(String line) {
        if (!options.quiet()) {
            err.println(line);
        }
    }
}
