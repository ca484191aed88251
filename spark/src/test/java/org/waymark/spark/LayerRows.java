package org.waymark.spark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTWriter;
import org.waymark.output.Column;
import org.waymark.output.ColumnType;
import org.waymark.output.Layer;

/**
 * The rows of every layer as comparable text, one string a row, sorted: each column of the layer schema by name
 * (integers and booleans as integers, reals to 12 significant digits, NULL as {@code NULL}) and the geometry as
 * WKT with every coordinate as stored, decoded from WKB by JTS. Surrogate fids are left out, so that a GeoPackage
 * written by {@code waymark map} and the Parquet layers of the Spark job compare by content, whatever their order.
 */
record LayerRows(Map<Layer, List<String>> rows) {

    /** The layers of a GeoPackage, read with SQLite; geometries from the GeoPackage binary's WKB. */
    static LayerRows ofGeoPackage(Path gpkg) throws SQLException, ParseException {
        Map<Layer, List<String>> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             Statement st = c.createStatement()) {
            for (Layer layer : Layer.values()) {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + Layer.quote(layer.table()))) {
                    while (rs.next()) {
                        Map<String, Object> values = new HashMap<>();
                        for (Column column : layer.columns()) {
                            values.put(column.name(), rs.getObject(column.name()));
                        }
                        byte[] blob = layer.hasGeometry() ? rs.getBytes(Layer.GEOMETRY) : null;
                        out.add(line(layer, values, blob == null ? null : geoPackageWkb(blob)));
                    }
                }
                rows.put(layer, sorted(out));
            }
        }
        return new LayerRows(rows);
    }

    /** The Parquet layers of the Spark job in {@code dir}, read by Spark; geometries from their WKB. */
    static LayerRows ofParquet(SparkSession spark, Path dir) throws ParseException {
        Map<Layer, List<String>> rows = new TreeMap<>();
        for (Layer layer : Layer.values()) {
            List<String> out = new ArrayList<>();
            for (Row r : spark.read().parquet(dir.resolve(layer.table()).toString()).collectAsList()) {
                Map<String, Object> values = new HashMap<>();
                for (Column column : layer.columns()) {
                    values.put(column.name(), r.getAs(column.name()));
                }
                out.add(line(layer, values, layer.hasGeometry() ? r.getAs(Layer.GEOMETRY) : null));
            }
            rows.put(layer, sorted(out));
        }
        return new LayerRows(rows);
    }

    /** The rows of one layer, sorted. */
    List<String> of(Layer layer) {
        return rows.get(layer);
    }

    /** What differs: up to five rows only here and five only there, per layer; empty when equal. */
    String differences(LayerRows other) {
        StringBuilder sb = new StringBuilder();
        for (Layer layer : Layer.values()) {
            List<String> mine = new ArrayList<>(rows.get(layer));
            List<String> theirs = new ArrayList<>(other.rows.get(layer));
            List<String> onlyMine = minus(mine, theirs);
            List<String> onlyTheirs = minus(theirs, mine);
            if (!onlyMine.isEmpty() || !onlyTheirs.isEmpty()) {
                sb.append(layer.table()).append(": ").append(onlyMine.size()).append(" rows only in the first, ")
                        .append(onlyTheirs.size()).append(" only in the second\n");
                onlyMine.stream().limit(5).forEach(r -> sb.append("  < ").append(r).append('\n'));
                onlyTheirs.stream().limit(5).forEach(r -> sb.append("  > ").append(r).append('\n'));
            }
        }
        return sb.toString();
    }

    /** Rows per layer, for messages. */
    String counts() {
        StringBuilder sb = new StringBuilder();
        rows.forEach((layer, r) -> sb.append(sb.length() == 0 ? "" : ", ").append(layer.table()).append(' ')
                .append(r.size()));
        return sb.toString();
    }

    private static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> left = new HashMap<>();
        b.forEach(s -> left.merge(s, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (String s : a) {
            if (left.getOrDefault(s, 0) > 0) {
                left.merge(s, -1, Integer::sum);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String line(Layer layer, Map<String, Object> values, byte[] wkb) throws ParseException {
        StringBuilder sb = new StringBuilder();
        for (Column column : layer.columns()) {
            sb.append(column.name()).append('=').append(text(column.type(), values.get(column.name()))).append(" | ");
        }
        if (layer.hasGeometry()) {
            sb.append(Layer.GEOMETRY).append('=').append(wkb == null ? "NULL" : wkt(new WKBReader().read(wkb)));
        }
        return sb.toString();
    }

    private static String text(ColumnType type, Object value) {
        if (value == null) {
            return "NULL";
        }
        return switch (type) {
            case INTEGER -> Long.toString(((Number) value).longValue());
            case BOOLEAN -> value instanceof Boolean b ? (b ? "1" : "0") : Long.toString(((Number) value).longValue());
            case REAL -> String.format(Locale.ROOT, "%.12g", ((Number) value).doubleValue());
            case TEXT -> value.toString();
        };
    }

    private static String wkt(Geometry g) {
        return new WKTWriter(2).write(g);
    }

    /** The WKB inside a GeoPackage geometry blob: after the 8-byte header and the envelope its flags announce. */
    private static byte[] geoPackageWkb(byte[] blob) {
        int envelope = (blob[3] >> 1) & 0x07;
        int[] sizes = {0, 32, 48, 48, 64};
        return Arrays.copyOfRange(blob, 8 + sizes[envelope], blob.length);
    }

    private static List<String> sorted(List<String> rows) {
        List<String> s = new ArrayList<>(rows);
        s.sort(null);
        return List.copyOf(s);
    }
}
