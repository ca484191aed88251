package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
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
        progress.done(Path.of("out.gpkg"), 2, 0, 5, 4, 1);
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

    private List<String> lines() {
        return new ArrayList<>(List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R")));
    }

    private static JsonNode json(String line) throws Exception {
        return new ObjectMapper().readTree(line);
    }
}
