package org.waymark.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.waymark.output.Layer;

/**
 * The five layers from the parsed documents ({@link ParsedSchema}): {@code documents}, {@code mentions} and
 * {@code movements} as the documents give them, and the sums over all documents computed by Spark as the core's
 * {@code output.Aggregates} computes them in a GeoPackage:
 *
 * <ul>
 *   <li>{@code places}: every place a mention or movement names, its attributes as first named; {@code mentions}
 *       and {@code documents} count its resolved mentions and the documents that hold them (0 for a place named
 *       only as a movement's end or via), {@code confidence} is their mean and {@code source} the gazetteers that
 *       resolved them, comma-separated in the order first met (NULL without mentions);</li>
 *   <li>{@code flows}: one row per origin and destination over the movements with both ends known, with the number
 *       of such movements ({@code reports}), of documents and the sum of the known counts; names, destination kind
 *       and path from the first such movement (in input order) that has a path, else the first.</li>
 * </ul>
 *
 * Each layer has the columns of {@link SparkLayers#schema}, so that the writer finds what the schema asks for.
 */
final class LayerTables {

    private static final String POSITION = "position";

    private final Dataset<Row> parsed;

    LayerTables(Dataset<Row> parsed) {
        this.parsed = parsed;
    }

    Dataset<Row> of(Layer layer) {
        return switch (layer) {
            case DOCUMENTS -> parsed.select(ParsedSchema.DOCUMENT + ".*");
            case MENTIONS -> rows(ParsedSchema.MENTIONS).drop(ParsedSchema.ORDINAL, POSITION);
            case MOVEMENTS -> rows(ParsedSchema.MOVEMENTS).drop(ParsedSchema.ORDINAL, POSITION);
            case PLACES -> places();
            case FLOWS -> flows();
        };
    }

    /** The rows of one array column, with the document's ordinal and their position in it. */
    private Dataset<Row> rows(String layer) {
        return parsed.select(col(ParsedSchema.ORDINAL), posexplode(col(layer)).as(new String[] {POSITION, "row"}))
                .select(col(ParsedSchema.ORDINAL), col(POSITION), col("row.*"));
    }

    private Dataset<Row> places() {
        Dataset<Row> named = rows(ParsedSchema.PLACES).groupBy("geonameid")
                .agg(min(struct(col(ParsedSchema.ORDINAL), col(POSITION), struct(col("*")).as("place"))).as("first"))
                .select(col("first.place.*")).drop("mentions", "documents", "confidence", "source",
                        ParsedSchema.ORDINAL, POSITION);
        Dataset<Row> resolved = rows(ParsedSchema.MENTIONS).filter(col("geonameid").isNotNull());
        Dataset<Row> sources = resolved.filter(col("source").isNotNull()).groupBy("geonameid", "source")
                .agg(min(struct(col(ParsedSchema.ORDINAL), col(POSITION))).as("first"))
                .groupBy("geonameid")
                .agg(expr("concat_ws(',', transform(array_sort(collect_list(struct(first, source))), s -> s.source))")
                        .as("source"));
        Dataset<Row> counts = resolved.groupBy("geonameid").agg(count(lit(1)).as("mentions"),
                countDistinct("doc_id").as("documents"), avg("confidence").as("confidence"));
        Dataset<Row> summed = counts.join(sources, "geonameid");
        return named.join(summed, named.col("geonameid").equalTo(summed.col("geonameid")), "left")
                .select(named.col("*"), coalesce(summed.col("mentions"), lit(0L)).as("mentions"),
                        coalesce(summed.col("documents"), lit(0L)).as("documents"),
                        summed.col("confidence"), summed.col("source"));
    }

    private Dataset<Row> flows() {
        return rows(ParsedSchema.MOVEMENTS)
                .filter(col("origin_geonameid").isNotNull().and(col("destination_geonameid").isNotNull()))
                .groupBy("origin_geonameid", "destination_geonameid")
                .agg(count(lit(1)).as("reports"), countDistinct("doc_id").as("documents"),
                        sum("count").as("total_count"),
                        min(struct(col(Layer.GEOMETRY).isNull().as("pathless"), col(ParsedSchema.ORDINAL),
                                col(POSITION), col("origin_name"), col("destination_name"),
                                col("destination_kind"), col(Layer.GEOMETRY))).as("first"))
                .select(col("origin_geonameid"), col("first.origin_name"), col("destination_geonameid"),
                        col("first.destination_name"), col("first.destination_kind"), col("reports"),
                        col("documents"), col("total_count"), col("first." + Layer.GEOMETRY));
    }
}
