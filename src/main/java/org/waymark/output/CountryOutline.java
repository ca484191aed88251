package org.waymark.output;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A country of the base map.
 *
 * @param iso2    ISO 3166 alpha-2 code, as GeoNames uses it
 * @param name    English name
 * @param outline (Multi)Polygon in EPSG:4326, x = longitude
 */
record CountryOutline(String iso2, String name, Geometry outline) {

    CountryOutline {
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outline, "outline");
    }
}
