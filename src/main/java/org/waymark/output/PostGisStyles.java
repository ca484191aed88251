package org.waymark.output;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The default styles of the PostGIS layers in QGIS's own table {@code public.layer_styles}, the one QGIS reads when
 * it opens a PostGIS layer (and writes when a user saves a style to the database): the QML and the SLD of each
 * layer, {@code useasdefault}. A layer that already has a default style (an earlier run, or one saved from QGIS)
 * keeps it.
 */
final class PostGisStyles {

    static final String TABLE = "public.layer_styles";

    // As QGIS 3.22 creates it (QgsPostgresProvider), so that QGIS reads and extends it.
    private static final String CREATE = """
            CREATE TABLE IF NOT EXISTS public.layer_styles (
              id SERIAL PRIMARY KEY,
              f_table_catalog varchar,
              f_table_schema varchar,
              f_table_name varchar,
              f_geometry_column varchar,
              stylename text,
              styleqml xml,
              stylesld xml,
              useasdefault boolean,
              description text,
              owner varchar(63) DEFAULT CURRENT_USER,
              ui xml,
              update_time timestamp DEFAULT CURRENT_TIMESTAMP,
              type varchar)""";

    private PostGisStyles() {
    }

    static void write(Connection connection, PostGisTarget target, LayerStyles styles) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(CREATE);
        }
        for (Layer layer : Layer.withGeometry()) {
            String qml = styles.qml(layer);
            String sld = styles.sld(layer);
            if ((qml == null && sld == null) || hasDefaultStyle(connection, target, layer)) {
                continue;
            }
            try (PreparedStatement st = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, stylename, styleqml, "
                    + "stylesld, useasdefault, description, type) "
                    + "VALUES (current_database(), ?, ?, ?, ?, XMLPARSE(DOCUMENT ?), XMLPARSE(DOCUMENT ?), true, ?, "
                    // QGIS matches type against the geometry type of the layer's URI, which need not name one
                    // ("Unknown geometry" then): NULL matches every URI of the table
                    + "NULL)")) {
                st.setString(1, target.schema());
                st.setString(2, layer.table());
                st.setString(3, Layer.GEOMETRY);
                st.setString(4, layer.table());
                st.setString(5, qml);
                st.setString(6, sld);
                st.setString(7, "Waymark default style for " + layer.table());
                st.executeUpdate();
            }
        }
    }

    private static boolean hasDefaultStyle(Connection connection, PostGisTarget target, Layer layer)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT 1 FROM " + TABLE
                + " WHERE f_table_catalog = current_database() AND f_table_schema = ? AND f_table_name = ? "
                + "AND f_geometry_column = ? AND useasdefault")) {
            st.setString(1, target.schema());
            st.setString(2, layer.table());
            st.setString(3, Layer.GEOMETRY);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
