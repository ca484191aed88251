package org.waymark.output;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The file's provenance in {@code gpkg_metadata}: where the place data comes from, its licence (GeoNames asks for
 * attribution under CC BY 4.0), and that Waymark wrote the file. It is written in GDAL's metadata format, so that
 * GDAL and QGIS show the items as the dataset's metadata, and referenced with scope {@code geopackage}.
 */
final class Provenance {

    static final String STANDARD_URI = "http://gdal.org";
    static final String WRITER = "Waymark";
    static final String PLACE_DATA = "GeoNames (https://www.geonames.org/)";
    static final String LICENSE = "GeoNames data is licensed under CC BY 4.0 "
            + "(https://creativecommons.org/licenses/by/4.0/)";
    private static final String MARKER = "<MDI key=\"WRITTEN_BY\">" + WRITER;

    private Provenance() {
    }

    static String document() {
        return "<GDALMultiDomainMetadata>\n"
                + "  <Metadata>\n"
                + "    <MDI key=\"PLACE_DATA\">" + PLACE_DATA + "</MDI>\n"
                + "    <MDI key=\"PLACE_DATA_LICENSE\">" + LICENSE + "</MDI>\n"
                + "    <MDI key=\"ATTRIBUTION\">Place names and coordinates © GeoNames, CC BY 4.0</MDI>\n"
                + "    " + MARKER + "</MDI>\n"
                + "  </Metadata>\n"
                + "</GDALMultiDomainMetadata>\n";
    }

    /** Writes the provenance row and its reference, replacing the ones an earlier Waymark run wrote. */
    static void write(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM gpkg_metadata_reference WHERE md_file_id IN (" + earlierRows() + ")");
            st.execute("DELETE FROM gpkg_metadata WHERE id IN (" + earlierRows() + ")");
        }
        long id;
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) "
                        + "VALUES ('dataset', ?, 'text/xml', ?)", Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, STANDARD_URI);
            st.setString(2, document());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO gpkg_metadata_reference (reference_scope, table_name, column_name, row_id_value, "
                        + "timestamp, md_file_id, md_parent_id) "
                        + "VALUES ('geopackage', NULL, NULL, NULL, " + ContentsEntry.NOW + ", ?, NULL)")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
    }

    private static String earlierRows() {
        return "SELECT id FROM gpkg_metadata WHERE md_standard_uri = '" + STANDARD_URI
                + "' AND instr(metadata, '" + MARKER.replace("'", "''") + "') > 0";
    }
}
