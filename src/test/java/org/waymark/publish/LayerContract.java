package org.waymark.publish;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attribute names of the GeoPackage layers the styles are written for (geometry column {@code geom},
 * EPSG:4326), and the values of their enumerated columns. Same contract as src/test/qgis/layer_contract.py.
 */
final class LayerContract {

    static final String GEOMETRY = "geom";

    static final Map<LayerStyle, List<String>> FIELDS = Map.of(
            LayerStyle.PLACES, List.of("geonameid", "name", "country_code", "feature_class", "feature_code",
                    "admin1", "population", "mentions", "documents", "confidence", "source"),
            LayerStyle.MENTIONS, List.of("doc_id", "start", "end", "surface", "kind", "geonameid", "name",
                    "country_code", "feature_code", "confidence", "sentence", "source"),
            LayerStyle.MOVEMENTS, List.of("doc_id", "origin_geonameid", "origin_name", "destination_geonameid",
                    "destination_name", "via_geonameids", "origin_inferred", "destination_kind", "trigger", "mover",
                    "count", "status", "sentence", "start", "end", "confidence"),
            LayerStyle.FLOWS, List.of("origin_geonameid", "origin_name", "destination_geonameid", "destination_name",
                    "destination_kind", "reports", "documents", "total_count"));

    /** Enumerated columns and all the values the pipeline writes into them. */
    static final Map<String, Set<String>> VALUES = Map.of(
            "kind", Set.of("toponym", "demonym"),
            "status", Set.of("reported", "planned", "possible"),
            "destination_kind", Set.of("place", "border"));

    private LayerContract() {
    }
}
