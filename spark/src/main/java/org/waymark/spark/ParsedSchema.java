package org.waymark.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.waymark.output.Layer;

/**
 * The rows of the parse step: one per document, its input position and the rows it adds to each layer
 * ({@link org.waymark.output.DocumentRows}) as nested Spark rows of {@link SparkLayers}.
 */
final class ParsedSchema {

    /** Position of the document in the input (file order, then line order): what "first" means in aggregates. */
    static final String ORDINAL = "ordinal";
    static final String DOCUMENT = "document";
    static final String PLACES = "places";
    static final String MENTIONS = "mentions";
    static final String MOVEMENTS = "movements";

    static final StructType SCHEMA = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
        DataTypes.createStructField(ORDINAL, DataTypes.LongType, false),
        DataTypes.createStructField(DOCUMENT, SparkLayers.schema(Layer.DOCUMENTS), false),
        DataTypes.createStructField(PLACES, DataTypes.createArrayType(SparkLayers.schema(Layer.PLACES), false), false),
        DataTypes.createStructField(MENTIONS, DataTypes.createArrayType(SparkLayers.schema(Layer.MENTIONS), false),
                false),
        DataTypes.createStructField(MOVEMENTS,
                DataTypes.createArrayType(SparkLayers.schema(Layer.MOVEMENTS), false), false),
    });

    private ParsedSchema() {
    }
}
