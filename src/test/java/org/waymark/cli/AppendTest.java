package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code waymark map --append} run as users run it: two at once, and with documents whose text changed. */
class AppendTest {

    @TempDir
    Path dir;

    @Test
    void twoConcurrentAppendsKeepEveryDocument() throws Exception {
        Path out = dir.resolve("shared.gpkg");
        Path a = ChildWaymark.corpus(dir.resolve("a.jsonl"), "a", 150);
        Path b = ChildWaymark.corpus(dir.resolve("b.jsonl"), "b", 150);
        Process first = ChildWaymark.start(dir.resolve("a.log"), "map", a.toString(), "-o", out.toString(),
                "--append", "-q");
        Process second = ChildWaymark.start(dir.resolve("b.log"), "map", b.toString(), "-o", out.toString(),
                "--append", "-q");
        assertTrue(first.waitFor(5, TimeUnit.MINUTES) && second.waitFor(5, TimeUnit.MINUTES));
        String logs = ChildWaymark.log(dir.resolve("a.log")) + ChildWaymark.log(dir.resolve("b.log"));
        assertEquals(0, first.exitValue(), logs);
        assertEquals(0, second.exitValue(), logs);

        List<String> ids = ids(out);
        assertEquals(300, ids.size(), "every document of both runs is in the file: " + logs);
        assertEquals(150, ids.stream().filter(id -> id.startsWith("a-")).count());
        assertTrue(logs.contains("waymark: waiting for another writer of " + out.toAbsolutePath().normalize()
                + " to finish (lock " + dir.toAbsolutePath().normalize().resolve(".shared.gpkg.lock") + ")"), logs);
        assertEquals(List.of("a.jsonl", "a.log", "b.jsonl", "b.log", "shared.gpkg"),
                ChildWaymark.hidden(dir, ""), "no temporary file left");
    }

    @Test
    void aChangedTextIsSkippedLoudlyOrReplacedWithReplaceChanged() throws Exception {
        Path out = dir.resolve("news.gpkg");
        Path v1 = dir.resolve("v1.jsonl");
        Path v2 = dir.resolve("v2.jsonl");
        Files.writeString(v1, "{\"id\": \"x\", \"text\": \"Buses took families from Herat to Mashhad.\"}\n");
        Files.writeString(v2, "{\"id\": \"x\", \"text\": \"Buses took 40 families from Herat to Mashhad.\"}\n");
        assertEquals(0, ChildWaymark.run(dir.resolve("1.log"), "map", v1.toString(), "-o", out.toString(), "-q"));

        Path log = dir.resolve("2.log");
        assertEquals(1, ChildWaymark.run(log, "map", v2.toString(), "-o", out.toString(), "--append", "-q"),
                ChildWaymark.log(log));
        Path abs = out.toAbsolutePath().normalize();
        assertEquals(List.of("waymark: skipped document x: " + abs + " already holds it with another text; use "
                        + "--replace-changed to replace it",
                "1 input(s) could not be read, mapped or written; see the messages above"), lines(log));
        assertEquals(List.of("x:Buses took families from Herat to Mashhad."), texts(out, v1, v2));

        log = dir.resolve("3.log");
        assertEquals(0, ChildWaymark.run(log, "map", v2.toString(), "-o", out.toString(), "--append",
                "--replace-changed", "-q"), ChildWaymark.log(log));
        assertEquals(List.of("waymark: replaced document x in " + abs + ": its text changed"), lines(log));
        assertEquals(List.of("x:Buses took 40 families from Herat to Mashhad."), texts(out, v1, v2));

        log = dir.resolve("4.log");
        Path qgs = dir.resolve("news.qgs");
        Files.writeString(qgs, "the project of the first run");
        assertEquals(0, ChildWaymark.run(log, "map", v2.toString(), "-o", out.toString(), "--append", "-q",
                "--qgis-project", qgs.toString()), ChildWaymark.log(log));
        assertEquals(List.of("wrote " + qgs.toAbsolutePath().normalize() + " (layers [places, mentions, movements, "
                + "flows, countries], base map news-basemap.gpkg)"), lines(log),
                "the same id and text: skipped without a word; the project of the grown file written anew");
        assertEquals(List.of("x"), ids(out), "not added twice");
        assertTrue(Files.readString(qgs).contains("<qgis "), "a QGIS project now");
    }

    private static List<String> lines(Path log) throws Exception {
        return Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
    }

    static List<String> ids(Path gpkg) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT doc_id FROM documents ORDER BY doc_id")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    /** id:text of the documents, the text found by its SHA-256 among the versions given. */
    private static List<String> texts(Path gpkg, Path... versions) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT doc_id, sha256 FROM documents ORDER BY doc_id")) {
            while (r.next()) {
                String sha = r.getString(2);
                String text = "?";
                for (Path v : versions) {
                    String t = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(v))
                            .get("text").asText();
                    if (sha256(t).equals(sha)) {
                        text = t;
                    }
                }
                out.add(r.getString(1) + ":" + text);
            }
        }
        return out;
    }

    private static String sha256(String text) throws Exception {
        byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(d);
    }
}
