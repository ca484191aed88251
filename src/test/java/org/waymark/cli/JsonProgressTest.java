package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.text.Document;

/** {@code map --progress json}: every progress line is one JSON object; messages stay plain lines between them. */
class JsonProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void knownTotal() throws Exception {
        JsonProgress progress = new JsonProgress(err, OptionalLong.of(2), () -> Double.NaN);
        progress.advance(new Document("a", "Text \"quoted\"", null, "dir/a.txt", null));
        progress.message("waymark: skipped dir/b.bin: binary");
        progress.advance(new Document("c", "Text", null, "dir/c.txt", null));
        progress.done(Path.of("out.gpkg").toAbsolutePath().toString(), 2, 0, 5, 4, 1);
        progress.close();
        List<String> lines = lines();
        assertEquals(5, lines.size(), String.join("\n", lines));
        JsonNode start = json(lines.get(0));
        assertEquals("start", start.get("event").asText());
        assertEquals(2, start.get("total").asLong());
        JsonNode first = json(lines.get(1));
        assertEquals("document", first.get("event").asText());
        assertEquals(1, first.get("done").asLong());
        assertEquals(0.5, first.get("fraction").asDouble());
        assertEquals("a", first.get("doc").asText());
        assertEquals("dir/a.txt", first.get("source").asText());
        assertEquals("waymark: skipped dir/b.bin: binary", lines.get(2));
        assertEquals(1.0, json(lines.get(3)).get("fraction").asDouble());
        JsonNode done = json(lines.get(4));
        assertEquals("done", done.get("event").asText());
        assertEquals(5, done.get("mentions").asLong());
        assertEquals(Path.of("out.gpkg").toAbsolutePath().toString(), done.get("output").asText());
    }

    @Test
    void unknownTotalGivesTheShareRead() throws Exception {
        JsonProgress progress = new JsonProgress(err, OptionalLong.empty(), () -> 0.25);
        progress.advance(Document.of("x", "Text"));
        List<String> lines = lines();
        assertEquals(true, json(lines.get(0)).get("total").isNull());
        assertEquals(0.25, json(lines.get(1)).get("fraction").asDouble());
    }

    /** The whole command: one JSON line per document, the input problem as a plain line, and the counts. */
    @Test
    void mapWritesJsonLines(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Troops withdrawn from Syria were later deployed to Libya.");
        Files.writeString(dir.resolve("b.txt"), "Thousands fled Sudan to Chad.");
        Files.write(dir.resolve("c.txt"), new byte[]{0, 1, 2});
        PrintStream saved = System.err;
        int code;
        try {
            System.setErr(err);
            code = Main.run("map", dir.toString(), "-o", dir.resolve("out.gpkg").toString(), "--progress", "json",
                    "--offline", "--quiet");
        } finally {
            System.setErr(saved);
        }
        assertEquals(1, code);
        List<JsonNode> events = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String line : lines()) {
            if (line.startsWith("{")) {
                events.add(json(line));
            } else {
                plain.add(line);
            }
        }
        assertEquals(List.of("start", "document", "document", "done"),
                events.stream().map(e -> e.get("event").asText()).toList(), String.join("\n", lines()));
        assertEquals(List.of("a", "b"), events.subList(1, 3).stream().map(e -> e.get("doc").asText()).toList());
        assertEquals(2, events.get(3).get("documents").asLong());
        assertTrue(plain.stream().anyMatch(l -> l.startsWith("waymark: skipped ") && l.contains("c.txt")), plain.toString());
    }

    private List<String> lines() {
        return new ArrayList<>(List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R")));
    }

    private static JsonNode json(String line) throws Exception {
        return new ObjectMapper().readTree(line);
    }
}
