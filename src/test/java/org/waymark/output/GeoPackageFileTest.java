package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoPackageFileTest {

    @TempDir
    Path dir;

    @Test
    void listsTheFeatureTablesByNameAndLeavesTheFileAsItWas() throws Exception {
        Path gpkg = FixtureGeoPackage.write(dir.resolve("news.gpkg"));
        // a geometry column registered for a table that gpkg_contents calls attributes: GDAL lists no layer for it
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement st = db.createStatement()) {
            st.execute("INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
                    + "VALUES ('documents', 'geom', 'POINT', 4326, 0, 0)");
        }
        byte[] before = Files.readAllBytes(gpkg);

        try (GeoPackageFile file = GeoPackageFile.open(gpkg, IllegalStateException::new)) {
            assertEquals(List.of(
                            new GeoPackageFile.FeatureTable("flows", "geom", "MULTILINESTRING", 4326),
                            new GeoPackageFile.FeatureTable("mentions", "geom", "POINT", 4326),
                            new GeoPackageFile.FeatureTable("movements", "geom", "MULTILINESTRING", 4326),
                            new GeoPackageFile.FeatureTable("places", "geom", "POINT", 4326)),
                    file.featureTables());
            try (Statement st = file.connection().createStatement()) {
                assertThrows(SQLException.class, () -> st.execute("DELETE FROM places"), "opened read-only");
            }
        }
        assertArrayEquals(before, Files.readAllBytes(gpkg));
    }

    @Test
    void aGeoPackageWithoutFeatureTablesHasNone() throws Exception {
        Path gpkg = dir.resolve("empty.gpkg");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement st = db.createStatement()) {
            st.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL)");
        }
        try (GeoPackageFile file = GeoPackageFile.open(gpkg, IllegalStateException::new)) {
            assertEquals(List.of(), file.featureTables());
        }
    }

    @Test
    void whatIsNoGeoPackageIsToldInTheCallersException() throws IOException, SQLException {
        Path text = Files.writeString(dir.resolve("notes.gpkg"), "places, mentions, movements and flows");
        Path plain = dir.resolve("plain.gpkg");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + plain); Statement st = db.createStatement()) {
            st.execute("CREATE TABLE places (name TEXT)");
        }
        assertEquals("No GeoPackage at " + dir + " (it is a directory)", failure(dir));
        assertEquals("No GeoPackage at " + dir.resolve("missing.gpkg"), failure(dir.resolve("missing.gpkg")));
        assertEquals(text + " is not a GeoPackage (not an SQLite database)", failure(text));
        assertEquals(plain + " is an SQLite database but not a GeoPackage: it has no gpkg_contents table",
                failure(plain));
    }

    private static String failure(Path path) {
        return assertThrows(IllegalStateException.class,
                () -> GeoPackageFile.open(path, IllegalStateException::new).close()).getMessage();
    }
}
