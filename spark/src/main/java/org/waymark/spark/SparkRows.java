package org.waymark.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.waymark.output.Layer;

/** A Waymark {@link org.waymark.output.Row} as a Spark row of {@link SparkLayers#schema}: values by column name. */
final class SparkRows {

    private SparkRows() {
    }

    static Row of(org.waymark.output.Row row) {
        Layer layer = row.layer();
        List<String> names = SparkLayers.columnNames(layer);
        Object[] values = new Object[names.size()];
        for (int i = 0; i < values.length; i++) {
            String name = names.get(i);
            values[i] = name.equals(Layer.GEOMETRY) ? wkb(row.geometry()) : row.get(name);
        }
        return RowFactory.create(values);
    }

    /** Rows for an array column. */
    static Row[] array(List<org.waymark.output.Row> rows) {
        return rows.stream().map(SparkRows::of).toArray(Row[]::new);
    }

    /** ISO WKB, little-endian, two dimensions: what GeoParquet's WKB encoding names. */
    private static byte[] wkb(Geometry geometry) {
        return geometry == null ? null : new WKBWriter(2, org.locationtech.jts.io.ByteOrderValues.LITTLE_ENDIAN).write(geometry);
    }
}
