package org.waymark.output;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Rough hand-drawn outlines of a few countries around the fixture's movements, standing in for Natural Earth. */
final class FixtureCountries {

    private FixtureCountries() {
    }

    static List<CountryOutline> rough() {
        return List.of(
                country("SY", "Syria", "POLYGON((35.7 32.3, 36.8 32.3, 38.8 33.4, 41.0 34.4, 42.4 37.1, 40.0 36.9, "
                        + "36.6 36.8, 36.2 35.9, 35.9 35.2, 36.0 34.6, 36.4 34.6, 35.7 32.3))"),
                country("LB", "Lebanon", "POLYGON((35.1 33.1, 35.6 33.3, 36.6 34.2, 36.4 34.6, 36.0 34.6, 35.1 33.1))"),
                country("LY", "Libya", "MULTIPOLYGON(((9.5 30.2, 10.0 24.5, 11.9 23.5, 14.0 22.5, 24.0 20.0, "
                        + "25.0 21.9, 25.0 31.6, 20.0 30.9, 19.5 30.3, 15.5 31.6, 11.5 33.2, 9.5 30.2)))"),
                country("EG", "Egypt", "POLYGON((25.0 31.6, 25.0 22.0, 36.9 22.0, 34.2 31.3, 32.0 31.1, 25.0 31.6))"));
    }

    private static CountryOutline country(String iso2, String name, String wkt) {
        try {
            Geometry g = new WKTReader(new GeometryFactory(new PrecisionModel(), 4326)).read(wkt);
            return new CountryOutline(iso2, name, g);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
