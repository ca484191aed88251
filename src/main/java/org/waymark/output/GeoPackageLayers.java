package org.waymark.output;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
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

/** The {@link Layer} schema as GeoPackage tables: their creation, and rows bound to their columns by name. */
final class GeoPackageLayers {

    private GeoPackageLayers() {
    }

    static GeoPackageDataType type(ColumnType type) {
        return switch (type) {
            case TEXT -> GeoPackageDataType.TEXT;
            case INTEGER -> GeoPackageDataType.INTEGER;
            case REAL -> GeoPackageDataType.REAL;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
        };
    }

    /** Creates the empty table and registers it in gpkg_contents (and gpkg_geometry_columns). */
    static void create(GeoPackage geoPackage, Layer layer) {
        if (layer.hasGeometry()) {
            GeometryColumns geometryColumns = new GeometryColumns();
            geometryColumns.setTableName(layer.table());
            geometryColumns.setColumnName(Layer.GEOMETRY);
            geometryColumns.setGeometryType(GeometryType.valueOf(layer.geometryType().orElseThrow().name()));
            geometryColumns.setZ((byte) 0);
            geometryColumns.setM((byte) 0);
            geometryColumns.setSrsId(Layer.SRS_ID);
            List<FeatureColumn> featureColumns = new ArrayList<>();
            for (Column c : layer.columns()) {
                FeatureColumn fc = FeatureColumn.createColumn(c.name(), type(c.type()));
                fc.setUnique(c.unique());
                fc.setNotNull(!c.nullable());
                featureColumns.add(fc);
            }
            // The extent is set from the data when the writer closes.
            geoPackage.createFeatureTable(
                    FeatureTableMetadata.create(geometryColumns, Layer.FID, featureColumns, (BoundingBox) null));
        } else {
            List<AttributesColumn> attributeColumns = new ArrayList<>();
            for (Column c : layer.columns()) {
                AttributesColumn ac = AttributesColumn.createColumn(c.name(), type(c.type()));
                ac.setUnique(c.unique());
                ac.setNotNull(!c.nullable());
                attributeColumns.add(ac);
            }
            geoPackage.createAttributesTable(AttributesTableMetadata.create(layer.table(), Layer.FID,
                    attributeColumns));
        }
    }

    /** {@code INSERT INTO "t" ("geom", "c1", …) VALUES (?, ?, …)}: geometry first when the layer has one. */
    static String insertSql(Layer layer) {
        List<String> names = names(layer);
        return "INSERT INTO " + Layer.quote(layer.table()) + " ("
                + names.stream().map(Layer::quote).collect(Collectors.joining(", ")) + ") VALUES ("
                + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Binds the row's values, by column name, to a statement of {@link #insertSql}. */
    static void bind(PreparedStatement st, Row row) throws SQLException {
        List<String> names = names(row.layer());
        for (int i = 0; i < names.size(); i++) {
            Object value = names.get(i).equals(Layer.GEOMETRY) && row.layer().hasGeometry()
                    ? GeometryBlobs.encode(row.geometry()) : row.get(names.get(i));
            if (value == null) {
                st.setNull(i + 1, Types.NULL);
            } else if (value instanceof Boolean b) {
                st.setLong(i + 1, b ? 1L : 0L);
            } else {
                st.setObject(i + 1, value);
            }
        }
    }

    private static List<String> names(Layer layer) {
        List<String> names = new ArrayList<>();
        if (layer.hasGeometry()) {
            names.add(Layer.GEOMETRY);
        }
        layer.columns().forEach(c -> names.add(c.name()));
        return names;
    }
}
