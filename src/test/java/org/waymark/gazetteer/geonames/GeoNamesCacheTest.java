package org.waymark.gazetteer.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesCacheTest {

    @TempDir
    Path dir;

    @Test
    void answersSurviveReopeningAndClearKeepsTheCreditLedger() {
        Instant received = Instant.parse("2025-03-01T10:00:00Z");
        try (GeoNamesCache cache = GeoNamesCache.open(dir.resolve("nested/cache"))) {
            cache.put("searchJSON?name_equals=Nice", "{\"geonames\":[]}", received);
            cache.put("searchJSON?name_equals=Nice", "{\"geonames\":[{}]}", received.plusSeconds(5));
            cache.recordCreditSpent(received);
            cache.recordCreditSpent(received.plusSeconds(5));
            assertEquals(1, cache.size());
        }
        try (GeoNamesCache cache = GeoNamesCache.open(dir.resolve("nested/cache"))) {
            GeoNamesCache.Entry entry = cache.get("searchJSON?name_equals=Nice").orElseThrow();
            assertEquals("{\"geonames\":[{}]}", entry.body());
            assertEquals(received.plusSeconds(5), entry.receivedAt());
            assertTrue(cache.get("searchJSON?name_equals=Nizza").isEmpty());

            cache.clear();

            assertEquals(0, cache.size());
            assertEquals(List.of(received.plusSeconds(5)), cache.creditsSpentSince(received.plusSeconds(1)));
            assertEquals(List.of(received.plusSeconds(5)), cache.creditsSpentSince(received),
                    "credits older than the window are dropped");
        }
    }

    @Test
    void anUnusableDirectoryIsReportedClearly() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> GeoNamesCache.open(file));

        assertTrue(e.getMessage().contains("not-a-directory"), e.getMessage());
    }

    @Test
    void theDefaultDirectoryIsUnderTheUsersCache() {
        Path d = GeoNamesCache.defaultDirectory();
        assertTrue(d.endsWith(Path.of("waymark", "geonames")), d.toString());
    }
}
