package org.waymark.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.waymark.output.GeoPackageFile;

/** Reads which feature tables a GeoPackage file holds, before anything is sent to a server. */
final class GeoPackageTables {

    private GeoPackageTables() {
    }

    /** Names of the feature tables, in table-name order. */
    static List<String> featureTables(Path geoPackage) throws PublishException {
        if (!Files.isRegularFile(geoPackage)) {
            throw new PublishException("GeoPackage " + geoPackage + " does not exist or is not a file");
        }
        checkNoUnsavedChanges(geoPackage);
        try (GeoPackageFile file = GeoPackageFile.open(geoPackage, PublishException::new)) {
            return file.featureTables().stream().map(GeoPackageFile.FeatureTable::name).toList();
        } catch (SQLException e) {
            throw new PublishException("cannot read " + geoPackage + ": " + e.getMessage(), e);
        }
    }

    /** Only the main file is uploaded: rows still in a write-ahead log would silently be missing. */
    private static void checkNoUnsavedChanges(Path geoPackage) throws PublishException {
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
