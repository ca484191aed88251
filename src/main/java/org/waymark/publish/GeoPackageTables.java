package org.waymark.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** Reads which feature tables a GeoPackage file holds, before anything is sent to a server. */
final class GeoPackageTables {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private GeoPackageTables() {
    }

    /** Names of the tables registered in {@code gpkg_contents} as features, in table-name order. */
    static List<String> featureTables(Path geoPackage) throws PublishException {
        checkFile(geoPackage);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection db = config.createConnection("jdbc:sqlite:" + geoPackage.toAbsolutePath());
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name")) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            return tables;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                throw new PublishException(geoPackage + " is an SQLite database but not a GeoPackage"
                        + " (it has no gpkg_contents table)");
            }
            throw new PublishException("cannot read " + geoPackage + ": " + e.getMessage(), e);
        }
    }

    private static void checkFile(Path geoPackage) throws PublishException {
        if (!Files.isRegularFile(geoPackage)) {
            throw new PublishException("GeoPackage " + geoPackage + " does not exist or is not a file");
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(geoPackage)) {
            header = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new PublishException("cannot read " + geoPackage + ": " + e.getMessage(), e);
        }
        if (!Arrays.equals(header, SQLITE_HEADER)) {
            throw new PublishException(geoPackage + " is not a GeoPackage (not an SQLite database)");
        }
        // Only the main file is uploaded: rows still in a write-ahead log would silently be missing.
        Path wal = geoPackage.resolveSibling(geoPackage.getFileName() + "-wal");
        try {
            if (Files.exists(wal) && Files.size(wal) > 0) {
                throw new PublishException(geoPackage + " has unsaved changes in " + wal.getFileName()
                        + ": close the program that writes it (or open and close it once) before publishing");
            }
        } catch (IOException e) {
            throw new PublishException("cannot read " + wal + ": " + e.getMessage(), e);
        }
    }
}
