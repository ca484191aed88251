package org.waymark.output;

import java.util.ArrayList;
import java.util.List;
import org.waymark.geography.CountryBoundaries;

/**
 * The country outlines of the base map: Natural Earth 1:50m admin-0 (public domain) with GeoNames codes and names,
 * as {@link CountryBoundaries} holds them. This class is the only place in the output package that knows where
 * outlines come from.
 */
final class NaturalEarthCountries {

    /** Gzipped UTF-8 lines {@code ISO2<TAB>name<TAB>WKT}, as documented in the geography package's README. */
    static final String RESOURCE = "/org/waymark/geography/countries-50m.tsv.gz";

    private NaturalEarthCountries() {
    }

    /** All countries, ordered by code, with their names. */
    static List<CountryOutline> load() {
        CountryBoundaries boundaries = CountryBoundaries.naturalEarth();
        List<CountryOutline> countries = new ArrayList<>();
        boundaries.all().forEach((code, outline) ->
                countries.add(new CountryOutline(code, boundaries.name(code).orElse(code), outline)));
        return countries;
    }
}
