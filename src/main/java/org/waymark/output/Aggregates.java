package org.waymark.output;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The layers summed over documents: the counts in {@code places} and the whole of {@code flows}. Both are computed
 * from the {@code mentions} and {@code movements} rows, all of them, so that appended, skipped and replaced
 * documents are counted exactly once without bookkeeping of our own.
 */
final class Aggregates {

    private Aggregates() {
    }

    static void refresh(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            refreshPlaces(st);
            refreshFlows(st);
        }
    }

    /**
     * {@code mentions}, {@code documents}, {@code confidence} and {@code source} of every place from its resolved
     * mentions; places that no mention and no movement refers to any more (their document was replaced) go.
     */
    private static void refreshPlaces(Statement st) throws SQLException {
        st.execute("UPDATE places SET mentions = 0, documents = 0, confidence = NULL, source = NULL");
        st.execute("""
                UPDATE places SET mentions = a.n, documents = a.d, confidence = a.c, source = a.s
                FROM (SELECT geonameid, count(*) AS n, count(DISTINCT doc_id) AS d, avg(confidence) AS c,
                             group_concat(DISTINCT source) AS s
                      FROM mentions WHERE geonameid IS NOT NULL GROUP BY geonameid) AS a
                WHERE places.geonameid = a.geonameid""");
        st.execute("""
                WITH RECURSIVE via(id, rest) AS (
                    SELECT NULL, via_geonameids || ',' FROM movements WHERE via_geonameids <> ''
                    UNION ALL
                    SELECT CAST(substr(rest, 1, instr(rest, ',') - 1) AS INTEGER), substr(rest, instr(rest, ',') + 1)
                    FROM via WHERE rest <> '')
                DELETE FROM places WHERE mentions = 0
                    AND geonameid NOT IN (SELECT origin_geonameid FROM movements WHERE origin_geonameid IS NOT NULL)
                    AND geonameid NOT IN (SELECT destination_geonameid FROM movements
                                          WHERE destination_geonameid IS NOT NULL)
                    AND geonameid NOT IN (SELECT id FROM via WHERE id IS NOT NULL)""");
    }

    /**
     * One row per (origin, destination) over all movements with both ends known. Name, destination kind and path
     * come from the first such movement (the lowest fid, that is the earliest written) that has a path.
     */
    private static void refreshFlows(Statement st) throws SQLException {
        st.execute("DELETE FROM flows");
        st.execute("DELETE FROM sqlite_sequence WHERE name = 'flows'");
        st.execute("""
                INSERT INTO flows (geom, origin_geonameid, origin_name, destination_geonameid, destination_name,
                                   destination_kind, reports, documents, total_count)
                SELECT f.geom, a.o, f.origin_name, a.d, f.destination_name, f.destination_kind,
                       a.reports, a.documents, a.total
                FROM (SELECT origin_geonameid AS o, destination_geonameid AS d,
                             coalesce(min(CASE WHEN geom IS NOT NULL THEN fid END), min(fid)) AS first,
                             count(*) AS reports, count(DISTINCT doc_id) AS documents, sum("count") AS total
                      FROM movements
                      WHERE origin_geonameid IS NOT NULL AND destination_geonameid IS NOT NULL
                      GROUP BY origin_geonameid, destination_geonameid) AS a
                JOIN movements AS f ON f.fid = a.first
                ORDER BY a.first""");
    }
}
