package org.waymark.output;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * A PostGIS output as the command line names it: {@code postgresql://USER@HOST:PORT/DB?schema=NAME} (port 5432 and
 * schema {@code public} when left out). The password is never part of it: it comes from the environment variable
 * {@code PGPASSWORD} or, as for {@code psql}, from {@code ~/.pgpass} (or the file {@code PGPASSFILE} names), which
 * the PostgreSQL JDBC driver reads when no password is given.
 *
 * @param user     the database role
 * @param host     host name or address
 * @param port     TCP port
 * @param database database name
 * @param schema   the schema that holds the layers (created if missing)
 */
public record PostGisTarget(String user, String host, int port, String database, String schema) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    public PostGisTarget {
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new OutputException("The schema name '" + schema + "' must be a plain SQL identifier (letters, "
                    + "digits, _)");
        }
    }

    /** Whether the text names a PostGIS output rather than a file. */
    public static boolean isUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /**
     * Reads {@code postgresql://USER@HOST[:PORT]/DB[?schema=NAME]}.
     *
     * @throws OutputException naming what is wrong, and when the URL carries a password
     */
    public static PostGisTarget parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new OutputException("Not a PostgreSQL URL: " + url + " (" + e.getReason() + ")");
        }
        if (!isUrl(url) || uri.getHost() == null) {
            throw new OutputException("Not a PostgreSQL URL: " + url
                    + " (expected postgresql://USER@HOST:PORT/DB?schema=NAME)");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new OutputException("The PostgreSQL URL must not hold a password: set PGPASSWORD or use "
                    + "~/.pgpass");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isEmpty() || path.contains("/")) {
            throw new OutputException("The PostgreSQL URL " + url + " names no database (…/DB?schema=NAME)");
        }
        String user = userInfo == null ? System.getProperty("user.name") : decode(userInfo);
        String schema = "public";
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && kv[0].equals("schema")) {
                    schema = decode(kv[1]);
                } else {
                    throw new OutputException("The PostgreSQL URL " + url + " has the parameter '" + kv[0]
                            + "'; the only one it takes is schema=NAME");
                }
            }
        }
        return new PostGisTarget(user, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), decode(path),
                schema);
    }

    /** The URL as given, without a password (there never is one). */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database + "?schema=" + schema;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Connection properties: the user, and the password from {@code PGPASSWORD} when it is set. */
    Properties properties(Map<String, String> environment) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("ApplicationName", "waymark");
        String password = environment.get("PGPASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    /**
     * The password, as libpq finds it: {@code PGPASSWORD}, else the line of {@code ~/.pgpass} (or of the file
     * {@code PGPASSFILE} names) for this host, port, database and user; empty when there is none.
     */
    public Optional<String> password() {
        String password = System.getenv("PGPASSWORD");
        return Optional.ofNullable(password != null ? password
                : PgPassParser.getPassword(host, Integer.toString(port), database, user));
    }

    /** A connection, not auto-committing. */
    Connection connect() {
        try {
            Connection c = DriverManager.getConnection(jdbcUrl(), properties(System.getenv()));
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw new OutputException("Cannot connect to " + this + ": " + e.getMessage(), e);
        }
    }

    /**
     * The Waymark layers with a geometry that the schema holds, in schema order.
     *
     * @throws OutputException when the database cannot be read
     */
    public List<String> featureTables() {
        List<String> tables = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(
                "SELECT 1 FROM geometry_columns WHERE f_table_schema = ? AND f_table_name = ?")) {
            for (Layer layer : Layer.withGeometry()) {
                st.setString(1, schema);
                st.setString(2, layer.table());
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        tables.add(layer.table());
                    }
                }
            }
        } catch (SQLException e) {
            throw new OutputException("Cannot read " + this + ": " + e.getMessage(), e);
        }
        return tables;
    }

    /** The schema-qualified, quoted name of a table. */
    String qualified(String table) {
        return Layer.quote(schema) + "." + Layer.quote(table);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
