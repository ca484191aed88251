package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.LineString;
import mil.nga.sf.MultiLineString;
import mil.nga.sf.Point;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.waymark.ParsedDocument;
import org.waymark.gazetteer.Place;
import org.waymark.movement.Movement;
import org.waymark.resolve.Mention;

class GeoPackageWriterTest {

    private static final double EPS = 1e-9;
    /** The paths the writer draws. */
    private static final MovementPaths PATHS = MovementPaths.standard();
    static final LayerStyles FIXTURE_STYLES =
            new LayerStyles(GeoPackageWriterTest.class.getClassLoader(), "org/waymark/output/style-fixtures");

    private static TestArticles articles;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadPlaces() {
        articles = new TestArticles();
    }

    static void write(Path out, WriteMode mode, ParsedDocument... docs) {
        try (GeoPackageWriter writer = GeoPackageWriter.open(out, mode, FIXTURE_STYLES)) {
            for (ParsedDocument doc : docs) {
                assertTrue(writer.add(doc), "a new document is written");
            }
        }
    }

    @Test
    void documentsAndMentionsReadBack() throws Exception {
        Path out = dir.resolve("news.gpkg");
        ParsedDocument d1 = articles.withdrawal();
        write(out, WriteMode.CREATE, d1);

        try (SqliteRows db = SqliteRows.open(out)) {
            Map<String, Object> doc = db.row("SELECT * FROM documents");
            assertEquals("d1", doc.get("doc_id"));
            assertEquals("Russia withdraws from Syria", doc.get("title"));
            assertEquals("https://example.org/d1", doc.get("source"));
            assertEquals("2024-05-02", doc.get("date"));
            assertEquals(d1.document().characters(), ((Number) doc.get("characters")).intValue());
            assertEquals(d1.document().sha256(), doc.get("sha256"));

            List<Map<String, Object>> mentions = db.query("SELECT * FROM mentions ORDER BY \"start\"");
            List<Mention> byStart = d1.mentions().stream()
                    .sorted(Comparator.comparingInt(m -> m.toponym().start())).toList();
            assertEquals(byStart.size(), mentions.size());
            for (int i = 0; i < mentions.size(); i++) {
                Mention expected = byStart.get(i);
                Map<String, Object> row = mentions.get(i);
                assertEquals(expected.toponym().surface(), row.get("surface"));
                assertEquals(expected.toponym().surface(),
                        d1.document().slice(((Number) row.get("start")).intValue(),
                                ((Number) row.get("end")).intValue()), "offsets are code point offsets");
                assertEquals(expected.toponym().kind().label(), row.get("kind"));
                assertEquals(expected.sentence(), row.get("sentence"));
                assertEquals(expected.confidence(), ((Number) row.get("confidence")).doubleValue(), EPS);
                if (expected.isResolved()) {
                    Place p = expected.place();
                    assertEquals(p.geonameid(), ((Number) row.get("geonameid")).longValue());
                    assertEquals(p.name(), row.get("name"));
                    assertEquals(p.countryCode(), row.get("country_code"));
                    assertEquals(p.featureCode(), row.get("feature_code"));
                    assertEquals("geonames-index", row.get("source"));
                    assertPoint(p, (byte[]) row.get("geom"));
                } else {
                    assertEquals("Wadi Qasr", row.get("surface"));
                    assertNull(row.get("geom"), "an unresolved mention has no geometry");
                    assertNull(row.get("geonameid"));
                    assertNull(row.get("name"));
                    assertNull(row.get("source"));
                }
            }
            assertEquals(1L, ((Number) db.value("SELECT count(*) FROM mentions WHERE kind = 'demonym'")).longValue());
        }
    }

    @Test
    void placesAreSummedOverMentions() throws Exception {
        Path out = dir.resolve("places.gpkg");
        ParsedDocument d1 = articles.withdrawal();
        write(out, WriteMode.CREATE, d1);

        try (SqliteRows db = SqliteRows.open(out)) {
            Set<Long> expectedIds = Stream.of(articles.russia, articles.syria, articles.libya, articles.damascus)
                    .map(Place::geonameid).collect(Collectors.toSet());
            List<Map<String, Object>> places = db.query("SELECT * FROM places");
            assertEquals(expectedIds, places.stream().map(r -> ((Number) r.get("geonameid")).longValue())
                    .collect(Collectors.toSet()));

            Map<String, Object> libya = db.row("SELECT * FROM places WHERE geonameid = ?", articles.libya.geonameid());
            assertEquals("Libya", libya.get("name"));
            assertEquals("LY", libya.get("country_code"));
            assertEquals("A", libya.get("feature_class"));
            assertEquals("PCLI", libya.get("feature_code"));
            assertEquals(articles.libya.population(), ((Number) libya.get("population")).longValue());
            assertEquals(2, ((Number) libya.get("mentions")).intValue());
            assertEquals(1, ((Number) libya.get("documents")).intValue());
            assertEquals((0.9 + 0.8) / 2, ((Number) libya.get("confidence")).doubleValue(), EPS);
            assertEquals("geonames-index", libya.get("source"));
            assertPoint(articles.libya, (byte[]) libya.get("geom"));

            Map<String, Object> damascus = db.row("SELECT * FROM places WHERE geonameid = ?",
                    articles.damascus.geonameid());
            assertEquals("P", damascus.get("feature_class"));
            assertEquals(articles.damascus.admin1(), damascus.get("admin1"));
            assertEquals(1, ((Number) damascus.get("mentions")).intValue());
        }
    }

    @Test
    void movementsKeepTheirPathsAndFlowsSumThem() throws Exception {
        Path out = dir.resolve("movements.gpkg");
        ParsedDocument d1 = articles.withdrawal();
        write(out, WriteMode.CREATE, d1);

        try (SqliteRows db = SqliteRows.open(out)) {
            List<Map<String, Object>> rows = db.query("SELECT * FROM movements ORDER BY fid");
            assertEquals(2, rows.size());
            Movement deployed = d1.movements().get(0);
            Map<String, Object> m = rows.get(0);
            assertEquals("d1", m.get("doc_id"));
            assertEquals(articles.syria.geonameid(), ((Number) m.get("origin_geonameid")).longValue());
            assertEquals("Syria", m.get("origin_name"));
            assertEquals(articles.libya.geonameid(), ((Number) m.get("destination_geonameid")).longValue());
            assertEquals("Libya", m.get("destination_name"));
            assertEquals(Long.toString(articles.damascus.geonameid()), m.get("via_geonameids"));
            assertEquals(0, ((Number) m.get("origin_inferred")).intValue());
            assertEquals("place", m.get("destination_kind"));
            assertEquals("deploy", m.get("trigger"));
            assertEquals("Russian forces", m.get("mover"));
            assertEquals(200L, ((Number) m.get("count")).longValue());
            assertEquals("reported", m.get("status"));
            assertEquals(deployed.sentence(), m.get("sentence"));
            assertEquals(deployed.start(), ((Number) m.get("start")).intValue());
            assertEquals(deployed.end(), ((Number) m.get("end")).intValue());
            assertEquals(0.85, ((Number) m.get("confidence")).doubleValue(), EPS);
            assertLine(PATHS.path(deployed).getCoordinates(), (byte[]) m.get("geom"));

            Map<String, Object> mayGo = rows.get(1);
            assertNull(mayGo.get("geom"), "a movement without a path has no geometry");
            assertNull(mayGo.get("origin_geonameid"));
            assertNull(mayGo.get("count"));
            assertNull(mayGo.get("via_geonameids"));
            assertEquals("possible", mayGo.get("status"));

            // Only the movement with both ends known makes a flow.
            Map<String, Object> flow = db.row("SELECT * FROM flows");
            assertEquals(articles.syria.geonameid(), ((Number) flow.get("origin_geonameid")).longValue());
            assertEquals("Libya", flow.get("destination_name"));
            assertEquals("place", flow.get("destination_kind"));
            assertEquals(1, ((Number) flow.get("reports")).intValue());
            assertEquals(1, ((Number) flow.get("documents")).intValue());
            assertEquals(200L, ((Number) flow.get("total_count")).longValue());
            assertLine(PATHS.path(deployed).getCoordinates(), (byte[]) flow.get("geom"));
        }
    }

    @Test
    void everyGeometryLayerHasItsExtentAndA12SpatialIndex() throws Exception {
        Path out = dir.resolve("index.gpkg");
        ParsedDocument d1 = articles.withdrawal();
        write(out, WriteMode.CREATE, d1);

        try (SqliteRows db = SqliteRows.open(out)) {
            assertEquals((long) GeoPackageWriter.APPLICATION_ID,
                    ((Number) db.value("PRAGMA application_id")).longValue());
            assertEquals(10200L, ((Number) db.value("PRAGMA user_version")).longValue());

            double[] places = extentOf(Stream.of(articles.russia, articles.syria, articles.libya, articles.damascus)
                    .map(p -> new Coordinate(p.longitude(), p.latitude())).toList());
            assertExtent(places, db, "places");
            assertExtent(places, db, "mentions");
            List<Coordinate> path = List.of(PATHS.path(d1.movements().get(0)).getCoordinates());
            assertExtent(extentOf(path), db, "movements");
            assertExtent(extentOf(path), db, "flows");
            Map<String, Object> documents = db.row("SELECT * FROM gpkg_contents WHERE table_name = 'documents'");
            assertEquals("attributes", documents.get("data_type"));
            assertNull(documents.get("min_x"));

            for (String table : List.of("places", "mentions", "movements", "flows")) {
                Map<String, Object> contents = db.row("SELECT * FROM gpkg_contents WHERE table_name = ?", table);
                assertEquals("features", contents.get("data_type"));
                assertEquals(4326, ((Number) contents.get("srs_id")).intValue());
                assertEquals(4326, ((Number) db.value(
                        "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", table)).intValue());

                assertEquals("write-only", db.value("SELECT scope FROM gpkg_extensions WHERE table_name = ? "
                        + "AND column_name = 'geom' AND extension_name = 'gpkg_rtree_index'", table));
                String rtree = "rtree_" + table + "_geom";
                List<String> triggers = db.query("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                        + "AND tbl_name = ? ORDER BY name", table).stream().map(r -> (String) r.get("name")).toList();
                assertEquals(List.of(rtree + "_delete", rtree + "_insert", rtree + "_update1", rtree + "_update2",
                        rtree + "_update3", rtree + "_update4"), triggers, "the GeoPackage 1.2 trigger set");
                long withGeometry = ((Number) db.value(
                        "SELECT count(*) FROM \"" + table + "\" WHERE geom IS NOT NULL")).longValue();
                assertEquals(withGeometry, db.count(rtree), "every geometry is indexed");
                // The index answers a window query: the box around Libya finds Libya's rows.
                long nearLibya = ((Number) db.value("SELECT count(*) FROM \"" + rtree + "\" WHERE maxx >= ? "
                        + "AND minx <= ? AND maxy >= ? AND miny <= ?", articles.libya.longitude() - 0.1,
                        articles.libya.longitude() + 0.1, articles.libya.latitude() - 0.1,
                        articles.libya.latitude() + 0.1)).longValue();
                assertTrue(nearLibya > 0, table + " has rows at Libya");
            }
        }
    }

    @Test
    void metadataCreditsGeoNamesAndWaymark() throws Exception {
        Path out = dir.resolve("metadata.gpkg");
        write(out, WriteMode.CREATE, articles.withdrawal());

        try (SqliteRows db = SqliteRows.open(out)) {
            Map<String, Object> md = db.row("SELECT * FROM gpkg_metadata");
            String text = (String) md.get("metadata");
            assertTrue(text.contains("https://www.geonames.org/"), text);
            assertTrue(text.contains("CC BY 4.0"), text);
            assertTrue(text.contains("Waymark"), text);
            assertEquals("dataset", md.get("md_scope"));
            Map<String, Object> ref = db.row("SELECT * FROM gpkg_metadata_reference");
            assertEquals("geopackage", ref.get("reference_scope"));
            assertEquals(md.get("id"), ref.get("md_file_id"));
            assertNull(ref.get("table_name"));
            assertEquals(2L, ((Number) db.value("SELECT count(*) FROM gpkg_extensions "
                    + "WHERE extension_name = 'gpkg_metadata' AND scope = 'read-write'")).longValue());
        }
    }

    @Test
    void layerStylesComeFromTheStyleFilesThatExist() throws Exception {
        Path out = dir.resolve("styles.gpkg");
        write(out, WriteMode.CREATE, articles.withdrawal());

        try (SqliteRows db = SqliteRows.open(out)) {
            List<Map<String, Object>> styles = db.query("SELECT * FROM layer_styles ORDER BY f_table_name");
            assertEquals(List.of("movements", "places"),
                    styles.stream().map(r -> (String) r.get("f_table_name")).toList(), "layers without files skipped");
            Map<String, Object> places = styles.get(1);
            assertEquals(fixture("places.qml"), places.get("styleQML"));
            assertEquals(fixture("places.sld"), places.get("styleSLD"));
            assertEquals("", places.get("f_table_schema"));
            assertEquals("geom", places.get("f_geometry_column"));
            assertEquals(1, ((Number) places.get("useAsDefault")).intValue());
            assertEquals("places", places.get("styleName"));
            assertNull(styles.get(0).get("styleSLD"), "movements has a QML file only");
            assertEquals("attributes",
                    db.value("SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'"));
        }

        // Appending keeps the default style there is, whoever saved it.
        write(out, WriteMode.APPEND, articles.followUp());
        try (SqliteRows db = SqliteRows.open(out)) {
            assertEquals(2L, db.count("layer_styles"));
        }
    }

    @Test
    void withoutStyleFilesThereAreNoStyleRows() throws Exception {
        Path out = dir.resolve("nostyles.gpkg");
        LayerStyles none = new LayerStyles(getClass().getClassLoader(), "org/waymark/output/no-such-folder");
        try (GeoPackageWriter writer = GeoPackageWriter.open(out, WriteMode.CREATE, none)) {
            writer.add(articles.withdrawal());
        }
        try (SqliteRows db = SqliteRows.open(out)) {
            assertEquals(0L, db.count("layer_styles"));
        }
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Path out = dir.resolve("exists.gpkg");
        write(out, WriteMode.CREATE, articles.withdrawal());
        byte[] before = Files.readAllBytes(out);

        GeoPackageWriteException e = assertThrows(GeoPackageWriteException.class,
                () -> GeoPackageWriter.open(out, WriteMode.CREATE));
        assertEquals("The output file " + out.toAbsolutePath().normalize()
                + " already exists; use --overwrite to replace it or --append to add to it", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out));
        assertEquals(List.of(out), filesIn(dir));
    }

    @Test
    void badPathsAreRefusedClearly() {
        GeoPackageWriteException extension = assertThrows(GeoPackageWriteException.class,
                () -> GeoPackageWriter.open(dir.resolve("news.sqlite"), WriteMode.CREATE));
        assertTrue(extension.getMessage().contains(".gpkg"), extension.getMessage());
        GeoPackageWriteException noDir = assertThrows(GeoPackageWriteException.class,
                () -> GeoPackageWriter.open(dir.resolve("missing/news.gpkg"), WriteMode.CREATE));
        assertTrue(noDir.getMessage().contains("does not exist"), noDir.getMessage());
    }

    @Test
    void overwriteReplacesTheFile() throws Exception {
        Path out = dir.resolve("over.gpkg");
        write(out, WriteMode.CREATE, articles.withdrawal());
        write(out, WriteMode.OVERWRITE, articles.followUp());

        try (SqliteRows db = SqliteRows.open(out)) {
            assertEquals(List.of("d2"), db.query("SELECT doc_id FROM documents").stream()
                    .map(r -> r.get("doc_id")).toList());
            assertEquals(3L, db.count("mentions"));
            assertEquals(Set.of(articles.syria.geonameid(), articles.libya.geonameid(), articles.tripoli.geonameid()),
                    db.query("SELECT geonameid FROM places").stream()
                            .map(r -> ((Number) r.get("geonameid")).longValue()).collect(Collectors.toSet()));
            assertEquals(1L, db.count("gpkg_metadata"));
        }
        assertEquals(List.of(out), filesIn(dir));
    }

    @Test
    void appendAddsNewDocumentsSkipsKnownOnesAndGrowsTheSums() throws Exception {
        Path out = dir.resolve("append.gpkg");
        write(out, WriteMode.CREATE, articles.withdrawal());
        try (GeoPackageWriter writer = GeoPackageWriter.open(out, WriteMode.APPEND, FIXTURE_STYLES)) {
            assertFalse(writer.add(articles.withdrawal()), "the same id and text is skipped");
            assertTrue(writer.add(articles.followUp()));
            assertFalse(writer.add(articles.followUp()), "also within one run");
        }

        try (SqliteRows db = SqliteRows.open(out)) {
            assertEquals(2L, db.count("documents"));
            assertEquals(6L + 3L, db.count("mentions"));
            assertEquals(3L, db.count("movements"));

            Map<String, Object> libya = db.row("SELECT * FROM places WHERE geonameid = ?", articles.libya.geonameid());
            assertEquals(3, ((Number) libya.get("mentions")).intValue());
            assertEquals(2, ((Number) libya.get("documents")).intValue());
            assertEquals((0.9 + 0.8 + 0.6) / 3, ((Number) libya.get("confidence")).doubleValue(), EPS);
            Map<String, Object> syria = db.row("SELECT * FROM places WHERE geonameid = ?", articles.syria.geonameid());
            assertEquals(2, ((Number) syria.get("mentions")).intValue());
            assertEquals(2, ((Number) syria.get("documents")).intValue());
            assertEquals(1, ((Number) db.value("SELECT mentions FROM places WHERE geonameid = ?",
                    articles.tripoli.geonameid())).intValue());

            Map<String, Object> flow = db.row("SELECT * FROM flows");
            assertEquals(2, ((Number) flow.get("reports")).intValue());
            assertEquals(2, ((Number) flow.get("documents")).intValue());
            assertEquals(300L, ((Number) flow.get("total_count")).longValue());
            assertEquals("place", flow.get("destination_kind"), "taken from the first movement of the pair");
            assertLine(PATHS.path(articles.withdrawal().movements().get(0)).getCoordinates(),
                    (byte[]) flow.get("geom"));

            // The extent grew with Tripoli, and the index holds the new rows.
            double maxX = ((Number) db.value("SELECT max_x FROM gpkg_contents WHERE table_name = 'places'"))
                    .doubleValue();
            assertEquals(Stream.of(articles.russia, articles.syria, articles.libya, articles.damascus,
                    articles.tripoli).mapToDouble(Place::longitude).max().orElseThrow(), maxX, EPS);
            assertEquals(5L, db.count("rtree_places_geom"));
            assertEquals(1L, db.count("gpkg_metadata"), "one provenance record, not one per run");
        }
    }

    @Test
    void appendKeepsADocumentWhoseTextChangedUnlessToldToReplaceIt() throws Exception {
        Path out = dir.resolve("keep.gpkg");
        write(out, WriteMode.CREATE, articles.withdrawal(), articles.followUp());
        try (GeoPackageWriter writer = GeoPackageWriter.open(out, WriteMode.APPEND, FIXTURE_STYLES)) {
            assertEquals(DocumentSink.Outcome.CHANGED_KEPT, writer.write(articles.withdrawalRevised()));
            assertEquals(DocumentSink.Outcome.UNCHANGED, writer.write(articles.withdrawal()));
        }
        try (SqliteRows db = SqliteRows.open(out)) {
            assertEquals(articles.withdrawal().document().sha256(),
                    db.value("SELECT sha256 FROM documents WHERE doc_id = 'd1'"), "the earlier text stays");
            assertEquals(2L, db.count("documents"));
        }
    }

    @Test
    void appendReplacesADocumentWhoseTextChanged() throws Exception {
        Path out = dir.resolve("revise.gpkg");
        write(out, WriteMode.CREATE, articles.withdrawal(), articles.followUp());
        try (GeoPackageWriter writer = GeoPackageWriter.open(out, WriteMode.APPEND, FIXTURE_STYLES,
                new DocumentSink.Options(true, line -> { }))) {
            assertEquals(DocumentSink.Outcome.REPLACED, writer.write(articles.withdrawalRevised()),
                    "a changed text replaces the earlier version");
        }

        try (SqliteRows db = SqliteRows.open(out)) {
            assertEquals(2L, db.count("documents"));
            assertEquals(articles.withdrawalRevised().document().sha256(),
                    db.value("SELECT sha256 FROM documents WHERE doc_id = 'd1'"));
            assertEquals(6L, ((Number) db.value("SELECT count(*) FROM mentions WHERE doc_id = 'd1'")).longValue());
            assertEquals(3, ((Number) db.value("SELECT mentions FROM places WHERE geonameid = ?",
                    articles.libya.geonameid())).intValue(), "not counted twice");
            Map<String, Object> flow = db.row("SELECT * FROM flows");
            assertEquals(2, ((Number) flow.get("reports")).intValue());
            assertEquals(350L, ((Number) flow.get("total_count")).longValue());
        }
    }

    @Test
    void replacingADocumentDropsPlacesNoLongerReferred() throws Exception {
        Path out = dir.resolve("orphans.gpkg");
        ParsedDocument d2 = articles.followUp();
        ParsedDocument d2WithoutTripoli = new ParsedDocument(
                new org.waymark.text.Document("d2", d2.document().text() + " Update: no landing.", null, null,
                        null),
                d2.mentions().subList(0, 2), d2.movements());
        write(out, WriteMode.CREATE, d2);
        try (GeoPackageWriter writer = GeoPackageWriter.open(out, WriteMode.APPEND, FIXTURE_STYLES,
                new DocumentSink.Options(true, line -> { }))) {
            assertTrue(writer.add(d2WithoutTripoli));
        }

        try (SqliteRows db = SqliteRows.open(out)) {
            assertEquals(Set.of(articles.syria.geonameid(), articles.libya.geonameid()),
                    db.query("SELECT geonameid FROM places").stream()
                            .map(r -> ((Number) r.get("geonameid")).longValue()).collect(Collectors.toSet()));
            assertEquals(2L, db.count("rtree_places_geom"));
        }
    }

    @Test
    void appendToAMissingFileStartsOne() throws Exception {
        Path out = dir.resolve("fresh.gpkg");
        write(out, WriteMode.APPEND, articles.withdrawal());
        try (SqliteRows db = SqliteRows.open(out)) {
            assertEquals(1L, db.count("documents"));
        }
    }

    @Test
    void appendRefusesAFileThatIsNotAWaymarkGeoPackage() throws Exception {
        Path text = dir.resolve("notes.gpkg");
        Files.writeString(text, "not a database");
        GeoPackageWriteException notGpkg = assertThrows(GeoPackageWriteException.class,
                () -> GeoPackageWriter.open(text, WriteMode.APPEND));
        assertTrue(notGpkg.getMessage().contains("Cannot append to " + text), notGpkg.getMessage());
        assertEquals("not a database", Files.readString(text));

        Path other = dir.resolve("other.gpkg");
        mil.nga.geopackage.GeoPackageManager.create(other.toFile());
        byte[] before = Files.readAllBytes(other);
        GeoPackageWriteException notWaymark = assertThrows(GeoPackageWriteException.class,
                () -> GeoPackageWriter.open(other, WriteMode.APPEND));
        assertTrue(notWaymark.getMessage().contains("not a Waymark GeoPackage"), notWaymark.getMessage());
        assertArrayEquals(before, Files.readAllBytes(other));
        assertEquals(Set.of(text, other), Set.copyOf(filesIn(dir)), "no temporary file left behind");
    }

    @Test
    void aFailingAddLeavesTheOutputUntouched() throws Exception {
        Path out = dir.resolve("keep.gpkg");
        write(out, WriteMode.CREATE, articles.withdrawal());
        byte[] before = Files.readAllBytes(out);

        try (GeoPackageWriter writer = GeoPackageWriter.open(out, WriteMode.OVERWRITE, FIXTURE_STYLES)) {
            assertTrue(writer.add(articles.followUp()));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> writer.add(articles.inconsistent()));
            assertTrue(e.getMessage().contains("'d1'") && e.getMessage().contains("'d3'"), e.getMessage());
            assertThrows(IllegalStateException.class, () -> writer.add(articles.followUp()),
                    "a failed writer takes no more documents");
        }
        assertArrayEquals(before, Files.readAllBytes(out), "close after a failure publishes nothing");
        assertEquals(List.of(out), filesIn(dir), "and deletes the temporary file");
    }

    @Test
    void abortLeavesTheOutputUntouched() throws Exception {
        Path out = dir.resolve("abort.gpkg");
        write(out, WriteMode.CREATE, articles.withdrawal());
        byte[] before = Files.readAllBytes(out);

        RuntimeException failure = new IllegalStateException("the pipeline failed");
        GeoPackageWriter writer = GeoPackageWriter.open(out, WriteMode.APPEND, FIXTURE_STYLES);
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> {
            try {
                writer.add(articles.followUp());
                throw failure;
            } catch (RuntimeException e) {
                writer.abort();
                throw e;
            } finally {
                writer.close();
            }
        });
        assertEquals(failure, thrown);
        assertArrayEquals(before, Files.readAllBytes(out));
        assertEquals(List.of(out), filesIn(dir));

        Path never = dir.resolve("never.gpkg");
        try (GeoPackageWriter w = GeoPackageWriter.open(never, WriteMode.CREATE)) {
            w.add(articles.withdrawal());
            w.abort();
        }
        assertFalse(Files.exists(never), "an aborted CREATE makes no file");
        assertEquals(List.of(out), filesIn(dir));
    }

    // ---- helpers

    private static void assertPoint(Place expected, byte[] blob) {
        assertNotNull(blob, expected.name() + " has a geometry");
        GeoPackageGeometryData data = GeoPackageGeometryData.create(blob);
        assertEquals(4326, data.getSrsId());
        Point point = (Point) data.getGeometry();
        assertEquals(expected.longitude(), point.getX(), EPS, "x is the longitude");
        assertEquals(expected.latitude(), point.getY(), EPS, "y is the latitude");
    }

    private static void assertLine(Coordinate[] expected, byte[] blob) {
        assertNotNull(blob);
        GeoPackageGeometryData data = GeoPackageGeometryData.create(blob);
        assertEquals(4326, data.getSrsId());
        MultiLineString lines = (MultiLineString) data.getGeometry();
        assertEquals(1, lines.numLineStrings(), "one part: the path does not cross the antimeridian");
        LineString line = lines.getLineString(0);
        assertEquals(expected.length, line.numPoints());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].getX(), line.getPoint(i).getX(), EPS);
            assertEquals(expected[i].getY(), line.getPoint(i).getY(), EPS);
        }
    }

    private static double[] extentOf(List<Coordinate> coordinates) {
        return new double[] {
            coordinates.stream().mapToDouble(c -> c.x).min().orElseThrow(),
            coordinates.stream().mapToDouble(c -> c.y).min().orElseThrow(),
            coordinates.stream().mapToDouble(c -> c.x).max().orElseThrow(),
            coordinates.stream().mapToDouble(c -> c.y).max().orElseThrow()};
    }

    private static void assertExtent(double[] expected, SqliteRows db, String table) throws SQLException {
        Map<String, Object> c = db.row("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?",
                table);
        assertEquals(expected[0], ((Number) c.get("min_x")).doubleValue(), EPS, table + " min_x");
        assertEquals(expected[1], ((Number) c.get("min_y")).doubleValue(), EPS, table + " min_y");
        assertEquals(expected[2], ((Number) c.get("max_x")).doubleValue(), EPS, table + " max_x");
        assertEquals(expected[3], ((Number) c.get("max_y")).doubleValue(), EPS, table + " max_y");
    }

    private static String fixture(String name) throws IOException {
        try (var in = GeoPackageWriterTest.class.getResourceAsStream("style-fixtures/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLongListSentenceIsStoredAsAShortWindowInEveryRow() throws Exception {
        // one 39,000-character sentence that names Syria 600 times: 600 mentions rows and one movement
        StringBuilder list = new StringBuilder("Aid convoys reached");
        for (int i = 0; i < 600; i++) {
            list.append(" Syria district ").append(i).append(" with eighty-five trucks of flour and medicine,");
        }
        String sentence = list.append(" the agency said.").toString();
        String text = "Convoys left Libya. " + sentence;
        org.waymark.text.Document doc = new org.waymark.text.Document("list", text, null, null, null);
        List<Mention> mentions = new java.util.ArrayList<>();
        int at = -1;
        while ((at = text.indexOf("Syria", at + 1)) >= 0) {
            mentions.add(new Mention(new org.waymark.recognize.Toponym(at, at + 5, "Syria",
                    org.waymark.recognize.Toponym.Kind.TOPONYM, 1), articles.syria, 0.9, "test", sentence));
        }
        Movement moved = new Movement("list", articles.libya, articles.syria, null, null, List.of(), true,
                Movement.EndKind.PLACE, "reach", "Aid convoys", null, Movement.Status.REPORTED, sentence,
                20, 38, 0.5);
        assertEquals(600, mentions.size());
        assertTrue(sentence.length() > 35_000, "a long list: " + sentence.length());
        Path out = dir.resolve("list.gpkg");
        write(out, WriteMode.CREATE, new ParsedDocument(doc, mentions, List.of(moved)));

        try (SqliteRows db = SqliteRows.open(out)) {
            assertEquals(600L, db.count("mentions"));
            long longest = ((Number) db.value("SELECT max(length(sentence)) FROM mentions")).longValue();
            assertTrue(longest <= 400 && longest > 350, "at most 400 characters: " + longest);
            assertEquals(600L, ((Number) db.value("SELECT count(*) FROM mentions WHERE sentence LIKE '%Syria%'"))
                    .longValue(), "every row holds its mention");
            long cutTwice = ((Number) db.value("SELECT count(*) FROM mentions WHERE sentence LIKE '…%…'"))
                    .longValue();
            assertTrue(cutTwice > 580, "cut at both ends but near the sentence's own ends: " + cutTwice);
            String evidence = (String) db.value("SELECT sentence FROM movements");
            assertTrue(evidence.startsWith("Aid convoys reached Syria district 0 ") && evidence.endsWith("…")
                    && evidence.length() <= 400, evidence);
        }
        assertTrue(Files.size(out) < 1_000_000, "stays small (whole sentences would be 24 MB): " + Files.size(out));
    }

    @Test
    void aPathAcrossTheAntimeridianIsSplitThereWithEveryLongitudeInRange() throws Exception {
        Path out = dir.resolve("pacific.gpkg");
        write(out, WriteMode.CREATE, articles.pacific());
        LineString[] parts;
        try (SqliteRows db = SqliteRows.open(out)) {
            for (String table : List.of("movements", "flows")) {
                GeoPackageGeometryData data = GeoPackageGeometryData.create((byte[]) db.value("SELECT geom FROM "
                        + table));
                MultiLineString lines = (MultiLineString) data.getGeometry();
                assertEquals(2, lines.numLineStrings(), table + ": Tokyo to Los Angeles crosses the antimeridian once");
                parts = lines.getLineStrings().toArray(new LineString[0]);
                for (LineString part : parts) {
                    for (Point p : part.getPoints()) {
                        assertTrue(Math.abs(p.getX()) <= 180, table + ": x in [-180, 180]: " + p.getX());
                    }
                }
                Point first = parts[0].getPoint(0);
                Point end = parts[0].getPoint(parts[0].numPoints() - 1);
                Point start = parts[1].getPoint(0);
                Point last = parts[1].getPoint(parts[1].numPoints() - 1);
                assertEquals(articles.tokyo.longitude(), first.getX(), EPS, "from Tokyo");
                assertEquals(180, end.getX(), 0, "the first part ends at +180");
                assertEquals(-180, start.getX(), 0, "the second starts at -180");
                assertEquals(end.getY(), start.getY(), 0, "at the same latitude");
                assertTrue(end.getY() > 40 && end.getY() < 55, "the great circle runs north: " + end.getY());
                assertEquals(articles.losAngeles.longitude(), last.getX(), EPS, "to Los Angeles");
                assertEquals(-180, data.getEnvelope().getMinX(), 0, table + " envelope");
                assertEquals(180, data.getEnvelope().getMaxX(), 0, table + " envelope");
            }
            assertEquals(180.0, ((Number) db.value("SELECT max_x FROM gpkg_contents WHERE table_name = 'movements'"))
                    .doubleValue(), 0, "the extent stays in range too");
        }
    }

    @Test
    void appendingToAFileWithLinestringPathsConvertsThem() throws Exception {
        Path out = dir.resolve("old.gpkg");
        write(out, WriteMode.CREATE, articles.withdrawal());
        // as files were written before paths were split: LINESTRING, with continuous longitudes
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + out);
             java.sql.Statement st = c.createStatement()) {
            st.execute("UPDATE gpkg_geometry_columns SET geometry_type_name = 'LINESTRING' "
                    + "WHERE table_name IN ('movements', 'flows')");
            // the R-tree triggers call SQLite functions this plain connection lacks; the writer builds them anew
            List<String> triggers = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                    + "AND tbl_name = 'movements'")) {
                while (rs.next()) {
                    triggers.add(rs.getString(1));
                }
            }
            for (String trigger : triggers) {
                st.execute("DROP TRIGGER \"" + trigger + "\"");
            }
            LineString old = new LineString();
            old.addPoint(new Point(170, 10));
            old.addPoint(new Point(190, 12));
            try (java.sql.PreparedStatement up = c.prepareStatement("UPDATE movements SET geom = ?")) {
                up.setBytes(1, GeoPackageGeometryData.createAndBuildEnvelope(4326, old).toBytes());
                up.executeUpdate();
            }
        }
        write(out, WriteMode.APPEND, articles.followUp());
        try (SqliteRows db = SqliteRows.open(out)) {
            assertEquals(List.of("MULTILINESTRING", "MULTILINESTRING"), db.query("SELECT geometry_type_name FROM "
                    + "gpkg_geometry_columns WHERE table_name IN ('movements', 'flows')").stream()
                    .map(r -> (String) r.get("geometry_type_name")).toList());
            for (Map<String, Object> row : db.query("SELECT geom FROM movements WHERE geom IS NOT NULL")) {
                MultiLineString lines = (MultiLineString) GeoPackageGeometryData.create((byte[]) row.get("geom"))
                        .getGeometry();
                for (LineString part : lines.getLineStrings()) {
                    part.getPoints().forEach(p -> assertTrue(Math.abs(p.getX()) <= 180, "in range: " + p.getX()));
                }
            }
        }
    }

    /** The files in {@code directory}, but for writer lock files ({@link WriterLock}), which stay by design. */
    static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".gpkg.lock")).sorted().toList();
        }
    }
}
