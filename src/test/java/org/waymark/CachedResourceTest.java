package org.waymark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** A resource in a jar (sqlite-jdbc's native library, from its jar on the test class path) kept as a file. */
class CachedResourceTest {
    private static final String RESOURCE = LibraryLoaderUtil.getNativeLibResourcePath() + "/"
            + LibraryLoaderUtil.getNativeLibName();

    @TempDir
    Path dir;

    private static byte[] jarBytes() throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    @Test
    void writesTheResourceOnceUnderItsChecksumAndKeepsIt() throws IOException {
        byte[] bytes = jarBytes();
        Path folder = dir.resolve("cache/native");
        Path kept = CachedResource.file(SQLiteJDBCLoader.class, RESOURCE, folder, "lib.so");
        assertEquals(folder.resolve(String.format("lib-%08x-%d.so", crc(bytes), bytes.length)), kept);
        assertArrayEquals(bytes, Files.readAllBytes(kept));
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(kept, old);
        assertEquals(kept, CachedResource.file(SQLiteJDBCLoader.class, RESOURCE, folder, "lib.so"));
        assertEquals(old, Files.getLastModifiedTime(kept), "an intact copy is not written again");
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void replacesADamagedCopy() throws IOException {
        byte[] bytes = jarBytes();
        Path kept = CachedResource.file(SQLiteJDBCLoader.class, RESOURCE, dir, "lib.so");
        byte[] damaged = bytes.clone();
        damaged[damaged.length / 2] ^= 1;
        Files.write(kept, damaged);
        assertEquals(kept, CachedResource.file(SQLiteJDBCLoader.class, RESOURCE, dir, "lib.so"));
        assertArrayEquals(bytes, Files.readAllBytes(kept));
    }

    @Test
    void aMissingResourceKeepsNothing() throws IOException {
        assertNull(CachedResource.file(SQLiteJDBCLoader.class, "/org/sqlite/native/Nowhere/none.so", dir, "none.so"));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aResourceInAFolderIsItsOwnFile() throws IOException {
        Path own = CachedResource.file(CachedResourceTest.class, "CachedResourceTest.class", dir, "x.class");
        assertTrue(Files.isRegularFile(own));
        assertEquals("CachedResourceTest.class", own.getFileName().toString());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing copied");
        }
    }

    @Test
    void theChecksumIsOfTheWholeFile() throws IOException {
        byte[] bytes = jarBytes();
        Path file = Files.write(dir.resolve("f"), bytes);
        assertEquals(crc(bytes), CachedResource.crc(file));
        assertEquals("a-0000001f-300.b", CachedResource.named("a.b", 0x1f, 300));
        assertEquals("noext-00000000-0", CachedResource.named("noext", 0, 0));
    }
}
