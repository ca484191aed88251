package org.waymark.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.waymark.text.Document;

/** The documents read, one row each: their input position and the fields of a {@link Document}. */
final class InputSchema {

    static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField(ParsedSchema.ORDINAL, DataTypes.LongType, false),
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("source", DataTypes.StringType, true),
        DataTypes.createStructField("date", DataTypes.StringType, true),
    });

    private InputSchema() {
    }

    static Row row(long ordinal, Document d) {
        return RowFactory.create(ordinal, d.id(), d.text(), d.title(), d.source(), d.date());
    }

    static Document document(Row row) {
        return new Document(row.getAs("id"), row.getAs("text"), row.getAs("title"), row.getAs("source"),
                row.getAs("date"));
    }
}
