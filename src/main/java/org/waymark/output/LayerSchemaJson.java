package org.waymark.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The {@link Layer} schema as JSON, for programs that are not Java (the QGIS checks in Python read it as
 * {@code src/test/qgis/layer_contract.json}): the fid and geometry column names, the SRID, and per layer its
 * geometry type (null for none), natural key and columns with type, nullability, uniqueness and enumerated values.
 */
public final class LayerSchemaJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LayerSchemaJson() {
    }

    public static String write() {
        ObjectNode root = JSON.createObjectNode();
        root.put("fid", Layer.FID);
        root.put("geometry", Layer.GEOMETRY);
        root.put("srid", Layer.SRS_ID);
        ArrayNode layers = root.putArray("layers");
        for (Layer layer : Layer.values()) {
            ObjectNode l = layers.addObject();
            l.put("name", layer.table());
            l.put("geometry", layer.geometryType().map(Enum::name).orElse(null));
            l.put("description", layer.description());
            layer.naturalKey().forEach(l.putArray("key")::add);
            ArrayNode columns = l.putArray("columns");
            for (Column c : layer.columns()) {
                ObjectNode column = columns.addObject();
                column.put("name", c.name());
                column.put("type", c.type().name());
                column.put("nullable", c.nullable());
                column.put("unique", c.unique());
                c.values().forEach(column.putArray("values")::add);
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the layer schema as JSON", e);
        }
    }
}
