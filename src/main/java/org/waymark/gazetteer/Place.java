package org.waymark.gazetteer;

/**
 * A gazetteer entry, as GeoNames describes it.
 *
 * @param geonameid    GeoNames id (regions and continents included)
 * @param name         preferred English name
 * @param latitude     WGS84
 * @param longitude    WGS84
 * @param featureClass GeoNames feature class: A (country, admin), P (populated place), L (area, region), …
 * @param featureCode  GeoNames feature code: PCLI, ADM1, PPLC, CONT, RGN …
 * @param countryCode  ISO 3166 alpha-2, or "" for continents and regions spanning countries
 * @param admin1       GeoNames admin1 code, or ""
 * @param population   0 when unknown
 */
public record Place(long geonameid, String name, double latitude, double longitude,
                    String featureClass, String featureCode, String countryCode, String admin1,
                    long population) {

    public boolean isCountry() {
        return featureCode.startsWith("PCL") || featureCode.equals("TERR");
    }

    public boolean isAdmin1() {
        return featureCode.equals("ADM1");
    }

    public boolean isContinentOrRegion() {
        return featureCode.equals("CONT") || featureCode.equals("RGN") || featureCode.equals("RGNE");
    }

    /**
     * A sea, strait, channel, lake, island, peninsula, desert or mountain range: a named feature that a movement may
     * cross or end on ("across the Mediterranean", "landed on Lampedusa"), and that a common word seldom is.
     */
    public boolean isLandOrWaterFeature() {
        return LAND_AND_WATER.contains(featureCode);
    }

    private static final java.util.Set<String> LAND_AND_WATER = java.util.Set.of("OCN", "SEA", "GULF", "STRT", "BAY",
            "CHN", "CHNM", "LK", "ISL", "ISLS", "ATOL", "PEN", "DSRT", "MTS");

    /**
     * A country, division, continent or region, or a place of 5,000 people or more: what a misspelt name may be taken
     * for ({@link Gazetteer#similar}).
     */
    public boolean isNotable() {
        return isCountry() || featureClass.equals("A") || isContinentOrRegion() || population >= 5000;
    }

    public boolean isPopulatedPlace() {
        return featureClass.equals("P");
    }

    /**
     * Whether this is the country, or the admin1 area, that holds {@code other}, as far as the codes tell:
     * "Springfield, Illinois", "Fife, Scotland", "Rockville, Maryland".
     */
    public boolean contains(Place other) {
        if (geonameid == other.geonameid || !countryCode.equals(other.countryCode) || countryCode.isEmpty()
                || other.isCountry()) {
            return false;
        }
        return isCountry() || isAdmin1() && admin1.equals(other.admin1) && !other.isAdmin1();
    }
}
