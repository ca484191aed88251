package org.waymark.output;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * Paths with every longitude in [-180, 180], as GeoPackage readers expect: a path drawn with continuous longitudes
 * (Tokyo to Los Angeles runs on to lon 241.8) is split where it crosses the antimeridian, into parts that meet at
 * +180 and -180 at the same latitude, as GDAL's {@code -wrapdateline} does.
 */
final class Antimeridian {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Antimeridian() {
    }

    /** The path in parts within [-180, 180]; one part where it does not cross the antimeridian. Null stays null. */
    static MultiLineString split(LineString path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        Coordinate[] cs = path.getCoordinates();
        List<LineString> parts = new ArrayList<>();
        // the shift (a multiple of 360) that brings the first vertex into [-180, 180)
        double shift = -360 * Math.floor((cs[0].x + 180) / 360);
        List<Coordinate> part = new ArrayList<>();
        part.add(new Coordinate(cs[0].x + shift, cs[0].y));
        for (int i = 1; i < cs.length; i++) {
            double x1 = cs[i - 1].x + shift;
            double y1 = cs[i - 1].y;
            double x2 = cs[i].x + shift;
            double y2 = cs[i].y;
            while (x2 > 180 || x2 < -180) {
                double edge = x2 > 180 ? 180 : -180;
                double y = y1 + (edge - x1) / (x2 - x1) * (y2 - y1);
                part.add(new Coordinate(edge, y));
                add(parts, part);
                part = new ArrayList<>();
                part.add(new Coordinate(-edge, y));
                double turn = x2 > 180 ? -360 : 360;
                shift += turn;
                x1 = -edge;
                y1 = y;
                x2 += turn;
            }
            part.add(new Coordinate(x2, y2));
        }
        add(parts, part);
        if (parts.isEmpty()) {
            // a path of one repeated point: kept as it is, within range
            parts.add(FACTORY.createLineString(new Coordinate[]{
                new Coordinate(cs[0].x + shift, cs[0].y), new Coordinate(cs[0].x + shift, cs[0].y)}));
        }
        return FACTORY.createMultiLineString(parts.toArray(new LineString[0]));
    }

    /** A part of at least two distinct points; a part that only touches the antimeridian is dropped. */
    private static void add(List<LineString> parts, List<Coordinate> part) {
        boolean distinct = part.stream().anyMatch(c -> !c.equals2D(part.get(0)));
        if (part.size() >= 2 && distinct) {
            parts.add(FACTORY.createLineString(part.toArray(new Coordinate[0])));
        }
    }

    /**
     * The coordinates of the parts joined again with continuous longitudes (each within 180 degrees of the one
     * before), for drawing one unbroken line.
     */
    static Coordinate[] joined(org.locationtech.jts.geom.Geometry lines) {
        Coordinate[] cs = lines.getCoordinates();
        List<Coordinate> out = new ArrayList<>();
        for (Coordinate c : cs) {
            double x = c.x;
            if (!out.isEmpty()) {
                Coordinate last = out.get(out.size() - 1);
                x = x + 360 * Math.rint((last.x - x) / 360);
                if (x == last.x && c.y == last.y) {
                    continue;   // the two ends of a split meet here
                }
            }
            out.add(new Coordinate(x, c.y));
        }
        return out.toArray(new Coordinate[0]);
    }
}
