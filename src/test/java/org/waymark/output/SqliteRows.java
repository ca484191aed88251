package org.waymark.output;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a written GeoPackage (or PostGIS database) back with plain JDBC, independent of the writers' code. */
final class SqliteRows implements AutoCloseable {

    private final Connection connection;

    private SqliteRows(Connection connection) {
        this.connection = connection;
    }

    /** Rows of any JDBC connection (a PostGIS database, say), closed with this. */
    static SqliteRows over(Connection connection) {
        return new SqliteRows(connection);
    }

    static SqliteRows open(Path file) throws SQLException {
        return new SqliteRows(DriverManager.getConnection("jdbc:sqlite:" + file));
    }

    List<Map<String, Object>> query(String sql, Object... args) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= md.getColumnCount(); c++) {
                        row.put(md.getColumnLabel(c), rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** The one row the query must return. */
    Map<String, Object> row(String sql, Object... args) throws SQLException {
        List<Map<String, Object>> rows = query(sql, args);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one row from " + sql + ", got " + rows);
        }
        return rows.get(0);
    }

    Object value(String sql, Object... args) throws SQLException {
        return row(sql, args).values().iterator().next();
    }

    long count(PostGisTarget target, String table) throws SQLException {
        return ((Number) value("SELECT count(*) FROM " + target.qualified(table))).longValue();
    }

    long count(String table) throws SQLException {
        return ((Number) value("SELECT count(*) FROM \"" + table + "\"")).longValue();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
