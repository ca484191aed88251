package org.waymark.gazetteer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Build step ({@code mvn process-classes}): writes the embedded gazetteer as an index into the class tree, so that a
 * run reads it in 0.1 s instead of assembling it from the GeoNames text files (1.5 CPU s at every start).
 */
public final class EmbeddedIndexWriter {
    private EmbeddedIndexWriter() {
    }

    /** {@code args[0]}: the class-tree folder; the index goes to {@code org/waymark/gazetteer/embedded.idx} in it. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: EmbeddedIndexWriter CLASSES_DIR");
        }
        GeoNamesIndex.writeEmbedded(Path.of(args[0], GeoNamesIndex.RESOURCE_FOLDER, GeoNamesIndex.EMBEDDED_INDEX));
    }
}
