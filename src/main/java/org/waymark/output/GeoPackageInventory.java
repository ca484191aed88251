package org.waymark.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryEnvelope;
import org.sqlite.SQLiteConfig;

/**
 * Reads, without changing it, what a QGIS project needs to know about the feature tables of a GeoPackage: geometry
 * column and type, spatial reference, the extent of the data and the default style from {@code layer_styles}.
 */
final class GeoPackageInventory {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private GeoPackageInventory() {
    }

    /**
     * The feature tables among {@code wanted} that the GeoPackage has, in the order of {@code wanted}.
     *
     * @throws QgisProjectException when the file is missing, unreadable or not a GeoPackage
     */
    static List<SourceLayer> read(Path gpkg, List<String> wanted) {
        checkIsGeoPackage(gpkg);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        String url = "jdbc:sqlite:" + gpkg.toAbsolutePath();
        try (Connection db = DriverManager.getConnection(url, config.toProperties())) {
            if (!tableExists(db, "gpkg_contents")) {
                throw new QgisProjectException(gpkg + " is an SQLite database but not a GeoPackage: "
                        + "it has no gpkg_contents table");
            }
            // a GeoPackage without feature tables may lack gpkg_geometry_columns altogether
            Map<String, SourceLayer> found = tableExists(db, "gpkg_geometry_columns") ? featureTables(db) : Map.of();
            boolean hasStyles = tableExists(db, "layer_styles");
            List<SourceLayer> layers = new ArrayList<>();
            for (String table : wanted) {
                SourceLayer layer = found.get(table);
                if (layer != null) {
                    Extent extent = extent(db, layer.table(), layer.geometryColumn());
                    String qml = hasStyles ? defaultQml(db, layer.table(), layer.geometryColumn()) : null;
                    layers.add(new SourceLayer(layer.table(), layer.geometryColumn(), layer.geometryType(),
                            layer.srsId(), extent, qml));
                }
            }
            return layers;
        } catch (SQLException e) {
            throw new QgisProjectException("Cannot read the GeoPackage " + gpkg + ": " + e.getMessage(), e);
        }
    }

    private static void checkIsGeoPackage(Path gpkg) {
        if (!Files.isRegularFile(gpkg)) {
            throw new QgisProjectException("No GeoPackage at " + gpkg
                    + (Files.isDirectory(gpkg) ? " (it is a directory)" : ""));
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(gpkg)) {
            header = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new QgisProjectException("Cannot read " + gpkg + ": " + e.getMessage(), e);
        }
        if (!Arrays.equals(header, SQLITE_HEADER)) {
            throw new QgisProjectException(gpkg + " is not a GeoPackage (not an SQLite database)");
        }
    }

    private static boolean tableExists(Connection db, String table) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Map<String, SourceLayer> featureTables(Connection db) throws SQLException {
        Map<String, SourceLayer> tables = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT table_name, column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns")) {
            while (rs.next()) {
                tables.put(rs.getString(1), new SourceLayer(rs.getString(1), rs.getString(2),
                        rs.getString(3).toUpperCase(java.util.Locale.ROOT), rs.getInt(4), null, null));
            }
        }
        return tables;
    }

    /** Bounds of the geometries read from the blobs themselves: gpkg_contents bounds are optional and may be stale. */
    private static Extent extent(Connection db, String table, String geometryColumn) throws SQLException {
        Extent extent = null;
        String sql = "SELECT " + quote(geometryColumn) + " FROM " + quote(table)
                + " WHERE " + quote(geometryColumn) + " IS NOT NULL";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                byte[] blob = rs.getBytes(1);
                GeometryEnvelope envelope = envelope(blob, table);
                // (GeometryEnvelope.isEmpty() means "no area", true for a point: not what is asked here)
                if (envelope != null && !Double.isNaN(envelope.getMinX()) && !Double.isNaN(envelope.getMinY())) {
                    Extent e = new Extent(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(),
                            envelope.getMaxY());
                    extent = e.union(extent);
                }
            }
        }
        return extent;
    }

    private static GeometryEnvelope envelope(byte[] blob, String table) {
        try {
            GeoPackageGeometryData data = GeoPackageGeometryData.create(blob);
            return data.isEmpty() ? null : data.getOrBuildEnvelope();
        } catch (RuntimeException e) {
            throw new QgisProjectException("Table " + table + " holds a geometry that is no GeoPackage geometry: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The style QGIS would load by default: a row for this table and geometry column, preferring
     * {@code useAsDefault}, then the newest. A row whose geometry column is empty counts too, as older writers left
     * it so.
     */
    private static String defaultQml(Connection db, String table, String geometryColumn) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(
                "SELECT styleQML FROM layer_styles WHERE f_table_name = ? "
                        + "AND (f_geometry_column = ? OR f_geometry_column IS NULL OR f_geometry_column = '') "
                        + "AND styleQML IS NOT NULL AND trim(styleQML) <> '' "
                        + "ORDER BY CASE WHEN useAsDefault THEN 0 ELSE 1 END, update_time DESC, rowid DESC LIMIT 1")) {
            st.setString(1, table);
            st.setString(2, geometryColumn);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
