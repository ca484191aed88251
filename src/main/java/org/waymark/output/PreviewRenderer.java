package org.waymark.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.waymark.geography.CountryBoundaries;

/**
 * Draws a Waymark GeoPackage as a PNG for a quick look, without QGIS: country outlines, the {@code flows} as
 * faint bands, the {@code movements} as arrows (width by count, dashed when planned or possible), and the
 * {@code places} as circles sized by mentions, the most mentioned labelled. Equirectangular, true to scale at
 * the centre latitude, framed on the data (the world when there is none). Headless Java2D.
 *
 * <p>Reads the layer contract only: {@code places} (geom POINT, name, mentions), {@code movements} (geom
 * MULTILINESTRING or LINESTRING or NULL, count, status, destination_kind), {@code flows} (geom MULTILINESTRING or
 * LINESTRING, total_count, reports); parts split at the antimeridian are joined again to draw;
 * a missing layer or column is treated as empty.
 */
public final class PreviewRenderer {

    static final Color SEA = new Color(0xD9E8F3);
    static final Color LAND = new Color(0xF4F2EC);
    private static final Color BORDER = new Color(0x9E9E9E);
    private static final Color GRATICULE = new Color(0xC9DCEA);
    private static final Color PLACE = new Color(31, 78, 121, 200);
    static final Color REPORTED = new Color(0xC0392B);
    private static final Color PLANNED = new Color(0xE67E22);
    private static final Color POSSIBLE = new Color(0x8E44AD);
    private static final Color INK = new Color(0x2B2B2B);
    private static final String ATTRIBUTION = "GeoNames CC BY 4.0, Natural Earth";
    private static final int LABELLED_PLACES = 12;

    private PreviewRenderer() {
    }

    private record PlaceFeature(String name, long mentions, double lon, double lat) {
    }

    private record MovementFeature(Coordinate[] line, long count, String status, boolean toBorder) {
    }

    private record FlowFeature(Coordinate[] line, long weight) {
    }

    private record Layers(List<PlaceFeature> places, List<MovementFeature> movements, int movementsWithoutPath,
                          List<FlowFeature> flows) {

        /** Envelope of everything drawn, or null when there is nothing. */
        Envelope extent() {
            Envelope env = new Envelope();
            places.forEach(p -> env.expandToInclude(p.lon(), p.lat()));
            movements.forEach(m -> expand(env, m.line()));
            flows.forEach(f -> expand(env, f.line()));
            return env.isNull() ? null : env;
        }

        private static void expand(Envelope env, Coordinate[] line) {
            for (Coordinate c : line) {
                env.expandToInclude(c);
            }
        }
    }

    /**
     * Renders {@code gpkg} to {@code png} ({@code width} x {@code height} pixels): a PNG, or a JPEG where the name
     * ends in {@code .jpg} or {@code .jpeg}.
     *
     * @throws IOException when the GeoPackage cannot be read or the image not written
     * @throws IllegalArgumentException for a size outside 100..20000 pixels, a size the JVM has not the memory for,
     *                                  or a file name that is neither .png nor .jpg/.jpeg
     */
    public static void render(Path gpkg, Path png, int width, int height) throws IOException {
        if (width < 100 || height < 100 || width > 20_000 || height > 20_000) {
            throw new IllegalArgumentException("preview size must be 100..20000 pixels each way, got "
                    + width + "x" + height);
        }
        String format = format(png);
        Runtime rt = Runtime.getRuntime();
        checkMemory(width, height, rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()));
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("cannot write " + png + ": no such directory " + parent);
        }
        Layers layers = read(gpkg);
        Frame frame = Frame.fit(layers.extent(), width, height);

        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");   // no display needed, nor wanted, on servers
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(SEA);
            g.fillRect(0, 0, width, height);
            drawGraticule(g, frame);
            drawCountries(g, frame);
            List<Circle> circles = placeCircles(layers.places(), frame);
            drawFlows(g, frame, layers.flows());
            drawMovements(g, frame, layers.movements(), circles);
            drawPlaces(g, circles);
            drawLabels(g, circles, frame);
            drawTitle(g, gpkg, layers, frame);
            drawLegend(g, layers, frame);
            drawAttribution(g, frame);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, format, png.toFile())) {
            throw new IOException("no " + format + " writer available to write " + png);
        }
    }

    /** The ImageIO format for the file's name: png, or jpg for .jpg and .jpeg. */
    static String format(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".png")) {
            return "png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "jpg";
        }
        throw new IllegalArgumentException("preview writes .png, .jpg or .jpeg files, not " + file.getFileName());
    }

    /**
     * Refuses a size whose image would not fit in the heap: 4 bytes a pixel for the image and about as much again
     * while it is encoded, against {@code spare}: the heap not in use.
     */
    static void checkMemory(int width, int height, long spare) {
        long needed = 8L * width * height;
        if (needed > spare) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "preview size %dx%d needs about %d MB of memory, more than this Java can spare; choose a smaller "
                            + "--size", width, height, mb(needed)));
        }
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /** The view: data extent plus margin, scaled to fit the image, x stretched by 1/cos(centre latitude). */
    record Frame(double centreLon, double centreLat, double pixelsPerDegree, double cosLat, int width,
                 int height) {

        static Frame fit(Envelope data, int width, int height) {
            if (data == null) {
                Envelope world = new Envelope(-180, 180, -60, 85);
                double cos = Math.cos(Math.toRadians(12.5));
                double ppd = Math.min(width / (world.getWidth() * cos), height / world.getHeight());
                return new Frame(0, 12.5, ppd, cos, width, height);
            }
            Envelope env = new Envelope(data);
            double padX = Math.max(env.getWidth() * 0.12, 1.5), padY = Math.max(env.getHeight() * 0.12, 1.5);
            env.expandBy(padX, padY);
            env.expandBy(Math.max(0, (6 - env.getWidth()) / 2), Math.max(0, (6 - env.getHeight()) / 2));
            // the data goes below the title panel: the band on top is left to it
            double titleBand = Math.min(height / 4.0, 64 * Math.max(1, Math.min(width, height) / 800.0));
            double centreLat = Math.max(-80, Math.min(80, (env.getMinY() + env.getMaxY()) / 2));
            double cos = Math.cos(Math.toRadians(Math.max(-60, Math.min(60, centreLat))));
            double ppd = Math.min(width / (env.getWidth() * cos), (height - titleBand) / env.getHeight());
            centreLat += titleBand / 2 / ppd;
            // keep the poles off the picture where the picture is high enough to allow it
            double halfLat = height / ppd / 2;
            if (halfLat < 90) {
                centreLat = Math.max(-90 + halfLat, Math.min(90 - halfLat, centreLat));
            }
            return new Frame((env.getMinX() + env.getMaxX()) / 2, centreLat, ppd, cos, width, height);
        }

        Point2D pixel(double lon, double lat) {
            return new Point2D.Double(width / 2.0 + (lon - centreLon) * pixelsPerDegree * cosLat,
                    height / 2.0 - (lat - centreLat) * pixelsPerDegree);
        }

        /** The lon/lat rectangle the picture shows. */
        Envelope view() {
            double halfLon = width / 2.0 / (pixelsPerDegree * cosLat), halfLat = height / 2.0 / pixelsPerDegree;
            return new Envelope(centreLon - halfLon, centreLon + halfLon, centreLat - halfLat, centreLat + halfLat);
        }

        /** Fonts and strokes grow a little with the picture. */
        float unit() {
            return (float) Math.max(1, Math.min(width, height) / 800.0);
        }
    }

    // ---- reading

    /** The frame {@link #render} uses for this GeoPackage at this size. */
    static Frame frame(Path gpkg, int width, int height) throws IOException {
        return Frame.fit(read(gpkg).extent(), width, height);
    }

    private static Layers read(Path gpkg) throws IOException {
        try (GeoPackageFile file = GeoPackageFile.open(gpkg, IOException::new)) {
            Connection db = file.connection();
            List<PlaceFeature> places = new ArrayList<>();
            try (ResultSet rs = select(db, "places", "geom", "name", "mentions")) {
                while (rs != null && rs.next()) {
                    Geometry point = geometry(rs.getBytes(1), "places", rs.getRow());
                    if (point != null && !point.isEmpty()) {
                        Coordinate c = point.getCoordinate();
                        places.add(new PlaceFeature(rs.getString(2), rs.getLong(3), c.x, c.y));
                    }
                }
            }
            List<MovementFeature> movements = new ArrayList<>();
            int withoutPath = 0;
            try (ResultSet rs = select(db, "movements", "geom", "count", "status", "destination_kind")) {
                while (rs != null && rs.next()) {
                    Geometry line = geometry(rs.getBytes(1), "movements", rs.getRow());
                    if (line == null || line.getNumPoints() < 2) {
                        withoutPath++;
                        continue;
                    }
                    String status = rs.getString(3) == null ? "" : rs.getString(3).trim().toLowerCase(Locale.ROOT);
                    boolean toBorder = "border".equalsIgnoreCase(rs.getString(4));
                    movements.add(new MovementFeature(Antimeridian.joined(line), rs.getLong(2), status, toBorder));
                }
            }
            List<FlowFeature> flows = new ArrayList<>();
            try (ResultSet rs = select(db, "flows", "geom", "total_count", "reports")) {
                while (rs != null && rs.next()) {
                    Geometry line = geometry(rs.getBytes(1), "flows", rs.getRow());
                    if (line != null && line.getNumPoints() >= 2) {
                        long weight = rs.getLong(2) > 0 ? rs.getLong(2) : rs.getLong(3);
                        flows.add(new FlowFeature(Antimeridian.joined(line), weight));
                    }
                }
            }
            return new Layers(places, movements, withoutPath, flows);
        } catch (SQLException e) {
            throw new IOException("cannot read GeoPackage " + gpkg + ": " + e.getMessage(), e);
        }
    }

    /** Selects the columns that exist (NULL for the others), or returns null when the table is missing. */
    private static ResultSet select(Connection db, String table, String... columns) throws SQLException {
        Set<String> present = new HashSet<>();
        try (PreparedStatement info = db.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            info.setString(1, table);
            try (ResultSet rs = info.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        List<String> select = new ArrayList<>();
        for (String c : columns) {
            select.add(present.contains(c) ? "\"" + c + "\"" : "NULL");
        }
        PreparedStatement query = db.prepareStatement("SELECT " + String.join(", ", select)
                + " FROM \"" + table + "\"");
        try {
            query.closeOnCompletion();          // closes with its result set
            return query.executeQuery();
        } catch (SQLException e) {
            query.close();
            throw e;
        }
    }

    private static Geometry geometry(byte[] blob, String table, int row) throws IOException {
        if (blob == null) {
            return null;
        }
        try {
            byte[] wkb = GeoPackageGeometryData.wkb(blob);
            return wkb == null || wkb.length == 0 ? null : new WKBReader().read(wkb);
        } catch (IOException | ParseException | RuntimeException e) {
            throw new IOException("layer " + table + ", row " + row + ": not a GeoPackage geometry blob ("
                    + e.getMessage() + ")", e);
        }
    }

    // ---- drawing

    private static void drawGraticule(Graphics2D g, Frame frame) {
        Envelope view = frame.view();
        double step = Math.max(view.getWidth(), view.getHeight()) > 90 ? 30 : 10;
        g.setColor(GRATICULE);
        g.setStroke(new BasicStroke(frame.unit()));
        for (double lon = Math.ceil(view.getMinX() / step) * step; lon <= view.getMaxX(); lon += step) {
            g.draw(new Line2D.Double(frame.pixel(lon, 90), frame.pixel(lon, -90)));
        }
        for (double lat = Math.ceil(view.getMinY() / step) * step; lat <= view.getMaxY(); lat += step) {
            g.draw(new Line2D.Double(frame.pixel(view.getMinX(), lat), frame.pixel(view.getMaxX(), lat)));
        }
    }

    private static void drawCountries(Graphics2D g, Frame frame) {
        Envelope view = frame.view();
        Stroke outline = new BasicStroke(0.7f * frame.unit(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        // paths may run past +-180 (continuous longitudes), so the map repeats to either side when in view
        for (int turn = -1; turn <= 1; turn++) {
            double shift = 360.0 * turn;
            for (Geometry country : CountryBoundaries.naturalEarth().all().values()) {
                for (int i = 0; i < country.getNumGeometries(); i++) {
                    Polygon polygon = (Polygon) country.getGeometryN(i);
                    Envelope env = new Envelope(polygon.getEnvelopeInternal());
                    env.translate(shift, 0);
                    if (!env.intersects(view)) {
                        continue;
                    }
                    Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
                    addRing(path, polygon.getExteriorRing().getCoordinates(), shift, frame);
                    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                        addRing(path, polygon.getInteriorRingN(h).getCoordinates(), shift, frame);
                    }
                    g.setColor(LAND);
                    g.fill(path);
                    g.setColor(BORDER);
                    g.setStroke(outline);
                    g.draw(path);
                }
            }
        }
    }

    private static void addRing(Path2D path, Coordinate[] ring, double shift, Frame frame) {
        for (int i = 0; i < ring.length; i++) {
            Point2D p = frame.pixel(ring[i].x + shift, ring[i].y);
            if (i == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        path.closePath();
    }

    private static void drawFlows(Graphics2D g, Frame frame, List<FlowFeature> flows) {
        List<FlowFeature> widestFirst = new ArrayList<>(flows);
        widestFirst.sort(Comparator.comparingLong(FlowFeature::weight).reversed());
        for (FlowFeature f : widestFirst) {
            float width = (lineWidth(f.weight()) * 2.2f + 4) * frame.unit();
            g.setColor(new Color(REPORTED.getRed(), REPORTED.getGreen(), REPORTED.getBlue(), 45));
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(polyline(pixels(f.line(), frame)));
        }
    }

    private static void drawMovements(Graphics2D g, Frame frame, List<MovementFeature> movements,
                                      List<Circle> circles) {
        List<MovementFeature> widestFirst = new ArrayList<>(movements);
        widestFirst.sort(Comparator.comparingLong(MovementFeature::count).reversed());
        for (MovementFeature m : widestFirst) {
            List<Point2D> line = pixels(m.line(), frame);
            // end the arrow at the edge of the place circles at its ends, not under them
            line = trim(line, radiusAt(circles, line.get(0)), radiusAt(circles, line.get(line.size() - 1)));
            float width = lineWidth(m.count()) * frame.unit();
            drawArrow(g, line, width, colour(m.status()), dashed(m.status()), m.toBorder(), frame.unit());
        }
    }

    private static void drawArrow(Graphics2D g, List<Point2D> line, float width, Color colour, boolean dashed,
                                  boolean toBorder, float unit) {
        double headLength = 7 * unit + 2.6 * width, headHalfWidth = 3.5 * unit + 1.6 * width;
        Point2D tip = line.get(line.size() - 1);
        Point2D back = pointBack(line, headLength);
        double dx = tip.getX() - back.getX(), dy = tip.getY() - back.getY();
        double len = Math.hypot(dx, dy);
        List<Point2D> shaft = trim(line, 0, len > 0 ? headLength * 0.8 : 0);
        Stroke stroke = dashed
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                        new float[] {3 * width + 4 * unit, 2 * width + 3 * unit}, 0)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        g.setColor(new Color(255, 255, 255, 150));
        g.setStroke(new BasicStroke(width + 2 * unit, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(polyline(shaft));
        g.setColor(colour);
        g.setStroke(stroke);
        g.draw(polyline(shaft));
        if (len == 0) {
            return;
        }
        double ux = dx / len, uy = dy / len;
        Path2D head = new Path2D.Double();
        head.moveTo(tip.getX(), tip.getY());
        head.lineTo(tip.getX() - ux * headLength - uy * headHalfWidth, tip.getY() - uy * headLength + ux * headHalfWidth);
        head.lineTo(tip.getX() - ux * headLength * 0.75, tip.getY() - uy * headLength * 0.75);
        head.lineTo(tip.getX() - ux * headLength + uy * headHalfWidth, tip.getY() - uy * headLength - ux * headHalfWidth);
        head.closePath();
        g.fill(head);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(0.8f * unit));
        g.draw(head);
        if (toBorder) {
            // a bar across the tip: the movement stops at the border
            double bar = headHalfWidth * 1.3;
            g.setColor(colour);
            g.setStroke(new BasicStroke(Math.max(2 * unit, width * 0.8f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(new Line2D.Double(tip.getX() - uy * bar, tip.getY() + ux * bar,
                    tip.getX() + uy * bar, tip.getY() - ux * bar));
        }
    }

    private record Circle(PlaceFeature place, Point2D centre, double radius) {
    }

    private static List<Circle> placeCircles(List<PlaceFeature> places, Frame frame) {
        List<Circle> circles = new ArrayList<>();
        for (PlaceFeature p : places) {
            double radius = (3 + 2.2 * Math.sqrt(Math.max(1, p.mentions()))) * frame.unit();
            circles.add(new Circle(p, frame.pixel(p.lon(), p.lat()), Math.min(radius, 20 * frame.unit())));
        }
        circles.sort(Comparator.comparingDouble(Circle::radius).reversed());   // small ones stay on top
        return circles;
    }

    private static double radiusAt(List<Circle> circles, Point2D p) {
        double r = 0;
        for (Circle c : circles) {
            if (c.centre().distance(p) < 1.5) {
                r = Math.max(r, c.radius() + 1);
            }
        }
        return r;
    }

    private static void drawPlaces(Graphics2D g, List<Circle> circles) {
        for (Circle c : circles) {
            Shape disc = new Ellipse2D.Double(c.centre().getX() - c.radius(), c.centre().getY() - c.radius(),
                    2 * c.radius(), 2 * c.radius());
            g.setColor(PLACE);
            g.fill(disc);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(disc);
        }
    }

    private static void drawLabels(Graphics2D g, List<Circle> circles, Frame frame) {
        List<Circle> byMentions = new ArrayList<>(circles);
        byMentions.sort(Comparator.comparingLong((Circle c) -> c.place().mentions()).reversed()
                .thenComparing(c -> String.valueOf(c.place().name())));
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(12 * frame.unit()));
        List<Rectangle2D> taken = new ArrayList<>();
        int labelled = 0;
        for (Circle c : byMentions) {
            if (labelled == LABELLED_PLACES || c.place().name() == null || c.place().name().isBlank()) {
                continue;
            }
            TextLayout text = new TextLayout(c.place().name(), font, g.getFontRenderContext());
            Rectangle2D bounds = text.getBounds();
            double gap = c.radius() + 3 * frame.unit();
            double cx = c.centre().getX(), cy = c.centre().getY();
            double[][] spots = {
                {cx + gap, cy + bounds.getHeight() / 2},                         // right
                {cx - gap - bounds.getWidth(), cy + bounds.getHeight() / 2},     // left
                {cx - bounds.getWidth() / 2, cy - gap},                          // above
                {cx - bounds.getWidth() / 2, cy + gap + bounds.getHeight()}};    // below
            for (double[] spot : spots) {
                Rectangle2D box = new Rectangle2D.Double(spot[0] - 2, spot[1] - bounds.getHeight() - 2,
                        bounds.getWidth() + 4, bounds.getHeight() + 4);
                if (box.getMinX() < 0 || box.getMaxX() > frame.width() || box.getMinY() < 0
                        || box.getMaxY() > frame.height() || taken.stream().anyMatch(box::intersects)) {
                    continue;
                }
                haloText(g, text, spot[0], spot[1], INK, frame.unit());
                taken.add(box);
                labelled++;
                break;
            }
        }
    }

    private static void drawTitle(Graphics2D g, Path gpkg, Layers layers, Frame frame) {
        float u = frame.unit();
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(15 * u));
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * u));
        String name = gpkg.getFileName() == null ? gpkg.toString() : gpkg.getFileName().toString();
        String counts = count(layers.places().size(), "place") + " · " + count(layers.movements().size(), "movement")
                + (layers.movementsWithoutPath() > 0 ? " (+" + layers.movementsWithoutPath() + " without a path)" : "")
                + (layers.flows().isEmpty() ? "" : " · " + count(layers.flows().size(), "flow"));
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout first = new TextLayout("Waymark · " + name, title, frc);
        TextLayout second = new TextLayout(counts, small, frc);
        double pad = 8 * u;
        double w = Math.max(first.getAdvance(), second.getAdvance()) + 2 * pad;
        double h = first.getAscent() + first.getDescent() + second.getAscent() + second.getDescent() + 2 * pad;
        panel(g, 10 * u, 10 * u, w, h);
        g.setColor(INK);
        first.draw(g, (float) (10 * u + pad), (float) (10 * u + pad + first.getAscent()));
        second.draw(g, (float) (10 * u + pad),
                (float) (10 * u + pad + first.getAscent() + first.getDescent() + second.getAscent()));
    }

    /** Explains what the picture shows, and only that. */
    private static void drawLegend(Graphics2D g, Layers layers, Frame frame) {
        float u = frame.unit();
        List<String> entries = new ArrayList<>();
        for (String status : List.of("reported", "planned", "possible")) {
            if (layers.movements().stream().anyMatch(m -> colour(m.status()) == colour(status))) {
                entries.add(status);
            }
        }
        if (layers.movements().stream().anyMatch(MovementFeature::toBorder)) {
            entries.add("ends at the border");
        }
        if (layers.movements().stream().map(MovementFeature::count).distinct().count() > 1) {
            entries.add("width: number moved");
        }
        if (!layers.places().isEmpty()) {
            entries.add("place (size: mentions)");
        }
        if (entries.isEmpty()) {
            return;
        }
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * u));
        FontRenderContext frc = g.getFontRenderContext();
        double row = 18 * u, pad = 8 * u, sample = 34 * u;
        double textWidth = entries.stream().mapToDouble(l -> new TextLayout(l, font, frc).getAdvance()).max().orElse(0);
        double w = pad * 3 + sample + textWidth, h = pad * 2 + row * entries.size();
        double x = 10 * u, y = frame.height() - 10 * u - h;
        panel(g, x, y, w, h);
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            double cy = y + pad + row * i + row / 2;
            double sx = x + pad;
            List<Point2D> sampleLine = List.of(new Point2D.Double(sx, cy), new Point2D.Double(sx + sample, cy));
            switch (entry) {
                case "reported", "planned", "possible" ->
                        drawArrow(g, sampleLine, 2.5f * u, colour(entry), dashed(entry), false, u);
                case "ends at the border" -> drawArrow(g, sampleLine, 2.5f * u, INK, false, true, u);
                case "width: number moved" -> {
                    g.setColor(INK);
                    Path2D wedge = new Path2D.Double();
                    wedge.moveTo(sx, cy - 0.75 * u);
                    wedge.lineTo(sx + sample, cy - 4.5 * u);
                    wedge.lineTo(sx + sample, cy + 4.5 * u);
                    wedge.lineTo(sx, cy + 0.75 * u);
                    wedge.closePath();
                    g.fill(wedge);
                }
                default -> {
                    double r = 6 * u;
                    g.setColor(PLACE);
                    g.fill(new Ellipse2D.Double(sx + sample / 2 - r, cy - r, 2 * r, 2 * r));
                }
            }
            g.setColor(INK);
            TextLayout text = new TextLayout(entry, font, frc);
            text.draw(g, (float) (sx + sample + pad), (float) (cy + text.getAscent() / 2 - 1));
        }
    }

    private static void drawAttribution(Graphics2D g, Frame frame) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(10 * frame.unit()));
        TextLayout text = new TextLayout(ATTRIBUTION, font, g.getFontRenderContext());
        double x = frame.width() - text.getAdvance() - 8 * frame.unit();
        double y = frame.height() - 8 * frame.unit();
        haloText(g, text, x, y, new Color(0x555555), frame.unit());
    }

    // ---- helpers

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void panel(Graphics2D g, double x, double y, double w, double h) {
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(new Color(0xBBBBBB));
        g.setStroke(new BasicStroke(1));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    private static void haloText(Graphics2D g, TextLayout text, double x, double y, Color colour, float unit) {
        Shape outline = text.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setColor(new Color(255, 255, 255, 230));
        g.setStroke(new BasicStroke(3 * unit, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(colour);
        g.fill(outline);
    }

    /** Line width in pixels (before scaling) for a number of movers: log-scaled, 2..9. */
    private static float lineWidth(long count) {
        return count <= 1 ? 2f : (float) Math.min(9, 2 + 1.6 * Math.log10(count));
    }

    private static Color colour(String status) {
        return switch (status) {
            case "planned" -> PLANNED;
            case "possible" -> POSSIBLE;
            default -> REPORTED;
        };
    }

    private static boolean dashed(String status) {
        return status.equals("planned") || status.equals("possible");
    }

    private static List<Point2D> pixels(Coordinate[] line, Frame frame) {
        List<Point2D> points = new ArrayList<>(line.length);
        for (Coordinate c : line) {
            points.add(frame.pixel(c.x, c.y));
        }
        return points;
    }

    private static Path2D polyline(List<Point2D> points) {
        Path2D path = new Path2D.Double();
        path.moveTo(points.get(0).getX(), points.get(0).getY());
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i).getX(), points.get(i).getY());
        }
        return path;
    }

    private static double length(List<Point2D> line) {
        double length = 0;
        for (int i = 1; i < line.size(); i++) {
            length += line.get(i - 1).distance(line.get(i));
        }
        return length;
    }

    /** The point {@code distance} pixels back along the line from its end (its start if shorter). */
    private static Point2D pointBack(List<Point2D> line, double distance) {
        double left = distance;
        for (int i = line.size() - 1; i > 0; i--) {
            Point2D a = line.get(i), b = line.get(i - 1);
            double d = a.distance(b);
            if (d >= left && d > 0) {
                double t = left / d;
                return new Point2D.Double(a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t);
            }
            left -= d;
        }
        return line.get(0);
    }

    /** The line without its first {@code start} and last {@code end} pixels; unchanged if it is too short. */
    private static List<Point2D> trim(List<Point2D> line, double start, double end) {
        if (length(line) <= start + end + 4) {
            return line;
        }
        List<Point2D> reversed = new ArrayList<>(cutEnd(line, end));
        Collections.reverse(reversed);
        List<Point2D> trimmed = new ArrayList<>(cutEnd(reversed, start));
        Collections.reverse(trimmed);
        return trimmed;
    }

    private static List<Point2D> cutEnd(List<Point2D> line, double cut) {
        if (cut <= 0) {
            return line;
        }
        double left = cut;
        for (int i = line.size() - 1; i > 0; i--) {
            Point2D a = line.get(i), b = line.get(i - 1);
            double d = a.distance(b);
            if (d > left) {
                double t = left / d;
                List<Point2D> kept = new ArrayList<>(line.subList(0, i));
                kept.add(new Point2D.Double(a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t));
                return kept;
            }
            left -= d;
        }
        return line;
    }
}
