package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.PostgresCluster;
import org.waymark.publish.LayerStyle;

/**
 * Everything that states the layers agrees with the one schema, {@link Layer}: what each sink creates (read back by
 * GDAL's {@code ogrinfo}, as QGIS and GeoServer read it, and by the database itself), the style files, the styles the
 * publisher knows, the README's layer tables, and the JSON the Python checks read. The contents of the styles (the
 * attributes they read, the values they tell apart) are checked against the schema by
 * {@code publish.StyleContractTest}.
 */
class LayerSchemaTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Pattern LAYER_HEADING = Pattern.compile("^\\*\\*`(\\w+)`\\*\\* \\(([^,;:)]+)");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    /** A field as {@code ogrinfo -so} lists it: {@code doc_id: String (0.0) UNIQUE NOT NULL}. */
    private static final Pattern OGR_FIELD = Pattern.compile("^(\\w+): ([\\w()]+) \\(\\d+\\.\\d+\\)((?: UNIQUE)?(?: NOT NULL)?)$");

    @TempDir
    Path dir;

    @Test
    void theGeoPackageSinkWritesTheSchema() throws Exception {
        Path gpkg = dir.resolve("schema.gpkg");
        TestArticles articles = new TestArticles();
        try (GeoPackageWriter writer = GeoPackageWriter.open(gpkg, WriteMode.CREATE)) {
            writer.write(articles.withdrawal());
        }
        try (SqliteRows file = SqliteRows.open(gpkg)) {
            for (Layer layer : Layer.values()) {
                List<String> columns = new ArrayList<>();
                for (Map<String, Object> c : file.query("SELECT * FROM pragma_table_info(?)", layer.table())) {
                    columns.add(c.get("name") + " " + c.get("type") + (((Number) c.get("notnull")).intValue() == 1
                            ? " NOT NULL" : "") + (((Number) c.get("pk")).intValue() == 1 ? " PK" : ""));
                }
                assertEquals(expectedColumns(layer, "INTEGER PK", "GEOMETRY"), columns.stream()
                        .map(c -> c.replace(" NOT NULL PK", " PK")).map(c -> c.replaceAll("^geom \\w+", "geom GEOMETRY"))
                        .toList(), layer.table());
                if (layer.hasGeometry()) {
                    assertEquals(Map.of("geometry_type_name", layer.geometryType().orElseThrow().name(),
                            "srs_id", Layer.SRS_ID, "column_name", Layer.GEOMETRY), file.row("SELECT geometry_type_name,"
                            + " srs_id, column_name FROM gpkg_geometry_columns WHERE table_name = ?", layer.table()));
                }
            }
        }
        assertGdalReadsTheSchema(gpkg.toString());
    }

    @Test
    void thePostGisSinkWritesTheSchema() throws Exception {
        try (PostgresCluster cluster = PostgresCluster.start()) {
            String db = cluster.createDatabase("schema");
            PostGisTarget target = PostGisTarget.parse(cluster.url(PostgresCluster.SUPERUSER, db, "news"));
            try (PostGisWriter writer = PostGisWriter.open(target, WriteMode.CREATE, DocumentSink.Options.DEFAULT)) {
                writer.write(new TestArticles().withdrawal());
            }
            try (SqliteRows rows = SqliteRows.over(cluster.connect(db))) {
                for (Layer layer : Layer.values()) {
                    List<String> columns = new ArrayList<>();
                    for (Map<String, Object> c : rows.query("SELECT column_name, upper(data_type) AS t, is_nullable "
                            + "FROM information_schema.columns WHERE table_schema = 'news' AND table_name = ? "
                            + "ORDER BY ordinal_position", layer.table())) {
                        columns.add(c.get("column_name") + " " + c.get("t")
                                + ("NO".equals(c.get("is_nullable")) ? " NOT NULL" : ""));
                    }
                    assertEquals(expectedColumns(layer, "BIGINT PK", "USER-DEFINED").stream()
                            .map(c -> c.replace(" PK", " NOT NULL")).map(LayerSchemaTest::postgresType).toList(),
                            columns, layer.table());
                    assertEquals("PRIMARY KEY (fid)", rows.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                            + " WHERE conrelid = ?::regclass AND contype = 'p'", "news." + layer.table()));
                    if (!layer.naturalKey().isEmpty()) {
                        assertEquals("UNIQUE (" + String.join(", ", layer.naturalKey()) + ")", rows.value(
                                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = ?::regclass "
                                        + "AND contype = 'u'", "news." + layer.table()));
                    }
                    if (layer.hasGeometry()) {
                        assertEquals(Map.of("type", layer.geometryType().orElseThrow().name(), "srid", Layer.SRS_ID),
                                rows.row("SELECT type, srid FROM geometry_columns WHERE f_table_schema = 'news' "
                                        + "AND f_table_name = ? AND f_geometry_column = 'geom'", layer.table()));
                        assertEquals(1L, rows.value("SELECT count(*) FROM pg_indexes WHERE schemaname = 'news' AND "
                                + "tablename = ? AND indexdef LIKE '%USING gist (geom)%'", layer.table()));
                    }
                }
                for (LayerStyle style : LayerStyle.values()) {
                    assertEquals(Map.of("styleqml", style.qml(), "useasdefault", true), rows.row("SELECT "
                            + "styleqml::text, useasdefault FROM public.layer_styles WHERE f_table_catalog = ? AND "
                            + "f_table_schema = 'news' AND f_table_name = ? AND f_geometry_column = 'geom'", db,
                            style.layerName()), "the QML of " + style);
                }
            }
            // the tables without a geometry too
            assertGdalReadsTheSchema("PG:" + cluster.conninfo(db) + " schemas=news", "-oo", "LIST_ALL_TABLES=YES");
        }
    }

    @Test
    void theStylesAreThoseOfTheLayersWithAGeometry() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (Layer layer : Layer.withGeometry()) {
            expected.add(layer.table() + ".qml");
            expected.add(layer.table() + ".sld");
        }
        try (Stream<Path> files = Files.list(BASEDIR.resolve("styles"))) {
            assertEquals(expected, files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(
                    TreeSet::new)), "styles/");
        }
        assertEquals(Layer.withGeometry(), Stream.of(LayerStyle.values()).map(LayerStyle::layer).toList(),
                "the publisher's styled layers");
    }

    /** Each {@code **`layer`** (GEOMETRY…)} table of the README lists the layer's columns in schema order. */
    @Test
    void theReadmeLayerTablesAreTheSchema() throws IOException {
        List<String> lines = Files.readAllLines(BASEDIR.resolve("README.md"), StandardCharsets.UTF_8);
        Map<String, String> geometries = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, String> rowsByColumn = new LinkedHashMap<>();
        String current = null;
        for (String line : lines) {
            Matcher heading = LAYER_HEADING.matcher(line);
            if (heading.find()) {
                current = heading.group(1);
                geometries.put(current, heading.group(2).trim());
                columns.put(current, new ArrayList<>());
            } else if (current != null && line.startsWith("| `")) {
                String firstCell = line.substring(1, line.indexOf('|', 1));
                Matcher names = BACKTICKED.matcher(firstCell);
                while (names.find()) {
                    columns.get(current).add(names.group(1));
                    rowsByColumn.put(current + "." + names.group(1), line);
                }
            } else if (line.startsWith("#")) {
                current = null;
            }
        }
        Map<String, String> expectedGeometries = new LinkedHashMap<>();
        Map<String, List<String>> expectedColumns = new LinkedHashMap<>();
        for (Layer layer : Layer.values()) {
            expectedGeometries.put(layer.table(), layer.geometryType().map(Enum::name).orElse("attributes"));
            expectedColumns.put(layer.table(), layer.columns().stream().map(Column::name).toList());
        }
        assertEquals(expectedGeometries, geometries, "README: the layers and their geometry types");
        assertEquals(expectedColumns, columns, "README: the columns of each layer, in table order");
        for (Layer layer : Layer.values()) {
            for (Column c : layer.columns()) {
                for (String value : c.values()) {
                    String row = rowsByColumn.get(layer.table() + "." + c.name());
                    assertTrue(row.contains("`" + value + "`"), "README: " + layer.table() + "." + c.name()
                            + " names the value `" + value + "`: " + row);
                }
            }
        }
    }

    @Test
    void thePythonChecksReadTheSchema() throws IOException {
        Path committed = BASEDIR.resolve("src/test/qgis/layer_contract.json");
        String expected = LayerSchemaJson.write();
        if (!Files.exists(committed) || !Files.readString(committed).equals(expected)) {
            Path fresh = BASEDIR.resolve("target/layer_contract.json");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, expected);
            assertEquals(expected, Files.exists(committed) ? Files.readString(committed) : "",
                    committed + " is not the schema: cp " + fresh + " " + committed);
        }
    }

    /**
     * GDAL lists every layer with its geometry type, SRID {@value Layer#SRS_ID}, fid and geometry column, and the
     * columns in schema order with the types the schema gives them (as {@code ogrinfo} names them).
     */
    private static void assertGdalReadsTheSchema(String source, String... options) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ogrinfo")), "GDAL's ogrinfo is not installed");
        String listing = ogrinfo(Stream.concat(Stream.of(options), Stream.of("-ro", "-q", source)).toList());
        for (Layer layer : Layer.values()) {
            String expected = layer.table() + " (" + layer.geometryType().map(g -> switch (g) {
                case POINT -> "Point";
                case MULTILINESTRING -> "Multi Line String";
            }).orElse("None") + ")";
            assertTrue(listing.contains(expected), "ogrinfo lists " + expected + ":\n" + listing);
            String info = ogrinfo(Stream.concat(Stream.of(options), Stream.of("-ro", "-so", source, layer.table()))
                    .toList());
            assertTrue(info.contains("FID Column = " + Layer.FID), info);
            if (layer.hasGeometry()) {
                assertTrue(info.contains("Geometry Column = " + Layer.GEOMETRY), info);
                assertTrue(info.replaceAll("\\s", "").contains("ID[\"EPSG\"," + Layer.SRS_ID + "]]"), info);
            }
            List<String> fields = new ArrayList<>();
            for (String line : info.split("\n")) {
                Matcher field = OGR_FIELD.matcher(line);
                if (field.find()) {
                    fields.add(field.group(1) + " " + field.group(2) + field.group(3));
                }
            }
            List<String> expectedFields = layer.columns().stream().map(c -> c.name() + " " + switch (c.type()) {
                case TEXT -> "String";
                case INTEGER -> "Integer64";
                case REAL -> "Real";
                case BOOLEAN -> "Integer(Boolean)";
            } + (c.unique() ? " UNIQUE" : "") + (c.nullable() ? "" : " NOT NULL")).toList();
            assertEquals(expectedFields, fields, "ogrinfo " + source + " " + layer.table() + ":\n" + info);
        }
    }

    /** The schema's columns as the database states them: fid, geometry, then the attributes. */
    private static List<String> expectedColumns(Layer layer, String fid, String geometry) {
        List<String> columns = new ArrayList<>();
        columns.add(Layer.FID + " " + fid);
        if (layer.hasGeometry()) {
            columns.add(Layer.GEOMETRY + " " + geometry);
        }
        for (Column c : layer.columns()) {
            columns.add(c.name() + " " + c.type().name() + (c.nullable() ? "" : " NOT NULL"));
        }
        return columns;
    }

    private static String postgresType(String column) {
        String[] parts = column.split(" ", 3);
        String type = switch (parts[1]) {
            case "INTEGER" -> "BIGINT";
            case "REAL" -> "DOUBLE PRECISION";
            default -> parts[1];
        };
        return parts[0] + " " + type + (parts.length > 2 ? " " + parts[2] : "");
    }

    private static String ogrinfo(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/ogrinfo"));
        command.addAll(args);
        Path log = Files.createTempFile("ogrinfo", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ogrinfo did not end");
            String out = Files.readString(log);
            assertEquals(0, p.exitValue(), out);
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
