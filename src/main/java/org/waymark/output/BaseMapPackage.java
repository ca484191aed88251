package org.waymark.output;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.waymark.SqliteLibrary;

/**
 * The base map of a QGIS project: a small GeoPackage next to the project with one layer, {@value #TABLE}, of
 * country outlines, styled by default through its own {@code layer_styles} table. It is kept apart from the
 * Waymark GeoPackage so that writing a project never changes the data it shows.
 */
final class BaseMapPackage {

    static final String TABLE = "countries";
    static final String GEOMETRY = "geom";
    static final String STYLE_RESOURCE = "/org/waymark/output/countries.qml";
    private static final int GEOPACKAGE_1_2 = 10200;

    private BaseMapPackage() {
    }

    /** Where the base map of project {@code qgs} goes: {@code NAME.qgs} → {@code NAME-basemap.gpkg} beside it. */
    static Path pathFor(Path qgs) {
        String name = qgs.getFileName().toString();
        String stem = name.endsWith(".qgs") ? name.substring(0, name.length() - 4) : name;
        return qgs.resolveSibling(stem + "-basemap.gpkg");
    }

    /** The base map layer as a project sees it (what {@link #write} writes). */
    static SourceLayer layer(List<CountryOutline> countries, String qml) {
        return new SourceLayer(TABLE, GEOMETRY, "MULTIPOLYGON", 4326, extent(countries), qml);
    }

    /** Writes (or replaces) the base map GeoPackage {@code target}. */
    static void write(Path target, List<CountryOutline> countries, String qml) {
        SqliteLibrary.prepare();
        Path temp = TemporaryFile.beside(target, ".tmp.gpkg");
        try {
            GeoPackageManager.create(temp.toFile());
            GeoPackage geoPackage = GeoPackageManager.open(temp.toFile());
            try {
                Extent extent = extent(countries);
                createTable(geoPackage, extent == null ? Extent.WORLD : extent);
                insertCountries(geoPackage, countries);
                Connection db = geoPackage.getConnection().getConnection();
                LayerStyles.createTable(db, "Default QGIS style of the base map");
                LayerStyles.insertDefault(db, TABLE, GEOMETRY, qml, null, "Waymark base map");
                // NGA marks files 1.4, which GDAL 3.6 (Debian 12's, under QGIS 3.22) warns about; 1.2 is all we use
                geoPackage.execSQL("PRAGMA user_version = " + GEOPACKAGE_1_2);
            } finally {
                geoPackage.close();
            }
            TemporaryFile.moveOver(temp, target);
        } catch (IOException | SQLException | RuntimeException e) {
            TemporaryFile.delete(temp, true);
            if (e instanceof QgisProjectException qpe) {
                throw qpe;
            }
            throw new QgisProjectException("Cannot write the base map " + target + ": " + e.getMessage(), e);
        }
    }

    private static Extent extent(List<CountryOutline> countries) {
        Extent extent = null;
        for (CountryOutline c : countries) {
            if (!c.outline().isEmpty()) {
                org.locationtech.jts.geom.Envelope e = c.outline().getEnvelopeInternal();
                extent = new Extent(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()).union(extent);
            }
        }
        return extent;
    }

    private static void createTable(GeoPackage geoPackage, Extent extent) {
        GeometryColumns geometryColumns = new GeometryColumns();
        geometryColumns.setTableName(TABLE);
        geometryColumns.setColumnName(GEOMETRY);
        geometryColumns.setGeometryType(GeometryType.MULTIPOLYGON);
        geometryColumns.setZ((byte) 0);
        geometryColumns.setM((byte) 0);
        geometryColumns.setSrsId(4326);
        List<FeatureColumn> columns = List.of(
                FeatureColumn.createColumn("iso_a2", GeoPackageDataType.TEXT),
                FeatureColumn.createColumn("name", GeoPackageDataType.TEXT));
        geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns, "fid", columns,
                new BoundingBox(extent.minX(), extent.minY(), extent.maxX(), extent.maxY())));
    }

    private static void insertCountries(GeoPackage geoPackage, List<CountryOutline> countries) throws IOException {
        FeatureDao dao = geoPackage.getFeatureDao(TABLE);
        WKBWriter wkb = new WKBWriter(2);
        geoPackage.beginTransaction();
        boolean done = false;
        try {
            for (CountryOutline c : countries) {
                FeatureRow row = dao.newRow();
                row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(4326,
                        wkb.write(asMultiPolygon(c))));
                row.setValue("iso_a2", c.iso2());
                row.setValue("name", c.name());
                dao.insert(row);
            }
            done = true;
        } finally {
            geoPackage.endTransaction(done);
        }
    }

    private static Geometry asMultiPolygon(CountryOutline country) {
        Geometry g = country.outline();
        if (g instanceof MultiPolygon) {
            return g;
        }
        if (g instanceof Polygon p) {
            return g.getFactory().createMultiPolygon(new Polygon[] {p});
        }
        throw new QgisProjectException("The outline of " + country.iso2() + " is a " + g.getGeometryType()
                + ", not a (Multi)Polygon");
    }
}
