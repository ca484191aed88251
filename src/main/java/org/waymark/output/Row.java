package org.waymark.output;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One row of a {@link Layer}: values bound to columns by name, checked against the schema (every name a column of
 * the layer, every value of its column's type, no NULL where the column takes none, a geometry only on a feature
 * layer and of its type). Immutable; sinks read it by column name.
 */
public final class Row {

    private final Layer layer;
    private final Geometry geometry;
    private final Map<String, Object> values;

    private Row(Layer layer, Geometry geometry, Map<String, Object> values) {
        this.layer = layer;
        this.geometry = geometry;
        this.values = Map.copyOf(values);
    }

    public static Builder of(Layer layer) {
        return new Builder(Objects.requireNonNull(layer, "layer"));
    }

    public Layer layer() {
        return layer;
    }

    /** The geometry (EPSG:4326, x = longitude), or null. */
    public Geometry geometry() {
        return geometry;
    }

    /** The value of a column of the layer, or null. */
    public Object get(String column) {
        if (layer.column(column).isEmpty()) {
            throw new IllegalArgumentException(layer.table() + " has no column " + column);
        }
        return values.get(column);
    }

    @Override
    public String toString() {
        return layer.table() + values;
    }

    /** Collects the values of a row by column name. */
    public static final class Builder {
        private final Layer layer;
        private final Map<String, Object> values = new HashMap<>();
        private Geometry geometry;

        private Builder(Layer layer) {
            this.layer = layer;
        }

        public Builder set(String column, Object value) {
            Column c = layer.column(column).orElseThrow(
                    () -> new IllegalArgumentException(layer.table() + " has no column " + column));
            Object v = c.type().coerce(column, value);
            if (v != null) {
                values.put(column, v);
            }
            return this;
        }

        public Builder geometry(Geometry g) {
            if (g != null) {
                String type = layer.geometryType().map(Enum::name).orElseThrow(
                        () -> new IllegalArgumentException(layer.table() + " has no geometry"));
                if (!type.equalsIgnoreCase(g.getGeometryType())) {
                    throw new IllegalArgumentException(layer.table() + " takes " + type + ", not "
                            + g.getGeometryType());
                }
            }
            this.geometry = g;
            return this;
        }

        public Row build() {
            for (Column c : layer.columns()) {
                if (!c.nullable() && !values.containsKey(c.name())) {
                    throw new IllegalArgumentException(layer.table() + "." + c.name() + " takes no NULL");
                }
            }
            return new Row(layer, geometry, values);
        }
    }
}
