package org.waymark;

import java.nio.file.Path;

/** Where Waymark keeps what later runs reuse: {@code $XDG_CACHE_HOME/waymark}, or {@code ~/.cache/waymark}. */
public final class CacheHome {
    private CacheHome() {
    }

    /** The folder {@code name} of Waymark's cache (not created). */
    public static Path folder(String name) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("waymark").resolve(name);
    }
}
