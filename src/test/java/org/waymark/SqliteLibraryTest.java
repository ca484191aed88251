package org.waymark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteLibraryTest {
    private static final String RESOURCE = LibraryLoaderUtil.getNativeLibResourcePath() + "/"
            + LibraryLoaderUtil.getNativeLibName();

    @TempDir
    Path dir;

    private static byte[] jarBytes() throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void writesTheLibraryOnceAndKeepsIt() throws IOException {
        Path folder = dir.resolve("cache/native");
        Path kept = SqliteLibrary.keep(RESOURCE, folder, "lib.so");
        assertEquals(folder.resolve("lib.so"), kept);
        assertArrayEquals(jarBytes(), Files.readAllBytes(kept));
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(kept, old);
        SqliteLibrary.keep(RESOURCE, folder, "lib.so");
        assertEquals(old, Files.getLastModifiedTime(kept), "the same bytes are not written again");
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void replacesADamagedCopy() throws IOException {
        byte[] bytes = jarBytes();
        Path file = dir.resolve("lib.so");
        byte[] damaged = bytes.clone();
        damaged[damaged.length / 2] ^= 1;
        Files.write(file, damaged);
        SqliteLibrary.keep(RESOURCE, dir, "lib.so");
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aMissingResourceKeepsNothing() throws IOException {
        assertNull(SqliteLibrary.keep("/org/sqlite/native/Nowhere/none.so", dir, "none.so"));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
