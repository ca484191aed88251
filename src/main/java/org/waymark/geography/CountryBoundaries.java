package org.waymark.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Country boundaries from Natural Earth 1:50m admin-0 (public domain), keyed by the ISO 3166 alpha-2 codes
 * GeoNames uses (XK for Kosovo; Somaliland counted in SO, Northern Cyprus in CY; French overseas departments,
 * Svalbard and the Caribbean Netherlands under their own codes). Geometries are MultiPolygons in EPSG:4326,
 * x = lon, y = lat, never crossing the antimeridian. See the README next to the data for its derivation.
 *
 * <p>Immutable and thread-safe once built; {@link #naturalEarth()} loads the bundled data on first use only.
 * The geometries handed out are shared: treat them as read-only, as JTS geometries are meant to be.
 */
public final class CountryBoundaries {

    private static final String RESOURCE = "countries-50m.tsv.gz";

    private final Map<String, Geometry> byCode;
    private final Map<String, String> names;
    private final STRtree partIndex = new STRtree();

    private record Part(String code, Envelope envelope, IndexedPointInAreaLocator locator) {
    }

    private CountryBoundaries(Map<String, Geometry> byCode, Map<String, String> names) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.names = Collections.unmodifiableMap(names);
        for (Map.Entry<String, Geometry> e : byCode.entrySet()) {
            Geometry g = e.getValue();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Polygon polygon = (Polygon) g.getGeometryN(i);
                IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(polygon);
                locator.locate(polygon.getCoordinate());     // builds its index now, not under concurrent use
                Envelope env = polygon.getEnvelopeInternal();
                partIndex.insert(env, new Part(e.getKey(), env, locator));
            }
        }
        partIndex.build();
    }

    private static final class Bundled {
        static final CountryBoundaries INSTANCE = read(RESOURCE);
    }

    /** The bundled Natural Earth boundaries, read once on first call (about 0.5 s). */
    public static CountryBoundaries naturalEarth() {
        return Bundled.INSTANCE;
    }

    private static CountryBoundaries read(String resource) {
        InputStream raw = CountryBoundaries.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("country boundaries resource missing from the classpath: "
                    + CountryBoundaries.class.getPackageName().replace('.', '/') + "/" + resource);
        }
        Map<String, Geometry> byCode = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        WKTReader wkt = new WKTReader(GreatCircle.WGS84);
        int lineNo = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                String[] fields = line.split("\t", 3);
                if (fields.length != 3) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": expected code, name, WKT");
                }
                byCode.put(fields[0], wkt.read(fields[2]));
                names.put(fields[0], fields[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (ParseException e) {
            throw new IllegalStateException(resource + " line " + lineNo + ": bad WKT: " + e.getMessage(), e);
        }
        return new CountryBoundaries(byCode, names);
    }

    /** The country's English name (GeoNames'), or empty when the code is unknown. */
    public Optional<String> name(String iso2) {
        return Optional.ofNullable(names.get(normalize(iso2)));
    }

    /** The country's (Multi)Polygon, or empty when the code is unknown or the country too small for 1:50m. */
    public Optional<Geometry> country(String iso2) {
        return Optional.ofNullable(byCode.get(normalize(iso2)));
    }

    /** Every country by ISO alpha-2 code, sorted by code: the base map. */
    public Map<String, Geometry> all() {
        return byCode;
    }

    /**
     * The code of the country containing the point (on a shared border: either), or empty at sea.
     * Longitudes outside [-180, 180] are wrapped, so vertices of unwrapped great-circle paths work too.
     */
    public Optional<String> countryAt(double lat, double lon) {
        GreatCircle.checkLatLon(lat, lon);
        Coordinate p = new Coordinate(GreatCircle.nearestEquivalentLongitude(lon, 0), lat);
        List<?> candidates = partIndex.query(new Envelope(p));
        String onBoundary = null;
        for (Object o : candidates) {
            Part part = (Part) o;
            int location = part.locator().locate(p);
            if (location == Location.INTERIOR) {
                return Optional.of(part.code());
            }
            if (location == Location.BOUNDARY && (onBoundary == null || part.code().compareTo(onBoundary) < 0)) {
                onBoundary = part.code();
            }
        }
        return Optional.ofNullable(onBoundary);
    }

    /**
     * The point of the country's boundary (land borders and coast) nearest to {@code from} on the globe
     * (x = lon, y = lat). Distances are measured in an azimuthal equidistant projection centred on
     * {@code from}, which keeps every distance from {@code from} true, so the answer is right across the
     * antimeridian and at any latitude.
     *
     * @throws IllegalArgumentException for an unknown code or a coordinate that is no lat/lon
     */
    public Coordinate nearestBoundaryPoint(String iso2, Coordinate from) {
        if (from == null) {
            throw new IllegalArgumentException("nearestBoundaryPoint needs a coordinate, got null");
        }
        Geometry country = country(iso2).orElseThrow(() ->
                new IllegalArgumentException("no boundary known for country code '" + iso2 + "'"));
        AzimuthalEquidistant plane = new AzimuthalEquidistant(from.y, from.x);
        Coordinate origin = new Coordinate(0, 0);
        LineSegment segment = new LineSegment();
        Coordinate best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (int i = 0; i < country.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) country.getGeometryN(i);
            for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                Coordinate[] ring = (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r)).getCoordinates();
                Coordinate previous = plane.forward(ring[0].y, ring[0].x);
                for (int k = 1; k < ring.length; k++) {
                    Coordinate next = plane.forward(ring[k].y, ring[k].x);
                    segment.setCoordinates(previous, next);
                    // near the antipode of 'from' the projection tears: a short edge there becomes a long
                    // chord across the plane. Such edges are ~20,000 km away; skip them.
                    double trueKm = GreatCircle.distanceKm(ring[k - 1].y, ring[k - 1].x, ring[k].y, ring[k].x);
                    if (segment.getLength() <= 2 * trueKm + 1) {
                        Coordinate closest = segment.closestPoint(origin);
                        double km = closest.distance(origin);
                        if (km < bestKm) {
                            bestKm = km;
                            best = new Coordinate(closest);     // closestPoint may hand back the segment's own end
                        }
                    }
                    previous = next;
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no usable boundary edge for '" + iso2 + "' from " + from);
        }
        return plane.inverse(best.x, best.y);
    }

    private static String normalize(String iso2) {
        if (iso2 == null || iso2.length() != 2) {
            throw new IllegalArgumentException("not an ISO 3166 alpha-2 country code: '" + iso2 + "'");
        }
        return iso2.toUpperCase(Locale.ROOT);
    }
}
