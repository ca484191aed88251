package org.waymark.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.waymark.SharedData;

/** The shared GeoNames dumps and one index built from them per test JVM (building takes seconds). */
final class TestData {
    private static Path builtIndex;

    private TestData() {
    }

    /** The GeoNames dumps in ../shared (a test that reads them says {@code @SharedData.Needs("data/geonames")}). */
    static Path geonamesDir() {
        return SharedData.path("data/geonames");
    }

    static synchronized Path builtIndex() {
        if (builtIndex == null) {
            try {
                Path dir = Files.createTempDirectory("waymark-gaz");
                dir.toFile().deleteOnExit();
                Path out = dir.resolve("geonames.idx");
                long t0 = System.nanoTime();
                GazetteerBuilder.Summary s = GazetteerBuilder.build(geonamesDir(), out);
                System.out.printf("built %s from %s: %d places, %d names, %.1f MB in %.1f s%n", out, s.dump(),
                        s.places(), s.names(), s.bytes() / 1e6, (System.nanoTime() - t0) / 1e9);
                out.toFile().deleteOnExit();
                builtIndex = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builtIndex;
    }
}
