package org.waymark.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.extension.metadata.MetadataExtension;
import org.waymark.ParsedDocument;
import org.waymark.SqliteLibrary;

/**
 * Writes parsed documents to a GeoPackage (EPSG:4326): the layers {@code documents}, {@code places},
 * {@code mentions}, {@code movements} and {@code flows} (see {@link Layer} for their columns), with R-tree indexes,
 * a provenance record and default QGIS styles.
 *
 * <pre>{@code
 * try (GeoPackageWriter writer = GeoPackageWriter.open(out, WriteMode.CREATE)) {
 *     for (ParsedDocument doc : docs) {
 *         writer.add(doc);
 *     }
 * }
 * }</pre>
 *
 * <p>The output is never half-written. Everything goes to a temporary file next to {@code out}; {@link #close()}
 * completes it and then moves it onto {@code out} (atomically where the file system can). If {@link #add} or
 * {@code close()} fails, or {@link #abort()} was called, the temporary file is deleted and {@code out} is left as it
 * was. Code around the writer that can fail should call {@code abort()} before the writer is closed:
 * try-with-resources closes the writer, and so publishes it, even when the block throws.
 *
 * <p>A document is identified by its id and the SHA-256 of its text. Adding one whose id and text are already in
 * the file (under {@link WriteMode#APPEND}, or earlier in the same run) does nothing ({@link Outcome#UNCHANGED}).
 * One whose id is there with a different text is kept out ({@link Outcome#CHANGED_KEPT}) unless
 * {@link Options#replaceChanged()}: then it <em>replaces</em> the earlier version ({@link Outcome#REPLACED}), whose
 * documents, mentions and movements rows are deleted first, so that a corrected article updates the map instead of
 * being counted twice. The summed layers ({@code places} counts, {@code flows}) are computed from all rows when the
 * writer closes.
 *
 * <p>One writer of an output file at a time: from {@code open} to the end, the writer holds a lock on the hidden
 * file {@code .OUT.lock} beside it (which stays), and a writer in another process waits for it (see
 * {@link WriterLock}), so that two runs appending to one file both end up in it.
 *
 * <p>Not thread-safe.
 */
public final class GeoPackageWriter implements DocumentSink {

    /** 'GPKG' and GeoPackage 1.2.0: the version whose R-tree triggers we write. */
    static final int APPLICATION_ID = 0x47504B47;
    static final int USER_VERSION = 10200;
    // Commit now and then so that the (in-memory) rollback journal of a large APPEND stays small.
    private static final int DOCUMENTS_PER_COMMIT = 500;

    private enum State { OPEN, FAILED, ABORTED, CLOSED }

    private final Path out;
    private final Path temp;
    private final WriteMode mode;
    private final LayerStyles styles;
    private final GeoPackage geoPackage;
    private final Connection connection;
    private final Map<Layer, PreparedStatement> inserts = new EnumMap<>(Layer.class);
    private final Map<String, String> sha256ByDocId = new HashMap<>();
    private final Set<Long> placeIds = new HashSet<>();
    /** Movement paths are drawn here, at writing: extraction knows places, not geometry. */
    private final MovementPaths paths = MovementPaths.standard();
    private final boolean replaceChanged;
    private final WriterLock lock;
    private int uncommittedDocuments;
    private State state = State.OPEN;

    private GeoPackageWriter(Path out, Path temp, WriteMode mode, LayerStyles styles, GeoPackage geoPackage,
                             boolean replaceChanged, WriterLock lock) {
        this.out = out;
        this.replaceChanged = replaceChanged;
        this.lock = lock;
        this.temp = temp;
        this.mode = mode;
        this.styles = styles;
        this.geoPackage = geoPackage;
        this.connection = geoPackage.getConnection().getConnection();
    }

    /**
     * Starts writing {@code out}, which must end in {@code .gpkg} and lie in an existing directory.
     *
     * @throws GeoPackageWriteException when {@code mode} is CREATE and {@code out} exists, when APPEND finds a file
     *                                  that is not a Waymark GeoPackage, or when the temporary file cannot be made
     */
    public static GeoPackageWriter open(Path out, WriteMode mode) {
        return open(out, mode, Options.DEFAULT);
    }

    /** As {@link #open(Path, WriteMode)}, with a choice for changed documents and a listener for waits. */
    public static GeoPackageWriter open(Path out, WriteMode mode, Options options) {
        return open(out, mode, LayerStyles.fromClasspath(), options);
    }

    static GeoPackageWriter open(Path out, WriteMode mode, LayerStyles styles) {
        return open(out, mode, styles, Options.DEFAULT);
    }

    static GeoPackageWriter open(Path out, WriteMode mode, LayerStyles styles, Options options) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(options, "options");
        SqliteLibrary.prepare();
        Path target = out.toAbsolutePath().normalize();
        check(target, mode);
        WriterLock lock = WriterLock.acquire(target, options.notices());
        Path temp = null;
        GeoPackage geoPackage = null;
        try {
            // again, now that no other writer can change it
            check(target, mode);
            boolean appending = mode == WriteMode.APPEND && Files.exists(target);
            synchronized (TemporaryFile.making()) {
                temp = TemporaryFile.beside(target, ".tmp.gpkg");
                if (appending) {
                    Files.copy(target, temp);
                    geoPackage = openExisting(target, temp);
                } else {
                    EmptyGeoPackage.create(temp);
                    geoPackage = GeoPackageManager.open(temp.toFile());
                }
            }
            GeoPackageWriter writer = new GeoPackageWriter(target, temp, mode, styles, geoPackage,
                    options.replaceChanged(), lock);
            writer.start(appending);
            return writer;
        } catch (IOException | SQLException | RuntimeException e) {
            if (geoPackage != null) {
                closeQuietly(geoPackage);
            }
            if (temp != null) {
                TemporaryFile.delete(temp, true);
            }
            lock.close();
            if (e instanceof GeoPackageWriteException gwe) {
                throw gwe;
            }
            throw new GeoPackageWriteException("Cannot start writing " + target + ": "
                    + (e instanceof IOException io ? IoMessages.describe(io) : e.getMessage()), e);
        }
    }

    /**
     * Adds one document with its mentions and movements.
     *
     * @return true when it was written (new, or replacing a changed text), false when it was not (see
     *         {@link #write} for why)
     * @throws IllegalArgumentException when a movement belongs to another document
     * @throws GeoPackageWriteException when the rows cannot be written; the writer is then failed and will not
     *                                  publish anything
     */
    public boolean add(ParsedDocument parsed) {
        return write(parsed).written();
    }

    /**
     * Adds one document with its mentions and movements, unless its id is there already: with the same text it is
     * {@link Outcome#UNCHANGED}, with another text {@link Outcome#REPLACED} or {@link Outcome#CHANGED_KEPT} as the
     * {@link Options} say.
     *
     * @throws IllegalArgumentException when a movement belongs to another document
     * @throws GeoPackageWriteException when the rows cannot be written; the writer is then failed and will not
     *                                  publish anything
     */
    @Override
    public Outcome write(ParsedDocument parsed) {
        requireOpen();
        try {
            DocumentRows rows = DocumentRows.of(parsed, paths);
            String known = sha256ByDocId.get(rows.docId());
            if (rows.sha256().equals(known)) {
                return Outcome.UNCHANGED;
            }
            if (known != null) {
                if (!replaceChanged) {
                    return Outcome.CHANGED_KEPT;
                }
                deleteDocument(rows.docId());
            }
            insert(List.of(rows.document()));
            insert(rows.places().stream().filter(p -> placeIds.add((Long) p.get("geonameid"))).toList());
            insert(rows.mentions());
            insert(rows.movements());
            for (PreparedStatement st : inserts.values()) {
                st.executeBatch();
            }
            sha256ByDocId.put(rows.docId(), rows.sha256());
            if (++uncommittedDocuments >= DOCUMENTS_PER_COMMIT) {
                connection.commit();
                uncommittedDocuments = 0;
            }
            return known == null ? Outcome.ADDED : Outcome.REPLACED;
        } catch (SQLException e) {
            state = State.FAILED;
            throw new GeoPackageWriteException("Cannot write document " + parsed.document().id() + " for " + out
                    + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            state = State.FAILED;
            throw e;
        }
    }

    /** Gives up: deletes the temporary file now and leaves the output file as it was. Close does nothing after. */
    @Override
    public void abort() {
        if (state == State.OPEN || state == State.FAILED) {
            discard();
            state = State.ABORTED;
        }
    }

    /**
     * Computes the summed layers, spatial indexes, extents, metadata and styles, then moves the file onto the
     * output path. After a failed {@link #add} or an {@link #abort()} it only deletes the temporary file.
     *
     * @throws GeoPackageWriteException when the file cannot be completed or moved; the output is then unchanged
     */
    @Override
    public void close() {
        completeOrDiscard();
    }

    @Override
    public String target() {
        return out.toString();
    }

    private void completeOrDiscard() {
        if (state == State.CLOSED || state == State.ABORTED) {
            state = State.CLOSED;
            return;
        }
        if (state == State.FAILED) {
            discard();
            state = State.CLOSED;
            return;
        }
        state = State.CLOSED;
        try {
            finish();
            publish();
        } catch (SQLException | IOException | RuntimeException e) {
            discard();
            throw new GeoPackageWriteException("Cannot complete " + out + " (left unchanged): "
                    + (e instanceof IOException io ? IoMessages.describe(io) : e.getMessage()), e);
        } finally {
            lock.close();
        }
    }

    // ---- opening

    /**
     * Checks, before any work, that {@code out} can be written under {@code mode}: a {@code .gpkg} name, a folder
     * that exists and can be written, not a directory, and not an existing file under CREATE.
     *
     * @throws GeoPackageWriteException naming what is wrong
     */
    public static void check(Path out, WriteMode mode) {
        checkTarget(out.toAbsolutePath().normalize(), mode);
    }

    private static void checkTarget(Path target, WriteMode mode) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
            throw new GeoPackageWriteException("The output file " + target + " must have the extension .gpkg");
        }
        Path directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new GeoPackageWriteException("The directory of the output file " + target + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new GeoPackageWriteException("The output path " + target + " is a directory");
        }
        if (!Files.isWritable(directory)) {
            throw new GeoPackageWriteException("Cannot write " + target + ": permission denied (folder "
                    + directory + ")");
        }
        if (mode == WriteMode.CREATE && Files.exists(target)) {
            throw new GeoPackageWriteException("The output file " + target
                    + " already exists; use --overwrite to replace it or --append to add to it");
        }
        if (mode == WriteMode.APPEND && Files.exists(target) && !Files.isReadable(target)) {
            throw new GeoPackageWriteException("Cannot append to " + target + ": permission denied");
        }
    }

    private static GeoPackage openExisting(Path target, Path copy) {
        try {
            return GeoPackageManager.open(copy.toFile(), true);
        } catch (RuntimeException e) {
            throw new GeoPackageWriteException("Cannot append to " + target + ": it is not a GeoPackage ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Waymark's layers and the GeoPackage tables they need, with no rows ({@link EmptyGeoPackage}). */
    static void createLayers(GeoPackage geoPackage) throws SQLException {
        geoPackage.createExtensionsTable();
        for (Layer layer : Layer.values()) {
            GeoPackageLayers.create(geoPackage, layer);
        }
        // Also registers both tables in gpkg_extensions.
        MetadataExtension metadata = new MetadataExtension(geoPackage);
        metadata.createMetadataTable();
        metadata.createMetadataReferenceTable();
        Connection connection = geoPackage.getConnection().getConnection();
        for (Layer layer : Layer.values()) {
            ContentsEntry.describe(connection, layer);
        }
    }

    /** Checks the layers, learns what the file holds, and prepares for fast inserts in a transaction. */
    private void start(boolean appending) throws SQLException {
        if (appending) {
            checkWaymarkLayers();
            loadKnownDocumentsAndPlaces();
        }
        try (Statement st = connection.createStatement()) {
            // A temporary file that is deleted on any failure needs no durability until it is complete.
            st.execute("PRAGMA synchronous = OFF");
            st.execute("PRAGMA journal_mode = MEMORY");
        }
        connection.setAutoCommit(false);
        for (Layer layer : Layer.withGeometry()) {
            SpatialIndex.drop(connection, layer);
        }
        if (appending) {
            upgradeLineLayers();   // with the index (and its triggers) gone: it is built again at the end
        }
        for (Layer layer : List.of(Layer.DOCUMENTS, Layer.PLACES, Layer.MENTIONS, Layer.MOVEMENTS)) {
            inserts.put(layer, connection.prepareStatement(GeoPackageLayers.insertSql(layer)));
        }
    }

    private void checkWaymarkLayers() throws SQLException {
        for (Layer layer : Layer.values()) {
            Set<String> present = new HashSet<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA table_info(" + Layer.quote(layer.table()) + ")")) {
                while (rs.next()) {
                    present.add(rs.getString("name"));
                }
            }
            if (present.isEmpty()) {
                throw new GeoPackageWriteException("Cannot append to " + out
                        + ": it is not a Waymark GeoPackage (it has no table '" + layer.table() + "')");
            }
            for (Column column : layer.columns()) {
                if (!present.contains(column.name())) {
                    throw new GeoPackageWriteException("Cannot append to " + out + ": its table '" + layer.table()
                            + "' has no column '" + column.name() + "'");
                }
            }
            if (!present.contains(Layer.FID) || (layer.hasGeometry() && !present.contains(Layer.GEOMETRY))) {
                throw new GeoPackageWriteException("Cannot append to " + out + ": its table '" + layer.table()
                        + "' lacks the column '" + Layer.FID + "' or '" + Layer.GEOMETRY + "'");
            }
        }
        if (!tableExists("gpkg_metadata") || !tableExists("gpkg_metadata_reference")) {
            throw new GeoPackageWriteException("Cannot append to " + out + ": it has no gpkg_metadata tables");
        }
    }

    /**
     * Files written before the paths were MULTILINESTRING (split at the antimeridian) declare LINESTRING: their
     * movements are converted, so that each column holds one type, and the declaration follows. Flows are computed
     * again from the movements when the writer closes.
     */
    private void upgradeLineLayers() throws SQLException {
        for (Layer layer : List.of(Layer.MOVEMENTS, Layer.FLOWS)) {
            String declared;
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = ?")) {
                st.setString(1, layer.table());
                try (ResultSet rs = st.executeQuery()) {
                    declared = rs.next() ? rs.getString(1) : null;
                }
            }
            if (!"LINESTRING".equalsIgnoreCase(declared)) {
                continue;
            }
            if (layer == Layer.MOVEMENTS) {
                Map<Long, byte[]> converted = new HashMap<>();
                try (Statement st = connection.createStatement();
                     ResultSet rs = st.executeQuery("SELECT fid, geom FROM movements WHERE geom IS NOT NULL")) {
                    while (rs.next()) {
                        converted.put(rs.getLong(1), GeometryBlobs.encode(Antimeridian.split(GeometryBlobs.readLine(rs.getBytes(2)))));
                    }
                }
                try (PreparedStatement st = connection.prepareStatement(
                        "UPDATE movements SET geom = ? WHERE fid = ?")) {
                    for (Map.Entry<Long, byte[]> e : converted.entrySet()) {
                        st.setBytes(1, e.getValue());
                        st.setLong(2, e.getKey());
                        st.executeUpdate();
                    }
                }
            }
            try (PreparedStatement st = connection.prepareStatement(
                    "UPDATE gpkg_geometry_columns SET geometry_type_name = 'MULTILINESTRING' WHERE table_name = ?")) {
                st.setString(1, layer.table());
                st.executeUpdate();
            }
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void loadKnownDocumentsAndPlaces() throws SQLException {
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT doc_id, sha256 FROM documents")) {
                while (rs.next()) {
                    sha256ByDocId.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT geonameid FROM places")) {
                while (rs.next()) {
                    placeIds.add(rs.getLong(1));
                }
            }
        }
    }

    // ---- adding

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("This GeoPackage writer for " + out + " is "
                    + state.name().toLowerCase(Locale.ROOT) + "; it cannot take more documents");
        }
    }

    private void deleteDocument(String docId) throws SQLException {
        for (Layer layer : List.of(Layer.DOCUMENTS, Layer.MENTIONS, Layer.MOVEMENTS)) {
            try (PreparedStatement st = connection.prepareStatement(
                    "DELETE FROM " + Layer.quote(layer.table()) + " WHERE doc_id = ?")) {
                st.setString(1, docId);
                st.executeUpdate();
            }
        }
    }

    /** Adds the rows to their layer's batch; places are written with zero counts, summed when closing. */
    private void insert(List<Row> rows) throws SQLException {
        for (Row row : rows) {
            PreparedStatement st = inserts.get(row.layer());
            GeoPackageLayers.bind(st, row);
            st.addBatch();
        }
    }

    // ---- closing

    private void finish() throws SQLException {
        for (PreparedStatement st : inserts.values()) {
            st.close();
        }
        inserts.clear();
        Aggregates.refresh(connection);
        for (Layer layer : Layer.withGeometry()) {
            SpatialIndex.build(geoPackage, connection, layer);
        }
        for (Layer layer : Layer.values()) {
            ContentsEntry.refresh(connection, layer);
        }
        Provenance.write(connection);
        styles.write(connection);
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA application_id = " + APPLICATION_ID);
            st.execute("PRAGMA user_version = " + USER_VERSION);
        }
        geoPackage.close();
    }

    private void publish() throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        if (mode == WriteMode.CREATE && Files.exists(out)) {
            throw new GeoPackageWriteException("The output file " + out + " appeared while it was being written");
        }
        try {
            Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
        }
        TemporaryFile.moved(temp);
        syncDirectory(out.getParent());
    }

    /** Makes the rename durable where the platform allows opening a directory; elsewhere it is best effort. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on every platform; the file itself is already on disk.
        }
    }

    private void discard() {
        for (PreparedStatement st : inserts.values()) {
            try {
                st.close();
            } catch (SQLException e) {
                // going away anyway
            }
        }
        inserts.clear();
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // going away anyway
        }
        closeQuietly(geoPackage);
        TemporaryFile.delete(temp, true);
        lock.close();
    }

    private static void closeQuietly(GeoPackage geoPackage) {
        try {
            geoPackage.close();
        } catch (RuntimeException e) {
            // already closed, or the file is being deleted anyway
        }
    }
}
