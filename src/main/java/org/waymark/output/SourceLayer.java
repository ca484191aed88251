package org.waymark.output;

/**
 * A feature table of a GeoPackage as a QGIS project needs it.
 *
 * @param table          table name, also the QGIS layer name
 * @param geometryColumn name of the geometry column
 * @param geometryType   GeoPackage geometry type name: POINT, LINESTRING, MULTIPOLYGON, …
 * @param srsId          the table's spatial reference system id (Waymark writes 4326)
 * @param extent         bounds of the non-empty geometries, or null when there are none
 * @param qml            the table's default QGIS style (QML text), or null when it has none
 */
record SourceLayer(String table, String geometryColumn, String geometryType, int srsId, Extent extent, String qml) {

    /** QGIS's name for the geometry kind, as the project's {@code geometry} attribute spells it. */
    String qgisGeometry() {
        return switch (geometryType) {
            case "POINT", "MULTIPOINT" -> "Point";
            case "LINESTRING", "MULTILINESTRING", "CIRCULARSTRING", "COMPOUNDCURVE", "MULTICURVE" -> "Line";
            case "POLYGON", "MULTIPOLYGON", "CURVEPOLYGON", "MULTISURFACE" -> "Polygon";
            default -> "Unknown geometry";
        };
    }

    /** QGIS's WKB type name, as the project's {@code wkbType} attribute spells it. */
    String qgisWkbType() {
        return switch (geometryType) {
            case "POINT" -> "Point";
            case "MULTIPOINT" -> "MultiPoint";
            case "LINESTRING" -> "LineString";
            case "MULTILINESTRING" -> "MultiLineString";
            case "POLYGON" -> "Polygon";
            case "MULTIPOLYGON" -> "MultiPolygon";
            default -> "Unknown";
        };
    }

    SourceLayer withQml(String newQml) {
        return new SourceLayer(table, geometryColumn, geometryType, srsId, extent, newQml);
    }
}
