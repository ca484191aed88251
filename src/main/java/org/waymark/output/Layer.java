package org.waymark.output;

import static mil.nga.geopackage.db.GeoPackageDataType.BOOLEAN;
import static mil.nga.geopackage.db.GeoPackageDataType.INTEGER;
import static mil.nga.geopackage.db.GeoPackageDataType.REAL;
import static mil.nga.geopackage.db.GeoPackageDataType.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.sf.GeometryType;

/**
 * The layers of a Waymark GeoPackage and their exact columns: the contract that styles, the WMS configuration and
 * readers of the file rely on. Every table has the primary key {@value #FID}; feature tables keep their geometry in
 * {@value #GEOMETRY} (EPSG:{@value #SRS_ID}).
 */
enum Layer {
    DOCUMENTS("documents", null, "The documents read, one row each",
            column("doc_id", TEXT, true), column("title", TEXT), column("source", TEXT), column("date", TEXT),
            column("characters", INTEGER), column("sha256", TEXT)),

    PLACES("places", GeometryType.POINT, "Places mentioned, with mention counts over all documents",
            column("geonameid", INTEGER, true), column("name", TEXT), column("country_code", TEXT),
            column("feature_class", TEXT), column("feature_code", TEXT), column("admin1", TEXT),
            column("population", INTEGER), column("mentions", INTEGER), column("documents", INTEGER),
            column("confidence", REAL), column("source", TEXT)),

    MENTIONS("mentions", GeometryType.POINT, "Every place name found in the text; no geometry when unresolved",
            column("doc_id", TEXT), column("start", INTEGER), column("end", INTEGER), column("surface", TEXT),
            column("kind", TEXT), column("geonameid", INTEGER), column("name", TEXT), column("country_code", TEXT),
            column("feature_code", TEXT), column("confidence", REAL), column("sentence", TEXT),
            column("source", TEXT)),

    MOVEMENTS("movements", GeometryType.MULTILINESTRING, "Reported movements; no geometry when an end is unknown",
            column("doc_id", TEXT), column("origin_geonameid", INTEGER), column("origin_name", TEXT),
            column("destination_geonameid", INTEGER), column("destination_name", TEXT),
            column("via_geonameids", TEXT), column("origin_inferred", BOOLEAN), column("destination_kind", TEXT),
            column("trigger", TEXT), column("mover", TEXT), column("count", INTEGER), column("status", TEXT),
            column("sentence", TEXT), column("start", INTEGER), column("end", INTEGER),
            column("confidence", REAL)),

    FLOWS("flows", GeometryType.MULTILINESTRING, "Movements summed per origin and destination over all documents",
            column("origin_geonameid", INTEGER), column("origin_name", TEXT),
            column("destination_geonameid", INTEGER), column("destination_name", TEXT),
            column("destination_kind", TEXT), column("reports", INTEGER), column("documents", INTEGER),
            column("total_count", INTEGER));

    static final String FID = "fid";
    static final String GEOMETRY = "geom";
    static final int SRS_ID = 4326;

    record Column(String name, GeoPackageDataType type, boolean unique) {
    }

    private final String table;
    private final GeometryType geometryType;
    private final String description;
    private final List<Column> columns;

    Layer(String table, GeometryType geometryType, String description, Column... columns) {
        this.table = table;
        this.geometryType = geometryType;
        this.description = description;
        this.columns = List.of(columns);
    }

    String table() {
        return table;
    }

    boolean hasGeometry() {
        return geometryType != null;
    }

    String description() {
        return description;
    }

    /** The attribute columns, in table order (without fid and geometry). */
    List<Column> columns() {
        return columns;
    }

    static List<Layer> withGeometry() {
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : values()) {
            if (layer.hasGeometry()) {
                layers.add(layer);
            }
        }
        return layers;
    }

    /** Creates the empty table and registers it in gpkg_contents (and gpkg_geometry_columns). */
    void create(GeoPackage geoPackage) {
        if (hasGeometry()) {
            GeometryColumns geometryColumns = new GeometryColumns();
            geometryColumns.setTableName(table);
            geometryColumns.setColumnName(GEOMETRY);
            geometryColumns.setGeometryType(geometryType);
            geometryColumns.setZ((byte) 0);
            geometryColumns.setM((byte) 0);
            geometryColumns.setSrsId(SRS_ID);
            List<FeatureColumn> featureColumns = new ArrayList<>();
            for (Column c : columns) {
                FeatureColumn fc = FeatureColumn.createColumn(c.name(), c.type());
                fc.setUnique(c.unique());
                fc.setNotNull(c.unique());
                featureColumns.add(fc);
            }
            // The extent is set from the data when the writer closes.
            geoPackage.createFeatureTable(
                    FeatureTableMetadata.create(geometryColumns, FID, featureColumns, (BoundingBox) null));
        } else {
            List<AttributesColumn> attributeColumns = new ArrayList<>();
            for (Column c : columns) {
                AttributesColumn ac = AttributesColumn.createColumn(c.name(), c.type());
                ac.setUnique(c.unique());
                ac.setNotNull(c.unique());
                attributeColumns.add(ac);
            }
            geoPackage.createAttributesTable(AttributesTableMetadata.create(table, FID, attributeColumns));
        }
    }

    /** {@code INSERT INTO "t" ("geom", "c1", …) VALUES (?, ?, …)}: geometry first when the layer has one. */
    String insertSql() {
        List<String> names = new ArrayList<>();
        if (hasGeometry()) {
            names.add(GEOMETRY);
        }
        columns.forEach(c -> names.add(c.name()));
        return "INSERT INTO " + quote(table) + " (" + names.stream().map(Layer::quote).collect(Collectors.joining(", "))
                + ") VALUES (" + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** SQL identifier quoting: several column names ("start", "end", "trigger") are SQL keywords. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static Column column(String name, GeoPackageDataType type) {
        return new Column(name, type, false);
    }

    private static Column column(String name, GeoPackageDataType type, boolean unique) {
        return new Column(name, type, unique);
    }
}
