package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.PostgresCluster;
import org.waymark.cli.ChildWaymark;

/**
 * {@code waymark map --to postgresql://…} as a user runs it, in child processes, against a real PostgreSQL with
 * PostGIS: as a role that needs a password (from {@code PGPASSWORD} or a pgpass file, never the command line); a
 * SIGKILL in the middle of a run leaves only whole documents; running again adds the rest and then nothing; two runs
 * at once keep every document and sum them right.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PostGisRunTest {

    private static PostgresCluster cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void startCluster() {
        cluster = PostgresCluster.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aKillLeavesWholeDocumentsAndRunningAgainAddsTheRestThenNothing() throws Exception {
        PostGisTarget target = newDatabase("killed");
        String url = target.toString();
        int n = 400;
        Path corpus = ChildWaymark.corpus(dir.resolve("big.jsonl"), "big", n);

        Path noPassword = dir.resolve("no-password.log");
        assertEquals(2, ChildWaymark.run(noPassword, environment(null, null), "map", corpus.toString(), "--to", url,
                "-q"), () -> ChildWaymark.log(noPassword));
        assertTrue(ChildWaymark.log(noPassword).contains("password"), () -> ChildWaymark.log(noPassword));

        Process run = ChildWaymark.start(dir.resolve("kill.log"), environment(PostgresCluster.PASSWORD, null), "map",
                corpus.toString(), "--to", url, "-q");
        long written = awaitDocuments(run, target, 30, 180);
        run.destroyForcibly();   // SIGKILL, most likely while a document's transaction is open
        assertTrue(run.waitFor(60, TimeUnit.SECONDS));
        long left;
        try (SqliteRows rows = rows(target)) {
            left = rows.count(target, "documents");
            assertTrue(left >= written && left < n, "killed after " + left + " of " + n + " documents");
            System.out.println("PostGisRunTest: SIGKILL after " + left + " of " + n + " documents committed, "
                    + rows.count(target, "mentions") + " mentions, " + rows.count(target, "movements") + " movements");
            assertEveryDocumentIsWhole(rows, target);
            PostGisWriterTest.assertSumsAreOverAllRows(rows, target);
        }

        // again, the password from a pgpass file this time: the rest is added
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + cluster.port() + ":" + target.database() + ":" + PostgresCluster.WRITER + ":"
                + PostgresCluster.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path again = dir.resolve("again.log");
        assertEquals(0, ChildWaymark.run(again, environment(null, pgpass.toString()), "map", corpus.toString(),
                "--to", url, "--append"), () -> ChildWaymark.log(again));
        assertTrue(ChildWaymark.log(again).contains("(" + left + " already there)"), () -> ChildWaymark.log(again));
        Map<String, Long> complete = counts(target);
        assertEquals((long) n, complete.get("documents"));

        Path third = dir.resolve("third.log");
        assertEquals(0, ChildWaymark.run(third, environment(PostgresCluster.PASSWORD, null), "map",
                corpus.toString(), "--to", url, "--append"), () -> ChildWaymark.log(third));
        assertTrue(ChildWaymark.log(third).contains("0 documents (" + n + " already there)"),
                () -> ChildWaymark.log(third));
        assertEquals(complete, counts(target), "running again added nothing");
        try (SqliteRows rows = rows(target)) {
            assertEveryDocumentIsWhole(rows, target);
            PostGisWriterTest.assertSumsAreOverAllRows(rows, target);
        }
    }

    @Test
    void twoRunsAtOnceKeepEverything() throws Exception {
        PostGisTarget target = newDatabase("together");
        String url = target.toString();
        int n = 120;
        Map<String, String> env = environment(PostgresCluster.PASSWORD, null);
        Process a = ChildWaymark.start(dir.resolve("a.log"), env, "map",
                ChildWaymark.corpus(dir.resolve("a.jsonl"), "a", n).toString(), "--to", url, "--append", "-q",
                "--threads", "1");
        Process b = ChildWaymark.start(dir.resolve("b.log"), env, "map",
                ChildWaymark.corpus(dir.resolve("b.jsonl"), "b", n).toString(), "--to", url, "--append", "-q",
                "--threads", "1");
        for (Process p : List.of(a, b)) {
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "a run did not end in 5 minutes");
        }
        assertEquals(0, a.exitValue(), () -> ChildWaymark.log(dir.resolve("a.log")));
        assertEquals(0, b.exitValue(), () -> ChildWaymark.log(dir.resolve("b.log")));
        try (SqliteRows rows = rows(target)) {
            assertEquals(2L * n, rows.count(target, "documents"));
            assertEveryDocumentIsWhole(rows, target);
            long mentionsPerDocument = ((Number) rows.value("SELECT count(*) FROM " + target.qualified("mentions")
                    + " WHERE doc_id = 'a-0'")).longValue();
            assertEquals(2L * n * mentionsPerDocument, rows.count(target, "mentions"));
            assertEquals(2L * n, ((Number) rows.value("SELECT max(documents) FROM " + target.qualified("places")))
                    .longValue(), "a place named in every document counts all of them");
            assertEquals(2L * n, ((Number) rows.value("SELECT max(documents) FROM " + target.qualified("flows")))
                    .longValue(), "a flow reported in every document counts all of them");
            PostGisWriterTest.assertSumsAreOverAllRows(rows, target);
        }
    }

    /** A new database, and the schema {@code feed} in it as the writer role ({@value PostgresCluster#WRITER}). */
    private static PostGisTarget newDatabase(String name) {
        return PostGisTarget.parse(cluster.url(PostgresCluster.WRITER, cluster.createDatabase(name), "feed"));
    }

    /** The corpus repeats one report: every document has as many mentions and movements as the first. */
    private static void assertEveryDocumentIsWhole(SqliteRows rows, PostGisTarget t) throws SQLException {
        List<Map<String, Object>> shapes = rows.query("SELECT DISTINCT (SELECT count(*) FROM " + t.qualified("mentions")
                + " m WHERE m.doc_id = d.doc_id) AS mentions, (SELECT count(*) FROM " + t.qualified("movements")
                + " v WHERE v.doc_id = d.doc_id) AS movements FROM " + t.qualified("documents") + " d");
        assertEquals(1, shapes.size(), "documents with different numbers of rows: " + shapes);
        assertTrue(((Number) shapes.get(0).get("mentions")).longValue() >= 4
                && ((Number) shapes.get(0).get("movements")).longValue() >= 1, shapes.toString());
        assertEquals(0L, ((Number) rows.value("SELECT count(*) FROM (SELECT doc_id FROM " + t.qualified("mentions")
                + " UNION SELECT doc_id FROM " + t.qualified("movements") + ") r WHERE doc_id NOT IN (SELECT doc_id "
                + "FROM " + t.qualified("documents") + ")")).longValue(), "rows of no document");
    }

    /** Waits until the run has committed at least {@code atLeast} documents; their number then. */
    private static long awaitDocuments(Process run, PostGisTarget t, long atLeast, long seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end && run.isAlive()) {
            try (SqliteRows rows = rows(t)) {
                long n = rows.count(t, "documents");
                if (n >= atLeast) {
                    return n;
                }
            } catch (SQLException e) {
                // the tables are not there yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run wrote fewer than " + atLeast + " documents in " + seconds + " s");
    }

    private static Map<String, String> environment(String password, String pgpassFile) {
        Map<String, String> env = new HashMap<>();
        env.put("PGPASSWORD", password);
        env.put("PGPASSFILE", pgpassFile == null ? "/nonexistent/pgpass" : pgpassFile);
        return env;
    }

    private static Map<String, Long> counts(PostGisTarget t) throws SQLException {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        try (SqliteRows rows = rows(t)) {
            for (Layer layer : Layer.values()) {
                counts.put(layer.table(), rows.count(t, layer.table()));
            }
        }
        return counts;
    }

    private static SqliteRows rows(PostGisTarget t) throws SQLException {
        return SqliteRows.over(cluster.connect(t.database()));
    }
}
