package org.waymark.gazetteer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Build step ({@code mvn process-classes}): writes the embedded gazetteer as an index into the class tree, built from
 * the GeoNames extract in {@code src/main/gazetteer/geonames}, so that a run reads it at once.
 */
public final class EmbeddedIndexWriter {
    private EmbeddedIndexWriter() {
    }

    /**
     * {@code args[0]}: the class-tree folder, the index goes to {@code org/waymark/gazetteer/embedded.idx} in it;
     * {@code args[1]}: the project's folder, which holds the GeoNames extract.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EmbeddedIndexWriter CLASSES_DIR PROJECT_DIR");
        }
        GeoNamesIndex.writeEmbedded(Path.of(args[1], GeoNamesIndex.EMBEDDED_SOURCES),
                Path.of(args[0], GeoNamesIndex.RESOURCE_FOLDER, GeoNamesIndex.EMBEDDED_INDEX));
    }
}
