package org.waymark.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import org.waymark.SqliteLibrary;

/**
 * The GeoPackage a new output starts from: Waymark's layers, their descriptions and the GeoPackage's own tables, with
 * no rows. The build writes it into the jar ({@link #main}); a run copies it instead of making the same tables again
 * through the GeoPackage library, which took 0.2 s of CPU at every cold start. Closing an output sets each layer's
 * extent and time of last change ({@link ContentsEntry#refresh}), so nothing of the build's time stays in it.
 */
public final class EmptyGeoPackage {
    /** The copy in the jar, beside this class. */
    static final String RESOURCE = "empty.gpkg";

    private EmptyGeoPackage() {
    }

    /** Build step: {@code EmptyGeoPackage CLASSES_DIR} writes the empty GeoPackage into the class tree. */
    public static void main(String[] args) throws IOException, SQLException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: EmptyGeoPackage CLASSES_DIR");
        }
        Path out = Path.of(args[0], EmptyGeoPackage.class.getPackageName().replace('.', '/'), RESOURCE);
        Files.createDirectories(out.getParent());
        Files.deleteIfExists(out);
        write(out);
    }

    /** Makes the empty GeoPackage at {@code out}, which must not exist. */
    static void write(Path out) throws SQLException {
        SqliteLibrary.prepare();
        GeoPackageManager.create(out.toFile());
        GeoPackage geoPackage = GeoPackageManager.open(out.toFile());
        try {
            GeoPackageWriter.createLayers(geoPackage);
        } finally {
            geoPackage.close();
        }
    }

    /**
     * Puts a new empty GeoPackage at {@code out}, which must not exist: the jar's copy, or one made now where the
     * class path has none (classes compiled by an IDE without the build's step).
     */
    static void create(Path out) throws IOException, SQLException {
        try (InputStream in = EmptyGeoPackage.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Files.copy(in, out);
                return;
            }
        }
        write(out);
    }
}
