package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GeoPackage a new output starts from, as the build put it on the class path, against one made here. */
class EmptyGeoPackageTest {
    @TempDir
    Path dir;

    private static List<Map<String, Object>> rows(Path file, String sql) throws SQLException {
        try (SqliteRows rows = SqliteRows.open(file)) {
            return rows.query(sql);
        }
    }

    @Test
    void theBuildsCopyHoldsWhatTheGeoPackageLibraryMakesAndNoRows() throws IOException, SQLException {
        assertNotNull(EmptyGeoPackage.class.getResource(EmptyGeoPackage.RESOURCE), "the build writes it");
        Path copied = dir.resolve("copied.gpkg");
        EmptyGeoPackage.create(copied);
        Path made = dir.resolve("made.gpkg");
        EmptyGeoPackage.write(made);

        String schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
        assertFalse(rows(made, schema).isEmpty());
        assertEquals(rows(made, schema), rows(copied, schema));
        for (String table : List.of("gpkg_spatial_ref_sys", "gpkg_geometry_columns", "gpkg_extensions")) {
            assertEquals(rows(made, "SELECT * FROM " + table), rows(copied, "SELECT * FROM " + table), table);
        }
        String contents = "SELECT table_name, data_type, identifier, description, srs_id FROM gpkg_contents "
                + "ORDER BY table_name";
        assertEquals(rows(made, contents), rows(copied, contents));
        assertEquals(Layer.values().length, rows(copied, contents).size());
        for (Layer layer : Layer.values()) {
            assertEquals(0L, ((Number) rows(copied, "SELECT count(*) AS n FROM " + Layer.quote(layer.table()))
                    .get(0).get("n")).longValue(), layer.table());
        }
        assertEquals(rows(made, "PRAGMA application_id"), rows(copied, "PRAGMA application_id"));
        assertEquals(rows(made, "PRAGMA user_version"), rows(copied, "PRAGMA user_version"));
    }
}
