package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.waymark.geography.CountryBoundaries;
import org.waymark.geography.GreatCircle;

class PreviewRendererTest {

    private static final Coordinate DAMASCUS = new Coordinate(36.2765, 33.5138);
    private static final Coordinate SYRIA = new Coordinate(38.5, 35.0);
    private static final Coordinate LIBYA = new Coordinate(17.0, 27.0);
    private static final Coordinate TRIPOLI = new Coordinate(13.1913, 32.8872);

    @TempDir
    Path dir;

    /** Syria -> Libya, as in the seed story; built with NGA like the real writer, only the columns read. */
    private Path syriaLibyaGeoPackage(LineString reported, LineString planned, LineString toBorder) throws IOException {
        Path file = dir.resolve("syria-libya.gpkg");
        GeoPackageManager.create(file.toFile());
        try (GeoPackage gpkg = GeoPackageManager.open(file.toFile())) {
            FeatureDao places = table(gpkg, "places", GeometryType.POINT, List.of(
                    FeatureColumn.createColumn("geonameid", GeoPackageDataType.INTEGER),
                    FeatureColumn.createColumn("name", GeoPackageDataType.TEXT),
                    FeatureColumn.createColumn("mentions", GeoPackageDataType.INTEGER)));
            place(places, 163843, "Syria", SYRIA, 9);
            place(places, 2215636, "Libya", LIBYA, 7);
            place(places, 170654, "Damascus", DAMASCUS, 3);
            place(places, 2210247, "Tripoli", TRIPOLI, 2);
            place(places, 298795, "Turkey", new Coordinate(35.0, 39.0), 1);

            FeatureDao movements = table(gpkg, "movements", GeometryType.LINESTRING, List.of(
                    FeatureColumn.createColumn("origin_name", GeoPackageDataType.TEXT),
                    FeatureColumn.createColumn("destination_name", GeoPackageDataType.TEXT),
                    FeatureColumn.createColumn("count", GeoPackageDataType.INTEGER),
                    FeatureColumn.createColumn("status", GeoPackageDataType.TEXT),
                    FeatureColumn.createColumn("destination_kind", GeoPackageDataType.TEXT)));
            movement(movements, reported, "Syria", "Libya", 2000L, "reported", "place");
            movement(movements, planned, "Damascus", "Tripoli", null, "planned", "place");
            movement(movements, toBorder, "Damascus", "Turkey", 300L, "possible", "border");
            movement(movements, null, null, "Libya", 50L, "reported", "place");   // origin unknown: no path

            FeatureDao flows = table(gpkg, "flows", GeometryType.LINESTRING, List.of(
                    FeatureColumn.createColumn("reports", GeoPackageDataType.INTEGER),
                    FeatureColumn.createColumn("total_count", GeoPackageDataType.INTEGER)));
            FeatureRow flow = flows.newRow();
            flow.setGeometry(geometry(reported.toText()));
            flow.setValue("reports", 2);
            flow.setValue("total_count", 2000);
            flows.insert(flow);
        }
        return file;
    }

    private static FeatureDao table(GeoPackage gpkg, String name, GeometryType type, List<FeatureColumn> columns) {
        GeometryColumns geometry = new GeometryColumns();
        geometry.setId(new TableColumnKey(name, "geom"));
        geometry.setGeometryType(type);
        geometry.setZ((byte) 0);
        geometry.setM((byte) 0);
        geometry.setSrsId(4326);
        gpkg.createFeatureTable(FeatureTableMetadata.create(geometry, columns));
        return gpkg.getFeatureDao(name);
    }

    private static void place(FeatureDao dao, long id, String name, Coordinate at, int mentions) throws IOException {
        FeatureRow row = dao.newRow();
        row.setGeometry(geometry("POINT (" + at.x + " " + at.y + ")"));
        row.setValue("geonameid", id);
        row.setValue("name", name);
        row.setValue("mentions", mentions);
        dao.insert(row);
    }

    private static void movement(FeatureDao dao, LineString path, String origin, String destination, Long count,
                                 String status, String kind) throws IOException {
        FeatureRow row = dao.newRow();
        if (path != null) {
            row.setGeometry(geometry(path.toText()));
        }
        row.setValue("origin_name", origin);
        row.setValue("destination_name", destination);
        row.setValue("count", count);
        row.setValue("status", status);
        row.setValue("destination_kind", kind);
        dao.insert(row);
    }

    private static GeoPackageGeometryData geometry(String wkt) throws IOException {
        return GeoPackageGeometryData.createFromWkt(4326, wkt);
    }

    private static boolean reddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 150 && c.getRed() - c.getGreen() > 70 && c.getRed() - c.getBlue() > 70;
    }

    private static boolean bluish(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() - c.getRed() > 50 && c.getBlue() < 200;
    }

    /** Keeps a copy under target/ for a human to look at. */
    private static BufferedImage readAndKeep(Path png) throws IOException {
        Path keep = Path.of("target", "preview-test");
        Files.createDirectories(keep);
        Files.copy(png, keep.resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return ImageIO.read(png.toFile());
    }

    private static int at(BufferedImage image, Point2D p) {
        return image.getRGB((int) Math.floor(p.getX()), (int) Math.floor(p.getY()));
    }

    @Test
    void drawsMovementsPlacesAndTheBaseMap() throws IOException {
        LineString reported = GreatCircle.path(SYRIA, LIBYA);
        LineString planned = GreatCircle.path(DAMASCUS, TRIPOLI);
        Coordinate border = CountryBoundaries.naturalEarth().nearestBoundaryPoint("TR", DAMASCUS);
        Path gpkg = syriaLibyaGeoPackage(reported, planned, GreatCircle.path(DAMASCUS, border));
        Path png = dir.resolve("map.png");

        PreviewRenderer.render(gpkg, png, 1200, 800);

        BufferedImage image = readAndKeep(png);
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());

        Envelope data = new Envelope();
        for (LineString line : List.of(reported, planned)) {
            for (Coordinate c : line.getCoordinates()) {
                data.expandToInclude(c);
            }
        }
        data.expandToInclude(border);
        data.expandToInclude(35.0, 39.0);
        PreviewRenderer.Frame frame = PreviewRenderer.Frame.fit(data, 1200, 800);
        assertEquals(frame, PreviewRenderer.frame(gpkg, 1200, 800));

        // the solid 'reported' movement is drawn along its whole middle stretch
        Coordinate[] path = reported.getCoordinates();
        int onLine = 0, sampled = 0;
        for (int i = path.length / 5; i <= path.length * 4 / 5; i++) {
            sampled++;
            if (reddish(at(image, frame.pixel(path[i].x, path[i].y)))) {
                onLine++;
            }
        }
        assertEquals(sampled, onLine, "movement pixels missing along the line");
        // ... and not where there is no movement: the Egyptian desert shows plain land, the Ionian Sea plain sea
        assertEquals(PreviewRenderer.LAND.getRGB(), at(image, frame.pixel(29, 28)), "land colour in Egypt");
        assertEquals(PreviewRenderer.SEA.getRGB(), at(image, frame.pixel(21.5, 35.5)), "sea colour off Greece");
        // places are discs on top of everything
        assertTrue(bluish(at(image, frame.pixel(SYRIA.x, SYRIA.y))), "no place disc at Syria");
        assertTrue(bluish(at(image, frame.pixel(TRIPOLI.x, TRIPOLI.y))), "no place disc at Tripoli");
        // the arrow head: red pixels just outside Libya's disc, towards Syria
        Point2D libya = frame.pixel(LIBYA.x, LIBYA.y), syria = frame.pixel(SYRIA.x, SYRIA.y);
        double ux = (syria.getX() - libya.getX()) / syria.distance(libya), uy = (syria.getY() - libya.getY()) / syria.distance(libya);
        int headPixels = 0;
        for (int d = 12; d <= 30; d++) {
            if (reddish(at(image, new Point2D.Double(libya.getX() + ux * d, libya.getY() + uy * d)))) {
                headPixels++;
            }
        }
        assertTrue(headPixels >= 10, "arrow head too small or missing: " + headPixels + " px");
    }

    @Test
    void emptyGeoPackageGivesAWorldMap() throws IOException {
        Path gpkg = dir.resolve("empty.gpkg");
        GeoPackageManager.create(gpkg.toFile());
        try (GeoPackage g = GeoPackageManager.open(gpkg.toFile())) {
            table(g, "places", GeometryType.POINT, List.of(FeatureColumn.createColumn("name", GeoPackageDataType.TEXT)));
        }
        Path png = dir.resolve("world.png");
        PreviewRenderer.render(gpkg, png, 900, 500);
        BufferedImage image = readAndKeep(png);
        assertEquals(900, image.getWidth());
        assertEquals(500, image.getHeight());
        PreviewRenderer.Frame frame = PreviewRenderer.Frame.fit(null, 900, 500);
        assertTrue(frame.view().contains(new Envelope(-180, 180, -55, 80)), "not the world: " + frame.view());
        assertEquals(PreviewRenderer.LAND.getRGB(), at(image, frame.pixel(20, 25)), "Sahara");
        assertEquals(PreviewRenderer.LAND.getRGB(), at(image, frame.pixel(100, 62)), "Siberia");
        assertEquals(PreviewRenderer.SEA.getRGB(), at(image, frame.pixel(-140, 5)), "Pacific");
    }

    @Test
    void pathsAcrossTheAntimeridianAreFramedWhole() throws IOException {
        Coordinate tokyo = new Coordinate(139.6917, 35.6895), honolulu = new Coordinate(-157.8583, 21.3069);
        LineString pacific = GreatCircle.path(tokyo, honolulu);
        Path gpkg = dir.resolve("pacific.gpkg");
        GeoPackageManager.create(gpkg.toFile());
        try (GeoPackage g = GeoPackageManager.open(gpkg.toFile())) {
            FeatureDao movements = table(g, "movements", GeometryType.LINESTRING,
                    List.of(FeatureColumn.createColumn("count", GeoPackageDataType.INTEGER)));
            FeatureRow row = movements.newRow();
            row.setGeometry(geometry(pacific.toText()));
            row.setValue("count", 10);
            movements.insert(row);
        }
        Path png = dir.resolve("pacific.png");
        PreviewRenderer.render(gpkg, png, 1000, 600);
        BufferedImage image = readAndKeep(png);
        PreviewRenderer.Frame frame = PreviewRenderer.frame(gpkg, 1000, 600);
        assertTrue(frame.view().getWidth() < 120, "framed on the Pacific, not the world: " + frame.view());
        Coordinate mid = pacific.getCoordinateN(pacific.getNumPoints() / 2);
        assertTrue(reddish(at(image, frame.pixel(mid.x, mid.y))), "line missing mid-Pacific");
        // Japan is drawn at its place, and Hawaii's Big Island east of the antimeridian (its copy at lon + 360)
        assertEquals(PreviewRenderer.LAND.getRGB(), at(image, frame.pixel(138.5, 36.5)), "Honshu");
        assertEquals(PreviewRenderer.LAND.getRGB(), at(image, frame.pixel(-155.5 + 360, 19.6)), "Hawaii");
    }

    @Test
    void reportsBadInputClearly() throws IOException {
        Path missing = dir.resolve("nothing-here.gpkg");
        IOException e = assertThrows(IOException.class,
                () -> PreviewRenderer.render(missing, dir.resolve("x.png"), 800, 600));
        assertTrue(e.getMessage().contains("nothing-here.gpkg"), e.getMessage());
        assertTrue(Files.notExists(missing), "must not create the GeoPackage it was asked to read");

        Path notSqlite = dir.resolve("text.gpkg");
        Files.writeString(notSqlite, "this is not a GeoPackage");
        IOException bad = assertThrows(IOException.class,
                () -> PreviewRenderer.render(notSqlite, dir.resolve("y.png"), 800, 600));
        assertTrue(bad.getMessage().contains("text.gpkg"), bad.getMessage());

        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> PreviewRenderer.render(notSqlite, dir.resolve("z.png"), 0, 600));
        assertTrue(size.getMessage().contains("0x600"), size.getMessage());
    }

    @Test
    void writesJpegForJpgAndRefusesOtherNames() throws IOException {
        Path gpkg = syriaLibyaGeoPackage(GreatCircle.path(SYRIA, LIBYA), GreatCircle.path(DAMASCUS, TRIPOLI),
                GreatCircle.path(DAMASCUS, TRIPOLI));
        Path jpg = dir.resolve("map.jpg");
        PreviewRenderer.render(gpkg, jpg, 400, 300);
        byte[] bytes = Files.readAllBytes(jpg);
        assertEquals(0xFF, bytes[0] & 0xFF, "JPEG magic");
        assertEquals(0xD8, bytes[1] & 0xFF, "JPEG magic");
        assertEquals(400, ImageIO.read(jpg.toFile()).getWidth());

        IllegalArgumentException gif = assertThrows(IllegalArgumentException.class,
                () -> PreviewRenderer.render(gpkg, dir.resolve("map.gif"), 400, 300));
        assertEquals("preview writes .png, .jpg or .jpeg files, not map.gif", gif.getMessage());
        assertFalse(Files.exists(dir.resolve("map.gif")));
    }

    @Test
    void refusesASizeTheHeapCannotHold() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PreviewRenderer.checkMemory(20_000, 20_000, 1L << 30));
        assertEquals("preview size 20000x20000 needs about 3052 MB of memory, more than this Java can spare; choose "
                + "a smaller --size", e.getMessage());
        PreviewRenderer.checkMemory(1400, 900, 1L << 30);
    }
}
