package org.waymark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.SharedData;
import org.waymark.cli.Main;

/**
 * Runs {@code waymark map ../shared/seeds} and scores the GeoPackage against {@code ../shared/gold/seeds.json}:
 * gold places found, traps not broken, movements found and emitted rows right.
 */
@SharedData.Needs({"seeds", "gold/seeds.json"})
class SeedAcceptanceTest {
    @TempDir
    static Path tmp;
    static Path seeds;
    static Path gpkg;
    static JsonNode gold;

    record Row(String doc, Long geonameid, int start, int end, String surface) {
    }

    record Move(String doc, Long origin, Long destination, String kind, String trigger, String sentence) {
    }

    @BeforeAll
    static void mapSeeds() throws IOException {
        seeds = SharedData.path("seeds");
        gpkg = tmp.resolve("seeds.gpkg");
        int code = Main.run("map", seeds.toString(), "-o", gpkg.toString(), "--quiet");
        assertEquals(0, code, "waymark map exit code");
        gold = new ObjectMapper().readTree(SharedData.path("gold/seeds.json").toFile());
    }

    static List<Row> mentions() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT doc_id, geonameid, \"start\", \"end\", surface FROM mentions")) {
            while (r.next()) {
                long id = r.getLong(2);
                Long geonameid = r.wasNull() ? null : id;
                rows.add(new Row(r.getString(1), geonameid, r.getInt(3), r.getInt(4), r.getString(5)));
            }
        }
        return rows;
    }

    static List<Move> movements() throws SQLException {
        List<Move> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT doc_id, origin_geonameid, destination_geonameid, "
                     + "destination_kind, \"trigger\", sentence FROM movements")) {
            while (r.next()) {
                long o = r.getLong(2);
                boolean on = r.wasNull();
                long d = r.getLong(3);
                boolean dn = r.wasNull();
                rows.add(new Move(r.getString(1), on ? null : o, dn ? null : d, r.getString(4), r.getString(5),
                        r.getString(6)));
            }
        }
        return rows;
    }

    static Set<Long> ids(JsonNode array) {
        Set<Long> out = new HashSet<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asLong()));
        }
        return out;
    }

    @Test
    void findsAtLeast95PercentOfGoldPlaces() throws SQLException {
        List<Row> rows = mentions();
        int total = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (var doc : (Iterable<java.util.Map.Entry<String, JsonNode>>) gold.get("documents")::fields) {
            for (JsonNode place : doc.getValue().get("places")) {
                total++;
                Set<Long> ok = ids(place.get("ids"));
                if (rows.stream().anyMatch(r -> r.doc.equals(doc.getKey()) && ok.contains(r.geonameid))) {
                    found++;
                } else {
                    missed.add(doc.getKey() + ":" + place.get("name").asText());
                }
            }
        }
        double recall = found / (double) total;
        System.out.printf("seed places: %d of %d found (%.1f%%); missed %s%n", found, total, 100 * recall, missed);
        assertTrue(recall >= 0.95, "gold places found " + found + "/" + total + ", missed " + missed);
    }

    @Test
    void breaksNoTrap() throws SQLException, IOException {
        List<Row> rows = mentions();
        List<String> broken = new ArrayList<>();
        for (var doc : (Iterable<java.util.Map.Entry<String, JsonNode>>) gold.get("documents")::fields) {
            String text = Files.readString(seeds.resolve(doc.getKey() + ".txt"),
                    StandardCharsets.UTF_8);
            for (JsonNode trap : doc.getValue().get("not_places")) {
                String t = trap.get("text").asText();
                Set<Long> wrong = ids(trap.get("wrong"));
                for (int[] occ : occurrences(text, t)) {
                    for (Row r : rows) {
                        boolean overlaps = r.doc.equals(doc.getKey()) && r.start < occ[1] && occ[0] < r.end;
                        if (!overlaps || r.geonameid == null) {
                            continue;
                        }
                        if (trap.has("wrong") ? wrong.contains(r.geonameid) : true) {
                            broken.add(doc.getKey() + ": '" + r.surface + "'@" + r.start + " -> " + r.geonameid
                                    + " (" + trap.get("note").asText() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "traps broken: " + broken);
    }

    @Test
    void pakistanToTheTajikBorderEndsOnTajikistansBoundary() throws Exception {
        org.locationtech.jts.geom.Geometry tajikistan = org.waymark.geography.CountryBoundaries.naturalEarth()
                .country("TJ").orElseThrow().getBoundary();
        int checked = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT geom FROM movements WHERE origin_geonameid = 1168579 "
                     + "AND destination_geonameid = 1220409 AND destination_kind = 'border'")) {
            while (r.next()) {
                org.locationtech.jts.geom.Geometry line = geometry(r.getBytes(1));
                org.locationtech.jts.geom.Coordinate[] cs = line.getCoordinates();
                org.locationtech.jts.geom.Point end = line.getFactory().createPoint(cs[cs.length - 1]);
                // within 1e-4 degrees (about 10 m): the boundary point is found in a projection centred on the origin
                assertTrue(tajikistan.distance(end) < 1e-4, "ends on the boundary: " + end + ", off by "
                        + tajikistan.distance(end));
                // the boundary point nearest Pakistan, not Tajikistan's centre (38.5 N, 71 E)
                assertTrue(end.getY() < 37.5, "southern border: " + end);
                checked++;
            }
        }
        assertTrue(checked >= 2, "Pakistan -> Tajik border movements: " + checked);
    }

    /** A GeoPackage geometry blob: "GP", version, flags (envelope size in bits 1-3), SRS id, envelope, WKB. */
    static org.locationtech.jts.geom.Geometry geometry(byte[] blob) throws Exception {
        assertEquals('G', blob[0]);
        assertEquals('P', blob[1]);
        int envelope = (blob[3] >> 1) & 7;
        int offset = 8 + new int[]{0, 32, 48, 48, 64}[envelope];
        return new org.locationtech.jts.io.WKBReader()
                .read(java.util.Arrays.copyOfRange(blob, offset, blob.length));
    }

    /** Code point offsets of every whole-word occurrence. */
    static List<int[]> occurrences(String text, String word) {
        List<int[]> out = new ArrayList<>();
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (left && right) {
                out.add(new int[]{text.codePointCount(0, i), text.codePointCount(0, end)});
            }
        }
        return out;
    }

    static boolean matches(Move m, String doc, JsonNode g) {
        if (!m.doc.equals(doc)) {
            return false;
        }
        Set<Long> dest = ids(g.get("destination"));
        Set<Long> origin = ids(g.get("origin"));
        boolean destOk = dest.isEmpty() ? m.destination == null : dest.contains(m.destination);
        boolean originOk = !origin.isEmpty() ? origin.contains(m.origin)
                : m.origin == null || ids(g.get("origin_context")).contains(m.origin);
        return destOk && originOk;
    }

    @Test
    void findsRequiredMovementsAndEmitsFewWrongOnes() throws SQLException {
        List<Move> moves = movements();
        int required = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (var doc : (Iterable<java.util.Map.Entry<String, JsonNode>>) gold.get("documents")::fields) {
            for (JsonNode g : doc.getValue().get("movements")) {
                if (!g.get("required").asBoolean()) {
                    continue;
                }
                required++;
                boolean hit = moves.stream().anyMatch(m -> matches(m, doc.getKey(), g)
                        && (!g.has("destination_kind") || g.get("destination_kind").asText().equals(m.kind)));
                if (hit) {
                    found++;
                } else {
                    missed.add(g.get("id").asText());
                }
            }
        }
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Move m : moves) {
            boolean ok = false;
            for (JsonNode g : gold.get("documents").get(m.doc).get("movements")) {
                ok |= matches(m, m.doc, g);
            }
            if (ok) {
                right++;
            } else {
                wrong.add(m.doc + ": " + m.origin + " -> " + m.destination + " [" + m.trigger + "] " + m.sentence);
            }
        }
        double recall = found / (double) required;
        double precision = moves.isEmpty() ? 0 : right / (double) moves.size();
        System.out.printf("seed movements: required %d/%d (%.1f%%), missed %s; rows right %d/%d (%.1f%%)%n",
                found, required, 100 * recall, missed, right, moves.size(), 100 * precision);
        wrong.forEach(w -> System.out.println("  not in gold: " + w));
        assertTrue(recall >= 0.90, "required movements found " + found + "/" + required + ", missed " + missed);
        assertTrue(precision >= 0.90, "movement rows right " + right + "/" + moves.size() + ": " + wrong);
    }
}
