package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.LongText;
import org.waymark.text.Document;

/**
 * Big documents in the launcher's heap (1 GB), in a run of their own JVM: a 6 MB report (which the pipeline before
 * windows ended in "OutOfMemoryError: GC overhead limit exceeded" and a stack trace) and a text without a single
 * sentence break are mapped with every offset exact, and the short articles of the same run are kept. The 50 MB
 * case is measured by bench/big-document.sh (bench/README.md).
 */
class BigDocumentTest {

    @TempDir
    Path dir;

    @Test
    void bigDocumentsAreMappedInTheDefaultHeapWithExactOffsets() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<String, String> texts = Map.of(
                "big", LongText.of(3, 6_000_000, 50),
                "line", LongText.of(4, 300_000, 10).replace('\n', ' ').replace(". ", " "),
                "herat", "Buses took 40 families from Herat to Mashhad in Iran on Sunday.\n",
                "zuwara", "Boats left Zuwara for Lampedusa on Friday.\n");
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Files.writeString(in.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
        }
        assertTrue(!texts.get("line").contains(". ") && !texts.get("line").contains("\n"), "no sentence break");
        Path out = dir.resolve("out.gpkg");
        Path log = dir.resolve("map.log");
        assertEquals(0, ChildWaymark.run(log, "map", in.toString(), "-o", out.toString(), "-q"),
                () -> ChildWaymark.log(log));
        assertEquals(List.of(), Files.readAllLines(log), "nothing on stderr");
        assertEquals(List.of("big", "herat", "line", "zuwara"), AppendTest.ids(out));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT doc_id, start, \"end\", surface FROM mentions")) {
            Map<String, Integer> mentions = new TreeMap<>();
            Map<String, Integer> last = new HashMap<>();
            Map<String, int[]> chars = new HashMap<>();
            while (r.next()) {
                String id = r.getString(1);
                String text = texts.get(id);
                int[] at = chars.computeIfAbsent(id, k -> charOffsets(text));
                assertEquals(r.getString(4), text.substring(at[r.getInt(2)], at[r.getInt(3)]),
                        "text[start:end] == surface in " + id);
                mentions.merge(id, 1, Integer::sum);
                last.merge(id, r.getInt(2), Math::max);
            }
            assertTrue(mentions.get("big") > 1000 && mentions.get("line") > 200 && mentions.get("herat") >= 2
                    && mentions.get("zuwara") >= 1, "mentions " + mentions);
            int characters = Document.of("big", texts.get("big")).characters();
            assertTrue(last.get("big") > characters * 0.99, "mentions to the end of the big one: "
                    + last.get("big") + " of " + characters);
        }
    }

    /** The char offset of each code point offset, and of the end. */
    private static int[] charOffsets(String text) {
        int[] at = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            at[cp++] = i;
        }
        at[cp] = text.length();
        return at;
    }
}
