package org.waymark.gazetteer.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.SharedData;
import org.waymark.cli.Main;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.gazetteer.geonames.FakeGeoNamesServer.Failure;

/**
 * {@code waymark map} on the seed articles with the GeoNames web service, against a fake service that knows
 * exactly what the embedded gazetteer knows: the map must be the offline one, the rows must say that the service
 * resolved them, a second run must be answered from the cache, and an outage must still give the offline map.
 */
@SharedData.Needs("seeds")
class GeoNamesEndToEndTest {
    private static final String USER = "demo";
    private static final String WS = GeoNamesWebGazetteer.SOURCE_NAME;
    private static final String EMBEDDED = "embedded";

    @TempDir
    static Path tmp;
    static Path seeds;
    static FakeGeoNamesServer server;
    static Path cache;
    static Path offline;
    static Path web;
    static Path webAgain;
    static int firstRunRequests;
    static int secondRunRequests;
    static List<String> firstRunKeys;

    @BeforeAll
    static void mapSeedsOfflineThenWithTheServiceTwice() throws IOException {
        seeds = SharedData.path("seeds");
        server = new FakeGeoNamesServer(GeoNamesIndex.embedded(), name -> List.of(), USER);
        cache = tmp.resolve("cache");
        offline = map("offline.gpkg", "--offline");
        web = map("web.gpkg", "--geonames-user", USER, "--geonames-url", server.baseUrl(), "--cache", cache.toString());
        firstRunRequests = server.requests();
        firstRunKeys = server.received().stream().map(GeoNamesEndToEndTest::key).toList();
        webAgain = map("web-again.gpkg", "--geonames-user", USER, "--geonames-url", server.baseUrl(),
                "--cache", cache.toString());
        secondRunRequests = server.requests() - firstRunRequests;
        System.out.printf("seeds with the web service: %d requests, then %d%n", firstRunRequests, secondRunRequests);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static Path map(String name, String... options) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("map", seeds.toString(), "-o", out.toString()));
        args.addAll(List.of(options));
        assertEquals(0, Main.run(args.toArray(String[]::new)), "waymark " + args);
        return out;
    }

    @Test
    void theServiceResolvesTheSamePlacesAsTheOfflineGazetteer() throws SQLException {
        Map<String, List<String>> expected = strings(offline,
                "SELECT doc_id, \"start\" || ':' || surface || '=' || ifnull(geonameid, '-') FROM mentions");
        assertFalse(expected.isEmpty());
        assertEquals(expected, strings(web,
                "SELECT doc_id, \"start\" || ':' || surface || '=' || ifnull(geonameid, '-') FROM mentions"));
        assertEquals(strings(offline, "SELECT 'all', geonameid || ' ' || mentions FROM places"),
                strings(web, "SELECT 'all', geonameid || ' ' || mentions FROM places"));
    }

    @Test
    void theServiceGivesTheSameMovements() throws SQLException {
        String moves = "SELECT doc_id, ifnull(origin_geonameid, '-') || '>' || ifnull(destination_geonameid, '-') "
                + "|| ' via ' || via_geonameids FROM movements";
        Map<String, List<String>> expected = strings(offline, moves);
        assertFalse(expected.isEmpty());
        assertEquals(expected, strings(web, moves));
        assertEquals(strings(offline, "SELECT 'all', origin_geonameid || '>' || destination_geonameid || ' x' || reports "
                + "FROM flows"), strings(web, "SELECT 'all', origin_geonameid || '>' || destination_geonameid || ' x' "
                + "|| reports FROM flows"));
    }

    @Test
    void rowsSayWhichSourceResolvedThem() throws SQLException {
        // offline, the embedded gazetteer resolved everything
        assertEquals(Map.of("all", List.of(EMBEDDED)), distinct(offline,
                "SELECT 'all', source FROM mentions WHERE geonameid IS NOT NULL"));
        // with the service: names by the service, demonyms ("Syrian") by the embedded table, unresolved by none
        assertEquals(Map.of("toponym", List.of(WS), "demonym", List.of(EMBEDDED)), distinct(web,
                "SELECT kind, source FROM mentions WHERE geonameid IS NOT NULL"));
        assertEquals(0, count(web, "SELECT count(*) FROM mentions WHERE geonameid IS NULL AND source IS NOT NULL"));
        // a place says every source that resolved one of its mentions
        assertEquals(0, count(web, """
                SELECT count(*) FROM places p WHERE p.source IS NULL OR EXISTS (SELECT 1 FROM mentions m
                    WHERE m.geonameid = p.geonameid AND instr(',' || p.source || ',', ',' || m.source || ',') = 0)"""));
        assertTrue(count(web, "SELECT count(*) FROM places WHERE source = '" + WS + "'") > 0);
    }

    @Test
    void theFirstRunAsksEachThingOnceAndTheSecondRunNothing() throws SQLException {
        assertTrue(firstRunRequests > 0, "the service was asked");
        assertEquals(firstRunKeys.size(), Set.copyOf(firstRunKeys).size(), "a request sent twice: " + firstRunKeys);
        assertEquals(0, secondRunRequests, "the second run is answered from the cache");
        assertEquals(strings(web, "SELECT doc_id, surface || '=' || geonameid || ' ' || source FROM mentions"),
                strings(webAgain, "SELECT doc_id, surface || '=' || geonameid || ' ' || source FROM mentions"));
        try (GeoNamesCache c = GeoNamesCache.open(cache)) {
            assertEquals(firstRunRequests, c.size(), "one answer kept per request");
            assertEquals(firstRunRequests, c.creditsSpentAfter(Instant.now().minus(Duration.ofHours(1))),
                    "the ledger holds the credits of the first run, none of the second");
        }
    }

    @Test
    void anOutageStillGivesTheWholeOfflineMap() throws IOException, SQLException {
        try (FakeGeoNamesServer failing = new FakeGeoNamesServer(GeoNamesIndex.embedded(), name -> List.of(), USER)) {
            failing.failNext(Failure.STATUS_19);
            // one document at a time, so that no other request is on its way when the first one fails
            Path out = map("outage.gpkg", "--geonames-user", USER, "--geonames-url", failing.baseUrl(),
                    "--cache", tmp.resolve("outage-cache").toString(), "--threads", "1");

            assertEquals(1, failing.requests(), "after the hourly limit the service is not asked again");
            String all = "SELECT doc_id, surface || '=' || ifnull(geonameid, '-') FROM mentions";
            assertEquals(strings(offline, all), strings(out, all));
            String moves = "SELECT doc_id, origin_geonameid || '>' || destination_geonameid FROM movements";
            assertEquals(strings(offline, moves), strings(out, moves));
            assertEquals(Map.of("all", List.of(EMBEDDED)), distinct(out,
                    "SELECT 'all', source FROM mentions WHERE geonameid IS NOT NULL UNION SELECT 'all', source "
                            + "FROM places"));
            assertEquals(count(offline, "SELECT count(*) FROM places"), count(out, "SELECT count(*) FROM places"));
        }
    }

    @Test
    void evalResolvesWithTheServiceToo() throws IOException {
        Path gold = tmp.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"a\",\"text\":\"Families fled from Aleppo to Gaziantep.\",\"toponyms\":"
                + "[{\"start\":19,\"end\":25,\"geonameid\":170063,\"lat\":36.20124,\"lon\":37.16117}]}\n");
        Path json = tmp.resolve("eval.json");
        int before = server.requests();

        assertEquals(0, Main.run("eval", gold.toString(), "--geonames-user", USER, "--geonames-url", server.baseUrl(),
                "--cache", tmp.resolve("eval-cache").toString(), "--json", json.toString()));

        assertTrue(server.requests() > before, "eval asked the service");
        assertEquals(1.0, new ObjectMapper().readTree(json.toFile()).path("resolution").path("accuracyAt161").asDouble());
    }

    @Test
    void aServiceUrlWithoutAnAccountIsAMistake() {
        assumeTrue(System.getenv("WAYMARK_GEONAMES_USER") == null, "the environment names an account");
        assertEquals(2, Main.run("map", seeds.toString(), "-o", tmp.resolve("never.gpkg").toString(),
                "--geonames-url", server.baseUrl()));
        assertFalse(Files.exists(tmp.resolve("never.gpkg")));
    }

    @Test
    void cacheClearForgetsTheAnswersButNotTheCredits() throws IOException {
        Path copy = tmp.resolve("cache-to-clear");
        try (GeoNamesCache c = GeoNamesCache.open(copy)) {
            c.put("searchJSON?name_equals=nice", "{\"geonames\":[]}", Instant.now());
            c.recordCreditSpent(Instant.now());
        }

        assertEquals(0, Main.run("cache", "clear", "--cache", copy.toString()));
        assertEquals(0, Main.run("cache", "info", "--cache", copy.toString()));

        try (GeoNamesCache c = GeoNamesCache.open(copy)) {
            assertEquals(0, c.size());
            assertEquals(1, c.creditsSpentAfter(Instant.now().minus(Duration.ofHours(1))));
        }
        assertEquals(0, Main.run("cache", "clear", "--cache", tmp.resolve("no-such-cache").toString()));
        assertFalse(tmp.resolve("no-such-cache").toFile().exists(), "clearing nothing creates nothing");
        assertEquals(2, Main.run("cache"), "no subcommand is a usage error");
    }

    private static String key(FakeGeoNamesServer.Received r) {
        return r.endpoint() + new TreeMap<>(r.params());
    }

    /** Per first column, the second column's values of every row, sorted. */
    private static Map<String, List<String>> strings(Path gpkg, String sql) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(String.valueOf(r.getString(2)));
            }
        }
        out.values().forEach(v -> v.sort(null));
        return out;
    }

    /** Per first column, the distinct values of the second. */
    private static Map<String, List<String>> distinct(Path gpkg, String sql) throws SQLException {
        return strings(gpkg, sql).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> List.copyOf(new TreeSet<>(e.getValue()))));
    }

    private static long count(Path gpkg, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : -1;
        }
    }
}
