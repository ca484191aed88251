package org.waymark.gazetteer.geonames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waymark.CacheHome;
import org.waymark.SqliteLibrary;

/**
 * GeoNames answers kept on disk (one SQLite file in a directory), so that a second run over the same input sends
 * no request. Keys are normalised requests without the username; values are the response bodies as received,
 * with the time they were received. Negative answers ("no such place") are kept like any other.
 *
 * <p>The file also keeps a ledger of the credits spent in the last day, so that runs that follow each other share
 * the account's hourly and daily budget. {@link #clear()} forgets the answers but not the ledger: those credits
 * were spent.
 *
 * <p>Thread-safe: one connection, used under this object's lock (SQLite serialises writers anyway). Several
 * processes may share a directory: the database runs in WAL mode and waits for a busy lock.
 */
public final class GeoNamesCache implements AutoCloseable {

    /** The database file inside the cache directory. */
    public static final String FILE_NAME = "geonames-ws.sqlite";

    private final Path file;
    private final Connection connection;

    /** A cached response body and when it was received. */
    record Entry(String body, Instant receivedAt) {
    }

    private GeoNamesCache(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** {@code $XDG_CACHE_HOME/waymark/geonames}, or {@code ~/.cache/waymark/geonames} when that is unset. */
    public static Path defaultDirectory() {
        return CacheHome.folder("geonames");
    }

    /**
     * Opens (creating when needed) the cache in {@code directory}.
     *
     * @throws UncheckedIOException when the directory cannot be created or the database cannot be opened
     */
    public static GeoNamesCache open(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the GeoNames cache directory " + directory + ": " + e, e);
        }
        try {
            SqliteLibrary.prepare();
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA journal_mode = WAL");
                // a cache: losing the last answers on a power cut is fine, an fsync per answer is not
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("CREATE TABLE IF NOT EXISTS response ("
                        + "request TEXT PRIMARY KEY, body TEXT NOT NULL, received_at INTEGER NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS credit (spent_at INTEGER NOT NULL)");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return new GeoNamesCache(file, connection);
        } catch (SQLException e) {
            throw new UncheckedIOException("cannot open the GeoNames cache " + file + ": " + e.getMessage(),
                    new IOException(e));
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Number of cached answers. */
    public synchronized int size() {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM response")) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException e) {
            throw failure("count", e);
        }
    }

    /** Bytes the cache takes on disk: the database and its write-ahead log. */
    public long bytesOnDisk() {
        long bytes = 0;
        for (Path p : List.of(file, file.resolveSibling(FILE_NAME + "-wal"))) {
            try {
                bytes += Files.exists(p) ? Files.size(p) : 0;
            } catch (IOException e) {
                // a log removed by another process meanwhile: it holds nothing
            }
        }
        return bytes;
    }

    /** Credits spent through this cache's ledger since {@code since} (by any run; at most a day back). */
    public synchronized int creditsSpentAfter(Instant since) {
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM credit WHERE spent_at >= ?")) {
            s.setLong(1, since.toEpochMilli());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw failure("read the credit ledger of", e);
        }
    }

    /**
     * Forgets every cached answer and gives the space back (the credit ledger stays).
     *
     * @return the number of answers forgotten
     */
    public synchronized int clear() {
        try (Statement s = connection.createStatement()) {
            int forgotten = s.executeUpdate("DELETE FROM response");
            s.execute("VACUUM");
            // move the emptied pages out of the write-ahead log too, so that the file sizes say "empty"
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            return forgotten;
        } catch (SQLException e) {
            throw failure("clear", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    synchronized Optional<Entry> get(String request) {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT body, received_at FROM response WHERE request = ?")) {
            s.setString(1, request);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(new Entry(r.getString(1), Instant.ofEpochMilli(r.getLong(2))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    synchronized void put(String request, String body, Instant receivedAt) {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT OR REPLACE INTO response (request, body, received_at) VALUES (?, ?, ?)")) {
            s.setString(1, request);
            s.setString(2, body);
            s.setLong(3, receivedAt.toEpochMilli());
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** Times of the credits spent since {@code since}, oldest first; older entries are dropped. */
    synchronized List<Instant> creditsSpentSince(Instant since) {
        try (PreparedStatement drop = connection.prepareStatement("DELETE FROM credit WHERE spent_at < ?");
             PreparedStatement s = connection.prepareStatement(
                     "SELECT spent_at FROM credit WHERE spent_at >= ? ORDER BY spent_at")) {
            drop.setLong(1, since.toEpochMilli());
            drop.executeUpdate();
            s.setLong(1, since.toEpochMilli());
            List<Instant> times = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    times.add(Instant.ofEpochMilli(r.getLong(1)));
                }
            }
            return times;
        } catch (SQLException e) {
            throw failure("read the credit ledger of", e);
        }
    }

    synchronized void recordCreditSpent(Instant at) {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO credit (spent_at) VALUES (?)")) {
            s.setLong(1, at.toEpochMilli());
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("write the credit ledger of", e);
        }
    }

    private UncheckedIOException failure(String what, SQLException e) {
        return new UncheckedIOException("cannot " + what + " the GeoNames cache " + file + ": " + e.getMessage(),
                new IOException(e));
    }
}
