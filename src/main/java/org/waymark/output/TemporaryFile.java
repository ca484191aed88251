package org.waymark.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/**
 * A file written beside its target under a hidden, unique name, so that a reader never sees half a file and a
 * failed write leaves the target as it was.
 */
final class TemporaryFile {

    private static final List<String> SQLITE_SIDECARS = List.of("-journal", "-wal", "-shm");

    private TemporaryFile() {
    }

    /** {@code .NAME.<random>SUFFIX} in the target's folder, so that the final move stays on one file system. */
    static Path beside(Path target, String suffix) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + suffix);
    }

    /** Moves a complete temporary file over its target, atomically where the file system can. */
    static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes a temporary file, and with {@code sqlite} the journal, WAL and shared-memory files SQLite may have
     * left beside it. Best effort: this runs while another failure is being reported, which must not be masked, and a
     * hidden leftover is harmless.
     */
    static void delete(Path temp, boolean sqlite) {
        deleteQuietly(temp);
        if (sqlite) {
            SQLITE_SIDECARS.forEach(suffix -> deleteQuietly(temp.resolveSibling(temp.getFileName() + suffix)));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // see delete(): nothing better to do here
        }
    }
}
