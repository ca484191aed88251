package org.waymark.output;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;

/**
 * The R-tree spatial index of a feature layer, with the triggers of GeoPackage 1.2 (Annex F.3). NGA would write the
 * 1.4 set (update5..update7 instead of update1 and update3), which GDAL 3.6 reports as broken; we therefore let NGA
 * create the R-tree table and the SQL functions, and choose the triggers ourselves.
 *
 * <p>While a writer adds rows the index is dropped, and it is built again in one pass when the writer closes: a bulk
 * load is much faster than a trigger per row.
 */
final class SpatialIndex {

    static final String EXTENSION = "gpkg_rtree_index";
    static final String DEFINITION = "http://www.geopackage.org/spec120/#extension_rtree";

    // Every trigger name a GeoPackage writer may have left: the 1.2 set, NGA's 1.4 additions, GDAL's variants.
    private static final String[] TRIGGERS = {"insert", "update1", "update2", "update3", "update4", "update5",
        "update6", "update7", "update1_old_geom_notnull", "update1_old_geom_null", "delete"};

    private SpatialIndex() {
    }

    static String tableName(Layer layer) {
        return "rtree_" + layer.table() + "_" + Layer.GEOMETRY;
    }

    /** Removes the index and its triggers (the gpkg_extensions row stays). */
    static void drop(Connection connection, Layer layer) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String trigger : TRIGGERS) {
                st.execute("DROP TRIGGER IF EXISTS " + Layer.quote(tableName(layer) + "_" + trigger));
            }
            st.execute("DROP TABLE IF EXISTS " + Layer.quote(tableName(layer)));
        }
    }

    /** Creates the index from the rows in the table, its 1.2 triggers, and the gpkg_extensions row. */
    static void build(GeoPackage geoPackage, Connection connection, Layer layer) throws SQLException {
        String table = layer.table();
        String geometry = Layer.GEOMETRY;
        String fid = Layer.FID;
        drop(connection, layer);
        RTreeIndexExtension rtree = new RTreeIndexExtension(geoPackage);
        rtree.createAllFunctions();
        rtree.createRTreeIndex(table, geometry);
        rtree.loadRTreeIndex(table, geometry, fid);
        rtree.createInsertTrigger(table, geometry, fid);
        rtree.createUpdate1Trigger(table, geometry, fid);
        rtree.createUpdate2Trigger(table, geometry, fid);
        rtree.createUpdate3Trigger(table, geometry, fid);
        rtree.createUpdate4Trigger(table, geometry, fid);
        rtree.createDeleteTrigger(table, geometry, fid);
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
                        + "SELECT ?, ?, ?, ?, 'write-only' WHERE NOT EXISTS (SELECT 1 FROM gpkg_extensions "
                        + "WHERE table_name = ? AND column_name = ? AND extension_name = ?)")) {
            st.setString(1, table);
            st.setString(2, geometry);
            st.setString(3, EXTENSION);
            st.setString(4, DEFINITION);
            st.setString(5, table);
            st.setString(6, geometry);
            st.setString(7, EXTENSION);
            st.executeUpdate();
        }
    }
}
