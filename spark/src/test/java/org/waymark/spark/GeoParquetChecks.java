package org.waymark.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.waymark.output.Column;
import org.waymark.output.ColumnType;
import org.waymark.output.Layer;

/**
 * Checks of the Parquet files of a Spark run against the layer schema {@link Layer} itself (not against the job's
 * own Spark schema), read with Parquet's own reader as another program would: every layer's files have exactly the
 * schema's columns in its order, of the Parquet type of each column's type, and the geometry {@code geom} as WKB
 * bytes; a feature layer's files carry valid GeoParquet 1.0.0 metadata whose bbox holds every geometry of the file,
 * and every WKB decodes with JTS to a geometry of the layer's type in longitude/latitude. The Spark-side twin of the
 * core's {@code LayerSchemaTest}: a change of the schema that the Spark sink does not follow fails here.
 */
final class GeoParquetChecks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoParquetChecks() {
    }

    /** Checks every layer in {@code output}; returns the number of geometries decoded. */
    static long check(Path output) throws IOException, ParseException {
        long geometries = 0;
        for (Layer layer : Layer.values()) {
            List<Path> files = parts(output.resolve(layer.table()));
            assertFalse(files.isEmpty(), layer.table() + " has no Parquet file");
            for (Path file : files) {
                FileMetaData meta = footer(file);
                assertEquals(expected(layer), columns(meta.getSchema()), file + ": columns and types");
                String geo = meta.getKeyValueMetaData().get("geo");
                if (!layer.hasGeometry()) {
                    assertNull(geo, file + ": an attribute table has no GeoParquet metadata");
                    continue;
                }
                geometries += checkGeometries(layer, file, JSON.readTree(geo));
            }
        }
        return geometries;
    }

    /** "name TYPE" per column as the schema says it must be in Parquet. */
    private static List<String> expected(Layer layer) {
        List<String> out = new ArrayList<>();
        for (Column c : layer.columns()) {
            out.add(c.name() + " " + parquetType(c.type()));
        }
        if (layer.hasGeometry()) {
            out.add(Layer.GEOMETRY + " BINARY");
        }
        return out;
    }

    private static String parquetType(ColumnType type) {
        return switch (type) {
            case TEXT -> "BINARY STRING";
            case INTEGER -> "INT64";
            case REAL -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    private static List<String> columns(MessageType schema) {
        List<String> out = new ArrayList<>();
        for (Type t : schema.getFields()) {
            PrimitiveType p = t.asPrimitiveType();
            LogicalTypeAnnotation logical = p.getLogicalTypeAnnotation();
            out.add(t.getName() + " " + p.getPrimitiveTypeName()
                    + (logical == null ? "" : " " + logical.toString().replaceAll("\\(.*", "")));
        }
        return out;
    }

    private static long checkGeometries(Layer layer, Path file, JsonNode geo) throws IOException, ParseException {
        assertEquals("1.0.0", geo.path("version").asText(), file + ": GeoParquet version");
        assertEquals(Layer.GEOMETRY, geo.path("primary_column").asText());
        JsonNode column = geo.path("columns").path(Layer.GEOMETRY);
        assertEquals("WKB", column.path("encoding").asText());
        assertEquals(List.of(GeoParquetMetadata.geometryType(layer)),
                JSON.convertValue(column.path("geometry_types"), List.class));
        assertTrue(column.path("crs").isMissingNode(), "no crs: OGC:CRS84, longitude and latitude");
        Envelope all = new Envelope();
        long n = 0;
        int geomIndex = layer.columns().size();
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
                new org.apache.hadoop.fs.Path(file.toUri())).build()) {
            for (Group row = reader.read(); row != null; row = reader.read()) {
                if (row.getFieldRepetitionCount(geomIndex) == 0) {
                    continue;
                }
                Geometry g = new WKBReader().read(row.getBinary(geomIndex, 0).getBytes());
                assertEquals(GeoParquetMetadata.geometryType(layer), g.getGeometryType(), file.toString());
                for (var c : g.getCoordinates()) {
                    assertTrue(Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90, "longitude, latitude: " + c);
                }
                all.expandToInclude(g.getEnvelopeInternal());
                n++;
            }
        }
        if (n > 0) {
            JsonNode bbox = column.path("bbox");
            assertNotNull(bbox);
            assertEquals(new Envelope(bbox.get(0).asDouble(), bbox.get(2).asDouble(), bbox.get(1).asDouble(),
                    bbox.get(3).asDouble()), all, file + ": bbox is the envelope of its geometries");
        }
        return n;
    }

    private static FileMetaData footer(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
            return reader.getFooter().getFileMetaData();
        }
    }

    /** The Parquet files of a layer's folder, in name order. */
    static List<Path> parts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
    }

}
