package org.waymark.output;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryEnvelope;

/**
 * Reads, without changing it, what a QGIS project needs to know about the feature tables of a GeoPackage: geometry
 * column and type, spatial reference, the extent of the data and the default style from {@code layer_styles}.
 */
final class GeoPackageInventory {

    private GeoPackageInventory() {
    }

    /**
     * The feature tables among {@code wanted} that the GeoPackage has, in the order of {@code wanted}.
     *
     * @throws QgisProjectException when the file is missing, unreadable or not a GeoPackage
     */
    static List<SourceLayer> read(Path gpkg, List<String> wanted) {
        try (GeoPackageFile file = GeoPackageFile.open(gpkg, QgisProjectException::new)) {
            Map<String, GeoPackageFile.FeatureTable> found = new HashMap<>();
            file.featureTables().forEach(t -> found.put(t.name(), t));
            boolean hasStyles = file.hasTable("layer_styles");
            List<SourceLayer> layers = new ArrayList<>();
            for (String table : wanted) {
                GeoPackageFile.FeatureTable t = found.get(table);
                if (t != null) {
                    Extent extent = extent(file.connection(), t.name(), t.geometryColumn());
                    String qml = hasStyles ? defaultQml(file.connection(), t.name(), t.geometryColumn()) : null;
                    layers.add(new SourceLayer(t.name(), t.geometryColumn(), t.geometryType(), t.srsId(), extent,
                            qml));
                }
            }
            return layers;
        } catch (SQLException e) {
            throw new QgisProjectException("Cannot read the GeoPackage " + gpkg + ": " + e.getMessage(), e);
        }
    }

    /** Bounds of the geometries read from the blobs themselves: gpkg_contents bounds are optional and may be stale. */
    private static Extent extent(Connection db, String table, String geometryColumn) throws SQLException {
        Extent extent = null;
        String sql = "SELECT " + Layer.quote(geometryColumn) + " FROM " + Layer.quote(table)
                + " WHERE " + Layer.quote(geometryColumn) + " IS NOT NULL";
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
}
