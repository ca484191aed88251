package org.waymark.output;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.LineString;
import mil.nga.sf.Point;

/**
 * A small GeoPackage with the Waymark layer contract (documents, places, mentions, movements, flows; geometry
 * column {@code geom}, EPSG:4326) and QML styles in {@code layer_styles}, written with NGA like the real writer.
 * Stands in for {@code GeoPackageWriter} output in the QGIS project tests. Its data: Damascus, Tripoli and Benghazi,
 * a reported movement Damascus → Tripoli, a planned one Damascus → Benghazi and one with no geometry.
 */
final class FixtureGeoPackage {

    static final String STYLE_FOLDER = "/org/waymark/output/qgis-fixture/";
    static final List<String> STYLED_LAYERS = List.of("places", "mentions", "movements", "flows");

    static final double[] DAMASCUS = {36.29128, 33.5102};
    static final double[] TRIPOLI = {13.18733, 32.88743};
    static final double[] BENGHAZI = {20.06859, 32.11486};

    private FixtureGeoPackage() {
    }

    /** The fixture with every layer styled. */
    static Path write(Path file) {
        return write(file, Set.copyOf(STYLED_LAYERS), true);
    }

    /**
     * @param styled   layers that get a {@code layer_styles} row with the fixture QML
     * @param withRows false for layers without any feature
     */
    static Path write(Path file, Set<String> styled, boolean withRows) {
        Map<String, String> styles = new LinkedHashMap<>();
        STYLED_LAYERS.stream().filter(styled::contains).forEach(layer -> styles.put(layer, qml(layer)));
        return write(file, styles, withRows);
    }

    /** The fixture with the given QML text as each layer's stored default style. */
    static Path write(Path file, Map<String, String> qmlByLayer, boolean withRows) {
        GeoPackageManager.create(file.toFile());
        GeoPackage gp = GeoPackageManager.open(file.toFile());
        try {
            Connection db = gp.getConnection().getConnection();
            for (Layer layer : Layer.values()) {
                GeoPackageLayers.create(gp, layer);
            }
            if (withRows) {
                rows(db);
            }
            styles(db, qmlByLayer);
            gp.execSQL("PRAGMA user_version = 10200");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the fixture GeoPackage " + file, e);
        } finally {
            gp.close();
        }
        return file;
    }

    /** The fixture's QML for a layer. */
    static String qml(String layer) {
        try (InputStream in = FixtureGeoPackage.class.getResourceAsStream(STYLE_FOLDER + layer + ".qml")) {
            if (in == null) {
                throw new IllegalStateException("no fixture style for " + layer);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rows(Connection db) throws SQLException {
        insert(db, "documents", null, "wire-1", "Forces move to Libya", "fixture", "2020-01-15", 420, "00");
        insert(db, "places", point(DAMASCUS), 170654, "Damascus", "SY", "P", "PPLC", "13", 1569394, 2, 1, 0.95,
                "fixture");
        insert(db, "places", point(TRIPOLI), 2210247, "Tripoli", "LY", "P", "PPLC", "34", 1150989, 1, 1, 0.9,
                "fixture");
        insert(db, "places", point(BENGHAZI), 88319, "Benghazi", "LY", "P", "PPLA", "54", 650629, 1, 1, 0.9,
                "fixture");
        insert(db, "mentions", point(DAMASCUS), "wire-1", 10, 18, "Damascus", "place", 170654, "Damascus", "SY",
                "PPLC", 0.95, "Forces left Damascus.", "fixture");
        insert(db, "mentions", point(TRIPOLI), "wire-1", 40, 47, "Tripoli", "place", 2210247, "Tripoli", "LY",
                "PPLC", 0.9, "They went to Tripoli.", "fixture");
        insert(db, "mentions", point(BENGHAZI), "wire-1", 80, 88, "Benghazi", "place", 88319, "Benghazi", "LY",
                "PPLA", 0.9, "Others to Benghazi.", "fixture");
        insert(db, "mentions", null, "wire-1", 100, 106, "Xyzzyx", "unresolved", null, null, null, null, 0.1,
                "Somewhere in Xyzzyx.", "fixture");
        insert(db, "movements", line(DAMASCUS, TRIPOLI), "wire-1", 170654, "Damascus", 2210247, "Tripoli", "",
                false, "place", "deploy", "fighters", 300, "reported", "Fighters were deployed from Damascus to "
                        + "Tripoli.", 10, 47, 0.8);
        insert(db, "movements", line(DAMASCUS, BENGHAZI), "wire-1", 170654, "Damascus", 88319, "Benghazi", "",
                true, "place", "send", "troops", null, "planned", "Troops are to be sent to Benghazi.", 60, 88, 0.6);
        insert(db, "movements", null, "wire-1", null, null, 88319, "Benghazi", "", false, "place", "flee", null,
                null, "possible", "People may flee to Benghazi.", 90, 99, 0.3);
        insert(db, "flows", line(DAMASCUS, TRIPOLI), 170654, "Damascus", 2210247, "Tripoli", "place", 1, 1, 300);
        insert(db, "flows", line(DAMASCUS, BENGHAZI), 170654, "Damascus", 88319, "Benghazi", "place", 1, 1, 0);
    }

    private static void styles(Connection db, Map<String, String> qmlByLayer) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("""
                    CREATE TABLE layer_styles (
                      fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
                      f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
                      f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
                      useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
                      update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))""");
            // QGIS finds the table through GDAL, which lists only tables registered in gpkg_contents
            st.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier) "
                    + "VALUES ('layer_styles', 'attributes', 'layer_styles')");
        }
        for (Map.Entry<String, String> style : qmlByLayer.entrySet()) {
            insertStyle(db, style.getKey(), style.getValue());
        }
    }

    /** Adds a newer default style row, as QGIS does when a user saves a style into the GeoPackage. */
    static void insertStyle(Connection db, String layer, String qml) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO layer_styles (f_table_catalog, f_table_schema, "
                + "f_table_name, f_geometry_column, styleName, styleQML, useAsDefault, description, owner) "
                + "VALUES ('', '', ?, 'geom', ?, ?, 1, 'fixture', '')")) {
            st.setString(1, layer);
            st.setString(2, layer);
            st.setString(3, qml);
            st.executeUpdate();
        }
    }

    private static byte[] point(double[] lonLat) {
        return blob(new Point(lonLat[0], lonLat[1]));
    }

    /** A one-part MULTILINESTRING with a few vertices between the ends, as Waymark's densified paths have. */
    private static byte[] line(double[] from, double[] to) {
        LineString line = new LineString();
        int steps = 8;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            line.addPoint(new Point(from[0] + t * (to[0] - from[0]), from[1] + t * (to[1] - from[1])));
        }
        mil.nga.sf.MultiLineString lines = new mil.nga.sf.MultiLineString();
        lines.addLineString(line);
        return blob(lines);
    }

    private static byte[] blob(mil.nga.sf.Geometry geometry) {
        try {
            return GeoPackageGeometryData.createAndBuildEnvelope(4326, geometry).toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void insert(Connection db, String table, byte[] geometry, Object... values) throws SQLException {
        List<String> names = new ArrayList<>(Layer.forTable(table).orElseThrow().columns().stream()
                .map(Column::name).toList());
        List<Object> all = new ArrayList<>(Arrays.asList(values));
        if (!table.equals("documents")) {
            names.add(0, "geom");
            all.add(0, geometry);
        }
        String sql = "INSERT INTO \"" + table + "\" (" + String.join(", ", names.stream().map(n -> '"' + n + '"')
                .toList()) + ") VALUES (" + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < all.size(); i++) {
                st.setObject(i + 1, all.get(i));
            }
            st.executeUpdate();
        }
    }
}
