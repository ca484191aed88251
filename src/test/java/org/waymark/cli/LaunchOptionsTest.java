package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script's options file, written and read here as {@code java @file} reads it. */
class LaunchOptionsTest {
    @TempDir
    Path dir;

    /** The arguments of an argument file, as the java launcher reads them: comments out, quotes and escapes undone. */
    private static List<String> arguments(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            assertTrue(line.startsWith("\"") && line.endsWith("\""), line);
            out.add(line.substring(1, line.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return out;
    }

    @Test
    void theFileSitsBesideTheJarUnderItsName() {
        assertEquals(dir.resolve("waymark.launch"), LaunchOptions.file(dir.resolve("waymark.jar")));
    }

    @Test
    void itGivesTheOptionsOfAShortMapTheArchiveAndTheMark() {
        Path archive = dir.resolve("a folder with \"quotes\" and \\ back").resolve("waymark.jsa");
        List<String> args = arguments(LaunchOptions.text(archive));
        List<String> expected = new ArrayList<>(JvmOptions.of(List.of("map"), Map.of()).options());
        expected.add("-XX:SharedArchiveFile=" + archive);
        expected.add("-Xlog:cds=off");
        expected.add("-D" + LaunchOptions.STARTED + "=short-map");
        assertEquals(expected, args);
        assertTrue(args.contains("-XX:TieredStopAtLevel=1"), "a short map: the quick compiler only");
    }

    @Test
    void itIsWrittenWhenMissingOrOlderThanTheArchiveAndKeptOtherwise() throws IOException {
        Path jar = Files.writeString(dir.resolve("waymark.jar"), "jar");
        Path archive = Files.writeString(dir.resolve("waymark.jsa"), "archive");
        Path file = LaunchOptions.file(jar);
        LaunchOptions.writeIfStale(jar, archive);
        assertEquals(LaunchOptions.text(archive), Files.readString(file));

        Files.writeString(file, "# kept");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 10_000));
        LaunchOptions.writeIfStale(jar, archive);
        assertEquals("# kept", Files.readString(file), "newer than the archive: kept");

        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 10_000));
        LaunchOptions.writeIfStale(jar, archive);
        assertEquals(LaunchOptions.text(archive), Files.readString(file), "older than a new archive: written again");
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file left");
        }
    }

    @Test
    void aJvmStartedWithTheFileKnowsWhichOptionsItHas() {
        String before = System.getProperty(LaunchOptions.STARTED);
        try {
            System.clearProperty(LaunchOptions.STARTED);
            assertFalse(LaunchOptions.started());
            assertFalse(LaunchOptions.startedWith(JvmOptions.shortMap()));
            System.setProperty(LaunchOptions.STARTED, "short-map");
            assertTrue(LaunchOptions.started());
            assertTrue(LaunchOptions.startedWith(JvmOptions.of(List.of("map", "missing.jsonl", "-o", "x.gpkg"),
                    Map.of())));
            assertFalse(LaunchOptions.startedWith(JvmOptions.of(List.of("map", "x.jsonl"),
                    Map.of("WAYMARK_JAVA_EXTRA", "-Xss2m"))), "other options wanted");
        } finally {
            if (before == null) {
                System.clearProperty(LaunchOptions.STARTED);
            } else {
                System.setProperty(LaunchOptions.STARTED, before);
            }
        }
    }
}
