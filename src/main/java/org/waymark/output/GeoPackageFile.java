package org.waymark.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.sqlite.SQLiteConfig;
import org.waymark.SqliteLibrary;

/**
 * A GeoPackage opened read-only, once it is known to be one: a file that starts with the SQLite header (so that a
 * text file is called what it is, not a broken database) and holds a {@code gpkg_contents} table. What the QGIS
 * project writer and the GeoServer publisher both read before they do anything with a file.
 */
public final class GeoPackageFile implements AutoCloseable {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * A feature table: registered in {@code gpkg_contents} as features and in {@code gpkg_geometry_columns}, the
     * tables GDAL (hence QGIS) and GeoServer list as vector layers.
     *
     * @param geometryType the GeoPackage geometry type name in capitals: POINT, LINESTRING, MULTIPOLYGON, …
     */
    public record FeatureTable(String name, String geometryColumn, String geometryType, int srsId) {
    }

    private final Connection db;

    private GeoPackageFile(Connection db) {
        this.db = db;
    }

    /**
     * Checks that {@code gpkg} is a GeoPackage and opens it read-only.
     *
     * @param failure the exception the caller throws, made from a one-line message and its cause (null if none)
     * @throws E when the file is missing, unreadable, not an SQLite database, or has no {@code gpkg_contents}
     */
    public static <E extends Exception> GeoPackageFile open(Path gpkg, BiFunction<String, Throwable, E> failure)
            throws E {
        if (!Files.isRegularFile(gpkg)) {
            throw failure.apply("No GeoPackage at " + gpkg + (Files.isDirectory(gpkg) ? " (it is a directory)" : ""),
                    null);
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(gpkg)) {
            header = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw failure.apply("Cannot read " + gpkg + ": " + e.getMessage(), e);
        }
        if (!Arrays.equals(header, SQLITE_HEADER)) {
            throw failure.apply(gpkg + " is not a GeoPackage (not an SQLite database)", null);
        }
        SqliteLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection db = null;
        try {
            db = config.createConnection("jdbc:sqlite:" + gpkg.toAbsolutePath());
            if (hasTable(db, "gpkg_contents")) {
                return new GeoPackageFile(db);
            }
        } catch (SQLException e) {
            closeQuietly(db);
            throw failure.apply("Cannot read the GeoPackage " + gpkg + ": " + e.getMessage(), e);
        }
        closeQuietly(db);
        throw failure.apply(gpkg + " is an SQLite database but not a GeoPackage: it has no gpkg_contents table", null);
    }

    /** The feature tables, in name order; none when the file has no {@code gpkg_geometry_columns} at all. */
    public List<FeatureTable> featureTables() throws SQLException {
        List<FeatureTable> tables = new ArrayList<>();
        // a GeoPackage without feature tables may lack gpkg_geometry_columns altogether
        if (!hasTable(db, "gpkg_geometry_columns")) {
            return tables;
        }
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT g.table_name, g.column_name, g.geometry_type_name, g.srs_id "
                     + "FROM gpkg_geometry_columns g JOIN gpkg_contents c ON c.table_name = g.table_name "
                     + "WHERE c.data_type = 'features' ORDER BY g.table_name")) {
            while (rs.next()) {
                tables.add(new FeatureTable(rs.getString(1), rs.getString(2),
                        rs.getString(3).toUpperCase(Locale.ROOT), rs.getInt(4)));
            }
        }
        return tables;
    }

    /** Whether a table or view of this name exists. */
    boolean hasTable(String table) throws SQLException {
        return hasTable(db, table);
    }

    private static boolean hasTable(Connection db, String table) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void closeQuietly(Connection db) {
        if (db == null) {
            return;
        }
        try {
            db.close();
        } catch (SQLException e) {
            // the problem that brought us here is the one to tell
        }
    }

    /** The read-only connection, for queries of this package's own. */
    Connection connection() {
        return db;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
