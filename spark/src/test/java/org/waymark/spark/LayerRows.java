package org.waymark.spark;

import java.io.IOException;
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
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
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
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg)) {
            return ofDatabase(c, "", Layer.GEOMETRY, blob -> geoPackageWkb(blob));
        }
    }

    /** The layers in a PostGIS schema; geometries as PostGIS gives them in WKB. */
    static LayerRows ofPostGis(Connection c, String schema) throws SQLException, ParseException {
        return ofDatabase(c, Layer.quote(schema) + ".", "ST_AsBinary(" + Layer.GEOMETRY + ")", blob -> blob);
    }

    private static LayerRows ofDatabase(Connection c, String prefix, String geometry,
                                        java.util.function.UnaryOperator<byte[]> wkb)
            throws SQLException, ParseException {
        Map<Layer, List<String>> rows = new TreeMap<>();
        try (Statement st = c.createStatement()) {
            for (Layer layer : Layer.values()) {
                List<String> out = new ArrayList<>();
                String select = "SELECT *" + (layer.hasGeometry() ? ", " + geometry + " AS waymark_wkb" : "")
                        + " FROM " + prefix + Layer.quote(layer.table());
                try (ResultSet rs = st.executeQuery(select)) {
                    while (rs.next()) {
                        Map<String, Object> values = new HashMap<>();
                        for (Column column : layer.columns()) {
                            values.put(column.name(), rs.getObject(column.name()));
                        }
                        byte[] blob = layer.hasGeometry() ? rs.getBytes("waymark_wkb") : null;
                        out.add(line(layer, values, blob == null ? null : wkb.apply(blob)));
                    }
                }
                rows.put(layer, sorted(out));
            }
        }
        return new LayerRows(rows);
    }

    /** The Parquet layers of the Spark job in {@code dir}, read by Parquet's own reader; geometries from WKB. */
    static LayerRows ofParquet(Path dir) throws IOException, ParseException {
        Map<Layer, List<String>> rows = new TreeMap<>();
        for (Layer layer : Layer.values()) {
            List<String> out = new ArrayList<>();
            for (Path file : GeoParquetChecks.parts(dir.resolve(layer.table()))) {
                try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
                        new org.apache.hadoop.fs.Path(file.toUri())).build()) {
                    for (Group row = reader.read(); row != null; row = reader.read()) {
                        Map<String, Object> values = new HashMap<>();
                        for (Column column : layer.columns()) {
                            values.put(column.name(), value(row, column.name(), column.type()));
                        }
                        byte[] wkb = layer.hasGeometry() && row.getFieldRepetitionCount(Layer.GEOMETRY) > 0
                                ? row.getBinary(Layer.GEOMETRY, 0).getBytes() : null;
                        out.add(line(layer, values, wkb));
                    }
                }
            }
            rows.put(layer, sorted(out));
        }
        return new LayerRows(rows);
    }

    private static Object value(Group row, String name, ColumnType type) {
        if (row.getFieldRepetitionCount(name) == 0) {
            return null;
        }
        return switch (type) {
            case TEXT -> row.getString(name, 0);
            case INTEGER -> row.getLong(name, 0);
            case REAL -> row.getDouble(name, 0);
            case BOOLEAN -> row.getBoolean(name, 0);
        };
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
