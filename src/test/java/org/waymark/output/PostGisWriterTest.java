package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKBReader;
import org.postgresql.util.PGobject;
import org.waymark.ParsedDocument;
import org.waymark.PostgresCluster;

/**
 * The PostGIS sink against a real PostgreSQL with PostGIS ({@link PostgresCluster}): the same rows as the GeoPackage
 * sink, documents added once, changed ones kept out or replaced, and writers at once losing nothing, with the summed
 * layers always equal to sums over all rows.
 */
class PostGisWriterTest {

    private static PostgresCluster cluster;
    private static TestArticles articles;
    private static int databases;

    @TempDir
    Path dir;

    @BeforeAll
    static void startCluster() {
        cluster = PostgresCluster.start();
        articles = new TestArticles();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static PostGisTarget newTarget() {
        String db = cluster.createDatabase("w" + (++databases));
        return PostGisTarget.parse(cluster.url(PostgresCluster.SUPERUSER, db, "news"));
    }

    @Test
    void writesTheSameRowsAsTheGeoPackage() throws Exception {
        List<ParsedDocument> docs = List.of(articles.withdrawal(), articles.followUp(), articles.pacific());
        Path gpkg = dir.resolve("same.gpkg");
        try (GeoPackageWriter writer = GeoPackageWriter.open(gpkg, WriteMode.CREATE)) {
            docs.forEach(writer::write);
        }
        PostGisTarget target = newTarget();
        try (PostGisWriter writer = PostGisWriter.open(target, WriteMode.CREATE, DocumentSink.Options.DEFAULT)) {
            for (ParsedDocument d : docs) {
                assertEquals(DocumentSink.Outcome.ADDED, writer.write(d));
            }
        }
        try (SqliteRows file = SqliteRows.open(gpkg); SqliteRows db = rows(target)) {
            for (Layer layer : Layer.values()) {
                String order = order(layer);
                List<Map<String, Object>> expected = normalized(file.query("SELECT * FROM " + Layer.quote(
                        layer.table()) + " ORDER BY " + order), false);
                List<Map<String, Object>> actual = normalized(db.query("SELECT * FROM " + target.qualified(
                        layer.table()) + " ORDER BY " + order), true);
                assertTrue(!expected.isEmpty(), layer.table());
                assertEquals(expected, actual, layer.table());
            }
        }
    }

    @Test
    void rerunningAddsNothingAndAChangedTextIsKeptOutOrReplaces() throws Exception {
        PostGisTarget target = newTarget();
        try (PostGisWriter writer = PostGisWriter.open(target, WriteMode.CREATE, DocumentSink.Options.DEFAULT)) {
            writer.write(articles.withdrawal());
            writer.write(articles.followUp());
        }
        Map<String, Long> before = counts(target);
        try (PostGisWriter writer = PostGisWriter.open(target, WriteMode.APPEND, DocumentSink.Options.DEFAULT)) {
            assertEquals(DocumentSink.Outcome.UNCHANGED, writer.write(articles.withdrawal()));
            assertEquals(DocumentSink.Outcome.UNCHANGED, writer.write(articles.followUp()));
            assertEquals(DocumentSink.Outcome.CHANGED_KEPT, writer.write(articles.withdrawalRevised()));
        }
        assertEquals(before, counts(target), "nothing added");
        OutputException refused = assertThrows(OutputException.class,
                () -> PostGisWriter.open(target, WriteMode.CREATE, DocumentSink.Options.DEFAULT));
        assertTrue(refused.getMessage().contains("already holds 2 documents"), refused.getMessage());

        try (PostGisWriter writer = PostGisWriter.open(target, WriteMode.APPEND,
                new DocumentSink.Options(true, line -> { }))) {
            assertEquals(DocumentSink.Outcome.REPLACED, writer.write(articles.withdrawalRevised()));
        }
        assertEquals(before, counts(target), "replaced, not added");
        try (SqliteRows db = rows(target)) {
            assertEquals(350L, db.value("SELECT total_count FROM " + target.qualified("flows")
                    + " WHERE origin_name = 'Syria' AND destination_name = 'Libya'"), "250 replaced 200, +100");
        }
        assertSumsAreOverAllRows(target);
    }

    @Test
    void writersAtOnceLoseNothing() throws Exception {
        PostGisTarget target = newTarget();
        PostGisWriter.open(target, WriteMode.CREATE, DocumentSink.Options.DEFAULT).close();
        int writers = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                runs.add(pool.submit(() -> {
                    try (PostGisWriter sink = PostGisWriter.open(target, WriteMode.APPEND,
                            DocumentSink.Options.DEFAULT)) {
                        for (int i = 0; i < each; i++) {
                            // every writer also writes the first document of the one before: one of them adds it
                            sink.write(TestArticles.renamed(articles.withdrawal(), "w" + writer + "-" + i));
                            sink.write(TestArticles.renamed(articles.followUp(), "f" + writer + "-" + i));
                            sink.write(TestArticles.renamed(articles.followUp(), "f" + ((writer + 1) % writers)
                                    + "-" + i));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int docs = writers * each;
        try (SqliteRows db = rows(target)) {
            assertEquals((long) 2 * docs, db.count(target, "documents"));
            assertEquals((long) docs * (6 + 3), db.count(target, "mentions"));
            assertEquals((long) docs * (2 + 1), db.count(target, "movements"));
            assertEquals((long) 2 * docs, db.value("SELECT reports FROM " + target.qualified("flows")
                    + " WHERE origin_name = 'Syria' AND destination_name = 'Libya'"));
            assertEquals((long) 2 * docs, db.value("SELECT documents FROM " + target.qualified("places")
                    + " WHERE name = 'Syria'"));
        }
        assertSumsAreOverAllRows(target);
    }

    @Test
    void aUrlWithAPasswordIsRefused() {
        OutputException e = assertThrows(OutputException.class,
                () -> PostGisTarget.parse("postgresql://me:secret@localhost:5432/news"));
        assertTrue(e.getMessage().contains("PGPASSWORD"), e.getMessage());
        assertEquals("postgresql://me@db:5433/news?schema=feed",
                PostGisTarget.parse("postgresql://me@db:5433/news?schema=feed").toString());
    }

    /** The places' counts and the flows equal what summing every mention and movement row gives now. */
    static void assertSumsAreOverAllRows(PostGisTarget t) throws SQLException {
        try (SqliteRows db = rows(t)) {
            assertSumsAreOverAllRows(db, t);
        }
    }

    /** As {@link #assertSumsAreOverAllRows(PostGisTarget)}, over a connection to its database. */
    static void assertSumsAreOverAllRows(SqliteRows db, PostGisTarget t) throws SQLException {
        {
            assertEquals(List.of(), db.query("SELECT p.geonameid, p.mentions, a.n FROM " + t.qualified("places")
                    + " p LEFT JOIN (SELECT geonameid, count(*) AS n, count(DISTINCT doc_id) AS d, avg(confidence) AS c,"
                    + " string_agg(DISTINCT source, ',') AS s FROM " + t.qualified("mentions") + " GROUP BY geonameid)"
                    + " a ON a.geonameid = p.geonameid WHERE p.mentions <> coalesce(a.n, 0)"
                    + " OR p.documents <> coalesce(a.d, 0) OR abs(p.confidence - a.c) > 1e-9"
                    + " OR p.source IS DISTINCT FROM a.s"), "places");
            assertEquals(List.of(), db.query("SELECT * FROM (SELECT origin_geonameid AS o, destination_geonameid AS d,"
                    + " count(*) AS reports, count(DISTINCT doc_id) AS documents, sum(\"count\") AS total FROM "
                    + t.qualified("movements") + " WHERE origin_geonameid IS NOT NULL AND destination_geonameid IS "
                    + "NOT NULL GROUP BY 1, 2) a FULL JOIN " + t.qualified("flows") + " f ON f.origin_geonameid = a.o"
                    + " AND f.destination_geonameid = a.d WHERE f.fid IS NULL OR a.o IS NULL OR f.reports <> a.reports"
                    + " OR f.documents <> a.documents OR f.total_count IS DISTINCT FROM a.total"), "flows");
        }
    }

    static SqliteRows rows(PostGisTarget target) throws SQLException {
        return SqliteRows.over(cluster.connect(target.database()));
    }

    private static Map<String, Long> counts(PostGisTarget target) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (SqliteRows db = rows(target)) {
            for (Layer layer : Layer.values()) {
                counts.put(layer.table(), db.count(target, layer.table()));
            }
        }
        return counts;
    }

    private static String order(Layer layer) {
        return switch (layer) {
            case DOCUMENTS -> "doc_id";
            case PLACES -> "geonameid";
            case MENTIONS, MOVEMENTS -> "doc_id, \"start\", fid";
            case FLOWS -> "origin_geonameid, destination_geonameid";
        };
    }

    /** Rows without fid, geometries as WKT, integers as long, booleans as 0/1 and reals to 12 decimals. */
    private static List<Map<String, Object>> normalized(List<Map<String, Object>> rows, boolean postgis)
            throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> n = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : row.entrySet()) {
                Object v = e.getValue();
                if (e.getKey().equals(Layer.FID)) {
                    continue;
                }
                if (e.getKey().equals(Layer.GEOMETRY) && v != null) {
                    // PostGIS hands out hex EWKB, the GeoPackage its header and WKB
                    byte[] wkb = postgis ? WKBReader.hexToBytes(((PGobject) v).getValue())
                            : GeoPackageGeometryData.wkb((byte[]) v);
                    v = new WKBReader().read(wkb).toText();
                } else if (v instanceof Integer i) {
                    v = i.longValue();
                } else if (v instanceof Boolean b) {
                    v = b ? 1L : 0L;
                } else if (v instanceof Double d) {
                    v = Math.round(d * 1e12) / 1e12;   // a mean summed in another order differs in the last bit
                }
                n.put(e.getKey(), v);
            }
            out.add(n);
        }
        return out;
    }
}
