package org.waymark.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.waymark.output.Column;
import org.waymark.output.ColumnType;
import org.waymark.output.Layer;

/**
 * The Waymark layer schema ({@link Layer}) as Spark SQL types: one column per attribute, in schema order, of the
 * column's type and nullability, and for a feature layer the geometry {@value Layer#GEOMETRY} as WKB after them.
 * The surrogate {@value Layer#FID} of the tables is left out: Parquet rows need none.
 */
public final class SparkLayers {

    private SparkLayers() {
    }

    /** The Spark schema of a layer. */
    public static StructType schema(Layer layer) {
        List<StructField> fields = new ArrayList<>();
        for (Column column : layer.columns()) {
            fields.add(DataTypes.createStructField(column.name(), type(column.type()), column.nullable()));
        }
        if (layer.hasGeometry()) {
            fields.add(DataTypes.createStructField(Layer.GEOMETRY, DataTypes.BinaryType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /** The column names of a layer's Spark schema, in order. */
    public static List<String> columnNames(Layer layer) {
        return List.of(schema(layer).fieldNames());
    }

    /** The Spark type of a column type. */
    public static DataType type(ColumnType type) {
        return switch (type) {
            case TEXT -> DataTypes.StringType;
            case INTEGER -> DataTypes.LongType;
            case REAL -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }
}
