package org.waymark.output;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * The summed PostGIS layers, kept by the writer in the transaction of each document. A new document adds its own
 * rows to the sums of the places and flows it touches ({@link #add}), so that a document costs the same however many
 * came before; a replaced one has those sums computed again from all their {@code mentions} and {@code movements}
 * rows ({@link #places}, {@link #flows}), as {@link Aggregates} does for a whole GeoPackage. Either way the writer
 * holds a lock on each touched place and flow first ({@link PostGisWriter}), so these statements see every document
 * committed before, and two writers never sum past each other.
 */
final class PostGisAggregates {

    /** An origin and destination pair. */
    record Pair(long origin, long destination) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            int c = Long.compare(origin, o.origin);
            return c != 0 ? c : Long.compare(destination, o.destination);
        }
    }

    private PostGisAggregates() {
    }

    /**
     * Adds a new document's mentions and movements to the sums: the places it mentions count its mentions (their
     * mean confidence and sources follow), the flows of its origin–destination pairs its movements; a pair seen for
     * the first time gets its flow, with the path and names of its first movement with a path.
     */
    static void add(Connection connection, PostGisTarget t, String docId) throws SQLException {
        execute(connection, "UPDATE " + t.qualified("places") + " p "
                + "SET confidence = (coalesce(p.confidence, 0) * p.mentions + a.c) / (p.mentions + a.n), "
                + "mentions = p.mentions + a.n, documents = p.documents + 1, "
                + "source = (SELECT string_agg(DISTINCT s, ',') FROM unnest(string_to_array(p.source, ',') "
                + "|| a.s) AS s) "
                + "FROM (SELECT geonameid, count(*) AS n, sum(confidence) AS c, array_agg(DISTINCT source) AS s "
                + "FROM " + t.qualified("mentions") + " WHERE doc_id = ? AND geonameid IS NOT NULL "
                + "GROUP BY geonameid) AS a WHERE p.geonameid = a.geonameid", docId);
        // the first path: a flow that has one keeps it, one without takes this document's first
        String firstPath = "CASE WHEN f.geom IS NULL AND EXCLUDED.geom IS NOT NULL THEN EXCLUDED.%1$s ELSE f.%1$s END";
        execute(connection, "INSERT INTO " + t.qualified("flows") + " AS f "
                + "(geom, origin_geonameid, origin_name, destination_geonameid, destination_name, "
                + "destination_kind, reports, documents, total_count) "
                + "SELECT m.geom, a.o, m.origin_name, a.d, m.destination_name, m.destination_kind, a.reports, 1, "
                + "a.total FROM (SELECT origin_geonameid AS o, destination_geonameid AS d, "
                + "coalesce(min(CASE WHEN geom IS NOT NULL THEN fid END), min(fid)) AS first, count(*) AS reports, "
                + "sum(\"count\") AS total FROM " + t.qualified("movements") + " WHERE doc_id = ? "
                + "AND origin_geonameid IS NOT NULL AND destination_geonameid IS NOT NULL GROUP BY 1, 2) AS a "
                + "JOIN " + t.qualified("movements") + " m ON m.fid = a.first ORDER BY a.first "
                + "ON CONFLICT (origin_geonameid, destination_geonameid) DO UPDATE SET "
                + "origin_name = " + String.format(firstPath, "origin_name") + ", "
                + "destination_name = " + String.format(firstPath, "destination_name") + ", "
                + "destination_kind = " + String.format(firstPath, "destination_kind") + ", "
                + "geom = coalesce(f.geom, EXCLUDED.geom), reports = f.reports + EXCLUDED.reports, "
                + "documents = f.documents + 1, "
                + "total_count = CASE WHEN f.total_count IS NULL THEN EXCLUDED.total_count "
                + "WHEN EXCLUDED.total_count IS NULL THEN f.total_count "
                + "ELSE f.total_count + EXCLUDED.total_count END", docId);
    }

    /**
     * {@code mentions}, {@code documents}, {@code confidence} and {@code source} of the places from their resolved
     * mentions; with {@code dropUnused}, those of them that no mention and no movement refers to any more go.
     */
    static void places(Connection connection, PostGisTarget t, Collection<Long> ids, boolean dropUnused)
            throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Object array = connection.createArrayOf("bigint", ids.toArray(new Long[0]));
        execute(connection, "UPDATE " + t.qualified("places") + " p "
                + "SET mentions = a.n, documents = a.d, confidence = a.c, source = a.s "
                + "FROM (SELECT k.id, count(m.fid) AS n, count(DISTINCT m.doc_id) AS d, avg(m.confidence) AS c, "
                + "string_agg(DISTINCT m.source, ',') AS s FROM unnest(?::bigint[]) AS k(id) "
                + "LEFT JOIN " + t.qualified("mentions") + " m ON m.geonameid = k.id GROUP BY k.id) AS a "
                + "WHERE p.geonameid = a.id", array);
        if (dropUnused) {
            execute(connection, "DELETE FROM " + t.qualified("places") + " p "
                    + "WHERE p.geonameid = ANY (?::bigint[]) AND p.mentions = 0 AND NOT EXISTS (SELECT 1 FROM "
                    + t.qualified("movements") + " m WHERE m.origin_geonameid = p.geonameid "
                    + "OR m.destination_geonameid = p.geonameid "
                    + "OR ',' || m.via_geonameids || ',' LIKE '%,' || p.geonameid || ',%')", array);
        }
    }

    /**
     * The flows of the pairs, again from all their movements: name, destination kind and path from the first
     * movement (the lowest fid) that has a path; a pair with no movement left has no flow.
     */
    static void flows(Connection connection, PostGisTarget t, Collection<Pair> pairs) throws SQLException {
        if (pairs.isEmpty()) {
            return;
        }
        Object origins = connection.createArrayOf("bigint", pairs.stream().map(Pair::origin).toArray(Long[]::new));
        Object destinations = connection.createArrayOf("bigint",
                pairs.stream().map(Pair::destination).toArray(Long[]::new));
        String keys = "unnest(?::bigint[], ?::bigint[]) AS k(o, d)";
        execute(connection, "DELETE FROM " + t.qualified("flows") + " f USING "
                + keys + " WHERE f.origin_geonameid = k.o AND f.destination_geonameid = k.d", origins, destinations);
        execute(connection, "INSERT INTO " + t.qualified("flows")
                + " (geom, origin_geonameid, origin_name, destination_geonameid, destination_name, "
                + "destination_kind, reports, documents, total_count) "
                + "SELECT f.geom, a.o, f.origin_name, a.d, f.destination_name, f.destination_kind, a.reports, "
                + "a.documents, a.total "
                + "FROM (SELECT m.origin_geonameid AS o, m.destination_geonameid AS d, "
                + "coalesce(min(CASE WHEN m.geom IS NOT NULL THEN m.fid END), min(m.fid)) AS first, "
                + "count(*) AS reports, count(DISTINCT m.doc_id) AS documents, sum(m.\"count\") AS total "
                + "FROM " + t.qualified("movements") + " m JOIN " + keys
                + " ON m.origin_geonameid = k.o AND m.destination_geonameid = k.d GROUP BY 1, 2) AS a "
                + "JOIN " + t.qualified("movements") + " f ON f.fid = a.first ORDER BY a.first", origins, destinations);
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            st.executeUpdate();
        }
    }
}
