package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredModelsTest {

    @Test
    void theModelsAreStoredAndEveryEntryKeepsItsBytesAndPlace(@TempDir Path dir) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: org.waymark.cli.Main\n\n".getBytes());
        entries.put("org/waymark/nlp/", new byte[0]);
        Random random = new Random(7);
        for (String model : StoredModels.ENTRIES) {
            byte[] bytes = new byte[200_000];
            random.nextBytes(bytes);
            entries.put(model, bytes);
        }
        entries.put("org/waymark/gazetteer/embedded.idx", "the index stays deflated ".repeat(1000).getBytes());
        entries.put("org/waymark/cli/Main.class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
        Path jar = dir.resolve("waymark.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }

        StoredModels.store(jar);

        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            z.stream().forEach(e -> names.add(e.getName()));
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = z.getEntry(e.getKey());
                int method = StoredModels.ENTRIES.contains(e.getKey()) ? ZipEntry.STORED : ZipEntry.DEFLATED;
                assertEquals(method, entry.getMethod(), e.getKey());
                try (var in = z.getInputStream(entry)) {
                    assertArrayEquals(e.getValue(), in.readAllBytes(), e.getKey());
                }
            }
        }
        assertEquals(List.copyOf(entries.keySet()), names);
        try (JarFile j = new JarFile(jar.toFile())) {
            assertEquals("org.waymark.cli.Main", j.getManifest().getMainAttributes().getValue("Main-Class"));
        }
        assertEquals(List.of("waymark.jar"), Files.list(dir).map(p -> p.getFileName().toString()).toList(),
                "no temporary file left");
    }

    @Test
    void aJarThatCannotBeReadIsLeftAsItWas(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("waymark.jar");
        try (OutputStream out = Files.newOutputStream(jar)) {
            out.write("not a zip".getBytes());
        }
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> StoredModels.store(jar));
        assertEquals("not a zip", Files.readString(jar));
        assertEquals(1, Files.list(dir).count(), "no temporary file left");
    }
}
