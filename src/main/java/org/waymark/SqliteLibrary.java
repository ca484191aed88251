package org.waymark;

import java.io.IOException;
import java.nio.file.Path;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept in Waymark's cache folder for sqlite-jdbc to load from there; whatever opens an
 * SQLite database (a GeoPackage written or read, the GeoNames cache) calls {@link #prepare()} first. Left to itself,
 * sqlite-jdbc copies the library (1 MB) out of the jar into the temporary folder at every start, then reads the copy
 * and the jar's entry back a byte at a time to compare them: 0.1-0.2 s of every run's start, on the thread that
 * opens the first database, and a copy left in the temporary folder by every run that is killed. Here the library is
 * written once ({@link CachedResource}), under a name that says its sqlite-jdbc version, platform and checksum, and
 * checked against the jar's checksum at each start (a millisecond). Anything amiss (no cache folder, a read-only
 * disk, a library that will not load) leaves sqlite-jdbc to its own way.
 */
public final class SqliteLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static boolean prepared;

    private SqliteLibrary() {
    }

    /** Points sqlite-jdbc at the library in the cache folder, once per JVM, before its first connection. */
    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        String name = "sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + resource.replace('/', '-');
        try {
            Path kept = CachedResource.file(SQLiteJDBCLoader.class, resource, CacheHome.folder("native"), name);
            if (kept != null) {
                System.setProperty(PATH_PROPERTY, kept.getParent().toString());
                System.setProperty(NAME_PROPERTY, kept.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            // sqlite-jdbc extracts its library itself
        }
    }
}
