package org.waymark.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file written beside its target under a hidden, unique name, so that a reader never sees half a file and a
 * failed write leaves the target as it was.
 *
 * <p>The name holds the id of the process that writes it, {@code .NAME.<pid>.<uuid>SUFFIX}. Every exit the JVM
 * sees (a normal end, an exception, Ctrl-C, SIGTERM) deletes the temporary files still open, through a shutdown
 * hook; what a process that was killed outright (SIGKILL, a power cut) left behind is deleted by the next one that
 * writes beside the same target, once no process with that id exists.
 */
final class TemporaryFile {

    private static final List<String> SQLITE_SIDECARS = List.of("-journal", "-wal", "-shm");
    /** The temporary files of this process that are not moved or deleted yet, and whether they are SQLite files. */
    private static final Map<Path, Boolean> LIVE = new ConcurrentHashMap<>();

    /** Held while a temporary file is made and set up, and by the exit while it deletes them. */
    private static final Object MAKING = new Object();
    /** Whether the exit has begun; guarded by {@link #MAKING}. */
    private static boolean exiting;

    static {
        Thread hook = new Thread(() -> {
            synchronized (MAKING) {
                exiting = true;
                LIVE.forEach(TemporaryFile::deleteFiles);
            }
        }, "waymark-temporary-files");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * The lock to hold from {@link #beside} until the new file is set up (created, opened, its tables made): the
     * exit's deletion waits for the set-up, so that no half-made file appears after it.
     */
    static Object making() {
        return MAKING;
    }

    private TemporaryFile() {
    }

    /**
     * {@code .NAME.<pid>.<random>SUFFIX} in the target's folder, so that the final move stays on one file system.
     * Also deletes the temporary files of the same target and suffix that processes which no longer run left there.
     * The file is deleted when the JVM exits unless it was moved ({@link #moveOver}, {@link #moved}) or deleted first.
     */
    static Path beside(Path target, String suffix) {
        synchronized (MAKING) {
            if (exiting) {
                throw new IllegalStateException("Waymark is stopping: no new file beside " + target);
            }
        }
        removeStale(target, suffix);
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + UUID.randomUUID() + suffix);
        LIVE.put(temp, suffix.endsWith(".gpkg"));
        return temp;
    }

    /**
     * Deletes {@code .NAME.<pid>.<uuid>SUFFIX} files (and their SQLite sidecars) beside {@code target} whose process
     * no longer exists. Best effort: a file that cannot be listed or deleted stays.
     */
    static void removeStale(Path target, String suffix) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        Pattern stale = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
                + "\\.(\\d{1,19})\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                + Pattern.quote(suffix) + "(-journal|-wal|-shm)?");
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + globQuote(target) + ".*")) {
            for (Path file : files) {
                Matcher m = stale.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != self && ProcessHandle.of(pid).isEmpty()) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort, see above
        }
    }

    private static String globQuote(Path target) {
        return target.getFileName().toString().replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /** Moves a complete temporary file over its target, atomically where the file system can. */
    static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        moved(temp);
    }

    /** Tells that a temporary file has become its target: the exit no longer deletes it. */
    static void moved(Path temp) {
        LIVE.remove(temp);
    }

    /**
     * Deletes a temporary file, and with {@code sqlite} the journal, WAL and shared-memory files SQLite may have
     * left beside it. Best effort: this runs while another failure is being reported, which must not be masked, and a
     * hidden leftover is harmless.
     */
    static void delete(Path temp, boolean sqlite) {
        deleteFiles(temp, sqlite);
        LIVE.remove(temp);
    }

    private static void deleteFiles(Path temp, boolean sqlite) {
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
