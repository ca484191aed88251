package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.gazetteer.DumpServer;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.gazetteer.MadeUpDump;

/** {@code waymark gazetteer download} as a user runs it, against a download server on 127.0.0.1. */
class GazetteerDownloadCommandTest {

    /** Runs waymark with the arguments; returns the exit code and, after it, what went to stderr. */
    private static List<String> run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int code;
        try {
            System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setErr(saved);
        }
        return List.of(Integer.toString(code), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void downloadsChecksAndBuildsTheIndexThatMapReads(@TempDir Path dir) throws IOException {
        try (DumpServer server = new DumpServer(MadeUpDump.files())) {
            Path index = dir.resolve("made-up.idx");
            List<String> result = run("gazetteer", "download", "--base-url", server.base().toString(), "--dir",
                    dir.resolve("geonames").toString(), "-o", index.toString());
            assertEquals("0", result.get(0), result.get(1));
            String err = result.get(1);
            assertTrue(err.contains("cities500.zip: complete, CRC checked"), err);
            long zip = Files.size(dir.resolve("geonames/cities500.zip"));
            assertTrue(err.contains("cities500.zip: " + DownloadBar.size(zip) + "\n"), err);
            assertTrue(DownloadBar.size(zip).endsWith(" KB"), "a small zip in kilobytes: " + DownloadBar.size(zip));
            assertTrue(err.contains("5 files fetched, 0 already there"), err);
            assertTrue(err.contains("wrote " + index + ": "), err);
            assertTrue(GeoNamesIndex.load(index).candidates("Quillamoor").stream()
                    .anyMatch(p -> p.geonameid() == MadeUpDump.TOWN));
        }
    }

    @Test
    void aFailureIsOneLineAndExitCodeTwo(@TempDir Path dir) throws IOException {
        try (DumpServer server = new DumpServer(MadeUpDump.files())) {
            server.files().remove("countryInfo.txt");
            List<String> result = run("gazetteer", "download", "-q", "--base-url", server.base().toString(), "--dir",
                    dir.toString(), "-o", dir.resolve("x.idx").toString());
            assertEquals("2", result.get(0));
            assertEquals("waymark: " + server.base() + "countryInfo.txt: not found on the server (HTTP 404)",
                    result.get(1).strip());
            assertFalse(Files.exists(dir.resolve("x.idx")));
        }
    }
}
