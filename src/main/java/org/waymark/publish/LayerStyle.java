package org.waymark.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.waymark.output.Layer;

/**
 * The styled Waymark layers and their styles, shipped in the jar from the project's {@code styles/}
 * folder: a QGIS 3.22 QML and an SLD 1.0 for GeoServer per layer. The attribute-only {@code documents}
 * table has no geometry to draw and so no style.
 */
public enum LayerStyle {
    PLACES(Layer.PLACES), MENTIONS(Layer.MENTIONS), MOVEMENTS(Layer.MOVEMENTS), FLOWS(Layer.FLOWS);

    private static final String RESOURCE_DIR = "/org/waymark/styles/";

    private final Layer layer;

    LayerStyle(Layer layer) {
        this.layer = layer;
    }

    /** The layer of the schema it styles. */
    public Layer layer() {
        return layer;
    }

    /** Table name, and GeoServer layer name: {@code places}, {@code mentions}, ... */
    public String layerName() {
        return layer.table();
    }

    /** Name of the style on GeoServer and inside the SLD's UserStyle: {@code waymark_places}, ... */
    public String styleName() {
        return "waymark_" + layerName();
    }

    /** The SLD 1.0 document (UTF-8 text). */
    public String sld() {
        return resource(".sld");
    }

    /** The QGIS 3.22 QML document (UTF-8 text), e.g. for a GeoPackage's {@code layer_styles} table. */
    public String qml() {
        return resource(".qml");
    }

    /** The style of a GeoPackage table, if Waymark styles it. */
    public static Optional<LayerStyle> forLayer(String layerName) {
        for (LayerStyle style : values()) {
            if (style.layerName().equals(layerName)) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }

    private String resource(String extension) {
        String path = RESOURCE_DIR + layerName() + extension;
        try (InputStream in = LayerStyle.class.getResourceAsStream(path)) {
            if (in == null) {
                // a packaging error, not a user error: the styles/ folder is a build resource
                throw new IllegalStateException("style resource " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read style resource " + path, e);
        }
    }
}
