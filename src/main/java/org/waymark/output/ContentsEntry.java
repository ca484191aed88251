package org.waymark.output;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A layer's row in {@code gpkg_contents}: its description, extent and time of last change. */
final class ContentsEntry {

    static final String NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    private ContentsEntry() {
    }

    static void describe(Connection connection, Layer layer) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE gpkg_contents SET identifier = ?, description = ? WHERE table_name = ?")) {
            st.setString(1, layer.table());
            st.setString(2, layer.description());
            st.setString(3, layer.table());
            st.executeUpdate();
        }
    }

    /**
     * Sets the extent to the bounds of the layer's geometries (NULL when it has none) and last_change to now.
     * Needs the ST_Min/ST_Max functions, which {@link SpatialIndex#build} registers on the connection.
     */
    static void refresh(Connection connection, Layer layer) throws SQLException {
        if (layer.hasGeometry()) {
            String g = Layer.quote(Layer.GEOMETRY);
            String sql = "SELECT min(ST_MinX(" + g + ")), min(ST_MinY(" + g + ")), max(ST_MaxX(" + g + ")), "
                    + "max(ST_MaxY(" + g + ")) FROM " + Layer.quote(layer.table())
                    + " WHERE " + g + " IS NOT NULL AND NOT ST_IsEmpty(" + g + ")";
            Double[] extent = new Double[4];
            try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
                rs.next();
                for (int i = 0; i < 4; i++) {
                    double v = rs.getDouble(i + 1);
                    extent[i] = rs.wasNull() ? null : v;
                }
            }
            try (PreparedStatement st = connection.prepareStatement(
                    "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?")) {
                for (int i = 0; i < 4; i++) {
                    st.setObject(i + 1, extent[i]);
                }
                st.setString(5, layer.table());
                st.executeUpdate();
            }
        }
        touch(connection, layer.table());
    }

    static void touch(Connection connection, String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE gpkg_contents SET last_change = " + NOW + " WHERE table_name = ?")) {
            st.setString(1, table);
            st.executeUpdate();
        }
    }
}
