package org.waymark.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The documents of the inputs as one Dataset of {@link InputSchema}: the files read on the executors
 * ({@link ReadFiles}), then the rows of the Parquet tables. As in {@code waymark map}, the first document with an id
 * wins and later ones with the same id are skipped (and reported).
 */
final class DocumentInput {

    private DocumentInput() {
    }

    static Dataset<Row> read(SparkSession spark, InputFiles files, JobCounters counters) {
        Dataset<Row> all = files(spark, files, counters);
        if (!files.parquet().isEmpty()) {
            Dataset<Row> tables = parquet(spark, files.parquet(), (long) files.documents().size() << ReadFiles.FILE_SHIFT);
            all = all == null ? tables : all.unionByName(tables);
        }
        // read once: the duplicates are looked for, then the rest is parsed
        return firstOfEachId(all.persist(StorageLevel.MEMORY_AND_DISK()), counters);
    }

    private static Dataset<Row> files(SparkSession spark, InputFiles files, JobCounters counters) {
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < files.documents().size(); i++) {
            InputFiles.File f = files.documents().get(i);
            list.add(RowFactory.create((long) i, f.name(), f.uri()));
        }
        if (list.isEmpty()) {
            return null;
        }
        var schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("index", DataTypes.LongType, false),
                DataTypes.createStructField("name", DataTypes.StringType, false),
                DataTypes.createStructField("uri", DataTypes.StringType, false)));
        var conf = spark.sparkContext().broadcast(new SerializableConfiguration(spark.sparkContext()
                .hadoopConfiguration()), scala.reflect.ClassTag$.MODULE$.apply(SerializableConfiguration.class));
        // one file a task: a folder of small files or a few large JSONL files alike
        return spark.createDataFrame(list, schema).repartition(Math.min(list.size(), 10_000))
                .flatMap(new ReadFiles(conf, counters),
                        Encoders.row(InputSchema.SCHEMA));
    }

    /** Tables with {@code id} and {@code text}, optionally {@code title}, {@code url} (the source) and {@code date}. */
    private static Dataset<Row> parquet(SparkSession spark, List<String> uris, long firstOrdinal) {
        Dataset<Row> t = spark.read().parquet(uris.toArray(String[]::new));
        List<String> columns = Arrays.asList(t.columns());
        if (!columns.contains("id") || !columns.contains("text")) {
            throw new IllegalArgumentException("a Parquet input needs the columns id and text; " + uris.get(0)
                    + " has " + String.join(", ", columns));
        }
        return t.filter(col("id").isNotNull().and(col("text").isNotNull()))
                .select(monotonically_increasing_id().plus(firstOrdinal).as(ParsedSchema.ORDINAL),
                        col("id").cast("string").as("id"), col("text").cast("string").as("text"),
                        optional(columns, "title").as("title"),
                        columns.contains("url") ? col("url").cast("string").as("source")
                                : input_file_name().as("source"),
                        optional(columns, "date").as("date"));
    }

    private static Column optional(List<String> columns, String name) {
        return columns.contains(name) ? col(name).cast("string") : lit(null).cast("string");
    }

    private static Dataset<Row> firstOfEachId(Dataset<Row> documents, JobCounters counters) {
        Dataset<Row> ranked = documents.withColumn("first",
                min(col(ParsedSchema.ORDINAL)).over(Window.partitionBy(col("id"))));
        ranked.filter(col(ParsedSchema.ORDINAL).notEqual(col("first"))).select("id", "source").collectAsList()
                .forEach(d -> counters.problem("skipped " + d.getString(1) + ": duplicate id \"" + d.getString(0)
                        + "\", read before; skipped"));
        return ranked.filter(col(ParsedSchema.ORDINAL).equalTo(col("first"))).drop("first");
    }
}
