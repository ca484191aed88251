package org.waymark;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * A resource of the jar as a file, for what only a file will do: a native library to load, an index to map into
 * memory instead of reading it onto the heap. A resource in a folder (the build's class tree: tests, an IDE) is its
 * own file. One in a jar is written once into a folder of Waymark's cache ({@link CacheHome}), under a name that
 * holds the CRC-32 and the size the jar lists for it, and checked against that CRC at each use: a copy that a crash or
 * a disk damaged is written again, and copies of different builds sit side by side. The copy is written under a
 * temporary name and moved into place, so that no run meets a partial one.
 */
public final class CachedResource {
    private CachedResource() {
    }

    /**
     * The file of {@code owner}'s resource {@code resource}: its own, or the copy named {@code name} (with the CRC
     * and size put before its extension) in {@code folder}, written there if it is not there intact; null when there
     * is no such resource, or it is neither in a folder nor in a jar.
     *
     * @throws IOException when the copy cannot be written or read
     */
    public static Path file(Class<?> owner, String resource, Path folder, String name) throws IOException {
        URL url = owner.getResource(resource);
        if (url == null) {
            return null;
        }
        if (url.getProtocol().equals("file")) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }
        if (!url.getProtocol().equals("jar")) {
            return null;
        }
        JarEntry entry = ((JarURLConnection) url.openConnection()).getJarEntry();
        long size = entry.getSize();
        long crc = entry.getCrc();
        if (size < 0 || crc < 0) {
            return null;
        }
        Path file = folder.resolve(named(name, crc, size));
        if (Files.isRegularFile(file) && Files.size(file) == size && crc(file) == crc) {
            return file;
        }
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            try (InputStream in = url.openStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (crc(temp) != crc) {
                throw new IOException("the copy of " + resource + " differs from the jar's");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return file;
    }

    /** {@code lib.so} with CRC 0x1f and 300 bytes: {@code lib-0000001f-300.so}. */
    static String named(String name, long crc, long size) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        return String.format("%s-%08x-%d%s", stem, crc, size, extension);
    }

    /** The CRC-32 of a file's bytes, read mapped (the checksum runs on the mapped pages). */
    static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            for (long at = 0; at < size; at += Integer.MAX_VALUE) {
                MappedByteBuffer part = channel.map(FileChannel.MapMode.READ_ONLY, at,
                        Math.min(Integer.MAX_VALUE, size - at));
                crc.update(part);
            }
        }
        return crc.getValue();
    }
}
