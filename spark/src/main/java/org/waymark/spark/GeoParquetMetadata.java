package org.waymark.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Envelope;
import org.waymark.output.Layer;

/**
 * The GeoParquet 1.0.0 file metadata of a layer's Parquet file: the value of the key {@value #KEY}. The geometry
 * column {@value Layer#GEOMETRY} is WKB, of the layer's one geometry type, in OGC:CRS84 (longitude, latitude on
 * WGS 84: the default when {@code crs} is left out, and what EPSG:4326 holds in Waymark's axis order), with the
 * file's bounding box when it has any geometry.
 */
final class GeoParquetMetadata {

    static final String KEY = "geo";
    static final String VERSION = "1.0.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoParquetMetadata() {
    }

    /** @param bbox the envelope of the file's geometries; null or empty when it has none */
    static String of(Layer layer, Envelope bbox) {
        ObjectNode column = JSON.createObjectNode().put("encoding", "WKB");
        column.putArray("geometry_types").add(geometryType(layer));
        if (bbox != null && !bbox.isNull()) {
            ArrayNode box = column.putArray("bbox");
            box.add(bbox.getMinX()).add(bbox.getMinY()).add(bbox.getMaxX()).add(bbox.getMaxY());
        }
        ObjectNode geo = JSON.createObjectNode().put("version", VERSION).put("primary_column", Layer.GEOMETRY);
        geo.putObject("columns").set(Layer.GEOMETRY, column);
        return geo.toString();
    }

    /** The GeoParquet name of the layer's geometry type: {@code Point}, {@code MultiLineString}. */
    static String geometryType(Layer layer) {
        return switch (layer.geometryType().orElseThrow()) {
            case POINT -> "Point";
            case MULTILINESTRING -> "MultiLineString";
        };
    }
}
