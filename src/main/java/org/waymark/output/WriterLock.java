package org.waymark.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The one writer of an output file at a time: an exclusive lock on the hidden, empty file {@code .NAME.lock} beside
 * it, held from before the writer reads the old file until the new one has replaced it. A second writer of the same
 * file, in another process, waits for the first to finish (and says so); the lock is the operating system's, so it
 * goes with its process however that ends.
 *
 * <p>The lock file stays when the writer is done. Deleting it would let a writer that waited on it go on with a
 * file nobody else sees while a third locks a new one; and it cannot be checked from the same process without
 * losing the lock (POSIX drops a process's locks on a file when any of its descriptors of that file is closed).
 */
final class WriterLock implements AutoCloseable {

    private final FileChannel channel;

    private WriterLock(FileChannel channel) {
        this.channel = channel;
    }

    /** The lock file of {@code target}. */
    static Path pathFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code target}, waiting as long as another process holds it; {@code waiting} hears one line
     * before the wait.
     *
     * @throws GeoPackageWriteException when the lock file cannot be made or another writer in this JVM holds it
     */
    static WriterLock acquire(Path target, Consumer<String> waiting) {
        Path file = pathFor(target);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                waiting.accept("waymark: waiting for another writer of " + target + " to finish (lock " + file + ")");
                channel.lock();   // blocks until the other writer lets go
            }
            return new WriterLock(channel);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new GeoPackageWriteException("Another writer in this process is writing " + target, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new GeoPackageWriteException("Cannot lock " + target + " for writing (" + file + "): "
                    + IoMessages.describe(e), e);
        }
    }

    /** Lets the lock go (closing the channel releases it). Idempotent. */
    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing held any more
        }
    }
}
