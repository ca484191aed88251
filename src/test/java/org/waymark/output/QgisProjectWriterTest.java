package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The project XML and the base map, read back without QGIS; {@code QgisVerificationTest} opens them in QGIS. */
class QgisProjectWriterTest {

    private static final List<String> TOP_TO_BOTTOM = List.of("places", "mentions", "movements", "flows", "countries");

    @TempDir
    Path dir;

    private final QgisProjectWriter writer =
            QgisProjectWriter.using(FixtureCountries::rough, QgisProjectWriterTest.class.getClassLoader());

    private Path fixture() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        return FixtureGeoPackage.write(dir.resolve("data/news.gpkg"));
    }

    private Path mapsDir() throws IOException {
        return Files.createDirectories(dir.resolve("maps"));
    }

    @Test
    void layersTopToBottomWithSourcesRelativeToTheProject() throws Exception {
        Path gpkg = fixture();
        Path qgs = mapsDir().resolve("news.qgs");

        QgisProjectFiles files = writer.writeProject(gpkg, qgs);

        assertEquals(qgs, files.project());
        assertEquals(dir.resolve("maps/news-basemap.gpkg"), files.baseMap());
        assertEquals(TOP_TO_BOTTOM, files.layers());
        Document project = parse(qgs);
        assertEquals(TOP_TO_BOTTOM, strings(project, "/qgis/layer-tree-group/layer-tree-layer/@name"));
        assertEquals(TOP_TO_BOTTOM, strings(project, "/qgis/projectlayers/maplayer/layername"));
        for (String layer : TOP_TO_BOTTOM) {
            String source = string(project, "/qgis/projectlayers/maplayer[layername='" + layer + "']/datasource");
            String expected = layer.equals("countries") ? "./news-basemap.gpkg|layername=countries"
                    : "../data/news.gpkg|layername=" + layer;
            assertEquals(expected, source);
            Path file = qgs.getParent().resolve(source.substring(0, source.indexOf('|'))).normalize();
            assertTrue(Files.isRegularFile(file), file + " is where " + layer + " reads");
            assertEquals(source, string(project, "/qgis/layer-tree-group/layer-tree-layer[@name='" + layer
                    + "']/@source"));
            assertEquals("ogr", string(project, "/qgis/projectlayers/maplayer[layername='" + layer + "']/provider"));
        }
        assertEquals("false", string(project, "/qgis/properties/Paths/Absolute"));
        assertEquals("3.22", string(project, "/qgis/@version").substring(0, 4));
        assertEquals("EPSG:4326", string(project, "/qgis/projectCrs/spatialrefsys/authid"));
        assertEquals(List.of("Point", "Point", "Line", "Line", "Polygon"),
                strings(project, "/qgis/projectlayers/maplayer/@geometry"));
    }

    @Test
    void projectBesideTheGeoPackageReadsItWithDotSlash() throws Exception {
        Path gpkg = fixture();
        Path qgs = dir.resolve("data/news.qgs");

        writer.writeProject(gpkg, qgs);

        assertEquals("./news.gpkg|layername=movements",
                string(parse(qgs), "/qgis/projectlayers/maplayer[layername='movements']/datasource"));
    }

    @Test
    void embedsEachLayersStoredStyle() throws Exception {
        Path qgs = mapsDir().resolve("news.qgs");
        writer.writeProject(fixture(), qgs);

        Document project = parse(qgs);
        for (String layer : FixtureGeoPackage.STYLED_LAYERS) {
            Element mapLayer = mapLayer(project, layer);
            Element qml = parseText(FixtureGeoPackage.qml(layer)).getDocumentElement();
            assertTrue(firstChild(qml, "renderer-v2").isEqualNode(firstChild(mapLayer, "renderer-v2")),
                    layer + ": the project's renderer is the stored QML's");
            assertEquals(qml.getAttribute("minScale"), mapLayer.getAttribute("minScale"));
            assertEquals(qml.getAttribute("labelsEnabled"), mapLayer.getAttribute("labelsEnabled"));
            assertEquals(1, mapLayer.getElementsByTagName("renderer-v2").getLength());
            assertFalse(mapLayer.hasAttribute("version"), "the QML's QGIS version is not a layer attribute");
        }
        assertEquals("categorizedSymbol", firstChild(mapLayer(project, "movements"), "renderer-v2")
                .getAttribute("type"));
    }

    @Test
    void theNewestDefaultStyleWins() throws Exception {
        Path gpkg = fixture();
        String mine = FixtureGeoPackage.qml("places").replace("200,30,30,255", "10,20,30,255");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg)) {
            Thread.sleep(5);    // update_time has millisecond resolution
            FixtureGeoPackage.insertStyle(db, "places", mine);
        }
        Path qgs = mapsDir().resolve("news.qgs");

        writer.writeProject(gpkg, qgs);

        String project = Files.readString(qgs);
        assertTrue(project.contains("10,20,30,255"), "the style saved last is embedded");
        assertFalse(project.contains("200,30,30,255"), "the older style is not");
    }

    @Test
    void multiLineExpressionsAndNonAsciiTextSurviveEmbedding() throws Exception {
        Path gpkg = fixture();
        String expression = "CASE WHEN \"population\" > 1e6\nTHEN 'große Stadt' END";
        String qml = FixtureGeoPackage.qml("places").replace("<blendMode>", "<labeling type=\"simple\"><settings>"
                + "<text-style fieldName=\"" + expression.replace("\"", "&quot;").replace("\n", "&#10;")
                + "\" isExpression=\"1\"/></settings></labeling>\n  <blendMode>");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg)) {
            Thread.sleep(5);
            FixtureGeoPackage.insertStyle(db, "places", qml);
        }
        Path qgs = mapsDir().resolve("news.qgs");

        writer.writeProject(gpkg, qgs);

        assertEquals(expression, string(parse(qgs),
                "/qgis/projectlayers/maplayer[layername='places']/labeling/settings/text-style/@fieldName"));
    }

    @Test
    void fallsBackToTheClasspathStyleThenToQgisDefault() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Path gpkg = FixtureGeoPackage.write(dir.resolve("data/news.gpkg"), Set.of("places", "mentions"), true);
        URL root = QgisProjectWriterTest.class.getResource("/org/waymark/output/qgis-fixture/classpath/");
        assertNotNull(root);
        Path qgs = mapsDir().resolve("news.qgs");
        // Waymark's real styles are on the test classpath too: the fixture's styles must come first
        try (URLClassLoader fixture = new URLClassLoader(new URL[] {root}, null)) {
            ClassLoader styles = new ClassLoader(QgisProjectWriterTest.class.getClassLoader()) {
                @Override
                public URL getResource(String name) {
                    return name.startsWith("org/waymark/styles/") ? fixture.getResource(name)
                            : super.getResource(name);
                }
            };
            QgisProjectWriter.using(FixtureCountries::rough, styles).writeProject(gpkg, qgs);
        }
        Document project = parse(qgs);
        assertEquals("0,160,160,255", string(project, "/qgis/projectlayers/maplayer[layername='flows']"
                + "//Option[@name='line_color']/@value"), "flows take the classpath style");
        assertEquals(0, mapLayer(project, "movements").getElementsByTagName("renderer-v2").getLength(),
                "movements, with no style anywhere, are left to QGIS's default");
        assertEquals("200,30,30,255", string(project, "/qgis/projectlayers/maplayer[layername='places']"
                + "//Option[@name='color']/@value"), "stored styles still come first");
    }

    @Test
    void wmsSettingsPublishTheProject() throws Exception {
        Path qgs = mapsDir().resolve("news.qgs");
        writer.writeProject(fixture(), qgs);

        Document project = parse(qgs);
        assertEquals("true", string(project, "/qgis/properties/WMSServiceCapabilities"));
        assertEquals("bool", string(project, "/qgis/properties/WMSServiceCapabilities/@type"));
        assertEquals("Waymark: news", string(project, "/qgis/properties/WMSServiceTitle"));
        assertEquals(List.of("EPSG:4326", "EPSG:3857"), strings(project, "/qgis/properties/WMSCrsList/value"));
        assertEquals("QStringList", string(project, "/qgis/properties/WMSExtent/@type"));
        for (String layer : FixtureGeoPackage.STYLED_LAYERS) {
            Element mapLayer = mapLayer(project, layer);
            assertEquals("GeoNames CC BY 4.0", firstChild(mapLayer, "attribution").getTextContent());
            assertEquals("https://www.geonames.org/", firstChild(mapLayer, "attribution").getAttribute("href"));
            assertEquals(layer, firstChild(mapLayer, "shortname").getTextContent(), "the WMS layer name");
        }
        assertTrue(firstChild(mapLayer(project, "countries"), "attribution").getTextContent()
                .contains("Natural Earth"));
        assertTrue(string(project, "/qgis/properties/WMSAccessConstraints").contains("GeoNames, CC BY 4.0"));
    }

    @Test
    void opensOnTheDataWithAMargin() throws Exception {
        Path qgs = mapsDir().resolve("news.qgs");
        writer.writeProject(fixture(), qgs);

        double[][] points = {FixtureGeoPackage.DAMASCUS, FixtureGeoPackage.TRIPOLI, FixtureGeoPackage.BENGHAZI};
        double minX = Stream.of(points).mapToDouble(p -> p[0]).min().orElseThrow();
        double maxX = Stream.of(points).mapToDouble(p -> p[0]).max().orElseThrow();
        double minY = Stream.of(points).mapToDouble(p -> p[1]).min().orElseThrow();
        double maxY = Stream.of(points).mapToDouble(p -> p[1]).max().orElseThrow();
        double margin = Math.max(0.1 * Math.max(maxX - minX, maxY - minY), 2.0);
        List<Double> expected = List.of(minX - margin, minY - margin, maxX + margin, maxY + margin);

        Document project = parse(qgs);
        assertClose(expected, strings(project, "/qgis/properties/WMSExtent/value"));
        assertClose(expected, strings(project, "/qgis/mapcanvas/extent/*"));
        assertClose(expected, List.of(string(project, "//DefaultViewExtent/@xmin"),
                string(project, "//DefaultViewExtent/@ymin"), string(project, "//DefaultViewExtent/@xmax"),
                string(project, "//DefaultViewExtent/@ymax")));
        assertClose(List.of(minX, minY, maxX, maxY),
                strings(project, "/qgis/projectlayers/maplayer[layername='places']/extent/*"));
    }

    @Test
    void emptyLayersOpenOnTheWorld() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Path gpkg = FixtureGeoPackage.write(dir.resolve("data/news.gpkg"),
                Set.copyOf(FixtureGeoPackage.STYLED_LAYERS), false);
        Path qgs = mapsDir().resolve("news.qgs");

        writer.writeProject(gpkg, qgs);

        Document project = parse(qgs);
        assertClose(List.of(-180.0, -90.0, 180.0, 90.0), strings(project, "/qgis/properties/WMSExtent/value"));
        assertEquals(0, mapLayer(project, "places").getElementsByTagName("extent").getLength());
        assertEquals(TOP_TO_BOTTOM, strings(project, "/qgis/projectlayers/maplayer/layername"));
    }

    @Test
    void theBaseMapIsAStyledGeoPackageOfTheCountries() throws Exception {
        QgisProjectFiles files = writer.writeProject(fixture(), mapsDir().resolve("news.qgs"));

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + files.baseMap());
             Statement st = db.createStatement()) {
            assertEquals(List.of("EG", "LB", "LY", "SY"),
                    column(st, "SELECT iso_a2 FROM countries ORDER BY iso_a2"));
            assertEquals(List.of("MULTIPOLYGON|4326|geom"), column(st,
                    "SELECT geometry_type_name || '|' || srs_id || '|' || column_name FROM gpkg_geometry_columns "
                            + "WHERE table_name = 'countries'"));
            assertEquals(List.of("1"), column(st, "SELECT count(*) FROM layer_styles WHERE f_table_name = "
                    + "'countries' AND f_geometry_column = 'geom' AND useAsDefault = 1 "
                    + "AND styleQML LIKE '%SimpleFill%'"));
            assertEquals(List.of("1196444487"), column(st, "PRAGMA application_id"), "'GPKG'");
            assertEquals(List.of("10200"), column(st, "PRAGMA user_version"));
        }
    }

    @Test
    void rewritesBothFilesOnlyWithOverwriteAndLeavesNothingElse() throws Exception {
        Path gpkg = fixture();
        Path maps = mapsDir();
        Path qgs = maps.resolve("news.qgs");
        Files.writeString(qgs, "an older project");

        QgisProjectException e = assertThrows(QgisProjectException.class, () -> writer.writeProject(gpkg, qgs));
        assertEquals("The file " + qgs.toAbsolutePath().normalize() + " already exists; use --overwrite to replace it",
                e.getMessage());
        assertEquals("an older project", Files.readString(qgs));
        assertFalse(Files.exists(maps.resolve("news-basemap.gpkg")), "nothing written");

        writer.writeProject(gpkg, qgs, true);
        e = assertThrows(QgisProjectException.class, () -> writer.writeProject(gpkg, maps.resolve("news.qgs")));
        writer.writeProject(gpkg, qgs, true);

        try (Stream<Path> listed = Files.list(maps)) {
            assertEquals(List.of("news-basemap.gpkg", "news.qgs"),
                    listed.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(TOP_TO_BOTTOM, strings(parse(qgs), "/qgis/projectlayers/maplayer/layername"));
    }

    @Test
    void badInputIsReportedClearly() throws Exception {
        Path maps = mapsDir();
        Path qgs = maps.resolve("news.qgs");

        assertMessage("No GeoPackage at", () -> writer.writeProject(dir.resolve("missing.gpkg"), qgs));

        Path text = Files.writeString(dir.resolve("text.gpkg"), "places, mentions");
        assertMessage("not a GeoPackage (not an SQLite database)", () -> writer.writeProject(text, qgs));

        Path plainSqlite = dir.resolve("plain.gpkg");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + plainSqlite);
             Statement st = db.createStatement()) {
            st.execute("CREATE TABLE places (name TEXT)");
        }
        assertMessage("not a GeoPackage: it has no gpkg_contents",
                () -> writer.writeProject(plainSqlite, qgs));

        Path other = dir.resolve("other.gpkg");
        mil.nga.geopackage.GeoPackageManager.create(other.toFile());
        assertMessage("has none of the Waymark layers places, mentions, movements, flows",
                () -> writer.writeProject(other, qgs));

        Path gpkg = fixture();
        assertMessage("not zipped .qgz", () -> writer.writeProject(gpkg, maps.resolve("news.qgz")));
        assertMessage("must end in .qgs", () -> writer.writeProject(gpkg, maps.resolve("news.xml")));
        assertMessage("does not exist", () -> writer.writeProject(gpkg, dir.resolve("nowhere/news.qgs")));
        assertMessage("whose path holds '|'", () -> writer.writeProject(gpkg, maps.resolve("a|b.qgs")));

        try (Stream<Path> listed = Files.list(maps)) {
            assertEquals(0, listed.count(), "nothing written after bad input");
        }
    }

    @Test
    void aProjectNamedAfterItsOwnBaseMapIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Path gpkg = FixtureGeoPackage.write(dir.resolve("data/news-basemap.gpkg"));
        assertMessage("base map over the GeoPackage",
                () -> writer.writeProject(gpkg, dir.resolve("data/news.qgs")));
    }

    @Test
    void aStoredStyleThatIsNotQmlNamesTheLayerAndWritesNothing() throws Exception {
        Path gpkg = fixture();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg)) {
            Thread.sleep(5);
            FixtureGeoPackage.insertStyle(db, "movements", "<qgis><renderer-v2 type='singleSymbol'>");
        }
        Path maps = mapsDir();
        assertMessage("The QGIS style of layer movements is not valid XML",
                () -> writer.writeProject(gpkg, maps.resolve("news.qgs")));
        try (Stream<Path> listed = Files.list(maps)) {
            assertEquals(0, listed.count(), "neither project nor base map written");
        }
    }

    @Test
    void aLayerOutsideEpsg4326IsRefused() throws Exception {
        Path gpkg = fixture();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement st = db.createStatement()) {
            st.execute("UPDATE gpkg_geometry_columns SET srs_id = 0 WHERE table_name = 'flows'");
        }
        assertMessage("Layer flows of", () -> writer.writeProject(gpkg, mapsDir().resolve("news.qgs")));
    }

    @Test
    void naturalEarthOutlinesWhenTheGeographyPackageBundlesThem() {
        assumeTrue(NaturalEarthCountries.class.getResource(NaturalEarthCountries.RESOURCE) != null,
                "the Natural Earth resource of org.waymark.geography is not on this branch's classpath");
        List<CountryOutline> countries = NaturalEarthCountries.load();
        assertTrue(countries.size() > 200, countries.size() + " countries");
        Map<String, CountryOutline> byCode = new TreeMap<>();
        countries.forEach(c -> byCode.put(c.iso2(), c));
        assertTrue(byCode.get("LY").outline().contains(
                byCode.get("LY").outline().getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(17, 27))));
        assertTrue(byCode.get("SY").outline().isValid());
    }

    @Test
    void withoutTheNaturalEarthResourceTheErrorSaysSo() throws Exception {
        assumeFalse(NaturalEarthCountries.class.getResource(NaturalEarthCountries.RESOURCE) != null,
                "the Natural Earth resource is bundled; the other test covers it");
        Path gpkg = fixture();
        assertMessage("Natural Earth country outlines",
                () -> QgisProjectWriter.write(gpkg, mapsDir().resolve("news.qgs")));
    }

    // --- helpers

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        QgisProjectException e = assertThrows(QgisProjectException.class, call);
        assertTrue(e.getMessage().contains(expected), "message: " + e.getMessage());
    }

    private static void assertClose(List<Double> expected, List<String> actual) {
        assertEquals(expected.size(), actual.size(), "values: " + actual);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), Double.parseDouble(actual.get(i)), 1e-9, "value " + i + " of " + actual);
        }
    }

    private static List<String> column(Statement st, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static Document parse(Path qgs) throws Exception {
        return parseText(Files.readString(qgs, StandardCharsets.UTF_8));
    }

    private static Document parseText(String xml) throws Exception {
        Document doc = QmlStyle.parser().parse(new InputSource(new java.io.StringReader(xml)));
        dropIndentation(doc.getDocumentElement());
        return doc;
    }

    private static void dropIndentation(Node node) {
        NodeList children = node.getChildNodes();
        for (int i = children.getLength() - 1; i >= 0; i--) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()
                    && children.getLength() > 1) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.COMMENT_NODE) {
                node.removeChild(child);
            } else {
                dropIndentation(child);
            }
        }
    }

    private static Element mapLayer(Document project, String layer) throws XPathExpressionException {
        Element e = (Element) xpath().evaluate("/qgis/projectlayers/maplayer[layername='" + layer + "']", project,
                XPathConstants.NODE);
        assertNotNull(e, "maplayer " + layer);
        return e;
    }

    private static Element firstChild(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("<" + parent.getTagName() + "> has no <" + name + ">");
    }

    private static String string(Document doc, String path) throws XPathExpressionException {
        return xpath().evaluate(path, doc);
    }

    private static List<String> strings(Document doc, String path) throws XPathExpressionException {
        NodeList nodes = (NodeList) xpath().evaluate(path, doc, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private static XPath xpath() {
        return XPathFactory.newInstance().newXPath();
    }
}
