/*
 * Derives src/main/resources/org/waymark/geography/countries-50m.tsv.gz from Natural Earth 1:50m admin-0
 * countries as redistributed by the npm package world-atlas 2.0.2 (countries-50m.json, TopoJSON, Natural Earth
 * v4.1.0). Documents the derivation; the build does not run it.
 *
 *   npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz       # -> package/countries-50m.json
 *   M=~/.m2/repository
 *   CP=$M/org/locationtech/jts/jts-core/1.20.0/jts-core-1.20.0.jar
 *   for a in core databind annotations; do CP=$CP:$(find $M/com/fasterxml/jackson/core -name "jackson-$a-2.17.[0-9].jar" | head -1); done
 *   java -cp $CP tools/DeriveCountryBoundaries.java package/countries-50m.json \
 *        ../shared/data/geonames/countryInfo.txt src/main/resources/org/waymark/geography/countries-50m.tsv.gz
 *
 * Output: gzipped UTF-8 lines "ISO2<TAB>GeoNames country name<TAB>WKT MULTIPOLYGON", lon/lat (EPSG:4326),
 * 4 decimals (~11 m; the source is quantized to ~400 m), sorted by code. What it does to the source:
 *  - decodes the TopoJSON arcs (delta + quantization transform);
 *  - antimeridian: world-atlas stitched Natural Earth's rings across 180 deg (Russia's mainland ring runs on
 *    into eastern Chukotka; Wrangel Island, Fiji). Each ring's longitudes are unwrapped to be continuous and
 *    the polygon is cut at +-180 into pieces within [-180, 180], so every polygon is valid in the lon/lat
 *    plane. Antarctica's coast ring goes round the pole: it is closed through (180,-90) and (-180,-90), and
 *    world-atlas's zero-area ring along -89.999 is dropped;
 *  - codes: ISO 3166 numeric id -> alpha-2 through GeoNames countryInfo.txt, so codes match GeoNames places
 *    (Natural Earth's own ISO_A2 is -99 for France and Norway in some versions; the numeric ids are right);
 *    features without an id: Kosovo -> XK, Somaliland -> SO and N. Cyprus -> CY (merged, as GeoNames counts
 *    them), Siachen Glacier -> IN (de facto control), Indian Ocean Ter. -> CX and CC by island;
 *  - parts that GeoNames codes otherwise are reassigned by bounding box (see REASSIGNED): France's overseas
 *    departments -> GF, GP, MQ, RE, YT; Norway's Svalbard and Jan Mayen -> SJ; Netherlands' Caribbean -> BQ;
 *    Crimea, which Natural Earth 4.1 draws in RU, -> UA as GeoNames (and the UN) place it;
 *  - parts with the same code are unioned (Australia + Ashmore and Cartier Is., Somalia + Somaliland, ...);
 *    invalid results are repaired with JTS GeometryFixer.
 */

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

public class DeriveCountryBoundaries {

    private static final GeometryFactory GF = new GeometryFactory();

    private static final Map<String, String> CODE_BY_NAME = Map.of(
            "Kosovo", "XK", "Somaliland", "SO", "N. Cyprus", "CY", "Siachen Glacier", "IN");

    /** Natural Earth code, GeoNames code of the part, lon/lat box holding the part (minLon, maxLon, minLat, maxLat). */
    private record Reassigned(String sovereign, String code, Envelope box) {
        Reassigned(String sovereign, String code, double x0, double x1, double y0, double y1) {
            this(sovereign, code, new Envelope(x0, x1, y0, y1));
        }
    }

    private static final List<Reassigned> REASSIGNED = List.of(
            new Reassigned("FR", "GF", -55, -51, 1, 6.5),
            new Reassigned("FR", "GP", -62, -60.9, 15.8, 16.6),
            new Reassigned("FR", "MQ", -61.3, -60.7, 14.3, 15),
            new Reassigned("FR", "RE", 55, 56, -21.5, -20.8),
            new Reassigned("FR", "YT", 44.9, 45.4, -13.1, -12.5),
            new Reassigned("NO", "SJ", 10, 35, 74, 81),
            new Reassigned("NO", "SJ", -9.5, -7.5, 70.5, 71.5),
            new Reassigned("NL", "BQ", -69, -62, 11.9, 18),
            new Reassigned("RU", "UA", 32.4, 36.7, 44.3, 46.3),
            new Reassigned("IOT", "CX", 105, 106, -11, -10),
            new Reassigned("IOT", "CC", 96, 97.5, -12.5, -11.5));

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: DeriveCountryBoundaries countries-50m.json countryInfo.txt out.tsv.gz");
            System.exit(2);
        }
        JsonNode topo = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, String[]> byNumeric = readCountryInfo(Path.of(args[1]));
        Map<String, String> names = new HashMap<>();
        byNumeric.values().forEach(c -> names.put(c[0], c[1]));
        List<Coordinate[]> arcs = decodeArcs(topo);

        Map<String, List<Polygon>> parts = new TreeMap<>();
        for (JsonNode feature : topo.path("objects").path("countries").path("geometries")) {
            String neName = feature.path("properties").path("name").asText();
            String code;
            if (feature.hasNonNull("id")) {
                String[] info = byNumeric.get(feature.get("id").asText());
                if (info == null) throw new IllegalStateException("no GeoNames country for id " + feature.get("id"));
                code = info[0];
            } else if (neName.equals("Indian Ocean Ter.")) {
                code = "IOT";
            } else {
                code = CODE_BY_NAME.get(neName);
                if (code == null) throw new IllegalStateException("no code for " + neName);
            }
            for (Polygon polygon : polygons(feature, arcs, neName)) {
                parts.computeIfAbsent(reassignedCode(code, polygon), k -> new ArrayList<>()).add(polygon);
            }
        }
        if (parts.containsKey("IOT")) throw new IllegalStateException("Indian Ocean Ter. part left unassigned");

        PrecisionModel fourDecimals = new PrecisionModel(1e4);
        WKTWriter wkt = new WKTWriter();
        wkt.setMaxCoordinatesPerLine(Integer.MAX_VALUE);
        Path out = Path.of(args[2]);
        int total = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            for (var e : parts.entrySet()) {
                Geometry merged = e.getValue().size() == 1 ? e.getValue().get(0) : UnaryUnionOp.union(e.getValue());
                Geometry reduced = GeometryPrecisionReducer.reduce(merged, fourDecimals);
                if (!reduced.isValid()) reduced = GeometryFixer.fix(reduced);
                MultiPolygon mp = toMultiPolygon(reduced);
                if (mp.isEmpty() || !mp.isValid()) throw new IllegalStateException("bad geometry for " + e.getKey());
                String name = names.getOrDefault(e.getKey(), e.getKey());
                w.write(e.getKey() + "\t" + name + "\t" + wkt.write(mp).replace(".0 ", " ").replace(".0,", ","));
                w.write('\n');
                total += mp.getNumPoints();
            }
        }
        System.out.printf("%d countries, %d vertices, %d bytes%n", parts.size(), total, Files.size(out));
    }

    /** ISO numeric (3 digits) -> {alpha-2, name}. */
    private static Map<String, String[]> readCountryInfo(Path file) throws IOException {
        Map<String, String[]> byNumeric = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            byNumeric.put(f[2], new String[] {f[0], f[4]});
        }
        return byNumeric;
    }

    private static List<Coordinate[]> decodeArcs(JsonNode topo) {
        JsonNode t = topo.path("transform");
        double sx = t.path("scale").get(0).asDouble(), sy = t.path("scale").get(1).asDouble();
        double tx = t.path("translate").get(0).asDouble(), ty = t.path("translate").get(1).asDouble();
        List<Coordinate[]> arcs = new ArrayList<>();
        for (JsonNode arc : topo.path("arcs")) {
            Coordinate[] pts = new Coordinate[arc.size()];
            long x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                pts[i] = new Coordinate(x * sx + tx, y * sy + ty);
            }
            arcs.add(pts);
        }
        return arcs;
    }

    private static List<Polygon> polygons(JsonNode feature, List<Coordinate[]> arcs, String neName) {
        List<Polygon> result = new ArrayList<>();
        JsonNode arcRefs = feature.path("arcs");
        List<JsonNode> polys = new ArrayList<>();
        if (feature.path("type").asText().equals("Polygon")) polys.add(arcRefs);
        else arcRefs.forEach(polys::add);
        for (JsonNode poly : polys) {
            List<LinearRing> rings = new ArrayList<>();
            for (JsonNode ring : poly) {
                List<Coordinate> pts = new ArrayList<>();
                for (JsonNode ref : ring) {
                    int i = ref.asInt();
                    Coordinate[] arc = arcs.get(i >= 0 ? i : ~i);
                    for (int k = 0; k < arc.length; k++) {
                        Coordinate c = arc[i >= 0 ? k : arc.length - 1 - k];
                        if (!pts.isEmpty() && k == 0) continue;      // arcs share their end points
                        pts.add(new Coordinate(c));
                    }
                }
                LinearRing fixed = planarRing(pts, neName);
                if (fixed != null) rings.add(fixed);
            }
            if (rings.isEmpty()) continue;
            Polygon p = GF.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(new LinearRing[0]));
            Geometry g = p.isValid() ? p : GeometryFixer.fix(p);
            for (int i = 0; i < g.getNumGeometries(); i++) {
                result.addAll(splitAtAntimeridian((Polygon) g.getGeometryN(i)));
            }
        }
        return result;
    }

    /**
     * The ring with continuous longitudes (each vertex within 180 deg of the previous, so a ring crossing the
     * antimeridian runs past +-180 and is cut by {@link #splitAtAntimeridian}), or null for a zero-area ring.
     */
    private static LinearRing planarRing(List<Coordinate> pts, String neName) {
        double winding = 0;
        for (int i = 1; i < pts.size(); i++) {
            double d = pts.get(i).x - pts.get(i - 1).x;
            winding += d > 180 ? d - 360 : d < -180 ? d + 360 : d;
        }
        Coordinate[] ring;
        if (pts.stream().allMatch(c -> c.y == pts.get(0).y)) {
            return null;                     // world-atlas's line along -89.999 next to Antarctica's coast ring
        } else if (Math.abs(winding) > 180) {
            ring = polarRing(pts, winding, neName);
        } else {
            ring = new Coordinate[pts.size()];
            ring[0] = pts.get(0);
            for (int i = 1; i < ring.length; i++) {
                Coordinate c = pts.get(i);
                double x = c.x + 360 * Math.rint((ring[i - 1].x - c.x) / 360);
                ring[i] = new Coordinate(x, c.y);
            }
        }
        if (Area.ofRing(ring) == 0) return null;
        return GF.createLinearRing(ring);
    }

    /** Cuts a polygon with unwrapped longitudes into pieces within [-180, 180]. */
    private static List<Polygon> splitAtAntimeridian(Polygon polygon) {
        Envelope env = polygon.getEnvelopeInternal();
        if (env.getMinX() >= -180 && env.getMaxX() <= 180) return List.of(polygon);
        List<Polygon> pieces = new ArrayList<>();
        for (int turn = -1; turn <= 1; turn++) {
            double shift = 360 * turn;
            Geometry box = GF.toGeometry(new Envelope(-180 + shift, 180 + shift, -90, 90));
            Geometry piece = polygon.intersection(box);
            piece = AffineTransformation.translationInstance(-shift, 0).transform(piece);
            for (int i = 0; i < piece.getNumGeometries(); i++) {
                if (piece.getGeometryN(i) instanceof Polygon p && p.getArea() > 0) pieces.add(p);
            }
        }
        return pieces;
    }

    /** Antarctica's coast ring goes once round the pole: unwrap it and close it along the pole. */
    private static Coordinate[] polarRing(List<Coordinate> pts, double winding, String neName) {
        if (!neName.equals("Antarctica")) throw new IllegalStateException("pole-wrapping ring in " + neName);
        List<Coordinate> open = new ArrayList<>(pts.subList(0, pts.size() - 1));
        // start right after the antimeridian jump so the unwrapped run is monotone in span
        int start = 0;
        for (int i = 0; i < open.size(); i++) {
            Coordinate a = open.get(i), b = open.get((i + 1) % open.size());
            if (Math.abs(b.x - a.x) > 180) { start = (i + 1) % open.size(); break; }
        }
        List<Coordinate> run = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) run.add(new Coordinate(open.get((start + i) % open.size())));
        double step = Math.signum(winding);                 // +1: eastwards from -180 to 180
        run.get(0).x = -180 * step;
        List<Coordinate> ring = new ArrayList<>(run);
        Coordinate last = run.get(run.size() - 1);
        double south = -90;
        ring.add(new Coordinate(180 * step, run.get(0).y));
        ring.add(new Coordinate(180 * step, south));
        ring.add(new Coordinate(-180 * step, south));
        ring.add(new Coordinate(run.get(0)));
        if (Math.abs(last.x) > 180) throw new IllegalStateException("unexpected Antarctica ring");
        return ring.toArray(new Coordinate[0]);
    }

    private static String reassignedCode(String code, Polygon polygon) {
        Coordinate inside = polygon.getInteriorPoint().getCoordinate();
        for (Reassigned o : REASSIGNED) {
            if (o.sovereign().equals(code) && o.box().contains(inside)) return o.code();
        }
        return code;
    }

    private static MultiPolygon toMultiPolygon(Geometry g) {
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) polys.add(p);
            else if (part instanceof MultiPolygon m) for (int k = 0; k < m.getNumGeometries(); k++) polys.add((Polygon) m.getGeometryN(k));
        }
        return GF.createMultiPolygon(polys.toArray(new Polygon[0]));
    }
}
