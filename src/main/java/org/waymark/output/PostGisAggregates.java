package org.waymark.output;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * The summed PostGIS layers, kept by the writer in the transaction of each document: the counts of the places and
 * the flows that the document touches are computed again from all their {@code mentions} and {@code movements} rows,
 * as {@link Aggregates} does for a whole GeoPackage. The writer holds a lock on each touched place and flow first
 * ({@link PostGisWriter}), so these statements see every document committed before, and two writers never sum past
 * each other.
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
     * {@code mentions}, {@code documents}, {@code confidence} and {@code source} of the places from their resolved
     * mentions; with {@code dropUnused}, those of them that no mention and no movement refers to any more go.
     */
    static void places(Connection connection, PostGisTarget t, Collection<Long> ids, boolean dropUnused)
            throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Object array = connection.createArrayOf("bigint", ids.toArray(new Long[0]));
        try (PreparedStatement st = connection.prepareStatement("UPDATE " + t.qualified("places") + " p "
                + "SET mentions = a.n, documents = a.d, confidence = a.c, source = a.s "
                + "FROM (SELECT k.id, count(m.fid) AS n, count(DISTINCT m.doc_id) AS d, avg(m.confidence) AS c, "
                + "string_agg(DISTINCT m.source, ',') AS s FROM unnest(?::bigint[]) AS k(id) "
                + "LEFT JOIN " + t.qualified("mentions") + " m ON m.geonameid = k.id GROUP BY k.id) AS a "
                + "WHERE p.geonameid = a.id")) {
            st.setObject(1, array);
            st.executeUpdate();
        }
        if (dropUnused) {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM " + t.qualified("places") + " p "
                    + "WHERE p.geonameid = ANY (?::bigint[]) AND p.mentions = 0 AND NOT EXISTS (SELECT 1 FROM "
                    + t.qualified("movements") + " m WHERE m.origin_geonameid = p.geonameid "
                    + "OR m.destination_geonameid = p.geonameid "
                    + "OR ',' || m.via_geonameids || ',' LIKE '%,' || p.geonameid || ',%')")) {
                st.setObject(1, array);
                st.executeUpdate();
            }
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
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM " + t.qualified("flows") + " f USING "
                + keys + " WHERE f.origin_geonameid = k.o AND f.destination_geonameid = k.d")) {
            bind(st, List.of(origins, destinations));
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO " + t.qualified("flows")
                + " (geom, origin_geonameid, origin_name, destination_geonameid, destination_name, "
                + "destination_kind, reports, documents, total_count) "
                + "SELECT f.geom, a.o, f.origin_name, a.d, f.destination_name, f.destination_kind, a.reports, "
                + "a.documents, a.total "
                + "FROM (SELECT m.origin_geonameid AS o, m.destination_geonameid AS d, "
                + "coalesce(min(CASE WHEN m.geom IS NOT NULL THEN m.fid END), min(m.fid)) AS first, "
                + "count(*) AS reports, count(DISTINCT m.doc_id) AS documents, sum(m.\"count\") AS total "
                + "FROM " + t.qualified("movements") + " m JOIN " + keys
                + " ON m.origin_geonameid = k.o AND m.destination_geonameid = k.d GROUP BY 1, 2) AS a "
                + "JOIN " + t.qualified("movements") + " f ON f.fid = a.first ORDER BY a.first")) {
            bind(st, List.of(origins, destinations));
            st.executeUpdate();
        }
    }

    private static void bind(PreparedStatement st, List<Object> arrays) throws SQLException {
        for (int i = 0; i < arrays.size(); i++) {
            st.setObject(i + 1, arrays.get(i));
        }
    }
}
