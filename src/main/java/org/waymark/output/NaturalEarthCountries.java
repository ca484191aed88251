package org.waymark.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The country outlines of the base map: Natural Earth 1:50m admin-0 (public domain) with GeoNames codes and names,
 * the compact resource that {@code org.waymark.geography} bundles. This class is the only place in the output
 * package that knows where outlines come from.
 */
final class NaturalEarthCountries {

    /** Gzipped UTF-8 lines {@code ISO2<TAB>name<TAB>WKT}, as documented in the geography package's README. */
    static final String RESOURCE = "/org/waymark/geography/countries-50m.tsv.gz";

    private NaturalEarthCountries() {
    }

    /**
     * All countries, in the resource's order.
     *
     * <p>Reads the geography package's resource directly; once {@code org.waymark.geography.CountryBoundaries} is on
     * the main branch this can become {@code CountryBoundaries.naturalEarth()} (keeping the names).
     *
     * @throws QgisProjectException when the resource is not on the classpath or is malformed
     */
    static List<CountryOutline> load() {
        InputStream raw = NaturalEarthCountries.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new QgisProjectException("The Natural Earth country outlines for the base map are missing from "
                    + "the classpath (" + RESOURCE + "); they come with the org.waymark.geography package");
        }
        WKTReader wkt = new WKTReader(new GeometryFactory(new PrecisionModel(), 4326));
        List<CountryOutline> countries = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                String[] fields = line.split("\t", 3);
                if (fields.length != 3) {
                    throw new QgisProjectException(RESOURCE + " line " + lineNo + ": expected code, name, WKT");
                }
                countries.add(new CountryOutline(fields[0], fields[1], wkt.read(fields[2])));
            }
        } catch (IOException e) {
            throw new QgisProjectException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new QgisProjectException(RESOURCE + " line " + lineNo + ": bad WKT: " + e.getMessage(), e);
        }
        return countries;
    }
}
