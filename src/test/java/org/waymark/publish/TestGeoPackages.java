package org.waymark.publish;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.Geometry;
import mil.nga.sf.GeometryType;
import mil.nga.sf.LineString;
import mil.nga.sf.Point;
import org.waymark.output.Column;
import org.waymark.output.Layer;

/** Small real GeoPackages shaped like Waymark's output, written with NGA's library. */
final class TestGeoPackages {

    private TestGeoPackages() {
    }

    /** A GeoPackage with the given Waymark feature tables (one row each) plus the attribute-only documents table. */
    static Path waymark(Path file, Set<LayerStyle> layers) throws SQLException {
        GeoPackageManager.create(file.toFile());
        try (GeoPackage gpkg = GeoPackageManager.open(file.toFile())) {
            long srs = gpkg.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326).getSrsId();
            for (LayerStyle layer : layers) {
                boolean line = layer == LayerStyle.MOVEMENTS || layer == LayerStyle.FLOWS;
                Geometry geometry = line ? line(36.29, 33.51, 13.19, 32.89) : new Point(36.29, 33.51);
                table(gpkg, srs, layer.layerName(), line ? GeometryType.LINESTRING : GeometryType.POINT,
                        layer.layer().columns().stream().map(Column::name).toList(), geometry);
            }
            List<AttributesColumn> columns = List.of(
                    AttributesColumn.createColumn("doc_id", GeoPackageDataType.TEXT),
                    AttributesColumn.createColumn("title", GeoPackageDataType.TEXT));
            gpkg.createAttributesTable(AttributesTableMetadata.create("documents", columns));
        }
        return file;
    }

    /** A GeoPackage whose only feature table is not a Waymark layer. */
    static Path foreign(Path file) throws SQLException {
        GeoPackageManager.create(file.toFile());
        try (GeoPackage gpkg = GeoPackageManager.open(file.toFile())) {
            long srs = gpkg.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326).getSrsId();
            table(gpkg, srs, "roads", GeometryType.LINESTRING, List.of("ref"), line(0, 0, 1, 1));
        }
        return file;
    }

    private static void table(GeoPackage gpkg, long srs, String name, GeometryType type, List<String> fields,
                              Geometry geometry) throws SQLException {
        GeometryColumns geometryColumns = new GeometryColumns();
        geometryColumns.setId(new TableColumnKey(name, Layer.GEOMETRY));
        geometryColumns.setGeometryType(type);
        geometryColumns.setZ((byte) 0);
        geometryColumns.setM((byte) 0);
        geometryColumns.setSrsId(srs);
        List<FeatureColumn> columns = new ArrayList<>();
        for (String field : fields) {
            columns.add(FeatureColumn.createColumn(field, GeoPackageDataType.TEXT));
        }
        gpkg.createFeatureTable(FeatureTableMetadata.create(geometryColumns, columns,
                new BoundingBox(-180, -90, 180, 90)));
        FeatureDao dao = gpkg.getFeatureDao(name);
        FeatureRow row = dao.newRow();
        row.setGeometry(GeoPackageGeometryData.create(srs, geometry));
        dao.create(row);
    }

    private static LineString line(double x1, double y1, double x2, double y2) {
        LineString line = new LineString();
        line.addPoint(new Point(x1, y1));
        line.addPoint(new Point(x2, y2));
        return line;
    }
}
