package org.waymark.spark;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.locationtech.jts.geom.Envelope;
import org.waymark.output.Layer;

/**
 * Writes a layer as a folder of Parquet files, {@code OUTPUT/TABLE/part-*.parquet}, with the columns of
 * {@link SparkLayers#schema} (a layer that lacks one, or has it of another type, fails here: the schema drives the
 * files). A feature layer's files then get their GeoParquet metadata ({@link GeoParquetMetadata}) with each file's
 * bounding box: Spark's Parquet writer has no place for file metadata of one's own, so each file is copied once, row
 * groups as they are, into a file whose footer has it.
 */
final class GeoParquetWriter {

    private static final String ENVELOPE = "waymark_envelope";

    private final SparkSession spark;
    private final String output;

    GeoParquetWriter(SparkSession spark, String output) {
        this.spark = spark;
        this.output = output;
        if (!spark.catalog().functionExists(ENVELOPE)) {
            spark.udf().register(ENVELOPE, new WkbEnvelope(), WkbEnvelope.TYPE);
        }
    }

    /** Writes the layer; returns its row count. */
    long write(Layer layer, Dataset<Row> rows) {
        String dir = output + "/" + layer.table();
        Dataset<Row> table = conforming(layer, rows);
        table.write().parquet(dir);
        if (layer.hasGeometry()) {
            addMetadata(layer, new Path(dir));
        }
        return spark.read().parquet(dir).count();
    }

    private static Dataset<Row> conforming(Layer layer, Dataset<Row> rows) {
        StructType schema = SparkLayers.schema(layer);
        Dataset<Row> table = rows.select(java.util.Arrays.stream(schema.fieldNames()).map(n -> col(n))
                .toArray(Column[]::new));
        for (StructField field : schema.fields()) {
            var written = table.schema().apply(field.name()).dataType();
            if (!written.equals(field.dataType())) {
                throw new IllegalStateException(layer.table() + "." + field.name() + " came out as "
                        + written.simpleString() + ", the layer schema says " + field.dataType().simpleString());
            }
        }
        return table;
    }

    private void addMetadata(Layer layer, Path dir) {
        Map<String, Envelope> boxes = envelopes(dir);
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            FileSystem fs = dir.getFileSystem(conf);
            for (FileStatus file : fs.listStatus(dir, p -> p.getName().endsWith(".parquet"))) {
                Path path = file.getPath();
                withMetadata(conf, fs, path, GeoParquetMetadata.of(layer, boxes.get(path.toUri().getPath())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add the GeoParquet metadata to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The envelope of each file's geometries, by the path of the file. */
    private Map<String, Envelope> envelopes(Path dir) {
        List<Row> rows = spark.read().parquet(dir.toString())
                .select(input_file_name().as("file"), callUDF(ENVELOPE, col(Layer.GEOMETRY)).as("e"))
                .filter(col("e").isNotNull()).groupBy("file")
                .agg(min("e.minx"), min("e.miny"), max("e.maxx"), max("e.maxy")).collectAsList();
        Map<String, Envelope> boxes = new HashMap<>();
        for (Row r : rows) {
            boxes.put(new Path(r.getString(0)).toUri().getPath(),
                    new Envelope(r.getDouble(1), r.getDouble(3), r.getDouble(2), r.getDouble(4)));
        }
        return boxes;
    }

    /** Copies the file's row groups into one whose footer also holds {@code geo}, then puts it in the file's place. */
    private static void withMetadata(Configuration conf, FileSystem fs, Path path, String geo) throws IOException {
        HadoopInputFile in = HadoopInputFile.fromPath(path, conf);
        FileMetaData meta;
        try (ParquetFileReader reader = ParquetFileReader.open(in)) {
            meta = reader.getFooter().getFileMetaData();
        }
        Map<String, String> keyValues = new HashMap<>(meta.getKeyValueMetaData());
        keyValues.put(GeoParquetMetadata.KEY, geo);
        Path copy = new Path(path.getParent(), "." + path.getName() + ".geo");
        ParquetFileWriter writer = new ParquetFileWriter(HadoopOutputFile.fromPath(copy, conf), meta.getSchema(),
                ParquetFileWriter.Mode.OVERWRITE, org.apache.parquet.hadoop.ParquetWriter.DEFAULT_BLOCK_SIZE, 0);
        writer.start();
        writer.appendFile(in);
        writer.end(keyValues);
        if (!fs.delete(path, false) || !fs.rename(copy, path)) {
            throw new IOException("cannot replace " + path + " by " + copy);
        }
    }
}
