package org.waymark.output;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.waymark.ParsedDocument;

/**
 * Writes parsed documents to the Waymark layers ({@link Layer}) in a schema of a PostgreSQL database with PostGIS:
 * the same layers, columns and types as the GeoPackage, {@code geometry(…, 4326)} columns with GIST indexes,
 * {@code fid} primary keys, and the default styles in QGIS's {@code public.layer_styles}.
 *
 * <p>Each document is one transaction: its {@code documents}, {@code mentions} and {@code movements} rows, the
 * places it names, and the counts of those places and the flows it reports, all committed together or not at all,
 * so that a kill never leaves part of a document. A document whose id and text are there already adds nothing
 * ({@link DocumentSink.Outcome#UNCHANGED}); one whose id is there with another text is kept out, or replaces it
 * ({@link DocumentSink.Options#replaceChanged()}). Many writers may fill one schema at once: the document id is a
 * unique key, and a writer locks the places and flows it sums (advisory transaction locks, taken in one order so that
 * writers never deadlock) before it adds to their sums ({@link PostGisAggregates}).
 *
 * <p>Unlike a GeoPackage, which appears whole when the writer closes, the documents are there as each is written;
 * {@link #abort()} and a failure keep the ones already committed.
 *
 * <p>Not thread-safe: one writer per thread.
 */
public final class PostGisWriter implements DocumentSink {

    // pg_advisory_xact_lock(class, key): class 1 for the schema's tables, 2 for a place, 3 for a flow
    private static final int SETUP_LOCK = 1;
    private static final int PLACE_LOCK = 2;
    private static final int FLOW_LOCK = 3;

    private final PostGisTarget target;
    private final Connection connection;
    private final boolean replaceChanged;
    private final MovementPaths paths = MovementPaths.standard();
    private final Map<Layer, String> inserts;
    private boolean open = true;

    private PostGisWriter(PostGisTarget target, Connection connection, boolean replaceChanged) {
        this.target = target;
        this.connection = connection;
        this.replaceChanged = replaceChanged;
        this.inserts = Map.of(
                Layer.DOCUMENTS, PostGisLayers.insertSql(target, Layer.DOCUMENTS, " ON CONFLICT (doc_id) DO NOTHING"),
                Layer.PLACES, PostGisLayers.insertSql(target, Layer.PLACES, " ON CONFLICT (geonameid) DO NOTHING"),
                Layer.MENTIONS, PostGisLayers.insertSql(target, Layer.MENTIONS, ""),
                Layer.MOVEMENTS, PostGisLayers.insertSql(target, Layer.MOVEMENTS, ""));
    }

    /**
     * Connects, creates what is missing (PostGIS, the schema, the tables, their indexes, the styles) and checks
     * the mode: CREATE wants a schema without documents, OVERWRITE empties the layers first, APPEND adds.
     *
     * @throws OutputException when the database cannot be reached or written, or the mode forbids it
     */
    public static PostGisWriter open(PostGisTarget target, WriteMode mode, Options options) {
        return open(target, mode, options, LayerStyles.fromClasspath());
    }

    static PostGisWriter open(PostGisTarget target, WriteMode mode, Options options, LayerStyles styles) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(options, "options");
        Connection connection = target.connect();
        try {
            setUp(connection, target, mode, styles);
            return new PostGisWriter(target, connection, options.replaceChanged());
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof OutputException oe) {
                throw oe;
            }
            throw new OutputException("Cannot prepare " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks, before any work, that the database can be reached and that {@code mode} allows writing to it (under
     * CREATE: no documents in the schema yet).
     */
    public static void check(PostGisTarget target, WriteMode mode) {
        Connection connection = target.connect();
        try {
            if (mode == WriteMode.CREATE) {
                requireNoDocuments(connection, target);
            }
        } catch (SQLException e) {
            throw new OutputException("Cannot read " + target + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(connection);
        }
    }

    /** One writer at a time sets up a schema (others wait here), in one transaction. */
    private static void setUp(Connection connection, PostGisTarget target, WriteMode mode, LayerStyles styles)
            throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + SETUP_LOCK + ", 0)");
            boolean postgis;
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")) {
                postgis = rs.next();
            }
            if (!postgis) {
                st.execute("CREATE EXTENSION postgis");
            }
            st.execute("CREATE SCHEMA IF NOT EXISTS " + Layer.quote(target.schema()));
            if (mode == WriteMode.OVERWRITE) {
                for (Layer layer : Layer.values()) {
                    st.execute("DROP TABLE IF EXISTS " + target.qualified(layer.table()) + " CASCADE");
                }
            }
            for (Layer layer : Layer.values()) {
                PostGisLayers.create(st, target, layer);
                List<String> missing = PostGisLayers.missingColumns(connection, target, layer);
                if (!missing.isEmpty()) {
                    throw new OutputException("Cannot write to " + target + ": its table '" + layer.table()
                            + "' is not a Waymark layer (no column " + String.join(", ", missing) + ")");
                }
            }
            if (mode == WriteMode.CREATE) {
                requireNoDocuments(connection, target);
            }
            PostGisStyles.write(connection, target, styles);
        }
        connection.commit();
    }

    private static void requireNoDocuments(Connection connection, PostGisTarget target) throws SQLException {
        long documents = 0;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('" + target.qualified("documents").replace("'", "''")
                     + "') IS NOT NULL")) {
            rs.next();
            if (rs.getBoolean(1)) {
                try (ResultSet count = st.executeQuery("SELECT count(*) FROM " + target.qualified("documents"))) {
                    count.next();
                    documents = count.getLong(1);
                }
            }
        }
        if (documents > 0) {
            throw new OutputException(target + " already holds " + documents + " documents; use --append to add "
                    + "to them or --overwrite to replace them");
        }
    }

    @Override
    public Outcome write(ParsedDocument parsed) {
        if (!open) {
            throw new IllegalStateException("This PostGIS writer for " + target + " is closed");
        }
        DocumentRows rows = DocumentRows.of(parsed, paths);
        try {
            Outcome outcome = writeInTransaction(rows);
            if (outcome.written()) {
                connection.commit();
            } else {
                connection.rollback();
            }
            return outcome;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw new OutputException("Cannot write document " + rows.docId() + " to " + target + ": "
                    + e.getMessage(), e);
        }
    }

    private Outcome writeInTransaction(DocumentRows rows) throws SQLException {
        TreeSet<Long> places = new TreeSet<>(rows.placeIds());
        TreeSet<PostGisAggregates.Pair> flows = new TreeSet<>(pairs(rows.movements()));
        Outcome outcome = Outcome.ADDED;
        // waits here while another writer holds a document of the same id, until that one commits or rolls back
        if (insert(List.of(rows.document())) == 0) {
            String known = knownSha256(rows.docId());
            if (rows.sha256().equals(known)) {
                return Outcome.UNCHANGED;
            }
            if (!replaceChanged) {
                return Outcome.CHANGED_KEPT;
            }
            collectRowsOf(rows.docId(), places, flows);
            deleteDocument(rows.docId());
            insert(List.of(rows.document()));
            outcome = Outcome.REPLACED;
        }
        lock(places, flows);
        insert(rows.places());
        insert(rows.mentions());
        insert(rows.movements());
        if (outcome == Outcome.ADDED) {
            PostGisAggregates.add(connection, target, rows.docId());
        } else {
            PostGisAggregates.places(connection, target, places, true);
            PostGisAggregates.flows(connection, target, flows);
        }
        return outcome;
    }

    /** Rows written (for {@code documents}: 0 when the id is there already). */
    private int insert(List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        try (PreparedStatement st = connection.prepareStatement(inserts.get(rows.get(0).layer()))) {
            for (Row row : rows) {
                PostGisLayers.bind(st, row);
                st.addBatch();
            }
            int written = 0;
            for (int n : st.executeBatch()) {
                written += Math.max(n, 0);
            }
            return written;
        }
    }

    private static List<PostGisAggregates.Pair> pairs(List<Row> movements) {
        List<PostGisAggregates.Pair> pairs = new ArrayList<>();
        for (Row m : movements) {
            Long origin = (Long) m.get("origin_geonameid");
            Long destination = (Long) m.get("destination_geonameid");
            if (origin != null && destination != null) {
                pairs.add(new PostGisAggregates.Pair(origin, destination));
            }
        }
        return pairs;
    }

    /** Locks, in one global order, every place and flow this document sums; released at commit or rollback. */
    private void lock(TreeSet<Long> places, TreeSet<PostGisAggregates.Pair> flows) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            for (long id : places) {
                st.setInt(1, PLACE_LOCK);
                st.setInt(2, Long.hashCode(id));
                st.executeQuery().close();
            }
            for (PostGisAggregates.Pair pair : flows) {
                st.setInt(1, FLOW_LOCK);
                st.setInt(2, Long.hashCode(pair.origin() * 1_000_003L + pair.destination()));
                st.executeQuery().close();
            }
        }
    }

    private String knownSha256(String docId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT sha256 FROM "
                + target.qualified("documents") + " WHERE doc_id = ? FOR UPDATE")) {
            st.setString(1, docId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Adds the places and pairs that the earlier version of a document refers to: their sums change too. */
    private void collectRowsOf(String docId, TreeSet<Long> places, TreeSet<PostGisAggregates.Pair> flows)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT geonameid FROM "
                + target.qualified("mentions") + " WHERE doc_id = ? AND geonameid IS NOT NULL")) {
            st.setString(1, docId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    places.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement st = connection.prepareStatement("SELECT origin_geonameid, destination_geonameid, "
                + "via_geonameids FROM " + target.qualified("movements") + " WHERE doc_id = ?")) {
            st.setString(1, docId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long origin = rs.getLong(1);
                    boolean hasOrigin = !rs.wasNull();
                    long destination = rs.getLong(2);
                    boolean hasDestination = !rs.wasNull();
                    if (hasOrigin) {
                        places.add(origin);
                    }
                    if (hasDestination) {
                        places.add(destination);
                    }
                    if (hasOrigin && hasDestination) {
                        flows.add(new PostGisAggregates.Pair(origin, destination));
                    }
                    String via = rs.getString(3);
                    if (via != null && !via.isBlank()) {
                        for (String id : via.split(",")) {
                            places.add(Long.parseLong(id.trim()));
                        }
                    }
                }
            }
        }
    }

    private void deleteDocument(String docId) throws SQLException {
        for (Layer layer : List.of(Layer.MENTIONS, Layer.MOVEMENTS, Layer.DOCUMENTS)) {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM "
                    + target.qualified(layer.table()) + " WHERE doc_id = ?")) {
                st.setString(1, docId);
                st.executeUpdate();
            }
        }
    }

    /** Stops writing and disconnects; the documents written so far stay (each was committed whole). */
    @Override
    public void abort() {
        if (open) {
            open = false;
            rollbackQuietly();
            closeQuietly(connection);
        }
    }

    /** Updates the planner's statistics of the layers and disconnects. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            connection.setAutoCommit(true);
            try (Statement st = connection.createStatement()) {
                for (Layer layer : Layer.values()) {
                    st.execute("ANALYZE " + target.qualified(layer.table()));
                }
            }
        } catch (SQLException e) {
            throw new OutputException("Cannot complete " + target + " (every document written is there): "
                    + e.getMessage(), e);
        } finally {
            closeQuietly(connection);
        }
    }

    @Override
    public String target() {
        return target.toString();
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the transaction is gone with the connection anyway
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing left to do
        }
    }
}
