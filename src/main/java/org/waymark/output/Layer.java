package org.waymark.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.waymark.movement.Movement;
import org.waymark.recognize.Toponym;

/**
 * The Waymark layer schema: every layer with its columns, their types and nullability, its geometry and its keys.
 * The one description of the output that every sink (GeoPackage, PostGIS, and any later one such as Parquet) creates
 * its tables from and binds values by, and that the styles, the publisher, the tests and the README's layer table
 * are checked against.
 *
 * <p>Every table has the primary key {@value #FID}, filled by the sink; feature tables keep their geometry in
 * {@value #GEOMETRY} (EPSG:{@value #SRS_ID}). {@link #naturalKey()} is what makes a row unique besides the fid.
 */
public enum Layer {
    DOCUMENTS("documents", null, "The documents read, one row each", List.of("doc_id"),
            Column.key("doc_id", ColumnType.TEXT), Column.of("title", ColumnType.TEXT),
            Column.of("source", ColumnType.TEXT), Column.of("date", ColumnType.TEXT),
            Column.of("characters", ColumnType.INTEGER), Column.of("sha256", ColumnType.TEXT)),

    PLACES("places", GeometryType.POINT, "Places mentioned, with mention counts over all documents",
            List.of("geonameid"),
            Column.key("geonameid", ColumnType.INTEGER), Column.of("name", ColumnType.TEXT),
            Column.of("country_code", ColumnType.TEXT), Column.of("feature_class", ColumnType.TEXT),
            Column.of("feature_code", ColumnType.TEXT), Column.of("admin1", ColumnType.TEXT),
            Column.of("population", ColumnType.INTEGER), Column.of("mentions", ColumnType.INTEGER),
            Column.of("documents", ColumnType.INTEGER), Column.of("confidence", ColumnType.REAL),
            Column.of("source", ColumnType.TEXT)),

    MENTIONS("mentions", GeometryType.POINT, "Every place name found in the text; no geometry when unresolved",
            List.of(),
            Column.required("doc_id", ColumnType.TEXT), Column.of("start", ColumnType.INTEGER),
            Column.of("end", ColumnType.INTEGER), Column.of("surface", ColumnType.TEXT),
            Column.of("kind", ColumnType.TEXT, labels(Toponym.Kind.values(), Toponym.Kind::label)),
            Column.of("geonameid", ColumnType.INTEGER), Column.of("name", ColumnType.TEXT),
            Column.of("country_code", ColumnType.TEXT), Column.of("feature_code", ColumnType.TEXT),
            Column.of("confidence", ColumnType.REAL), Column.of("sentence", ColumnType.TEXT),
            Column.of("source", ColumnType.TEXT)),

    MOVEMENTS("movements", GeometryType.MULTILINESTRING, "Reported movements; no geometry when an end is unknown",
            List.of(),
            Column.required("doc_id", ColumnType.TEXT), Column.of("origin_geonameid", ColumnType.INTEGER),
            Column.of("origin_name", ColumnType.TEXT), Column.of("destination_geonameid", ColumnType.INTEGER),
            Column.of("destination_name", ColumnType.TEXT), Column.of("via_geonameids", ColumnType.TEXT),
            Column.of("origin_inferred", ColumnType.BOOLEAN),
            Column.of("destination_kind", ColumnType.TEXT,
                    labels(Movement.EndKind.values(), Movement.EndKind::label)),
            Column.of("trigger", ColumnType.TEXT), Column.of("mover", ColumnType.TEXT),
            Column.of("count", ColumnType.INTEGER),
            Column.of("status", ColumnType.TEXT, labels(Movement.Status.values(), Movement.Status::label)),
            Column.of("sentence", ColumnType.TEXT), Column.of("start", ColumnType.INTEGER),
            Column.of("end", ColumnType.INTEGER), Column.of("confidence", ColumnType.REAL)),

    FLOWS("flows", GeometryType.MULTILINESTRING, "Movements summed per origin and destination over all documents",
            List.of("origin_geonameid", "destination_geonameid"),
            Column.required("origin_geonameid", ColumnType.INTEGER), Column.of("origin_name", ColumnType.TEXT),
            Column.required("destination_geonameid", ColumnType.INTEGER),
            Column.of("destination_name", ColumnType.TEXT),
            Column.of("destination_kind", ColumnType.TEXT,
                    labels(Movement.EndKind.values(), Movement.EndKind::label)),
            Column.of("reports", ColumnType.INTEGER), Column.of("documents", ColumnType.INTEGER),
            Column.of("total_count", ColumnType.INTEGER));

    /** The primary key column of every table. */
    public static final String FID = "fid";
    /** The geometry column of every feature table. */
    public static final String GEOMETRY = "geom";
    /** EPSG code of every geometry (longitude, latitude). */
    public static final int SRS_ID = 4326;

    /** The geometry type of a feature layer, as OGC Simple Features names it. */
    public enum GeometryType { POINT, MULTILINESTRING }

    private final String table;
    private final GeometryType geometryType;
    private final String description;
    private final List<String> naturalKey;
    private final List<Column> columns;

    Layer(String table, GeometryType geometryType, String description, List<String> naturalKey, Column... columns) {
        this.table = table;
        this.geometryType = geometryType;
        this.description = description;
        this.naturalKey = naturalKey;
        this.columns = List.of(columns);
    }

    /** The table name, also the layer name in QGIS and on map servers: {@code places}, … */
    public String table() {
        return table;
    }

    public boolean hasGeometry() {
        return geometryType != null;
    }

    /** The geometry type, empty for the attribute-only {@code documents}. */
    public Optional<GeometryType> geometryType() {
        return Optional.ofNullable(geometryType);
    }

    public String description() {
        return description;
    }

    /** The columns besides {@value #FID} that identify a row (unique together); empty when only the fid does. */
    public List<String> naturalKey() {
        return naturalKey;
    }

    /** The attribute columns, in table order (without fid and geometry). */
    public List<Column> columns() {
        return columns;
    }

    /** The attribute column of that name. */
    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The layers with a geometry, in schema order: the ones that are drawn and styled. */
    public static List<Layer> withGeometry() {
        return Stream.of(values()).filter(Layer::hasGeometry).toList();
    }

    /** The layer of that table name. */
    public static Optional<Layer> forTable(String table) {
        return Stream.of(values()).filter(l -> l.table.equals(table)).findFirst();
    }

    /** SQL identifier quoting: several column names ("start", "end", "trigger") are SQL keywords. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static <E> List<String> labels(E[] values, java.util.function.Function<E, String> label) {
        List<String> labels = new ArrayList<>();
        for (E value : values) {
            labels.add(label.apply(value));
        }
        return List.copyOf(labels);
    }
}
