package org.waymark.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Default styles in the {@code layer_styles} table that QGIS reads when it opens a layer, taken from the resources
 * {@code <folder>/<layer>.qml} and {@code <folder>/<layer>.sld}. A layer with neither file gets no row. A layer that
 * already has a default style (an earlier run, or one the user saved from QGIS) keeps it.
 */
final class LayerStyles {

    static final String TABLE = "layer_styles";
    static final String CLASSPATH_FOLDER = "org/waymark/styles";

    // As QGIS creates it through GDAL, so that both recognize it; registered in gpkg_contents as attributes.
    private static final String CREATE = """
            CREATE TABLE IF NOT EXISTS layer_styles (
              fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              f_table_catalog TEXT(256),
              f_table_schema TEXT(256),
              f_table_name TEXT(256),
              f_geometry_column TEXT(256),
              styleName TEXT(30),
              styleQML TEXT,
              styleSLD TEXT,
              useAsDefault BOOLEAN,
              description TEXT,
              owner TEXT(30),
              ui TEXT(30),
              update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))""";

    private final ClassLoader loader;
    private final String folder;

    LayerStyles(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder;
    }

    static LayerStyles fromClasspath() {
        return new LayerStyles(LayerStyles.class.getClassLoader(), CLASSPATH_FOLDER);
    }

    void write(Connection connection) throws SQLException {
        createTable(connection, "Default QGIS styles of the layers");
        for (Layer layer : Layer.values()) {
            String qml = qml(layer);
            String sld = sld(layer);
            if ((qml == null && sld == null) || hasDefaultStyle(connection, layer)) {
                continue;
            }
            insertDefault(connection, layer.table(), layer.hasGeometry() ? Layer.GEOMETRY : "", qml, sld,
                    "Waymark default style for " + layer.table());
        }
        ContentsEntry.touch(connection, TABLE);
    }

    /** Creates the table, if missing, and registers it in gpkg_contents as attributes described so. */
    static void createTable(Connection connection, String description) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(CREATE);
        }
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                        + "SELECT 'layer_styles', 'attributes', 'layer_styles', ?, " + ContentsEntry.NOW
                        + " WHERE NOT EXISTS (SELECT 1 FROM gpkg_contents WHERE table_name = 'layer_styles')")) {
            st.setString(1, description);
            st.executeUpdate();
        }
    }

    /**
     * Adds the default style of a table, named after it.
     *
     * @param qml the QGIS style, or null
     * @param sld the SLD style (for WMS servers), or null
     */
    static void insertDefault(Connection connection, String table, String geometryColumn, String qml, String sld,
                              String description) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                        + "styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, update_time) "
                        + "VALUES ('', '', ?, ?, ?, ?, ?, 1, ?, '', NULL, " + ContentsEntry.NOW + ")")) {
            st.setString(1, table);
            st.setString(2, geometryColumn);
            st.setString(3, table);
            st.setString(4, qml);
            st.setString(5, sld);
            st.setString(6, description);
            st.executeUpdate();
        }
    }

    private static boolean hasDefaultStyle(Connection connection, Layer layer) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT 1 FROM layer_styles WHERE f_table_name = ? AND useAsDefault = 1")) {
            st.setString(1, layer.table());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The layer's QGIS style, or null when it has none. */
    String qml(Layer layer) {
        return resource(layer.table() + ".qml");
    }

    /** The layer's SLD style, or null when it has none. */
    String sld(Layer layer) {
        return resource(layer.table() + ".sld");
    }

    /** The resource's text, or null when there is no such resource. */
    private String resource(String name) {
        try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the style resource " + folder + "/" + name, e);
        }
    }
}
