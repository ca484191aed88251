package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM options chosen from a command line, on files made here. */
class JvmOptionsTest {
    @TempDir
    Path dir;

    private Path fileOf(String name, long bytes) throws IOException {
        Path f = dir.resolve(name);
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(bytes);
        }
        return f;
    }

    private static List<String> options(Map<String, String> env, String... args) {
        return JvmOptions.of(List.of(args), env).options();
    }

    @Test
    void aSmallMapGetsTheFixedHeapAndTheQuickCompilerOnly() throws IOException {
        Path in = fileOf("news.jsonl", 200_000);
        assertEquals(List.of("-Xms1g", "-Xmx1g", "-Xmn300m", "-XX:MaxTenuringThreshold=0",
                "-XX:+UseParallelGC", "-XX:+UseTransparentHugePages",
                "-XX:-DontCompileHugeMethods", "-XX:TieredStopAtLevel=1"),
                options(Map.of(), "map", in.toString(), "-o", dir.resolve("out.gpkg").toString()));
    }

    @Test
    void aLargeInputKeepsTheOptimisingCompiler() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("feed"));
        Path a = fileOf("feed/a.txt", 3_000_000);
        fileOf("feed/b.txt", 3_000_000);
        assertFalse(options(Map.of(), "map", folder.toString(), "-o", "x.gpkg").contains("-XX:TieredStopAtLevel=1"),
                "6 MB in a folder");
        assertTrue(options(Map.of(), "map", a.toString(), "-o", "x.gpkg").contains("-XX:TieredStopAtLevel=1"),
                "3 MB");
    }

    @Test
    void optionValuesAreNoInput() throws IOException {
        Path big = fileOf("old.gpkg", 50_000_000);
        Path in = fileOf("in.txt", 1_000);
        assertEquals(1_000, JvmOptions.inputBytes(List.of("map", in.toString(), "-o", big.toString(),
                "--qgis-project", big.toString(), "--threads", "2")));
        // a number that names a file too
        assertEquals(1_000, JvmOptions.inputBytes(List.of("map", in.toString(), "-o", "x.gpkg",
                "--sentence-memo", big.toString())));
    }

    @Test
    void buildingAGazetteerGetsALargerHeapMappingOneDoesNot() {
        // a built index is mapped outside the heap: the same heap as the embedded one
        assertEquals("-Xms1g", options(Map.of(), "map", "x", "-o", "y", "--gazetteer", "g.idx").get(0));
        assertEquals("-Xms1g", options(Map.of(), "map", "x", "-o", "y", "--gazetteer=g.idx").get(0));
        assertEquals("-Xmx2g", options(Map.of(), "gazetteer", "build", "dumps", "-o", "g.idx").get(0));
    }

    @Test
    void theEnvironmentReplacesOrExtends() {
        assertEquals(List.of("-Xmx4g", "-XX:+UseG1GC"),
                options(Map.of("WAYMARK_JAVA_OPTS", " -Xmx4g  -XX:+UseG1GC "), "map", "x", "-o", "y"));
        List<String> extended = options(Map.of("WAYMARK_JAVA_EXTRA", "-XX:StartFlightRecording"), "eval", "c.xml");
        assertEquals(List.of("-Xms1g", "-Xmx1g", "-Xmn300m", "-XX:MaxTenuringThreshold=0",
                "-XX:+UseParallelGC", "-XX:+UseTransparentHugePages",
                "-XX:-DontCompileHugeMethods", "-XX:StartFlightRecording"),
                extended);
    }
}
