package org.waymark.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** A Spark function: the envelope (minx, miny, maxx, maxy) of a WKB geometry; null for null or empty. */
final class WkbEnvelope implements UDF1<byte[], Row> {
    private static final long serialVersionUID = 1L;

    static final StructType TYPE = DataTypes.createStructType(java.util.List.of(
            DataTypes.createStructField("minx", DataTypes.DoubleType, false),
            DataTypes.createStructField("miny", DataTypes.DoubleType, false),
            DataTypes.createStructField("maxx", DataTypes.DoubleType, false),
            DataTypes.createStructField("maxy", DataTypes.DoubleType, false)));

    @Override
    public Row call(byte[] wkb) throws ParseException {
        if (wkb == null) {
            return null;
        }
        Envelope e = new WKBReader().read(wkb).getEnvelopeInternal();
        return e.isNull() ? null : RowFactory.create(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }
}
